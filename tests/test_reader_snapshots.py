"""Snapshots of the key screens at 100x30 and 80x24: main, filtered, help.

Update after an intended change with `pytest tests/test_reader_snapshots.py --snapshot-update`
and review the SVGs (CJK glyphs are drawn squashed in SVG, rich#2742; the text is exact).
"""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready, settle

SIZES = [(100, 30), (80, 24)]


def _app():  # type: ignore[no-untyped-def]
    return reader(theme="textual-dark", lang="en")


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_filtered_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("slash", *"K3")
        await settle(pilot, "K3")
        pilot.app.screen.query_one("#filter").cursor_blink = False

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_help_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_sixteen_colour_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """What TERM=linux or TERM=xterm gets: the terminal's own 16 colours (ansi-dark), an entry
    read with a filter's highlights, the tree's cursor on it."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("slash", *"muon")
        await settle(pilot, "muon")
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(reader(theme="ansi-dark", lang="en"), terminal_size=size, run_before=run_before)
