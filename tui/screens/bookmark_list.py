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

from tui.keymap import app_keymap, bound_key
from tui.ui_text import words
from tui.userdata.bookmarks import Bookmark
from tui.widgets.bookmark_rows import BookmarkRows
from tui.widgets.fitting_footer import FittingFooter


class BookmarkList(ModalScreen[str | None]):
    """The bookmarks, oldest first, with question and note; dismisses with an entry id or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="bookmarks.close"),
        Binding("q", "cancel", "Close", show=False, id="bookmarks.close-q"),
        Binding("enter", "choose", "Read it", show=False, id="bookmarks.read"),
    ]

    def __init__(self, bookmarks: Sequence[Bookmark], question_of: Callable[[str], str | None], lang: str = "en") -> None:
        super().__init__()
        self.bookmarks = bookmarks
        self.question_of = question_of
        """An entry's question in the reading language (None: no longer in the corpus)."""
        self.lang = lang
        """The reading language: the heading, the hint and the key bar are worded in it."""

    def compose(self) -> ComposeResult:
        with Vertical():
            heading = words(self.lang, "bookmarks_heading", n=f"{len(self.bookmarks):,}")
            yield Static(heading, markup=False, classes="picker-heading")
            yield Static(self._hint(), markup=False, classes="picker-hint")
            yield BookmarkRows(self.bookmarks, self.question_of, gone=words(self.lang, "not_in_corpus"), id="bookmark-options")
        yield FittingFooter(lang=self.lang)

    def _hint(self) -> str:
        """How to use the list, or how to bookmark when it is empty: the keys bound now."""
        keymap = app_keymap(self)
        if not self.bookmarks:
            keys = {"bookmark": bound_key("reader.bookmark", keymap), "note": bound_key("reader.note", keymap)}
            return words(self.lang, "no_bookmarks", **keys)
        keys = {"read": bound_key("bookmarks.read", keymap, BookmarkList), "close": bound_key("bookmarks.close", keymap, BookmarkList)}
        return words(self.lang, "bookmarks_hint", **keys)

    def on_mount(self) -> None:
        """Start on the first bookmark, the list focused."""
        self.query_one(BookmarkRows).focus()

    def action_choose(self) -> None:
        """Enter: read the bookmark under the cursor. The dialog closes there and then, so
        the keys read behind the Enter act on the entry it opens (`B` Enter `y` copied
        the entry shown before, the dialog closing a message later)."""
        bookmark = self.query_one(BookmarkRows).current
        if bookmark is not None:
            self._choose(bookmark)

    @on(BookmarkRows.Chosen)
    def _chosen(self, event: BookmarkRows.Chosen) -> None:
        self._choose(event.bookmark)

    def _choose(self, bookmark: Bookmark) -> None:
        entry_id = bookmark.entry_id
        if self.question_of(entry_id) is None:
            self.app.notify(words(self.lang, "bookmark_gone", id=bookmark.shown_id), timeout=3, markup=False)
            return
        self.dismiss(entry_id)

    def action_cancel(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
