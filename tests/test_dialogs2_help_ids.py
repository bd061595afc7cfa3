"""The help's binding ids stay in sight on a narrow screen: below ~80 columns the id column
was left out, while the heading still told the user to look there for `[keys]` (60x20, 40x15,
en and zh); at 40 columns "PageUp/PageDown" broke inside the word."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

from tests.reader_support import reader, ready
from tui.screens.help import HelpScreen


async def help_text(pilot: Pilot[Any]) -> tuple[HelpScreen, list[str]]:
    """The help opened, and every line of its text as drawn at the width each part has."""
    await ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, HelpScreen)
    lines: list[str] = []
    for part in screen.query("#help-body Static").results(Static):
        console = Console(width=part.content_region.width, record=True, color_system=None)
        console.print(part.content)
        lines += console.export_text().splitlines()
    return screen, lines


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(60, 20), (40, 15)])
async def test_every_binding_id_is_shown_whole_on_a_narrow_screen(lang: str, size: tuple[int, int]) -> None:
    async with reader(lang=lang).run_test(size=size) as pilot:
        screen, lines = await help_text(pilot)
        words = {word for line in lines for word in line.split()}
        missing = sorted(set(screen.ids) - words)
        assert not missing, (missing, lines)
        heading = " ".join(lines[:4])
        assert "right column" not in heading and "右列" not in heading, heading


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_each_id_is_on_the_line_under_its_description(lang: str) -> None:
    """(the id under the description, not on a line of its own elsewhere)"""
    async with reader(lang=lang).run_test(size=(60, 20)) as pilot:
        screen, lines = await help_text(pilot)
        quit_row = next(n for n, line in enumerate(lines) if re.match(r"^\s*q\s", line))
        assert lines[quit_row + 1].split() == ["app.quit"], lines[quit_row : quit_row + 2]


async def test_the_wide_help_keeps_its_id_column() -> None:
    async with reader(lang="en").run_test(size=(100, 30)) as pilot:
        _, lines = await help_text(pilot)
        assert any(line.split() == ["q", "Quit", "app.quit"] for line in lines), lines
        assert "the right column is each binding's id" in " ".join(lines[:3])


async def test_page_up_down_in_a_group_title_is_not_broken_inside_the_word() -> None:
    async with reader(lang="zh").run_test(size=(40, 15)) as pilot:
        _, lines = await help_text(pilot)
        assert any("PageUp/PageDown" in line for line in lines), [line for line in lines if "Page" in line]
