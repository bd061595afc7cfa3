"""BookmarkRows: the bookmarks list, two lines a bookmark, drawn only where it is seen.

Textual's `OptionList` lays out every option (wraps its text to measure its height)
before it draws one: 200,000 bookmarks, or one note of 1 MB, froze the reader for
seconds to a minute. Here a bookmark is always two lines, its question then its note, each
cut to the width with "…", so a bookmark's place is its index times two and only the
lines in sight are made, whatever the list holds. The text is the file's, shown as
written (Rich `Text`, never markup), cleaned (`Bookmark.shown_note` and the like).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.userdata.bookmarks import Bookmark
from tui.widgets.keys_in_turn import KeysHandledInTurn
from tui.wrap import truncate_with_ellipsis

ROW_HEIGHT = 2
"""Lines a bookmark takes: the question, then the note."""
GONE = "  (no longer in the corpus)"
"""Said after a bookmark whose entry is no longer in the corpus (the list gives its own words)."""
SHOWN_CHARS = 500
"""Characters of a question or note looked at: more never fits on a line."""


def one_line(text: str) -> str:
    """The start of `text` on one line (runs of whitespace, newlines too, as one space),
    with "…" when there is more."""
    start = " ".join(text[:SHOWN_CHARS].split())
    return start + "…" if len(text) > SHOWN_CHARS else start


def bookmark_lines(
    bookmark: Bookmark, question: str | None, width: int, gone: str = GONE
) -> tuple[Text, Text]:
    """A bookmark's two lines at `width`: its question (`None`: no longer in the corpus, the
    question kept in the bookmark is shown dimmed, `gone` said after it) and entry id, then
    its note."""
    tail = Text(f"  {one_line(bookmark.shown_id)}", style="dim")
    if question is None:
        tail.append(gone, style="dim")
    head = Text(one_line(question or bookmark.shown_question), style="bold" if question is not None else "dim")
    truncate_with_ellipsis(head, max(width - tail.cell_len, width // 2))
    first = head + tail
    truncate_with_ellipsis(first, width)
    second = Text()
    if bookmark.shown_note:
        second = Text("  ✎ ") + Text(one_line(bookmark.shown_note))
        truncate_with_ellipsis(second, width)
    return first, second


class BookmarkRows(KeysHandledInTurn, ScrollView, can_focus=True):
    """The bookmarks with their notes; arrows or j/k/g/G move, a click chooses (Enter is
    the dialog's). Keys act in turn (`KeysHandledInTurn`): `j` then Enter in one read
    chose the bookmark below, and the keys behind the Enter reach the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"bookmark-rows--cursor"}

    DEFAULT_CSS = """
    BookmarkRows {
        background: $surface;
        overflow-x: hidden;
        & > .bookmark-rows--cursor {
            background: $block-cursor-blurred-background;
        }
        &:focus > .bookmark-rows--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    highlighted: reactive[int] = reactive(0)
    """The index of the bookmark under the cursor."""

    class Chosen(Message):
        """Enter (or a click) on a bookmark."""

        def __init__(self, bookmark: Bookmark) -> None:
            super().__init__()
            self.bookmark = bookmark

    def __init__(
        self,
        bookmarks: Sequence[Bookmark],
        question_of: Callable[[str], str | None],
        *,
        gone: str = GONE,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.bookmarks = bookmarks
        self.question_of = question_of
        """An entry's question as the reader shows it; None when it is no longer in the corpus."""
        self.gone = gone
        """What follows a bookmark whose entry is no longer in the corpus, in the reading language."""

    def on_mount(self) -> None:
        self.virtual_size = Size(0, ROW_HEIGHT * len(self.bookmarks))

    def validate_highlighted(self, index: int) -> int:
        return max(0, min(index, len(self.bookmarks) - 1))

    def watch_highlighted(self, index: int) -> None:
        self.scroll_to_region(Region(0, index * ROW_HEIGHT, 1, ROW_HEIGHT), animate=False, immediate=True)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """One line of one bookmark (only the lines in sight are asked for)."""
        width = self.scrollable_content_region.width
        index, part = divmod(self.scroll_offset.y + y, ROW_HEIGHT)
        if index >= len(self.bookmarks):
            return Strip.blank(width, self.rich_style)
        bookmark = self.bookmarks[index]
        text = bookmark_lines(bookmark, self.question_of(bookmark.entry_id), width, self.gone)[part]
        style = self.rich_style
        if index == self.highlighted:
            style += self.get_component_rich_style("bookmark-rows--cursor")
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.extend_cell_length(width).apply_style(style)

    def action_cursor_down(self) -> None:
        self.highlighted += 1

    def action_cursor_up(self) -> None:
        self.highlighted -= 1

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self.bookmarks) - 1

    def action_page_down(self) -> None:
        self.highlighted += max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_up(self) -> None:
        self.highlighted -= max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    @property
    def current(self) -> Bookmark | None:
        """The bookmark under the cursor (None: there are none)."""
        return self.bookmarks[self.highlighted] if self.bookmarks else None

    def on_click(self, event: events.Click) -> None:
        """A click chooses the bookmark under the mouse, as in the other pickers."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        if index < len(self.bookmarks):
            self.highlighted = index
            self.post_message(self.Chosen(self.bookmarks[index]))
