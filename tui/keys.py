"""Where every key of the reader is declared: the widgets' own BINDINGS, grouped.

The help screen and the command palette are generated from this, never written by hand.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType


def _bindings(items: list[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding) and b.description]


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """(where, bindings) for every part of the reader, in reading order."""
    from tui.app import ReaderApp
    from tui.screens.reader import ReaderScreen
    from tui.screens.reading_workflow import ReadingWorkflow
    from tui.widgets.answer_pane import AnswerPane
    from tui.widgets.filter_bar import FilterBar
    from tui.widgets.topic_tree import TopicTree

    return [
        ("Anywhere", _bindings(ReaderApp.BINDINGS) + _bindings(ReaderScreen.BINDINGS)),
        ("Read marks, bookmarks, links", _bindings(ReadingWorkflow.BINDINGS)),
        ("Topic tree (arrows work too)", _bindings(TopicTree.BINDINGS)),
        ("Answer pane (arrows, page up/down work too)", _bindings(AnswerPane.BINDINGS)),
        ("Filter bar", _bindings(FilterBar.BINDINGS)),
    ]
