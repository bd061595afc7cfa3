"""PromptFrames: a screen that paints what changed as soon as it is ready, at most
MAX_FPS (60) frames a second, and paints a scrollbar's late request in the same frame.

Textual paints a screen on a timer of 1/60 s, resumed when something is dirty. After a
frame that ran past the next tick, the timer's skipping of missed ticks went one tick too
far: the next frame waited for the second tick after the long frame, up to 33 ms. In a
terminal at 100k entries most keystrokes' frames take 12-20 ms, so the frame of the next
keystroke, its filter applied, waited 10-20 ms for a tick (a hook logging each step of a
keystroke in tmux). Here the reading state,
once pushed down, is painted at once when the last frame began a tick ago or more; else
the timer paints it. (Painting whenever the screen's queue went idle split a keystroke's
frame: the echo painted before the matches came.)
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from textual.screen import UPDATE_PERIOD, Screen
from textual.scrollbar import ScrollBar
from textual.widget import Widget

__all__ = ["PromptFrames"]


class PromptFrames(Screen[Any]):
    """A screen whose frames are not held back by Textual's update timer."""

    _frame_started = 0.0
    """When the last frame began (`monotonic`)."""

    def _compositor_refresh(self) -> None:
        self._frame_started = monotonic()
        paint_late_scrollbars(self)
        super()._compositor_refresh()

    def paint_soon(self) -> None:
        """Paint the state just pushed down once the requests it made are in (after the
        messages queued now), if the last frame began a tick ago or more; else the timer
        paints it, as Textual does."""
        self.call_later(self._paint_if_due)

    def _paint_if_due(self) -> None:
        if (
            (self._layout_required or self._scroll_required or self._repaint_required or self._dirty_widgets)
            and not self.app._batch_count
            and self.is_current
            and monotonic() - self._frame_started >= UPDATE_PERIOD
        ):
            self._on_timer_update()


def paint_late_scrollbars(screen: Screen[Any]) -> None:
    """Add to the frame about to be painted the scrollbars that asked to be redrawn after
    the screen collected its requests: a scroll view's scrollbar asks during the frame's
    own layout (a new list of matches changes the tree's length), and was painted again in
    a frame of its own a frame later (at 100k entries, every keystroke: ~2 ms and 1 KB
    more). Scrollbars only: a container's late request can come with a layout to redo."""
    compositor = screen._compositor
    late: set[Widget] = {widget for widget in compositor.visible_widgets if isinstance(widget, ScrollBar) and widget._repaint_required}
    if late:
        for widget in late:
            widget._repaint_required = False  # (its next idle would hand the request over)
        compositor.update_widgets(late)
