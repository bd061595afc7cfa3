"""FilterBar: the live fuzzy filter input at the top of the reader.

Every keystroke posts `Input.Changed`; the screen filters off the UI thread. Escape clears
the query and gives focus back; enter or down moves into the results.
"""

from __future__ import annotations

import re

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from corpus.text import clean_text
from tui.ui_text import words
from tui.widgets.keys_in_turn import KeysInTurn, hand_on, read_again


class FilterBar(KeysInTurn, Input):
    """The filter input: type to narrow the tree and the pane; editing keys act in the
    order typed (`KeysInTurn`)."""

    BINDINGS = [
        Binding("escape", "clear_and_leave", "Clear filter", id="filter.clear"),
        Binding("enter", "to_results", "To results", id="filter.to-results"),
        Binding("down", "to_results", "To results", show=False, id="filter.down"),
    ]

    class Left(Message):
        """The user left the filter: to the results, or back after clearing it."""

        def __init__(self, to_results: bool) -> None:
            self.to_results = to_results
            super().__init__()

    def __init__(self, value: str = "", **kwargs: object) -> None:
        super().__init__(value=value, placeholder=placeholder(None, None), **kwargs)  # type: ignore[arg-type]
        self._leaving = False
        self._withheld: list[events.Key] = []

    async def _on_key(self, event: events.Key) -> None:
        # Keys typed after enter or escape in the same burst were handed to this bar while
        # it still had the focus (Textual routes a key to the focus when it reads it): they
        # belong where the focus goes. Held until the screen has moved it (`take_withheld`),
        # or handed on at once when it already has.
        if self._leaving:
            event.stop()
            event.prevent_default()
            self._withheld.append(event)
        elif self.screen.focused is not self:  # read again by the app: to the focus now
            hand_on(self.app, event, first=True)
        else:
            await super()._on_key(event)

    def take_withheld(self) -> list[events.Key]:
        """The keys typed after leaving the bar, in order, to be read again by the app once
        the focus has moved; the bar takes keys again."""
        keys, self._withheld, self._leaving = self._withheld, [], False
        return [read_again(self.app, key) for key in keys]

    def insert(self, text: str, index: int) -> None:
        """Insert text, dropping control, bidi and zero-width characters (a paste may hold them)."""
        super().insert(clean_text(text).replace("\n", " "), index)

    def replace(self, text: str, start: int, end: int) -> None:
        """Replace a selection with text, cleaned as `insert` cleans it."""
        super().replace(clean_text(text).replace("\n", " "), start, end)

    def action_clear_and_leave(self) -> None:
        """Clear the query and give focus back."""
        self.value = ""
        self._leaving = True
        self.post_message(self.Left(to_results=False))

    def action_to_results(self) -> None:
        """Move into the filtered results."""
        self._leaving = True
        self.post_message(self.Left(to_results=True))


_EXAMPLE = re.compile(r"[\w-]{1,24}")


def placeholder(by: str | None, src: str | None, lang: str = "en", key: str = "/") -> str:
    """The empty bar's hint in the reading language, its `by:` and `src:` examples the
    corpus's own (a speaker who answers, a kind of source), or NAME and KIND until it is
    loaded; a value that is not a plain word is not shown. `key`: the key that focuses the
    filter, as bound now (the config file's [keys] may move it off `/`)."""
    by = by if by and _EXAMPLE.fullmatch(by) else "NAME"
    src = src if src and _EXAMPLE.fullmatch(src) else "KIND"
    return words(lang, "placeholder", by=by, src=src, filter=key)
