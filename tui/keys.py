"""Where every key of the reader is declared: the widgets' own BINDINGS, grouped.

The help screen and the command palette are generated from this, never written by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.dom import DOMNode


def _bindings(items: list[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding) and b.description]


def binding_owners() -> list[tuple[str, list[type[DOMNode]]]]:
    """(where, the classes whose BINDINGS act there) for every part of the reader, in
    reading order."""
    from tui.app import ReaderApp
    from tui.screens.reader import ReaderScreen
    from tui.screens.reading_workflow import ReadingWorkflow
    from tui.widgets.answer_pane import AnswerPane
    from tui.widgets.filter_bar import FilterBar
    from tui.widgets.topic_tree import TopicTree

    return [
        ("Anywhere", [ReaderApp, ReaderScreen]),
        ("Read marks, bookmarks, links", [ReadingWorkflow]),
        ("Topic tree (arrows work too)", [TopicTree]),
        ("Answer pane (arrows, page up/down work too)", [AnswerPane]),
        ("Filter bar", [FilterBar]),
    ]


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """(where, bindings) for every part of the reader, in reading order."""
    return [(where, [b for owner in owners for b in _bindings(owner.BINDINGS)]) for where, owners in binding_owners()]
