"""An index that arrives while the reader reads the results (a big file's first start:
the questions' index, then the answers) filters again, but never moves the reader off
the entry shown once they have left the filter bar: the tenth sweep saw `/kda` Enter `y`
typed ahead copy one entry while the pane jumped to another when the answers came."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.reader_support import reader, ready, settle


async def _left_the_filter_on(pilot: Pilot[Any], query: str) -> Any:
    """Filter for `query` and leave the filter bar (Enter): the reader screen."""
    await ready(pilot)
    screen = pilot.app.reader_screen  # type: ignore[attr-defined]
    assert screen is not None
    await pilot.press("/", *query, "enter")
    await settle(pilot, query)
    assert screen.result is not None and screen.result.match_count >= 2
    return screen


async def _a_new_index_arrives(pilot: Pilot[Any], query: str) -> None:
    pilot.app.index_ready(pilot.app.index)  # type: ignore[attr-defined]
    await settle(pilot, query)
    await pilot.pause()


async def test_a_new_index_keeps_the_entry_read_in_the_results() -> None:
    app = reader()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _left_the_filter_on(pilot, "int4")
        best, second = screen.result.matches[0].entry_id, screen.result.matches[1].entry_id
        assert screen.shown_entry == best
        await pilot.press("]")
        await pilot.pause()
        assert screen.shown_entry == second
        await _a_new_index_arrives(pilot, "int4")
        assert screen.shown_entry == second


async def test_while_typing_a_new_index_still_shows_its_best_match() -> None:
    app = reader()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("/", *"int4")
        await settle(pilot, "int4")
        assert screen.result is not None
        best = screen.result.matches[0].entry_id
        screen.shown_entry = screen.result.matches[1].entry_id
        app.index_ready(app.index)  # type: ignore[arg-type]
        await settle(pilot, "int4")
        await pilot.pause(0.2)
        assert screen.shown_entry == best  # the filter bar has the focus: its best match is previewed


async def test_the_entry_read_stays_when_the_new_index_ranks_it_past_those_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sweep 12: `/muon` Enter `j j` on a first start at 100k, then the answers came (44k
    matches for the questions' 9k): the entry read ranked past the 500 listed, and the
    cursor and pane jumped to the new best match. Listed here: one match at a time."""
    import tui.screens.filtering

    monkeypatch.setattr(tui.screens.filtering, "MAX_SHOWN", 1)
    app = reader()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _left_the_filter_on(pilot, "int4")
        best = screen.result.matches[0].entry_id
        others = [m.entry_id for m in app.index.search("int4").matches if m.entry_id != best]  # type: ignore[union-attr]
        screen.shown_entry = others[0]  # (read, as after j; past the one listed)
        await _a_new_index_arrives(pilot, "int4")
        assert screen.shown_entry == others[0]
        assert [m.entry_id for m in screen.result.matches] == [best, others[0]]  # listed last


def test_search_lists_a_kept_entry_last_only_when_it_matches() -> None:
    from corpus.loader import builtin_corpus_path, load_corpus
    from corpus.search import SearchIndex

    index = SearchIndex.build(load_corpus(builtin_corpus_path()))
    every = [m.entry_id for m in index.search("int4").matches]
    assert len(every) >= 3
    kept = index.search("int4", limit=1, keep=every[2])
    assert [m.entry_id for m in kept.matches] == [every[0], every[2]]
    assert kept.match_count == len(every)
    unmatched = next(e for e in index.entry_ids if e not in every)
    assert [m.entry_id for m in index.search("int4", limit=1, keep=unmatched).matches] == [every[0]]
    assert [m.entry_id for m in index.search("int4", limit=1, keep=every[0]).matches] == [every[0]]
