"""FilterBar: the live fuzzy filter input at the top of the reader.

Every keystroke posts `Input.Changed`; the screen filters off the UI thread. Escape clears
the query and gives focus back; enter or down moves into the results.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from corpus.text import clean_text
from tui.widgets.keys_in_turn import KeysInTurn


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
        super().__init__(
            value=value,
            placeholder="/ filter: words, 中文, typos ok, by:zxytim src:article topic:… !not 'exact",
            **kwargs,  # type: ignore[arg-type]
        )

    def insert(self, text: str, index: int) -> None:
        """Insert text, dropping control, bidi and zero-width characters (a paste may hold them)."""
        super().insert(clean_text(text).replace("\n", " "), index)

    def replace(self, text: str, start: int, end: int) -> None:
        """Replace a selection with text, cleaned as `insert` cleans it."""
        super().replace(clean_text(text).replace("\n", " "), start, end)

    def action_clear_and_leave(self) -> None:
        """Clear the query and give focus back."""
        self.value = ""
        self.post_message(self.Left(to_results=False))

    def action_to_results(self) -> None:
        """Move into the filtered results."""
        self.post_message(self.Left(to_results=True))
