"""A topic's unread count in the tree: counted from the read marks (not from every entry
of the topic), and worded as `mark_labels.unread_suffix` words it, whatever the marks."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready
from tui.mark_labels import Marks, unread_suffix


def _read_sets(ids: list[str]) -> dict[str, frozenset[str]]:
    return {
        "none read": frozenset(),
        "a few read": frozenset(ids[::5]),
        "marks of entries no longer in the corpus": frozenset({"gone-1", "gone-2", ids[0]}),
        "all read": frozenset(ids),
        "all read and more": frozenset([*ids, "gone-3"]),
    }


@pytest.mark.parametrize("case", ["none read", "a few read", "marks of entries no longer in the corpus", "all read", "all read and more"])
async def test_each_topic_counts_its_unread_entries(case: str) -> None:
    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        tree = screen.topic_tree
        read = _read_sets(app.outline.entry_ids())[case]
        for marks in (Marks(read=read, known=True), Marks(read=read, known=False)):
            tree.set_marks(marks)
            await pilot.pause()
            for node in tree.root.children:
                topic = app.outline.topic(node.data.topic_id if node.data else "")
                expected = unread_suffix(marks, [entry.id for entry in topic.entries])
                plain = str(node.label)
                if expected:
                    assert plain.endswith(expected)
                else:
                    assert "unread" not in plain
