"""NoteEditor: a small editor for the note on a bookmark (`M`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea
from textual.widgets.text_area import EditResult, Location

from corpus.text import clean_text

from tui.keymap import bound_key
from tui.ui_text import words
from tui.widgets.keys_in_turn import KeysInTurn, hand_on, run_binding
from tui.widgets.fitting_footer import FittingFooter
from tui.wrap import wrap_at_most


class NoteText(KeysInTurn, TextArea):
    """The note's text area: editing keys act in the order typed (`KeysInTurn`); what is
    typed or pasted is cleaned of control, bidi and zero-width characters as it goes in
    (a pasted right-to-left override reversed the note's text on screen until saved)."""

    screen_keys = True  # ctrl+s and Esc act in turn with the text typed around them

    def _replace_via_keyboard(self, insert: str, start: Location, end: Location) -> EditResult | None:
        return super()._replace_via_keyboard(clean_text(insert), start, end)


class NoteHeading(Static):
    """The editor's heading, wrapped as `tui.wrap` does, in two lines at most: a longer one
    ends in "…" (it was cut off mid-line with nothing to say so), its entry id always whole."""

    def __init__(self, heading: str, entry_id: str) -> None:
        super().__init__(heading, markup=False, classes="note-editor--heading")
        self.heading = heading
        found = heading.find(entry_id) if entry_id else -1
        self.whole_to = found + len(entry_id) if found >= 0 else 0
        """Where the entry id ends in the heading: no line that would cut it is left out."""

    def on_resize(self, event: events.Resize) -> None:
        """Wrap the heading for the width it has now."""
        shown = wrap_at_most(Text(self.heading), event.size.width, 2, self.whole_to)
        self.styles.max_height = max(2, len(shown.plain.splitlines()))
        self.update(shown)


class NoteHint(Static):
    """The editor's hint: whole where it fits in two lines, else only its keys (at 40
    columns the whole hint took four lines of the few the text box has)."""

    def __init__(self, whole: str, short: str) -> None:
        super().__init__(whole, markup=False, classes="note-editor--hint")
        self.whole, self.short = whole, short

    def on_resize(self, event: events.Resize) -> None:
        """Choose the hint for the width it has now."""
        from rich.cells import cell_len

        from textual.content import Content

        self.update(Content(self.whole if cell_len(self.whole) <= 2 * event.size.width else self.short))


class NoteEditor(ModalScreen[str | None]):
    """Edit a note; ctrl+s saves (dismisses with the text), Esc cancels (None)."""

    DEFAULT_CSS = """
    NoteEditor { align: center middle; background: $background 60%; }
    NoteEditor > Vertical {
        width: 80%; height: 60%; border: round $accent; background: $surface; padding: 0 1;
        min-width: 36; min-height: 12; max-width: 100%; max-height: 100%;
    }
    NoteEditor .note-editor--heading { text-style: bold; max-height: 2; }
    NoteEditor .note-editor--hint { color: $text-muted; max-height: 2; }
    NoteEditor TextArea { height: 1fr; min-height: 5; }
    """
    # (at 40x15 the heading and the hint took every line and the text box got none: each
    # of them gets two lines at most, the box at least three lines of text)
    # (a toast covered half the text box, at 40x15 and at 100x30 alike, and cut off what
    # was typed: no dialog shows one, styles/reader.tcss `ModalScreen Toast`)

    BINDINGS: ClassVar[list[BindingType]] = [
        # not a priority binding: one acts before the keys typed ahead of it reach the
        # text area, and the note saved missed its last words
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(
        self,
        heading: str,
        note: str,
        lang: str = "en",
        keymap: Mapping[str, str] | None = None,
        keep: Callable[[str], None] | None = None,
        entry_id: str = "",
    ) -> None:
        super().__init__()
        self.heading = heading
        self.entry_id = entry_id
        """The entry the note is on, named in the heading: never cut there."""
        self.note = note
        self.keep = keep
        """Saves the text when the reader ends with this editor open (a dropped SSH
        connection, SIGTERM, ctrl+c): the note typed so far was lost."""
        self._done = False
        self._area = NoteText(note, soft_wrap=True, show_line_numbers=False, id="note-text")
        self.lang = lang
        """The reading language: the hint and the key bar are worded in it."""
        self.keymap = dict(keymap or {})
        """The config file's `[keys]`: the hint names the keys bound now."""
        self._early: list[str] = []
        """Text typed before the text area had the focus (in the burst that opened this)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield NoteHeading(self.heading, self.entry_id)
            keys = {"save": bound_key("note.save", self.keymap, NoteEditor), "cancel": bound_key("note.cancel", self.keymap, NoteEditor)}
            yield NoteHint(words(self.lang, "note_hint_keys", **keys), words(self.lang, "note_hint_short", **keys))
            yield self._area
        yield FittingFooter(lang=self.lang)

    def on_mount(self) -> None:
        """Put the cursor at the end of the note (and what was typed meanwhile there)."""
        area = self.query_one(TextArea)
        area.cursor_blink = False
        area.focus()
        area.move_cursor(area.document.end)
        self._type_early()

    async def on_key(self, event: events.Key) -> None:
        """Keys typed in the same burst as `M` reach this screen itself, sent before its
        text area had the focus (the text area stops every key it types): their text goes
        into the note, in order (it was dropped, and ctrl+s behind it saved the note
        without it); ctrl+s and Esc act in turn with it. A key behind the one that closed
        this editor is read again by the app, for the reader."""
        if self.app.screen is not self:
            hand_on(self.app, event)
            return
        if not (event.is_printable or event.key == "enter"):
            await run_binding(self, event, (self,))
            return
        event.stop()
        event.prevent_default()
        self._early.append("\n" if event.key == "enter" else event.character or "")
        if self.is_mounted:
            self._type_early()

    def _type_early(self) -> None:
        if self._early:
            area = self.query_one(TextArea)
            area.insert("".join(self._early), area.document.end)
            self._early.clear()

    def action_save(self) -> None:
        """Close and save the note."""
        self._type_early()
        self._done = True
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close, keeping the note as it was."""
        self._done = True
        self.dismiss(None)

    def on_unmount(self) -> None:
        """The reader ends with this editor open: the text typed, if changed, is kept."""
        if self._done or self.keep is None:
            return
        text = self._area.text + "".join(self._early)  # (its children are gone: no query)
        if text != self.note:
            self.keep(text)
