"""Keys typed before the reader reads its terminal (right behind the Enter that starts
it, as a fast typist or a slow SSH link sends them) act as they do a moment later.

They reached the reader screen before it was mounted: `/` focused the filter, then the
screen's mount put the focus on the tree, and the rest of the query ran as commands
(`o` opened the links dialog, `q` quit the reader mid-query)."""

from __future__ import annotations

import time

import pytest

from tests.terminal import Terminal
from tests.test_copy_tmux import NO_DESKTOP, wait_for_buffer
from tests.test_reader_burst import _command, _pane_entry, _wait_loaded

pytestmark = pytest.mark.slow


def test_a_query_typed_ahead_stays_in_the_filter() -> None:
    with Terminal(120, 30) as term:
        term.start([*_command(), "--lang", "en"])
        term.keys("/", "m", "u")  # in the terminal before the reader reads it
        term.wait_for(r"\d+ / 38")
        _wait_loaded(term)
        time.sleep(0.5)
        term.type("on")
        screen = term.wait_for(r"^ muon\s*$")
        time.sleep(0.5)
        screen = term.screen()
        assert screen.splitlines()[1].strip() == "muon", screen
        assert "Links of" not in screen, screen
        term.keys("Escape", "q")
        assert term.wait_exit() == 0


def _after(keys: list[str], ahead: bool) -> str | None:
    """The entry shown after `keys`, typed ahead of the reader or once it is up."""
    with Terminal(120, 30) as term:
        term.start([*_command(), "--lang", "en", "--entry", "k3-when"])
        if ahead:
            term.keys(*keys)
        term.wait_for(r"38 entries")
        _wait_loaded(term)
        if not ahead:
            term.keys(*keys)
        time.sleep(1.5)
        return _pane_entry(term.screen())


def test_moves_typed_ahead_move_as_typed_after() -> None:
    after = _after(["]", "]"], ahead=False)
    assert after not in (None, "k3-when")
    assert _after(["]", "]"], ahead=True) == after


def test_a_query_enter_and_y_typed_ahead_copy_the_best_match() -> None:
    """`/muon` Enter `y` typed ahead: Enter left the filter before the index was in to
    search it, so `y` found no entry shown ("Move to an entry first") and copied nothing."""
    with Terminal(120, 30, set_clipboard="on") as term:
        term.start([*_command(), "--lang", "en"], env=NO_DESKTOP)
        term.keys("/")
        term.type("muon")
        term.keys("Enter", "y")
        buffer = wait_for_buffer(term)
        assert "Why take Muon" in buffer, term.screen()
        assert "Move to an entry first" not in term.screen()
        term.keys("q")
        assert term.wait_exit() == 0


async def test_keys_read_behind_the_keys_typed_ahead_are_handled_after_them() -> None:
    """The keys typed ahead are let go once the reader screen is up; keys the terminal
    sent behind them and the app had read but not handled yet (a loaded machine) came
    first: `/` then `tokenizer` put the `/` after the query, whose `t` hid the tree and
    whose letters ran as commands, and the filter stayed empty."""
    import inspect

    from textual import events

    from tests.reader_support import reader, ready

    app = reader()
    async with app.run_test(size=(110, 34)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.focused is screen.topic_tree
        app._keys_ahead = [events.Key("slash", "/")]  # typed before the screen was up
        for char in "tok":
            app.post_message(events.Key(char, char))  # read behind it, not yet handled
        let_go = app._keys_typed_ahead()
        if inspect.isawaitable(let_go):
            await let_go
        await pilot.pause()
        assert screen.topic_tree.display
        assert screen.filter_bar.value == "tok"
