"""Toasts as this reader shows them: only while no dialog is open, for their whole time, and
broken into lines at spaces or at an id's or URL's separators.

Textual shows the app's notifications as toasts on the screen on top and lets each one's
time run out from when it was raised. Here, while a dialog is on top (help, links,
bookmarks, citations, the note editor, the command palette: every `ModalScreen`), no
screen holds a toast: the reader's toasts were drawn on behind the dialog's backdrop, cut
off in the rows the dialog did not cover. Their time stops meanwhile and runs on once the
dialog closes, so a toast hidden for longer than its timeout ("bookmarked", a failed copy)
is still seen. A toast's text is broken at spaces, and inside an id or a URL at its
separators (`muon-optimizer-` / `at-1t:`, `…/r/` / `LocalLLaMA/…`), never mid-word where
such a break fits; Chinese breaks between characters, closing punctuation never starting a
line. A toast is never taller than the screen has room for (above the footer, and above the
newer toasts stacked below it): one that needs more shows its title and first lines and ends
with how many lines are not shown, never cut at its top. A toast about a state file is shown
for as long as it takes to read it (`reading_time`): a damaged file's path and how to get back
what it held were gone after a fixed 15 s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from time import time
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from rich.cells import cell_len
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import ModalScreen, Screen
from textual.visual import Visual
from textual.widgets._toast import Toast, ToastHolder, ToastRack

from tui.ui_text import words
from tui.wrap import CLOSING, OPENING, may_break_between

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.dom import DOMNode
    from textual.geometry import Size
    from textual.notifications import Notification, Notifications
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

READ_BASE = 5.0
"""Seconds a toast read in full (`reading_time`) is shown at least: its title and first line."""
READ_PER_LINE = 3.0
"""Seconds more for each of its lines (a line of `READ_WIDTH` cells: a path to select and
copy, or some ten English words, or some 28 Chinese characters)."""
READ_CAP = 60.0
"""Seconds a toast read in full is shown at most (a click on it dismisses it before)."""
READ_WIDTH = 57
"""The cells of a toast's line on a wide screen (Textual's toast: 60 cells, less its border
and padding): its lines are counted at this width, whatever the screen's."""


def reading_time(message: str, title: str | None = None) -> float:
    """Seconds to show a toast saying `message` under `title`: `READ_BASE`, and
    `READ_PER_LINE` for each line it has at `READ_WIDTH` cells, at most `READ_CAP`."""
    text = f"{title}\n{message}" if title else message
    return min(READ_BASE + READ_PER_LINE * len(line_ranges(text, READ_WIDTH)), READ_CAP)


def _wide(ch: str) -> bool:
    return cell_len(ch) == 2


def _may_break_before(text: str, i: int) -> bool:
    """Whether a line may start at text[i], inside a run with no space (i > its start)."""
    before, here = text[i - 1], text[i]
    if here in CLOSING or before in OPENING:
        return False
    if may_break_between(before, here):  # the links dialog's rule
        return True
    return _wide(before) or _wide(here)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run with no space, text[start:end], cut where a line may start inside it."""
    cuts = [i for i in range(start + 1, end) if _may_break_before(text, i)]
    edges = [start, *cuts, end]
    return list(zip(edges, edges[1:]))


def _folded(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A piece wider than a whole line, cut at the last character that fits (no other way)."""
    out: list[tuple[int, int]] = []
    s, cells = start, 0
    for i in range(start, end):
        w = cell_len(text[i])
        if cells + w > width and i > s:
            out.append((s, i))
            s, cells = i, 0
        cells += w
    out.append((s, end))
    return out


def _atoms(text: str, start: int, end: int, width: int) -> list[tuple[int, int, bool]]:
    """text[start:end] (no newline in it) as pieces no line breaks inside, each with whether
    spaces come before it: a word, or if it does not fit a line whole or holds Chinese, the
    pieces between the places where a line may start in it."""
    atoms: list[tuple[int, int, bool]] = []
    for word in re.finditer(r"[^ ]+", text[start:end]):
        i, j = start + word.start(), start + word.end()
        if cell_len(text[i:j]) <= width and not any(_wide(ch) for ch in text[i:j]):
            atoms.append((i, j, True))  # an id or a URL that fits a line is kept whole
            continue
        folds = [fold for s, e in _pieces(text, i, j) for fold in _folded(text, s, e, width)]
        atoms.extend((s, e, n == 0) for n, (s, e) in enumerate(folds))
    return atoms


def _paragraph_lines(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """The lines of text[start:end] (no newline in it) as [start, end) offsets."""
    lines: list[tuple[int, int]] = []
    line: tuple[int, int] | None = None
    used = 0
    for s, e, spaced in _atoms(text, start, end, width):
        cells = cell_len(text[s:e])
        gap = cell_len(text[line[1] : s]) if line is not None and spaced else 0
        if line is not None and used + gap + cells > width:
            lines.append(line)
            line, gap, used = None, 0, 0
        line = (s, e) if line is None else (line[0], e)
        used += gap + cells
    lines.append(line if line is not None else (start, start))
    return lines


def line_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """Where each line of `text` starts and ends, broken to `width` cells at spaces (which
    are dropped), after an id's or URL's separators, or between Chinese characters; a piece
    wider than the whole line is cut where it must."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        end = offset + len(paragraph)
        ranges.extend(_paragraph_lines(text, offset, end, max(width, 2)))
        offset = end + 1
    return ranges


def broken(content: Content, width: int) -> Content:
    """`content` in lines of `width` cells (`line_ranges`), its styles kept."""
    return Content("\n").join(content[s:e] for s, e in line_ranges(content.plain, width))


class SeparatorBreaks(Visual):
    """A toast's text, broken into lines by `broken` at the width it is drawn at; given
    fewer lines than it needs, its first lines and a mark of how many more there are."""

    def __init__(self, content: Content, more: Callable[[int], Content] | None = None) -> None:
        self.content = content
        self.more = more
        """The mark ending a text cut short, from how many of its lines are not shown."""
        self._lines: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.content.plain

    def _at(self, width: int) -> Content:
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, broken(self.content, width))
        return self._lines[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """The lines drawn at `width`; if more than `height`, the first ones then the mark."""
        lines = self._at(width)
        every = lines.split("\n")
        if height is None or self.more is None or len(every) <= height:
            return lines.render_strips(width, height, style, options)
        kept = height - 1
        for _ in range(2):  # (the mark's own lines are among those it counts)
            mark = broken(self.more(len(every) - kept), width).split("\n")
            kept = max(height - len(mark), 0)
        return Content("\n").join([*every[:kept], *mark][:height]).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The text's widest line, unbroken."""
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """How many lines the text takes at `width`."""
        return self._at(width).get_height(rules, width)


class ReaderToast(Toast):
    """Textual's toast, its text broken by `SeparatorBreaks`."""

    def __init__(self, notification: Notification) -> None:
        super().__init__(notification)
        self.notification = notification
        self._rack: DOMNode | None = None
        """The rack this toast was mounted on (no longer its parent's parent as it goes)."""

    def render(self) -> SeparatorBreaks:  # type: ignore[override]
        """The title and message as Textual renders them, broken at the toast's width."""
        return SeparatorBreaks(super().render(), self._more)

    def _more(self, lines: int) -> Content:
        """The mark ending a toast cut short: how many lines are not shown."""
        said = words(getattr(self.app, "lang", "en"), "toast_more", n=lines)
        return Content.styled(said, self.get_visual_style("toast--title"))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The text's lines, but no more than the screen has room for: a toast taller than
        the screen was drawn from below its top, its title and first lines (a damaged
        file's path) never seen. Cut short, it ends with a mark (`SeparatorBreaks`)."""
        return min(super().get_content_height(container, viewport, width), self._room(container, viewport, width))

    def on_mount(self) -> None:
        """Give the older toasts their room again: a newer one is stacked below them."""
        self._rack = self.parent.parent if self.parent is not None else None
        self._older_laid_out_again()

    def on_unmount(self) -> None:
        """Give the older toasts their room again: this one below them is gone."""
        self._older_laid_out_again()

    def _older_laid_out_again(self) -> None:
        """Lay out again the other toasts on this toast's rack (Textual keeps their sizes)."""
        if isinstance(self._rack, ToastRack):
            for toast in self._rack.query(ReaderToast):
                if toast is not self:
                    toast.refresh(layout=True)

    def _frame(self) -> int:
        """The rows this toast takes besides its text: its and its holder's margin, border and padding."""
        rows = self.styles.margin.height + self.styles.gutter.height
        if isinstance(self.parent, ToastHolder):
            rows += self.parent.styles.margin.height + self.parent.styles.gutter.height
        return rows

    def _room(self, container: Size, viewport: Size, width: int) -> int:
        """How many lines of text fit on the screen: all but this toast's frame, the rack's
        margin (the footer's row) and the newer toasts stacked below it."""
        holder, rows = self.parent, viewport.height - self._frame()
        rack = holder.parent if holder is not None else None
        if isinstance(rack, ToastRack) and holder in rack.children:
            rows -= rack.styles.margin.height + rack.styles.gutter.height
            for newer in rack.children[rack.children.index(holder) + 1 :]:
                for toast in newer.query_children(ReaderToast):
                    rows -= toast._frame() + toast.get_content_height(container, viewport, width)
        return max(rows, 1)


def is_dialog(screen: Screen[object]) -> bool:
    """Whether the screen is a dialog (the command palette is one too)."""
    return isinstance(screen, ModalScreen)


class ToastClock:
    """Stops the notifications' time while a dialog hides them, and starts it again."""

    def __init__(self) -> None:
        self._left: dict[str, float] = {}
        """Each held notification's seconds left, by its identity."""

    def hold(self, notifications: Notifications) -> None:
        """Stop every notification's time (one raised meanwhile keeps its whole timeout)."""
        for notification in notifications:  # (those already expired are dropped here)
            if notification.identity not in self._left:
                self._left[notification.identity] = notification.time_left
                notification.timeout = math.inf

    def release(self, notifications: Notifications) -> None:
        """Start their time again from what was left."""
        now = time()
        for notification in notifications:
            left = self._left.get(notification.identity)
            if left is not None:
                notification.raised_at, notification.timeout = now, left
        self._left.clear()


_MOUNTED: WeakKeyDictionary[ToastRack, dict[str, ToastHolder]] = WeakKeyDictionary()
"""Per rack, the holder of each notification shown there, by its identity: noted as it is
mounted, not found by a query (a toast mounted in this event is not found yet, and a
second placement in the same event mounted every toast again)."""


def _show(rack: ToastRack, notifications: Sequence[Notification]) -> None:
    """Textual's `ToastRack.show` with `ReaderToast`s; one no longer wanted goes with its
    holder (Textual keeps the holder, by whose id the same notification never showed
    again), one already shown or being mounted is not mounted again."""
    wanted = {notification.identity for notification in notifications}
    mounted = _MOUNTED.setdefault(rack, {})
    for identity in [identity for identity in mounted if identity not in wanted]:
        holder = mounted.pop(identity)
        if holder.is_attached:  # (a toast that ran out removed itself)
            holder.remove()
    new = [n for n in notifications if n.identity not in mounted and not n.has_expired]
    rack.display = bool(mounted or new)
    if new:
        holders = {notification.identity: ToastHolder(ReaderToast(notification)) for notification in new}
        mounted.update(holders)
        rack.mount_all(holders.values())
        rack.call_later(rack.scroll_end, animate=False, force=True)


def place_toasts(screens: Iterable[Screen[object]], notifications: Notifications, clock: ToastClock) -> None:
    """Show the notifications on the screen on top unless it is a dialog; on no other
    screen. Their time runs only while they are shown."""
    stack = list(screens)
    if not stack:
        return
    top = stack[-1]
    if is_dialog(top):
        clock.hold(notifications)
        shown: list[Notification] = []
    else:
        clock.release(notifications)
        shown = list(notifications)
    for screen in stack:
        try:
            rack = screen.get_child_by_type(ToastRack)
        except NoMatches:
            continue  # (not composed yet, or notifications off under a test)
        _show(rack, shown if screen is top else [])
