"""The citation dialogs: `CitationPicker` (choose a format) and `CitationView` (the text to select).

`CitationView` is the fallback when the clipboard did not get the text (the app cannot
see whether the terminal accepted OSC 52): the citation, literally, in a read-only text
area that fills the screen without a border, so the terminal's own selection copies it
cleanly. Neither dialog parses markup: corpus text such as `[Reddit][1]` stays as it is.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tui.ui_text import words
from tui.widgets.pick_list import PickList
from tui.widgets.fitting_footer import FittingFooter

FORMAT_KEYS = {"text": "1", "markdown": "2", "bibtex": "3", "csl-json": "4"}
"""The digit that picks each format in `CitationPicker`."""


class CitationView(ModalScreen[str | None]):
    """The citation as literal, selectable text; dismisses with text to copy again, or None."""

    DEFAULT_CSS = """
    CitationView { background: $background 60%; }
    CitationView > Vertical { width: 100%; height: 100%; background: $surface; }
    CitationView .citation-view--heading { padding: 0 1; background: $panel; text-style: bold; }
    CitationView .citation-view--note { padding: 0 1; color: $text-warning; }
    CitationView .citation-view--hint { padding: 0 1; color: $text-muted; }
    CitationView TextArea { border: none; padding: 0 1; height: 1fr; }
    CitationView TextArea:focus { border: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="citation-view.close"),
        Binding("q", "close", "Close", show=False, id="citation-view.close-q"),
        Binding("a", "select_all", "Select all", id="citation-view.select-all"),
        Binding("c", "copy", "Copy again", id="citation-view.copy"),
    ]

    def __init__(self, text: str, heading: str, note: str = "", lang: str = "en") -> None:
        super().__init__()
        self.text = text
        self.heading = heading
        self.note = note
        self.lang = lang
        """The reading language: the hint and the key bar are worded in it."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.heading, markup=False, classes="citation-view--heading")
            if self.note:
                yield Static(self.note, markup=False, classes="citation-view--note")
            yield Static(words(self.lang, "select_hint"), markup=False, classes="citation-view--hint")
            yield TextArea(
                self.text,
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                id="citation-text",
            )
        yield FittingFooter(lang=self.lang)

    def on_mount(self) -> None:
        """Put the cursor in the text, at its start."""
        area = self.query_one(TextArea)
        area.cursor_blink = False
        area.focus()

    @property
    def text_area(self) -> TextArea:
        """The area holding the citation."""
        return self.query_one(TextArea)

    def action_select_all(self) -> None:
        """Select the whole citation."""
        self.text_area.select_all()

    def action_copy(self) -> None:
        """Close and copy the selection (the whole citation when nothing is selected)."""
        self.dismiss(self.text_area.selected_text or self.text)

    def action_close(self) -> None:
        """Close without copying."""
        self.dismiss(None)


class CitationPicker(ModalScreen[str | None]):
    """Choose a citation format, with a preview; dismisses with the format id or None."""

    DEFAULT_CSS = """
    CitationPicker { align: center middle; background: $background 60%; }
    CitationPicker > Vertical {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    CitationPicker .citation-picker--heading { text-style: bold; }
    CitationPicker .citation-picker--hint { color: $text-muted; }
    CitationPicker OptionList { height: auto; max-height: 6; }
    CitationPicker TextArea { height: 1fr; border: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="citation-picker.cancel"),
        Binding("q", "cancel", "Cancel", show=False, id="citation-picker.cancel-q"),
        *(
            Binding(
                key,
                f"pick('{fmt}')",
                f"Pick {fmt}",
                show=False,
                id=f"citation-picker.{fmt}",
            )
            for fmt, key in FORMAT_KEYS.items()
        ),
    ]

    def __init__(
        self, entry_id: str, previews: dict[str, str], names: dict[str, str], lang: str = "en"
    ) -> None:
        super().__init__()
        self.entry_id = entry_id
        self.previews = previews
        self.names = names
        self.lang = lang
        """The reading language: the heading, the hint and the key bar are worded in it."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                words(self.lang, "cite_as", id=self.entry_id),
                markup=False,
                classes="citation-picker--heading",
            )
            yield Static(words(self.lang, "cite_hint"), markup=False, classes="citation-picker--hint")
            yield PickList(
                *(
                    Option(Text(f"{FORMAT_KEYS[fmt]}  {self.names[fmt]}"), id=fmt)
                    for fmt in self.previews
                ),
                picked=self.action_pick,
                id="citation-formats",
            )
            yield TextArea(
                next(iter(self.previews.values())),
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                id="citation-preview",
            )
        yield FittingFooter(lang=self.lang)

    def on_mount(self) -> None:
        """Start on the first format, with the list focused."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()
        self.query_one(TextArea).cursor_blink = False

    @on(OptionList.OptionHighlighted)
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id in self.previews:
            self.query_one(TextArea).load_text(self.previews[event.option.id])

    def action_pick(self, fmt: str) -> None:
        """Pick a format by its digit, or Enter on it."""
        self.dismiss(fmt)

    def action_cancel(self) -> None:
        """Close without copying."""
        self.dismiss(None)
