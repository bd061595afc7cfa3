"""Scrolling keys that arrive together (a burst over SSH, a held key, `tmux send-keys -l`)
each count, in the real terminal: twenty `j` in one read moved the answer pane one line,
two spaces one page, and the help dialog a third of its `j`s (Textual applies a scroll
after the next refresh, aiming from where the last applied scroll left it)."""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow

PANE_FROM = 42
"""The answer pane's first column at 100 columns (the tree takes the rest)."""


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def _pane(screen: str) -> list[str]:
    """The pane's text lines (rows 3 to the footer), without the scrollbar."""
    rows = screen.splitlines()[2:-1]
    return [re.sub(r"[▁▂▃▄▅▆▇█ ]+$", "", row[PANE_FROM:]).strip(" ▕") for row in rows]


def _settled(term: Terminal) -> list[str]:
    """The pane once two captures 0.2 s apart agree."""
    last = None
    for _ in range(50):
        now = _pane(term.screen())
        if now == last:
            return now
        last = now
        time.sleep(0.2)
    raise AssertionError("the pane never settled")


def test_every_scrolling_key_of_a_burst_counts() -> None:
    with Terminal(100, 24) as term:
        term.start([*_command(), "--lang", "en", "--entry", "why-int4-not-fp4"], env={"LANG": "C.UTF-8"})
        term.wait_for(r"38 entries")
        term.keys("Enter")
        term.wait_for(r"Main answer")
        top = _settled(term)
        height = len(top)
        # taller, the text still longer than the pane (a scrollbar: the same wrap)
        term.resize(100, 70)
        lines = _settled(term)
        assert len(lines) > 3 * height and lines[:height] == top and lines[-1]
        term.resize(100, 24)
        assert _settled(term) == top
        term.keys("j")  # one key at a time, as before
        assert _settled(term) == lines[1 : 1 + height]
        term.keys("g")
        _settled(term)
        term.type("j" * 10)  # one write: the keys arrive together
        assert _settled(term) == lines[10 : 10 + height]
        term.type("kkk")
        assert _settled(term) == lines[7 : 7 + height]
        term.keys("g")
        _settled(term)
        term.type("  ")  # two pages
        two_pages = _settled(term)
        assert two_pages == lines[2 * height : 3 * height]
        term.type("g" + "j" * 19 + "k" * 5)
        assert _settled(term) == lines[14 : 14 + height]
        term.keys("q")
        assert term.wait_exit() == 0


@pytest.mark.parametrize("size", [(100, 24)])
async def test_the_help_dialog_pages_with_the_panes_keys(size: tuple[int, int]) -> None:
    """g, G, space and b page the help as they page the answer pane (only j, k and the
    arrow keys did)."""
    from textual.containers import VerticalScroll

    from tests.reader_support import reader, ready
    from tui.screens.help import HelpScreen

    app = reader()
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 2 * body.scrollable_content_region.height
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        assert body.scroll_y == 0
        await pilot.press("space", "space")
        assert body.scroll_y == 2 * body.scrollable_content_region.height
        await pilot.press("b")
        assert body.scroll_y == body.scrollable_content_region.height


def test_the_help_dialogs_id_column_lines_up() -> None:
    """Each group's binding ids started at a different column (found by the sweep)."""
    import io

    from rich.console import Console

    from tests.reader_support import reader
    from tui.screens.help import HelpScreen

    async def run() -> list[int]:
        app = reader()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.press("question_mark")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, HelpScreen)
            starts = []
            for table in screen.tables[:-1]:  # (the last: the filter syntax, no ids)
                out = io.StringIO()
                Console(file=out, width=100, color_system=None).print(table)
                for line in out.getvalue().splitlines():
                    found = re.search(r"\b[a-z-]+\.[a-z0-9-]+\s*$", line)
                    if found:
                        starts.append(found.start())
            return starts

    import asyncio

    starts = asyncio.run(run())
    assert len(starts) > 20 and len(set(starts)) == 1
