"""The reader's one invariant, after random key sequences (seeded, property-style): the answer
pane, the status line, the tree's cursor and `y` all name the same entry, or all say there is
none. Keys include typing in the filter, no-match queries, escape, n/N, language changes and
keys pressed while the corpus is still loading."""

from __future__ import annotations

import random
from typing import Any

import pytest
from textual.drivers.headless_driver import HeadlessDriver
from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.reader_support import reader, ready, settle
from tui.app import ReaderApp
from tui.screens.citation_dialog import CitationView
from tui.ui_text import words

MOVES = ["j", "k", "j", "j", "g", "G", "]", "[", "}", "{", "h", "l", "enter", "tab", "shift+tab", "n", "N", "L", "escape"]
WORDS = ["muon", "tensrboard", "int4", "幻觉", "xyzzy", "by:zxytim", "k3", "!muon", "h800", "training cost"]


@pytest.fixture(autouse=True)
def quiet_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """OSC 52 alone, whoever runs the tests; the headless terminal's bytes are dropped."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(HeadlessDriver, "write", lambda self, data: None)


def _script(rng: random.Random, length: int) -> list[str | tuple[str, str]]:
    """A random mix of moves and filter queries (typed as ('type', text))."""
    steps: list[str | tuple[str, str]] = []
    for _ in range(length):
        if rng.random() < 0.3:
            steps.append(("type", rng.choice(WORDS)))
        else:
            steps.append(rng.choice(MOVES))
    return steps


async def _run(pilot: Pilot[Any], steps: list[str | tuple[str, str]]) -> None:
    for step in steps:
        if isinstance(step, tuple):
            await pilot.press("slash", *step[1])
        else:
            await pilot.press(step)


async def assert_one_entry(pilot: Pilot[Any], where: str) -> None:
    """Pane, status line, tree cursor and `y` agree on the shown entry (or on none)."""
    app = pilot.app
    assert isinstance(app, ReaderApp)
    screen = app.reader_screen
    assert screen is not None
    await settle(pilot)
    shown = screen.shown_entry
    pane = screen.pane.text.plain
    status = screen.status.where
    cursor = screen.topic_tree.current
    app.copy_to_clipboard("")
    notes: list[str] = []
    original = app.notify
    app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))  # type: ignore[method-assign,func-returns-value]
    screen.action_copy_citation()
    await app.workers.wait_for_complete()
    await pilot.pause()
    app.notify = original  # type: ignore[method-assign]
    copied = app.clipboard
    if isinstance(app.screen, CitationView):  # y again on the same entry shows the citation
        copied = app.screen.query_one(TextArea).text
        await pilot.press("escape")
        await pilot.pause()
    if shown is None:
        assert cursor is None or cursor.entry_id is None, where
        assert "›" not in status and "Entry id" not in pane, where
        assert copied == "", where
        assert any(words(app.lang, "nothing_to_cite") in note for note in notes), where  # (L switches it)
    else:
        assert cursor is not None and cursor.entry_id == shown, f"{where}: tree on {cursor}, state {shown}"
        assert status.endswith(f"› {shown}"), f"{where}: status {status!r}, state {shown}"
        heading = " ".join(pane.replace("-\n", "-").split("\n")[:3])
        assert heading.startswith("Q ") and f"· {shown} " in f"{heading} ", f"{where}: pane {pane[:80]!r}, state {shown}"
        assert shown in copied, f"{where}: y copied {copied[:80]!r}, state {shown}"


@pytest.mark.parametrize("seed", range(6))
async def test_random_keys_keep_pane_status_tree_and_y_on_one_entry(seed: int) -> None:
    rng = random.Random(seed)
    app = reader(lang=rng.choice(["en", "zh", "both"]))
    async with app.run_test(size=rng.choice([(100, 30), (80, 24), (160, 40)])) as pilot:
        await ready(pilot)
        for round_ in range(4):
            steps = _script(rng, rng.randint(3, 12))
            await _run(pilot, steps)
            await assert_one_entry(pilot, f"seed {seed} round {round_}: {steps}")


async def test_a_query_with_no_match_shows_and_cites_nothing() -> None:
    app = reader(entry="muon-optimizer-at-1t")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"xyzzy qwvtz")
        await settle(pilot, "xyzzy qwvtz")
        screen = app.reader_screen
        assert screen is not None
        assert screen.shown_entry is None
        assert "No entry matches the filter" in screen.pane.text.plain
        await assert_one_entry(pilot, "xyzzy qwvtz")


async def test_keys_pressed_while_loading_are_kept() -> None:
    """`--entry`, then `y` and `j` before the corpus has loaded: y cites that entry once it
    has, j moves from it; a query typed while loading is applied."""
    app = reader(entry="why-int4-not-fp4")
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.corpus is None or app.index is None, "loaded too fast to test"
        screen = app.reader_screen
        assert screen is not None
        assert screen.shown_entry == "why-int4-not-fp4"
        await pilot.press("y")
        await ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "why-int4-not-fp4" in app.clipboard
        await pilot.press("j")
        await assert_one_entry(pilot, "j after loading")
        assert screen.shown_entry != "why-int4-not-fp4"


async def test_a_query_typed_while_loading_is_applied() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"tensrboard")
        await ready(pilot)
        await settle(pilot, "tensrboard")
        screen = app.reader_screen
        assert screen is not None and screen.shown_entry == "tensorboard-complaints"
        await assert_one_entry(pilot, "typed while loading")
