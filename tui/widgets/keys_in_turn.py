"""KeysInTurn: an editing widget whose own key bindings act in turn with typed text.

Textual checks a focused widget's non-priority bindings only once the key has bubbled up
to the app, while the printable keys behind it are inserted by the widget itself: keys
arriving together (a burst over SSH, or typed while the app is busy) were applied out of
order. `ctrl+u` then `tensorboard` left `sorboard` in the filter bar.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    _Base = Widget
    _AppBase = App[object]
else:
    _Base = _AppBase = object


class KeysInTurn(_Base):
    """Mixed in before an Input or TextArea: its own bindings (and, with `screen_keys`, its
    dialog's) run from its key handler. A key reaching it after a key before it closed
    its dialog is read again by the app, for the screen under it. (A plain class at run
    time: a Widget base here would hide the widget's component classes from Textual.)"""

    screen_keys = False
    """Whether the screen's own bindings run in turn too (a dialog's ctrl+s and Esc: `M`,
    a note, ctrl+s, `j y` in one read saved the note 'hijy', the `j y` typed into it)."""

    async def _on_key(self, event: events.Key) -> None:
        if self.app.screen is not self.screen:  # (its dialog closed by a key before this one)
            hand_on(self.app, event)
            return
        owners = (self, self.screen) if self.screen_keys else (self,)
        if not event.is_printable and await run_binding(self, event, owners, priority=False):
            return
        await super()._on_key(event)


class KeysHandledInTurn(_Base):
    """Mixed in before a reader widget (the tree, the pane): each key it is handed is
    handled in turn, whole: the first binding for it from the widget up to the app runs
    there and then. A key reaching the widget after a dialog opened over its screen, or
    after the focus left it, is read again by the app, for where the focus is now.

    Textual routes each key of a burst to the focus as it reads it, and runs a binding
    only once the key has bubbled up to the app through the widgets' queues, after the
    widget has handled the keys behind it. Keys read together (a burst over SSH, keys
    typed while the reader is busy) then acted out of turn: `M` then a note opened the
    note editor after the note's text had gone by, and ctrl+s saved an empty note; `j o`
    listed the links of the entry before the `j`, which then moved in the links dialog;
    Esc then `/muon` cleared the filter after `muon` was typed into it. A priority
    binding the app passes on to the widget (`keys_waiting`) runs when the widget
    reaches its key."""

    _in_turn = False
    """Whether a binding is being run from the widget's own queue of keys."""
    _on_a_key = False
    """Whether the widget is handling a key (the queue holds the keys behind it)."""

    def keys_waiting(self) -> bool:
        """Whether keys the app read before the one it is reading now are still to be
        handled here: a priority binding's action then raises `SkipAction`, so its key
        comes here in turn (`M`, then a note holding a `/` in one burst: the `/` is the
        note's, not the filter bar's)."""
        return not self._in_turn and (self._on_a_key or not self._message_queue.empty())

    async def _on_key(self, event: events.Key) -> None:
        if self.app.screen is not self.screen:  # (a dialog over it, where `is_current` says True)
            hand_on(self.app, event)
            return
        if self.screen.focused is not self:  # the focus moved on, on this screen
            hand_on(self.app, event, first=True)
            return
        self._on_a_key = True
        try:
            self._in_turn = True  # (a priority binding's action runs now: `keys_waiting`)
            try:
                handled = await run_binding(self, event)
            finally:
                self._in_turn = False
            if not handled:
                await super()._on_key(event)
        finally:
            self._on_a_key = False


async def run_binding(
    widget: Widget, event: events.Key, owners: tuple[object, ...] | None = None, priority: bool = True
) -> bool:
    """Run the first binding of the key, from `widget` up to the app (the keymap applied),
    that acts; only the bindings of `owners` when given, and no priority binding unless
    `priority`. Whether one did (the key is then stopped)."""
    for namespace, bindings in widget.screen._modal_binding_chain:
        if owners is not None and namespace not in owners:
            continue
        for binding in bindings.key_to_bindings.get(event.key, ()):
            if (priority or not binding.priority) and await widget.app.run_action(binding.action, namespace):
                event.stop()
                event.prevent_default()
                return True
    return False


def hand_on(app: App[object], event: events.Key, first: bool = False) -> None:
    """Stop `event` here, and have the app read it again, for where the focus is now:
    once the messages already sent to it are handled (the screen a key opened or closed is
    then the app's), or (`first`: the focus moved on this screen) before any key the app
    reads after it (`read_first`)."""
    event.stop()
    event.prevent_default()
    again = read_again(app, event)
    if first:
        read_first(app, [again])
    else:
        app.post_message(again)


def read_first(app: App[object], keys: list[events.Key]) -> None:
    """Have the app read these keys again, before any key it has yet to handle
    (`HandedBackFirst`): every key the app still holds was read after them."""
    if isinstance(app, HandedBackFirst):
        app.handed_back.extend(keys)
        app.post_message(HandedBack())  # (read then, should no other event come)
    else:
        for key in keys:
            app.post_message(key)


class HandedBack(events.Event):
    """Wakes the app to read the keys handed back to it (`HandedBackFirst`)."""


class HandedBackFirst(_AppBase):
    """Mixed in before the App: keys a widget hands back (a key that reached it after the
    focus left it, or the keys the filter bar held after Enter) are read before any key,
    paste or click the app reads after them. Posted to the app again, they went behind
    keys the terminal sent after them that the app had not handled yet (a loaded machine,
    a burst in two reads): `t` handed back by the tree after `/`, then `o`, left `ot` in
    the filter bar."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.handed_back: deque[events.Key] = deque()
        """The keys handed back, to be read first, in the order they came."""

    async def on_event(self, event: events.Event) -> None:
        # read when their turn comes (as when posted), or before the next key, paste or
        # click the app reads: not before other events (the screen a key closed is
        # popped by those: read sooner, the key went to it again)
        if isinstance(event, (HandedBack, events.InputEvent, events.Paste)) and not event.is_forwarded:
            keys = self.handed_back
            while keys:
                await super().on_event(keys.popleft())
        if not isinstance(event, HandedBack):
            await super().on_event(event)


def read_again(app: object, key: events.Key) -> events.Key:
    """A copy of `key` as the app reads one from the terminal (sent by the app: a key
    sent by a widget stops bubbling at it, before the app checks the bindings)."""
    again = events.Key(key.key, key.character)
    again.set_sender(app)  # type: ignore[arg-type]
    return again
