"""LinkPicker: the shown entry's links, numbered, each URL shown whole (its lines ending only
at its separators); picks one to copy, or a "see also" entry to open.

Over SSH (and inside tmux, which drops OSC 8 hyperlinks) a click on a link cannot reach the
user's browser, so links are offered whole and copied through the clipboard path instead.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus.text import clean_text, visible
from tui.links import LinkChoice, url_lines, url_piece_width
from tui.ui_text import words
from tui.widgets.fitting_footer import FittingFooter
from tui.widgets.pick_list import PickList


def hint(links: list[LinkChoice], action: str, lang: str = "en") -> str:
    """The picker's keys and what choosing does ('1-3, or ...'; '1, or ...' for one link)."""
    last = links[-1].key if links else "1"
    keys = "1" if last == "1" else f"1-{last}"
    entries = words(lang, "links_entries") if any(link.entry for link in links) else ""
    return words(lang, "links_hint", keys=keys, action=action, entries=entries)


class _UrlLines:
    """A URL shown literally, its lines ending only at its separators (`tui.links.url_lines`)
    at the width it is given: Rich folded it at the width, inside a word."""

    def __init__(self, url: str, style: str = "") -> None:
        self.url, self.style = url, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in url_lines(self.url, options.max_width):
            yield Text(line, style=self.style, no_wrap=True)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(url_piece_width(self.url), options.max_width), cell_len(self.url))


class LinkPicker(ModalScreen[LinkChoice | None]):
    """Choose one of an entry's links by its key (or arrows and Enter); dismisses with it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="links.close"),
    ]

    def __init__(self, entry_id: str, links: list[LinkChoice], action: str, lang: str = "en") -> None:
        super().__init__()
        self.entry_id = entry_id
        self.links = links
        self.action = action
        """What choosing does, for the hint: 'copies it' or 'copies it and opens it in your browser'."""
        self.lang = lang
        """The reading language: the heading, the hint and the key bar are worded in it."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(words(self.lang, "links_heading", id=self.entry_id), markup=False, classes="picker-heading")
            yield Static(hint(self.links, self.action, self.lang), markup=False, classes="picker-hint")
            yield PickList(
                *(Option(self._line(link), id=link.key) for link in self.links),
                picked=self._pick,
                id="link-list",
            )
        yield FittingFooter(lang=self.lang)

    @staticmethod
    def _line(link: LinkChoice) -> Table:
        """The link's key, then its label and its URL (or entry) on the next line, both
        wrapped under the label, not under the key; the URL only at its separators."""
        label = Text(clean_text(link.label))
        shown = Text(f"→ {link.entry}", style="bold") if link.entry else _UrlLines(visible(link.url), "underline")
        line = Table.grid(padding=(0, 2, 0, 0))
        line.add_column(no_wrap=True)
        line.add_column(overflow="fold")
        line.add_row(Text(link.key, style="bold"), Group(label, shown))
        return line

    def on_mount(self) -> None:
        """Start on the first link, the list focused."""
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_key(self, event: Key) -> None:
        """A link's key (1-9, then letters) picks it at once."""
        for link in self.links:
            if event.character == link.key:
                event.stop()
                self.dismiss(link)
                return

    def _pick(self, key: str) -> None:
        """Enter (or a click) on a link."""
        self.dismiss(next((link for link in self.links if link.key == key), None))

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
