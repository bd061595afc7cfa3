"""PickList: the pickers' list (links, citation formats), moved with vim's keys
as well as the arrows: j/k, g/G."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class PickList(OptionList):
    """An OptionList that j, k, g and G move, as they move the tree."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
