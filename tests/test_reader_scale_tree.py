"""The topic tree of a big corpus: a keystroke lists a few matches per topic and a 'more'
line, enter on it lists the rest (asking the engine for more past the best ones), every
match stays reachable, and the cursor, pane, status line and `y` name the same entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.drivers.headless_driver import HeadlessDriver
from textual.pilot import Pilot
from textual.widgets.tree import TreeNode

from tests.reader_support import reader, ready, settle
from tests.scale_support import TOPICS, entry_id, write_scale_corpus
from tui.widgets.topic_tree import MAX_PER_TOPIC, MORE_STEP, PER_TOPIC, NodeRef, TopicTree

PER = 900
"""Entries per topic of the generated corpus (2,700 in all: searched off the UI thread)."""


@pytest.fixture(autouse=True)
def quiet_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """OSC 52 alone; the headless terminal's bytes are dropped."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(HeadlessDriver, "write", lambda self, data: None)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scale_corpus(tmp_path_factory.mktemp("scale"), PER)


def _topic(tree: TopicTree, topic_id: str) -> TreeNode[NodeRef]:
    return next(node for node in tree.root.children if node.data and node.data.topic_id == topic_id)


def _entries(node: TreeNode[NodeRef]) -> list[str]:
    return [child.data.entry_id for child in node.children if child.data and child.data.entry_id]


def _more(node: TreeNode[NodeRef]) -> TreeNode[NodeRef] | None:
    last = node.children[-1] if node.children else None
    return last if last is not None and last.data and last.data.more is not None else None


async def _grown(pilot: Pilot[Any]) -> None:
    """Wait for the worker that asks the engine for a longer result, and its effects."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def _agree(pilot: Pilot[Any], entry: str | None) -> None:
    """The cursor, the pane, the status line and `y` all name `entry` (or none)."""
    app = pilot.app
    screen = app.reader_screen
    await settle(pilot)
    assert screen.shown_entry == entry
    cursor = screen.topic_tree.current
    assert cursor is not None and cursor.entry_id == entry
    app.copy_to_clipboard("")
    await pilot.press("y")
    await app.workers.wait_for_complete()
    await pilot.pause()
    if entry is None:
        assert app.clipboard == ""
        assert "›" not in screen.status.where
    else:
        assert entry in screen.status.where
        assert entry in screen.pane.text.plain
        assert entry in app.clipboard


async def test_a_broad_filter_lists_a_few_per_topic_and_a_more_line(big: Path) -> None:
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"widget")
        await settle(pilot, "widget")
        tree = screen.topic_tree
        assert screen.status.matches == f"{3 * PER} / {3 * PER}"
        first = _topic(tree, TOPICS[0])
        assert len(_entries(first)) == PER_TOPIC
        assert _more(first) is not None
        # however many match, a keystroke builds a few nodes per topic
        assert tree.last_line + 1 <= len(TOPICS) * (PER_TOPIC + 2)
        # every topic is there: past the best matches, any may hold more
        assert [node.data.topic_id for node in tree.root.children] == list(TOPICS)


async def test_enter_on_more_lists_the_next_matches_and_every_match_is_reachable(big: Path) -> None:
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"lantern")
        await settle(pilot, "lantern")
        wanted = [m.entry_id for m in app.index.search("lantern").matches if m.topic_id == TOPICS[0]]
        assert len(wanted) > MORE_STEP  # in questions and answers: more than the best listed
        assert screen.result.match_count > len(screen.result.matches)
        await pilot.press("enter")  # to the results: the best match
        await _agree(pilot, wanted[0])
        for _ in range(PER_TOPIC):
            await pilot.press("j")
        tree = screen.topic_tree
        assert tree.current is not None and tree.current.more is not None
        await _agree(pilot, None)  # on the 'more' line no entry is shown or copied
        presses = 0
        while _more(_topic(tree, TOPICS[0])) is not None and presses < 10:
            listed = len(_entries(_topic(tree, TOPICS[0])))
            more = _more(_topic(tree, TOPICS[0]))
            assert more is not None
            tree.cursor_line = more.line
            await pilot.pause()
            await pilot.press("enter")
            await _grown(pilot)
            presses += 1
            # the cursor is on the first entry listed by this press, and all agree on it
            await _agree(pilot, wanted[listed])
        assert _entries(_topic(tree, TOPICS[0])) == wanted
        assert "looking" not in screen.status.hint


async def test_a_topic_past_the_best_matches_is_listed_when_opened(big: Path) -> None:
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"widget")
        await settle(pilot, "widget")
        tree = screen.topic_tree
        last = _topic(tree, TOPICS[2])
        assert _entries(last) == []  # none of the best matches is in it
        await pilot.press("enter")
        tree.cursor_line = last.line
        await pilot.pause()
        await pilot.press("l")  # open it: a line to look for its matches
        await pilot.pause()
        more = _more(last)
        assert more is not None
        tree.cursor_line = more.line
        await pilot.pause()
        await pilot.press("enter")
        await _grown(pilot)
        assert _entries(last)[0] == entry_id(2, 0)
        await _agree(pilot, entry_id(2, 0))


async def test_unfiltered_a_long_topic_lists_the_rest_on_enter(big: Path) -> None:
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        tree = screen.topic_tree
        first = _topic(tree, TOPICS[0])
        assert len(_entries(first)) == MAX_PER_TOPIC
        more = _more(first)
        assert more is not None and f"{PER - MAX_PER_TOPIC} more entries" in more.label.plain
        tree.focus()
        tree.cursor_line = more.line
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert len(_entries(first)) == min(PER, MAX_PER_TOPIC + MORE_STEP)
        await _agree(pilot, entry_id(0, MAX_PER_TOPIC))


async def test_an_entry_not_listed_yet_is_listed_when_opened_from_elsewhere(big: Path) -> None:
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        deep = entry_id(1, PER - 1)  # in a closed topic, past the first MAX_PER_TOPIC
        screen.open_entry(deep)
        await pilot.pause()
        await _agree(pilot, deep)


async def test_a_rebuild_invalidates_the_tree_once_not_once_per_node(big: Path) -> None:
    """A keystroke's rebuild adds a few dozen nodes: Textual's `Tree` clears its line cache
    and queues a layout refresh for each one (a third of a rebuild at 100k); the tree
    defers that to one invalidation when the nodes are in. Enter on a 'more' line, which
    adds dozens of nodes, is one invalidation too."""
    app = reader(corpus_path=big)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        tree = screen.topic_tree
        calls: list[bool] = []
        real = tree.refresh

        def counting(*args: Any, **kwargs: Any) -> Any:
            calls.append(bool(kwargs.get("layout")))
            return real(*args, **kwargs)

        tree.refresh = counting  # type: ignore[method-assign]
        await pilot.press("slash", *"widget")
        await settle(pilot, "widget")
        added = tree.last_line + 1
        assert added > PER_TOPIC  # a topic listed its best matches, and a 'more' line
        # one layout refresh per rebuild (a keystroke each), not one per node (the tree
        # gets a few more from being focused and styled)
        assert calls.count(True) <= len("widget") + 4, calls.count(True)
        lines = [tree.get_node_at_line(n).data for n in range(added)]
        assert len({id(ref) for ref in lines}) == added
        await pilot.press("enter")  # to the results
        first = _topic(tree, TOPICS[0])
        tree.cursor_line = first.children[-1].line
        await pilot.pause()
        calls.clear()
        await pilot.press("enter")  # the 'more' line: the engine is asked for more
        await _grown(pilot)
        listed = len(_entries(first))
        assert listed > PER_TOPIC
        assert tree.last_line + 1 == added + listed - PER_TOPIC  # (the 'more' line stays)
        assert calls.count(True) <= 4, calls.count(True)
