"""KeysInTurn: an editing widget whose own key bindings act in turn with typed text.

Textual checks a focused widget's non-priority bindings only once the key has bubbled up
to the app, while the printable keys behind it are inserted by the widget itself: keys
arriving together (a burst over SSH, or typed while the app is busy) were applied out of
order. `ctrl+u` then `tensorboard` left `sorboard` in the filter bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class KeysInTurn(_Base):
    """Mixed in before an Input or TextArea: its own bindings run from its key handler.
    (A plain class at run time: a Widget base here would hide the widget's component
    classes from Textual.)"""

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            for namespace, bindings in self.screen._modal_binding_chain:  # the keymap applied
                if namespace is not self:
                    break
                for binding in bindings.key_to_bindings.get(event.key, ()):
                    if not binding.priority and await self.app.run_action(binding.action, self):
                        event.stop()
                        event.prevent_default()
                        return
        await super()._on_key(event)


OPENS_A_DIALOG = frozenset({"edit_note", "bookmark_list", "open_links", "pick_citation", "help", "command_palette"})
"""Actions whose key `KeysToTheDialog` runs at once, before the keys typed behind it."""


class KeysToTheDialog(_Base):
    """Mixed in before a reader widget: a key that opens a dialog opens it at once, and a
    key reaching the widget after a dialog opened over its screen is read again by the
    app, for the dialog. Textual routes each key of a burst to the focus when it reads it,
    and runs a binding only once the key has bubbled up to the app, after the widget has
    handled the keys behind it: `M` then a note in one burst opened the note editor after
    the note's text had gone by (lost), and ctrl+s behind it saved an empty note."""

    async def _on_key(self, event: events.Key) -> None:
        if self.app.screen is not self.screen:  # (a dialog over it; `is_current` says True)
            event.stop()
            event.prevent_default()
            self.app.post_message(read_again(self.app, event))
            return
        for namespace, bindings in self.screen._modal_binding_chain:  # the keymap applied
            for binding in bindings.key_to_bindings.get(event.key, ()):
                if binding.action in OPENS_A_DIALOG and await self.app.run_action(binding.action, namespace):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)


def read_again(app: object, key: events.Key) -> events.Key:
    """A copy of `key` as the app reads one from the terminal (sent by the app: a key
    sent by a widget stops bubbling at it, before the app checks the bindings)."""
    again = events.Key(key.key, key.character)
    again.set_sender(app)  # type: ignore[arg-type]
    return again
