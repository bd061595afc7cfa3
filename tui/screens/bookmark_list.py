"""BookmarkList: every bookmark with its note; Enter jumps to the entry."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.userdata.bookmarks import Bookmark
from tui.widgets.fitting_footer import FittingFooter
from tui.widgets.pick_list import PickList


class BookmarkList(ModalScreen[str | None]):
    """The bookmarks, oldest first, with question and note; dismisses with an entry id or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="bookmarks.close"),
        Binding("q", "cancel", "Close", show=False, id="bookmarks.close-q"),
    ]

    def __init__(self, bookmarks: list[Bookmark], questions: dict[str, str]) -> None:
        super().__init__()
        self.bookmarks = bookmarks
        self.questions = questions
        """Entry id → its question in the reading language (missing: no longer in the corpus)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"Bookmarks ({len(self.bookmarks)})", markup=False, classes="picker-heading")
            hint = "↑↓ or j k, Enter: read it · Esc closes" if self.bookmarks else "No bookmarks yet: m bookmarks the shown entry, M adds a note."
            yield Static(hint, markup=False, classes="picker-hint")
            yield PickList(*(self._option(b) for b in self.bookmarks), id="bookmark-options")
        yield FittingFooter()

    def _option(self, bookmark: Bookmark) -> Option:
        question = self.questions.get(bookmark.entry_id)
        line = Text(question or bookmark.question, style="bold" if question else "dim")
        line.append(f"  {bookmark.entry_id}", style="dim")
        if question is None:
            line.append("  (no longer in the corpus)", style="dim")
        if bookmark.note:
            line.append("\n  ✎ ")
            line.append(bookmark.note)
        return Option(line, id=bookmark.entry_id, disabled=question is None)

    def on_mount(self) -> None:
        """Start on the first bookmark, the list focused."""
        options = self.query_one(OptionList)
        if self.bookmarks:
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
