"""Toasts as this reader shows them: only while no dialog is open, and for their whole time.

Textual shows the app's notifications as toasts on the screen on top and lets each one's
time run out from when it was raised. Here, while a dialog is on top (help, links,
bookmarks, citations, the note editor, the command palette: every `ModalScreen`), no
screen holds a toast: the reader's toasts were drawn on behind the dialog's backdrop, cut
off in the rows the dialog did not cover. Their time stops meanwhile and runs on once the
dialog closes, so a toast hidden for longer than its timeout ("bookmarked", a failed copy)
is still seen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from time import time
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.screen import ModalScreen, Screen
from textual.widgets._toast import Toast, ToastHolder, ToastRack

if TYPE_CHECKING:
    from textual.notifications import Notification, Notifications


class ReaderToast(Toast):
    """Textual's toast, knowing its notification and whether it is being taken away."""

    def __init__(self, notification: Notification) -> None:
        super().__init__(notification)
        self.notification = notification
        self.taken = False
        """Whether it is being removed (its holder is, which takes a moment)."""


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


def _show(rack: ToastRack, notifications: Sequence[Notification]) -> None:
    """Textual's `ToastRack.show` with `ReaderToast`s; one no longer wanted goes with its
    holder (Textual keeps the holder, by whose id the same notification never showed again)."""
    wanted = {notification.identity for notification in notifications}
    shown: set[str] = set()
    for toast in rack.query(ReaderToast):
        if toast.taken:
            continue
        if toast.notification.identity in wanted:
            shown.add(toast.notification.identity)
        else:
            toast.taken = True
            (toast.parent if isinstance(toast.parent, ToastHolder) else toast).remove()
    new = [n for n in notifications if n.identity not in shown and not n.has_expired]
    rack.display = bool(shown or new)
    if new:
        rack.mount_all(ToastHolder(ReaderToast(notification)) for notification in new)
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
