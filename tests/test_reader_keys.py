"""Pilot tests: every key of the reader does what its binding says."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready, settle
from tui.widgets.answer_pane import AnswerPane
from tui.widgets.filter_bar import FilterBar
from tui.screens.help import HelpScreen
from tui.widgets.topic_tree import TopicTree

FIRST_TOPIC = "architecture-training"
FIRST_ENTRY = "kda-next-flagship"
SECOND_ENTRY = "why-int4-not-fp4"
LAST_ENTRY = "why-openai-burns-money"


def _where(app) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    screen = app.reader_screen
    return screen.shown_topic, screen.shown_entry


async def test_starts_on_first_topic_with_tree_focused() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert isinstance(app.focused, TopicTree)
        assert _where(app) == (FIRST_TOPIC, None)
        assert "Architecture / training" in app.reader_screen.status.where


async def test_j_k_and_arrows_move_and_the_pane_follows() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j")
        assert _where(app) == (None, FIRST_ENTRY)
        await pilot.press("down")
        assert _where(app) == (None, SECOND_ENTRY)
        pane_text = app.reader_screen.pane.text.plain
        assert "INT4" in pane_text
        await pilot.press("k")
        assert _where(app) == (None, FIRST_ENTRY)
        await pilot.press("up")
        assert _where(app) == (FIRST_TOPIC, None)


async def test_h_and_l_collapse_expand_parent_child() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        await pilot.press("j", "h")  # entry -> its topic
        assert _where(app) == (FIRST_TOPIC, None)
        await pilot.press("h")  # collapse topic
        assert not tree.cursor_node.is_expanded
        await pilot.press("l")  # expand
        assert tree.cursor_node.is_expanded
        await pilot.press("l")  # to first child
        await pilot.pause()
        assert _where(app) == (None, FIRST_ENTRY)


async def test_enter_on_a_topic_reads_its_first_entry_and_never_collapses_it() -> None:
    """At start the cursor is on the first topic, the footer says "⏎ Open" and the pane
    "enter read": Enter collapsed the topic (found by the hands-on sweep)."""
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        tree = app.reader_screen.topic_tree
        assert _where(app) == (FIRST_TOPIC, None)
        await pilot.press("enter")
        await pilot.pause()
        assert _where(app) == (None, FIRST_ENTRY)
        assert app.reader_screen.shown_entry == FIRST_ENTRY
        tree.focus()  # (opening an entry took the focus to the pane)
        await pilot.press("h", "h")  # to the topic, collapsed
        assert not tree.cursor_node.is_expanded
        await pilot.press("enter")  # a closed topic opens
        assert tree.cursor_node.is_expanded and _where(app) == (FIRST_TOPIC, None)


async def test_g_and_G_go_to_first_and_last() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("G")
        assert _where(app) == (None, LAST_ENTRY)
        await pilot.press("g")
        assert _where(app) == (FIRST_TOPIC, None)


async def test_brackets_jump_entries_and_braces_jump_topics() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("]")
        await pilot.pause()
        assert _where(app) == (None, FIRST_ENTRY)
        await pilot.press("]")
        await pilot.pause()
        assert _where(app) == (None, SECOND_ENTRY)
        await pilot.press("[")
        await pilot.pause()
        assert _where(app) == (None, FIRST_ENTRY)
        await pilot.press("}")
        assert _where(app) == ("reasoning-efficiency", None)
        await pilot.press("{")
        assert _where(app) == (FIRST_TOPIC, None)
        # ] crosses a topic boundary: from the last entry of a topic to the next topic's first
        await pilot.press("}", "[")
        await pilot.pause()
        assert _where(app) == (None, "next-architecture-breakthrough")
        await pilot.press("]")
        await pilot.pause()
        assert _where(app) == (None, "long-reasoning-token-efficiency")


async def test_enter_opens_the_entry_in_the_pane_and_tab_cycles_focus() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j", "enter")
        assert isinstance(app.focused, AnswerPane)
        await pilot.press("tab")
        assert isinstance(app.focused, FilterBar) or isinstance(app.focused, TopicTree)
        seen = {type(app.focused)}
        for _ in range(3):
            await pilot.press("tab")
            seen.add(type(app.focused))
        assert {TopicTree, AnswerPane, FilterBar} <= seen


async def test_pane_scrolls_with_space_b_ctrl_d_ctrl_u_j_k() -> None:
    app = reader(entry="kda-next-flagship")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        pane = app.reader_screen.pane
        pane.focus()
        await pilot.pause()
        assert pane.max_scroll_y > 0, "entry must be longer than the pane for this test"
        await pilot.press("space")
        assert pane.scroll_y > 0
        await pilot.press("b")
        assert pane.scroll_y == 0
        await pilot.press("ctrl+d")
        half = pane.scroll_y
        assert half > 0
        await pilot.press("ctrl+u")
        assert pane.scroll_y == 0
        await pilot.press("j")
        assert pane.scroll_y == 1
        await pilot.press("k")
        assert pane.scroll_y == 0


async def test_slash_focuses_filter_from_anywhere_and_escape_returns() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j", "enter")
        assert isinstance(app.focused, AnswerPane)
        await pilot.press("slash")
        assert isinstance(app.focused, FilterBar)
        await pilot.press("k", "d", "a")
        await settle(pilot, "kda")
        await pilot.press("escape")
        await settle(pilot, "")
        assert isinstance(app.focused, TopicTree)
        assert app.query_one(FilterBar).value == ""


async def test_t_toggles_the_tree_and_L_cycles_language() -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        await pilot.press("j")
        assert "KDA 会不会用在下一代旗舰" in screen.pane.text.plain
        await pilot.press("L")
        assert app.lang == "en"
        text = screen.pane.text.plain
        assert "Will KDA be used" in text and "KDA 会不会" not in text
        assert "English rendering of the Chinese digest" in text and "made by this project" in text
        await pilot.press("L")
        assert app.lang == "both"
        text = screen.pane.text.plain
        assert "Will KDA be used" in text and "KDA 会不会" in text
        await pilot.press("L")
        assert app.lang == "zh"
        assert screen.shown_entry == FIRST_ENTRY
        await pilot.press("t")
        assert not screen.topic_tree.display
        await pilot.press("t")
        assert screen.topic_tree.display


async def test_question_mark_and_f1_open_help_generated_from_bindings() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = {(keys, what) for _, keys, what in app.screen.rows}
        for binding in TopicTree.BINDINGS + AnswerPane.BINDINGS + FilterBar.BINDINGS:
            assert any(what == binding.description for _, what in shown), binding  # type: ignore[union-attr]
        assert ("]", "Next entry") in shown and ("/", "Filter") in shown and ("y", "Copy citation") in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_p_palette_jumps_to_an_entry() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Entry: engineering stack")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.reader_screen.shown_entry == "tensorboard-complaints"


async def test_palette_lists_every_keyed_action() -> None:
    from tui.keys import binding_groups
    from tui.palette import reader_commands

    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        titles = {command.title for command in reader_commands(app)}
        for _, bindings in binding_groups():
            for binding in bindings:
                if binding.action not in ("quit", "help", "command_palette"):
                    assert any(t == binding.description or t.startswith(f"{binding.description} (") for t in titles), binding.description
        assert any(t.startswith("Topic: ") for t in titles)


async def test_palette_lists_each_command_once() -> None:
    from tui.palette import reader_commands

    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        titles = [command.title for command in reader_commands(app)]
        assert len(titles) == len(set(titles)), sorted(t for t in titles if titles.count(t) > 1)


@pytest.mark.parametrize("typed", ["tensorboard-complaints", "工程栈"], ids=["by-id", "other-language"])
async def test_palette_finds_an_entry_by_id_and_in_the_other_language(typed: str) -> None:
    from textual.command import CommandPalette

    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*typed)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.reader_screen.shown_entry == "tensorboard-complaints"


async def test_q_quits_and_ctrl_c_quits() -> None:
    for key in ("q", "ctrl+c"):
        app = reader()
        async with app.run_test(size=(100, 30)) as pilot:
            await ready(pilot)
            await pilot.press(key)
            await pilot.pause()
            assert app._exit is True or not app.is_running  # noqa: SLF001


async def test_start_options_entry_and_filter() -> None:
    app = reader(entry="tensorboard-complaints")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert app.reader_screen.shown_entry == "tensorboard-complaints"
        assert "ppwwyyxx" in app.reader_screen.pane.text.plain
    app = reader(filter="Muon")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await settle(pilot, "Muon")
        assert app.reader_screen.shown_entry == "muon-optimizer-at-1t"
        assert "/ 38" in app.reader_screen.status.matches


async def test_unknown_start_entry_is_reported_not_crashed() -> None:
    app = reader(entry="no-such-entry")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert any("no-such-entry" in str(n.message) for n in app._notifications)  # noqa: SLF001


async def test_resizing_at_any_moment_does_not_crash() -> None:
    app = reader()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        for size in ((80, 24), (40, 12), (20, 8), (120, 40), (99, 30), (100, 30), (200, 50)):
            await pilot.resize_terminal(*size)
            await pilot.press("j")
            await pilot.pause()
        screen = app.reader_screen
        assert screen.has_class("-narrow") is False
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert screen.has_class("-narrow")
        tree, pane = screen.topic_tree.region, screen.pane.region
        assert not tree.overlaps(pane), (tree, pane)


async def test_pane_attributes_exactly_and_links_sources() -> None:
    app = reader(entry="why-int4-not-fp4")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.pause()
        text = app.reader_screen.pane.text
        plain = "".join(text.plain.split())  # wrapping may break anywhere in Chinese

        def shown(phrase: str) -> bool:
            return "".join(phrase.split()) in plain

        assert shown("● Main answer · u/zxytim · Zhou Xinyu (周昕宇)")
        assert shown("itself a paraphrase (意译)") and shown("not the speaker's original wording")
        assert shown("● Main answer · The Moonshot AI team")
        assert shown("The article does not say who answered")
        assert shown("Entry id: why-int4-not-fp4")
        links = {span.style.link for span in text.spans if getattr(span.style, "link", None)}
        assert "https://github.com/IST-DASLab/marlin" in links  # an OSC 8 hyperlink in the terminal
        assert any(link.startswith("https://www.reddit.com/r/LocalLLaMA/") for link in links)


async def test_palette_jumps_to_a_topic_and_to_an_entry_a_filter_hides() -> None:
    from tui.palette import reader_commands

    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        commands = {command.title: command for command in reader_commands(app)}
        commands["Topic: Infrastructure / engineering"].callback()
        await pilot.pause()
        assert screen.topic_tree.current.topic_id == "infrastructure"
        await pilot.press("slash", *"Muon")
        await settle(pilot, "Muon")
        hidden = next(t for t in commands if t.startswith("Entry: Is there anything in the engineering stack"))
        commands[hidden].callback()
        await pilot.pause()
        assert screen.shown_entry == "tensorboard-complaints"
        assert screen.topic_tree.current.entry_id == "tensorboard-complaints"
        assert app.query_one(FilterBar).value == ""
