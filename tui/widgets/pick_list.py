"""PickList: the pickers' list (links, citation formats), moved with vim's keys
as well as the arrows: j/k, g/G."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class PickList(OptionList):
    """An OptionList that j, k, g and G move, as they move the tree. Enter (or a click)
    calls the dialog's `picked` with the option's id there and then: the dialog closes
    before the keys read behind the Enter are looked at (it closed a message later, and
    in `Y` `j` Enter `j y`, read together, the second `j` moved in the list: the format
    below the one chosen was copied, and the `y` was lost)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *content: Option, picked: Callable[[str], None], id: str | None = None) -> None:
        super().__init__(*content, id=id)
        self.picked = picked

    def action_select(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id is not None and not option.disabled:
            self.picked(option.id)
