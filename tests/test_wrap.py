"""Chinese wraps per character with closing punctuation kept off a line's start; English by word.

Measured on every text of the built-in corpus at the answer pane's real width in 80- and
120-column terminals, as issue 3 asks.
"""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from rich.text import Text

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.wrap import CLOSING, HANG, is_chinese_prose, wrap_lines, wrap_text

CORPUS = load_corpus()


def _texts(lang: str) -> list[str]:
    out = []
    for entry in CORPUS.entries():
        for text in [entry.question, *(a.text for a in entry.answers), *(t.text for t in entry.also_asked)]:
            if text.has(lang):  # type: ignore[arg-type]
                out.append(text.get(lang))  # type: ignore[arg-type]
    return out


async def _pane_measure(cols: int, rows: int) -> int:
    app = reader()
    async with app.run_test(size=(cols, rows)) as pilot:
        await ready(pilot)
        return app.reader_screen.pane.measure


@pytest.fixture(scope="module", params=[(80, 24), (120, 40)], ids=["80-cols", "120-cols"])
def measure(request: pytest.FixtureRequest) -> int:
    import asyncio

    return asyncio.run(_pane_measure(*request.param))


def _paragraph_lines(text: str, width: int) -> list[list[str]]:
    """Wrapped lines grouped by source paragraph."""
    out = []
    for paragraph in text.split("\n"):
        out.append(wrap_text(Text(paragraph), width).plain.split("\n"))
    return out


def test_chinese_lines_are_full_and_never_start_with_closing_punctuation(measure: int) -> None:
    worst = 0
    checked = 0
    for text in _texts("zh"):
        for lines in _paragraph_lines(text, measure):
            if not is_chinese_prose("".join(lines)):
                continue
            for line in lines[:-1]:
                checked += 1
                empty = measure - cell_len(line)
                worst = max(worst, empty)
                assert empty <= 2, f"{empty} empty cells at width {measure}: {line!r}"
            for line in lines:
                assert line[:1] not in CLOSING, f"line starts with closing punctuation: {line!r}"
                assert cell_len(line) <= measure + HANG, f"line too wide: {line!r}"
    assert checked > 20, "too few wrapped lines to measure anything"
    print(f"width {measure}: {checked} wrapped Chinese lines, worst gap {worst} cells")


def test_text_survives_wrapping_unchanged(measure: int) -> None:
    for text in _texts("zh") + _texts("en"):
        wrapped = wrap_text(Text(text), measure).plain
        assert re.sub(r"\s+", "", wrapped) == re.sub(r"\s+", "", text)


def test_english_words_are_not_split(measure: int) -> None:
    for text in _texts("en"):
        lines = wrap_lines(text, measure)
        for before, after in zip(lines, lines[1:]):
            if before.last:
                continue
            cut = text[before.end : after.start]
            # a line ends at a space, or after a hyphen or slash inside a long token
            assert cut.strip() == "" and (cut or text[before.end - 1] in "-/"), (
                text[before.start : before.end],
                text[after.start : after.end],
            )


def test_no_half_empty_line_before_a_long_run_of_chinese() -> None:
    text = "前言 " + "我们观察到把数据集合在一起时会带来更好的泛化" * 4
    lines = wrap_text(Text(text), 30).plain.split("\n")
    assert cell_len(lines[0]) >= 28, lines


def test_closing_punctuation_hangs_instead_of_starting_a_line() -> None:
    # 10 characters fill a 20-cell line exactly; the comma must not start the next line
    text = "一二三四五六七八九十，十一"
    lines = wrap_text(Text(text), 20).plain.split("\n")
    assert lines[0] == "一二三四五六七八九十，"
    assert lines[1] == "十一"
