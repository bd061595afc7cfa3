"""The topic tree draws each line as Textual's `Tree` does (same segments, styles and mouse
metadata), though it looks its styles up once a frame and cuts a label before copying it:
compared line by line with `Tree`'s own drawing in the states a reader goes through."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tests.reader_support import reader, ready, settle
from tui.tree_listing import NodeRef
from tui.widgets.topic_tree import TopicTree
from tui.wrap import truncate_with_ellipsis


def _textual_label(tree: TopicTree, node: TreeNode[NodeRef], base_style: Style, style: Style) -> Text:
    """The label as the tree made it before: `Tree`'s label, then cut to the room (the
    "…" straight after the last character shown, as the reader cuts every line)."""
    text = Tree.render_label(tree, node, base_style, style)
    room = tree.scrollable_content_region.width - (tree.guide_depth if node.parent is not tree.root else 0) - 1
    if room > 1:
        truncate_with_ellipsis(text, room)
    return text


def _drawn(tree: TopicTree) -> list[Strip]:
    tree.refresh()  # every line drawn again
    return tree.render_lines(Region(0, 0, tree.size.width, tree.size.height))


def _drawn_by_textual(tree: TopicTree) -> list[Strip]:
    """The same lines drawn by `Tree`'s own `render_line` and label."""
    tree.render_line = partial(Tree.render_line, tree)  # type: ignore[method-assign]
    tree.render_label = partial(_textual_label, tree)  # type: ignore[method-assign]
    try:
        return _drawn(tree)
    finally:
        del tree.render_line
        del tree.render_label


def _segments(strips: list[Strip]) -> list[list[tuple[str, Any]]]:
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


async def _same_as_textual(pilot: Pilot[Any], tree: TopicTree) -> None:
    await pilot.pause()
    ours = _drawn(tree)
    assert any(strip.text.strip() for strip in ours)
    assert _segments(ours) == _segments(_drawn_by_textual(tree))


Step = Callable[[Pilot[Any], TopicTree], Any]


async def _unfiltered_topic_focused(pilot: Pilot[Any], tree: TopicTree) -> None:
    tree.focus()


async def _entry_under_cursor(pilot: Pilot[Any], tree: TopicTree) -> None:
    tree.focus()
    await pilot.press("j", "j", "j")


async def _filtered_focus_in_filter(pilot: Pilot[Any], tree: TopicTree) -> None:
    await pilot.press("slash", *"model")
    await settle(pilot, "model")


async def _hovered_line(pilot: Pilot[Any], tree: TopicTree) -> None:
    tree.focus()
    await pilot.press("j")
    tree.hover_line = 0  # a topic: its line and its entries' guides
    await pilot.pause()
    tree.hover_line = 4


async def _scrolled(pilot: Pilot[Any], tree: TopicTree) -> None:
    tree.focus()
    await pilot.press("G")
    tree.scroll_end(animate=False)
    await pilot.pause()
    await pilot.pause()
    assert tree.scroll_offset.y > 0


async def _zero_width_and_wide_labels(pilot: Pilot[Any], tree: TopicTree) -> None:
    topic = tree.root.children[0]
    topic.add_leaf(Text("e\u0301" * 120), NodeRef(topic.data.topic_id if topic.data else "", "combining"))
    topic.add_leaf(Text("模型" * 60 + " tail"), NodeRef(topic.data.topic_id if topic.data else "", "wide"))
    tree.focus()
    await pilot.pause()
    tree.scroll_end(animate=False)


STATES: dict[str, Step] = {
    "unfiltered, a topic under the cursor": _unfiltered_topic_focused,
    "an entry under the cursor": _entry_under_cursor,
    "filtered, highlights, tree not focused": _filtered_focus_in_filter,
    "the mouse over a line": _hovered_line,
    "scrolled to the end": _scrolled,
    "labels of combining and wide characters": _zero_width_and_wide_labels,
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize(
    "size, lang, theme",
    [((100, 30), "en", "textual-dark"), ((60, 20), "zh", "ansi-dark"), ((100, 30), "en", "textual-light")],
    ids=["100x30-en", "60x20-zh-ansi", "100x30-light"],
)
async def test_each_line_is_drawn_as_textual_tree_draws_it(state: str, size: tuple[int, int], lang: str, theme: str) -> None:
    app = reader(lang=lang, theme=theme)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        tree = screen.topic_tree
        await STATES[state](pilot, tree)
        await _same_as_textual(pilot, tree)


async def test_a_long_label_is_cut_to_the_width_with_an_ellipsis() -> None:
    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        tree = screen.topic_tree
        topic = tree.root.children[0]
        leaf = topic.add_leaf(Text("word " * 100), NodeRef("t", "long"))
        await pilot.pause()
        label = tree.render_label(leaf, Style(), Style())
        room = tree.scrollable_content_region.width - tree.guide_depth - 1
        assert label.cell_len == room
        assert label.plain.rstrip().endswith("d…") and label.plain.startswith("word word")  # no blank before "…"


@pytest.mark.parametrize(
    "label",
    ["short", "word " * 100, "问" * 15, "问" * 100, "e\u0301" * 60, "\u200b" * 80 + "tail", "a" * 37 + "问" * 3, "✓ " + "x" * 200],
)
async def test_a_labels_width_is_what_its_line_holds_read_only_as_far_as_the_room(label: str) -> None:
    """The tree asks every line's width on each rebuild; it is read from the label's first
    characters when they fill the room already, and is the label's whole width (icon
    included) up to the room either way: zero-width and wide characters too."""
    from rich.cells import cell_len

    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        topic = tree.root.children[0]
        leaf = topic.add_leaf(Text(label), NodeRef("t", "x"))
        await pilot.pause()
        for node, icon in ((leaf, 0), (topic, 2)):
            if node is topic:
                node.set_label(Text(label))
                await pilot.pause()
            room = tree.scrollable_content_region.width - (tree.guide_depth if node is leaf else 0) - 1
            assert tree.get_label_width(node) == min(cell_len(label) + icon, room)
