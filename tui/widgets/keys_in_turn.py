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
