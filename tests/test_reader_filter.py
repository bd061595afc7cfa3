"""Pilot tests of the live filter: typing, count, order, highlight, escape, n/N."""

from __future__ import annotations

from rich.text import Text

from tests.reader_support import reader, ready, settle
from tui.widgets.topic_tree import TopicTree


def _tree_entries(tree: TopicTree) -> list[str]:
    return [
        child.data.entry_id
        for topic in tree.root.children
        for child in topic.children
        if child.data and child.data.entry_id
    ]


def _styled_chars(text: Text, style_part: str) -> str:
    """The characters of `text` under a span whose style mentions `style_part`."""
    return "".join(text.plain[s.start : s.end] for s in text.spans if style_part in str(s.style))


async def test_every_keystroke_refilters_and_the_count_updates() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash")
        counts = []
        for key in "muon":
            await pilot.press(key)
            typed = "muon"[: len(counts) + 1]
            await settle(pilot, typed)
            counts.append(screen.status.matches)
        assert all(c.endswith("/ 38") for c in counts), counts
        assert screen.shown_entry == "muon-optimizer-at-1t"
        shown = _tree_entries(screen.topic_tree)
        assert shown[0] == "muon-optimizer-at-1t"
        assert screen.status.matches == f"{len(shown)} / 38"


async def test_topics_without_matches_are_hidden_and_best_match_comes_first() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"TensorBoard")
        await settle(pilot, "TensorBoard")
        topics = [node.data.topic_id for node in screen.topic_tree.root.children]
        assert topics[0] == "infrastructure"
        assert len(topics) < 9
        assert _tree_entries(screen.topic_tree)[0] == "tensorboard-complaints"
        ranked = [m.entry_id for m in screen.result.matches]
        first_of_topic = [ranked.index(e) for e in _tree_entries(screen.topic_tree)]
        # within a topic, entries keep the ranking's order
        for topic in screen.topic_tree.root.children:
            ids = [c.data.entry_id for c in topic.children]
            assert [ranked.index(i) for i in ids] == sorted(ranked.index(i) for i in ids)
        assert first_of_topic


async def test_matched_characters_are_highlighted_in_tree_and_pane() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"Muon")
        await settle(pilot, "Muon")
        node = next(
            child
            for topic in screen.topic_tree.root.children
            for child in topic.children
            if child.data.entry_id == "muon-optimizer-at-1t"
        )
        label = node.label
        assert isinstance(label, Text)
        assert "Muon" in _styled_chars(label, "reverse")
        assert "Muon" in _styled_chars(screen.pane.text, "reverse")


async def test_chinese_query_filters_and_highlights() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"幻觉")
        await settle(pilot, "幻觉")
        assert screen.shown_entry == "admit-dont-know"


async def test_escape_clears_and_restores_the_whole_tree() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"H800")
        await settle(pilot, "H800")
        assert len(_tree_entries(screen.topic_tree)) < 38
        await pilot.press("escape")
        await settle(pilot, "")
        assert len(_tree_entries(screen.topic_tree)) == 38
        assert screen.status.matches == "38 entries"


async def test_enter_and_down_move_into_the_results() -> None:
    for key in ("enter", "down"):
        app = reader()
        async with app.run_test(size=(100, 30)) as pilot:
            await ready(pilot)
            screen = app.reader_screen
            await pilot.press("slash", *"KDA")
            await settle(pilot, "KDA")
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.focused, TopicTree)
            assert screen.topic_tree.current.entry_id == screen.result.matches[0].entry_id


async def test_n_and_N_jump_between_matches() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("slash", *"K3")
        await settle(pilot, "K3")
        await pilot.press("enter")
        first = screen.shown_entry
        assert len(screen.result.matches) >= 2
        await pilot.press("n")
        await pilot.pause()
        second = screen.shown_entry
        assert second != first
        assert second in {m.entry_id for m in screen.result.matches}
        await pilot.press("N")
        await pilot.pause()
        assert screen.shown_entry == first


async def test_a_stale_result_never_overwrites_a_newer_one() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        index = app.index
        old = index.search("TensorBoard")
        screen.run_filter("Muon")
        await settle(pilot, "Muon")
        screen._apply_result(screen.generation - 1, old)  # a late answer to an older keystroke
        assert screen.result.query == "Muon"
        assert screen.shown_entry == "muon-optimizer-at-1t"
