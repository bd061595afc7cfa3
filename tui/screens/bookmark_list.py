"""BookmarkList: every bookmark with its note; Enter jumps to the entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.userdata.bookmarks import Bookmark
from tui.widgets.bookmark_rows import BookmarkRows
from tui.widgets.fitting_footer import FittingFooter


class BookmarkList(ModalScreen[str | None]):
    """The bookmarks, oldest first, with question and note; dismisses with an entry id or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="bookmarks.close"),
        Binding("q", "cancel", "Close", show=False, id="bookmarks.close-q"),
    ]

    def __init__(self, bookmarks: Sequence[Bookmark], question_of: Callable[[str], str | None]) -> None:
        super().__init__()
        self.bookmarks = bookmarks
        self.question_of = question_of
        """An entry's question in the reading language (None: no longer in the corpus)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"Bookmarks ({len(self.bookmarks):,})", markup=False, classes="picker-heading")
            hint = "↑↓ or j k, g G, Enter: read it · Esc closes" if self.bookmarks else "No bookmarks yet: m bookmarks the shown entry, M adds a note."
            yield Static(hint, markup=False, classes="picker-hint")
            yield BookmarkRows(self.bookmarks, self.question_of, id="bookmark-options")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Start on the first bookmark, the list focused."""
        self.query_one(BookmarkRows).focus()

    @on(BookmarkRows.Chosen)
    def _chosen(self, event: BookmarkRows.Chosen) -> None:
        entry_id = event.bookmark.entry_id
        if self.question_of(entry_id) is None:
            self.app.notify(f"{entry_id} is no longer in the corpus: nothing to read.", timeout=3, markup=False)
            return
        self.dismiss(entry_id)

    def action_cancel(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
