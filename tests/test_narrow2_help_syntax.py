"""The help's filter syntax at a narrow screen (sweep 12, item 7): the examples column broke
inside its examples (`topic:mult` / `imodal`, `src:articl` / `e  lang:en`, zh `（无匹配时` /
`）` at 40x15), and the explanations inside an English word (`'i` / `nt4'`, zh at 60x20).
Now an example is never split where it fits, an explanation breaks only between English
words (and between Chinese characters, never before closing punctuation)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

import corpus.query
from tests.reader_support import reader, ready
from tui.dialog_text import SYNTAX_ZH
from tui.screens.help import HelpScreen
from tui.ui_text import in_chrome, words

SIZES = [(40, 15), (60, 20), (80, 24)]
CLOSING_ZH = set("，。、；：？！）」』】》〉〕")


async def syntax_lines(pilot: Pilot[Any]) -> list[str]:
    """The filter syntax as the help draws it, at the width it has there."""
    await ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    part = pilot.app.screen.query_one("#help-query", Static)
    console = Console(width=part.content_region.width, record=True, color_system=None, file=open("/dev/null", "w"))
    console.print(part.content)
    return [line.rstrip() for line in console.export_text().splitlines()]


def syntax_rows(lang: str) -> list[tuple[str, str]]:
    """(examples, explanation) as the help is given them."""
    rows = [re.match(r"^    (.*\S)\s{3,}(\S.*)$", line) for line in (corpus.query.__doc__ or "").splitlines()]
    found = [(m.group(1), in_chrome(lang, m.group(2), SYNTAX_ZH)) for m in rows if m]
    return found + [(words(lang, "no_match_row"), words(lang, "no_match_finds"))]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
async def test_every_example_is_whole_on_one_line(lang: str, size: tuple[int, int]) -> None:
    async with reader(lang=lang).run_test(size=size) as pilot:
        lines = await syntax_lines(pilot)
        for examples, _ in syntax_rows(lang):
            for example in re.split(r"\s{2,}", examples):
                assert any(example in line for line in lines), (example, lines)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
async def test_explanations_break_between_words_only(lang: str, size: tuple[int, int]) -> None:
    async with reader(lang=lang).run_test(size=size) as pilot:
        lines = await syntax_lines(pilot)
        drawn = {word for line in lines for word in re.findall(r"[A-Za-z0-9'\"()\-;,.|]+", line)}
        for _, explanation in syntax_rows(lang):
            for word in re.findall(r"[A-Za-z0-9'\"()\-;,.|]+", explanation):
                assert word in drawn, (word, lines)
        for line in lines:
            assert line.strip()[:1] not in CLOSING_ZH, (line, lines)
