"""The topic tree's cursor stays in sight after every move that can jump: G / End, g /
Home, PageUp / PageDown, ] / [ across topics, } / {, enter on a 'more' line, and moves
made together (a burst: each scrolls from where the one before left the tree)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.reader_support import reader, ready
from tests.scale_support import write_scale_corpus
from tui.widgets.topic_tree import TopicTree

JUMPS = ["G", "g", "end", "home", "pagedown", "pagedown", "pageup", "G", "left_square_bracket",
         "g", "right_square_bracket", "right_curly_bracket", "G", "left_curly_bracket", "end",
         "pageup", "pageup", "home"]
"""Keys that move the cursor far, in an order where each starts out of sight of the last."""


def _in_sight(tree: TopicTree) -> tuple[int, int, int]:
    """The cursor's line, the first line shown and how many lines are shown."""
    return tree.cursor_line, round(tree.scroll_y), tree.scrollable_content_region.height


async def _press_and_check(pilot: Pilot[Any], tree: TopicTree, keys: list[str]) -> None:
    """Press each key; after each, the cursor's line is within the tree's visible lines."""
    for key in keys:
        before = tree.cursor_line
        await pilot.press(key)
        await pilot.pause()
        line, top, height = _in_sight(tree)
        assert height > 0
        assert top <= line < top + height, f"{key} (from line {before}): cursor on {line}, lines {top}-{top + height - 1} shown"


@pytest.mark.parametrize("size", [(120, 30), (80, 24), (60, 20)])
async def test_jumps_keep_the_cursor_in_sight_builtin(size: tuple[int, int]) -> None:
    app = reader(lang="en")
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        assert tree.last_line >= tree.scrollable_content_region.height + 10, "the tree must be taller than its view"
        await _press_and_check(pilot, tree, JUMPS)
        await pilot.press("G")
        await pilot.pause()
        assert tree.cursor_line == tree.last_line
        assert app.reader_screen.shown_entry == "why-openai-burns-money"  # what the status line names is seen


async def test_jumps_keep_the_cursor_in_sight_big_corpus(tmp_path: Path) -> None:
    """Over 1,000 entries: topics closed but the first, a topic lists 100 and a 'more'
    line; ] / [ stay in open topics, enter on 'more' lists more."""
    path = write_scale_corpus(tmp_path, 400)
    app = reader(lang="en", corpus_path=path)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        await _press_and_check(pilot, tree, [*JUMPS, "right_curly_bracket", "l", "G", "enter", "G", "g"])
        await _press_and_check(pilot, tree, ["G", "k", "k", "enter", "g"])


@pytest.mark.parametrize("moves", [("page_down", "page_down", "first"), ("page_down", "page_down", "page_up", "page_up"),
                                   ("first", "last", "previous_topic", "next_entry")])
async def test_moves_made_together_keep_the_cursor_in_sight(moves: tuple[str, ...]) -> None:
    """Moves made one after the other before a frame is drawn (keys read in one go): a
    scroll still under way (an animated page) must not carry the tree away from the
    cursor the next move put in sight."""
    app = reader(lang="en")
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        for move in moves:
            getattr(tree, f"action_{move}")()
        for _ in range(30):  # (an animation would take 0.2 s)
            await pilot.pause(0.02)
        line, top, height = _in_sight(tree)
        assert top <= line < top + height, f"{moves}: cursor on {line}, lines {top}-{top + height - 1} shown"
