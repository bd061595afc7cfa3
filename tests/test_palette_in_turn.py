"""The command palette acts on keys in the order they were typed, when they arrive in one
read (a paste, a burst over SSH, keys typed while the reader is busy) as when typed slowly.

`C-p`, `k3 coming`, Enter, `j y` in one read typed `jy` into the query, then Enter ran
the command highlighted before the search for the query had finished (the first of the
list shown before anything was typed: "Bookmark", written to the bookmarks file).
Each test types the same keys in one burst and slowly, each key once the palette has
finished searching, and expects the same outcome.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from textual.command import CommandInput, CommandPalette, Hits
from textual.pilot import Pilot

from tests.reader_support import reader, ready
from tests.test_burst_actions import burst, calm, citation_entry
from tui.app import ReaderApp

START = "kda-next-flagship"


@dataclass(frozen=True)
class Outcome:
    """What a person sees after the keys: the screen on top, the palette's query if it
    is open, the entry shown, the entry whose citation was copied, and the bookmarks."""

    on_top: str
    query: str | None
    shown: str | None
    copied: str | None
    bookmarks: tuple[str, ...]


def searching(app: ReaderApp) -> bool:
    """Whether the palette is still searching for its query."""
    return any(isinstance(w.node, CommandPalette) and not w.is_finished for w in app.workers)


async def quiet(pilot: Pilot[int], app: ReaderApp, *, typed: bool = False) -> None:
    """Wait until the palette has searched for what was typed and the reader has settled
    (only the search after a letter typed)."""
    for _ in range(200):
        await pilot.pause()
        if not searching(app):
            break
        await pilot.pause(0.02)
    if not typed:
        await calm(pilot, app)


async def outcome(keys: list[str], *, slowly: bool) -> Outcome:
    """Type `keys` into the reader showing `START`, in one burst or slowly."""
    app = reader(entry=START)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarks is not None
        for bookmark in list(screen.bookmarks.items):  # (the other run's, in the same files)
            screen.bookmarks.toggle(bookmark.entry_id, bookmark.question)
        if slowly:
            for key in keys:
                burst(app, key)
                await quiet(pilot, app, typed=len(key) == 1)
        else:
            burst(app, *keys)
            await quiet(pilot, app)
        palette = app.screen if isinstance(app.screen, CommandPalette) else None
        return Outcome(
            on_top=type(app.screen).__name__,
            query=palette.query_one(CommandInput).value if palette else None,
            shown=screen.shown_entry,
            copied=citation_entry(app),
            bookmarks=tuple(b.entry_id for b in screen.bookmarks.items),
        )


async def test_enter_in_a_burst_runs_the_command_the_whole_query_finds_then_the_keys_behind_act() -> None:
    """Enter waits for the search for the whole query `k3 coming` (one hit: the entry
    `k3-when`), runs it, the palette closes, then `j` moves the tree from that entry and
    `y` copies the citation of the entry it reached."""
    keys = ["ctrl+p", *"k3 coming", "enter", "j", "y"]
    slow = await outcome(keys, slowly=True)
    assert slow.query is None and slow.shown not in (None, START, "k3-when") and slow.copied == slow.shown
    assert await outcome(keys, slowly=False) == slow


async def test_escape_in_a_burst_closes_the_palette_and_the_keys_behind_act_in_the_reader() -> None:
    """The keys behind Esc are the reader's: `j` moves from the entry shown before the
    palette opened, `y` copies it; nothing is typed into the closed palette."""
    keys = ["ctrl+p", *"k3", "escape", "j", "y"]
    slow = await outcome(keys, slowly=True)
    assert slow.query is None and slow.shown not in (None, START) and slow.copied == slow.shown
    assert await outcome(keys, slowly=False) == slow


async def test_enter_on_a_query_matching_nothing_keeps_the_palette_and_the_keys_behind_in_its_query() -> None:
    """Enter on a query that finds nothing runs nothing and leaves the palette open, so a
    person typing on sees the keys behind it go on into the query (`zqxzqxjy`), as when
    typed slowly; they are neither dropped nor acted on in the reader behind the palette."""
    keys = ["ctrl+p", *"zqxzqx", "enter", "j", "y"]
    slow = await outcome(keys, slowly=True)
    assert slow == Outcome(on_top="ReaderPalette", query="zqxzqxjy", shown=START, copied=None, bookmarks=())
    assert await outcome(keys, slowly=False) == slow


async def test_enter_in_a_burst_runs_the_first_hit_of_the_query_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter behind `help` in one read runs what the search for `help` puts first (the
    help screen), not what was highlighted before the search had finished (a search
    made slow here, as on a big corpus)."""
    from tui.palette import LiteralCommands

    quick = LiteralCommands.search

    async def slow(self: LiteralCommands, query: str) -> Hits:
        await asyncio.sleep(0.3)
        async for hit in quick(self, query):
            yield hit

    monkeypatch.setattr(LiteralCommands, "search", slow)
    keys = ["ctrl+p", *"help", "enter"]
    slow = await outcome(keys, slowly=True)
    assert slow.query is None and slow.on_top == "HelpScreen" and slow.bookmarks == ()
    assert await outcome(keys, slowly=False) == slow


async def test_down_then_enter_in_a_burst_run_the_second_hit_of_the_query_typed() -> None:
    """`down` moves in the hits of the query typed, once they are there: Enter then runs
    the second hit for `cite` (an entry), as when typed slowly, not the first ("Cite as…")."""
    keys = ["ctrl+p", *"cite", "down", "enter"]
    slow = await outcome(keys, slowly=True)
    assert slow.on_top == "ReaderScreen" and slow.shown not in (None, START)
    assert await outcome(keys, slowly=False) == slow


async def test_keys_editing_the_query_in_a_burst_act_in_turn() -> None:
    """Backspace, left and home act where they were typed among the letters."""
    keys = ["ctrl+p", *"abc", "backspace", "d", "left", "x", "home", "y"]
    slow = await outcome(keys, slowly=True)
    assert slow.query == "yabxd"
    assert await outcome(keys, slowly=False) == slow


@pytest.mark.parametrize("keys", [["ctrl+p", "enter"], ["ctrl+p", "down", "enter"], ["ctrl+p", "enter", "j", "y"]])
async def test_keys_before_the_palettes_input_has_the_focus_wait_for_its_first_list(keys: list[str]) -> None:
    """`C-p` Enter in one read, nothing typed: Enter reached the palette before its input
    had the focus, and ran nothing (typed slowly, it runs the first command listed)."""
    burst_outcome = await outcome(keys, slowly=False)
    assert burst_outcome == await outcome(keys, slowly=True)
    assert burst_outcome.on_top != "ReaderPalette"
