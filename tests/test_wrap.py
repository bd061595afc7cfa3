"""Chinese wraps per character with closing punctuation kept off a line's start, and is never
stretched; an English word, a URL, a handle or an id is never split where it fits on a line.

Measured on every entry of the built-in corpus, as the pane shows it in zh, en and both, at
the answer pane's real width in 80-, 99- and 120-column terminals (issues 3 and 9).
"""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from rich.text import Text

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.entry_view import entry_blocks
from tui.wrap import CLOSING, HANG, wrap_lines, wrap_text

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


@pytest.fixture(scope="module", params=[(80, 24), (99, 30), (120, 40)], ids=["80-cols", "99-cols", "120-cols"])
def measure(request: pytest.FixtureRequest) -> int:
    import asyncio

    return asyncio.run(_pane_measure(*request.param))


def _paragraph_lines(text: str, width: int) -> list[list[str]]:
    """Wrapped lines grouped by source paragraph."""
    out = []
    for paragraph in text.split("\n"):
        out.append(wrap_text(Text(paragraph), width).plain.split("\n"))
    return out


def _pane_paragraphs() -> list[str]:
    """Every paragraph the pane shows for every entry, in zh, en and both."""
    out: list[str] = []
    for lang in ("zh", "en", "both"):
        for entry in CORPUS.entries():
            out += [block.plain for block in entry_blocks(CORPUS, entry, lang) if block.plain]
    return out


PARAGRAPHS = _pane_paragraphs()
TOKEN = re.compile(r"https?://\S+|u/[A-Za-z0-9_-]+|[a-z0-9]+(?:-[a-z0-9]+)+|[A-Za-z][A-Za-z0-9'’.-]*[A-Za-z0-9]")
WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def test_no_spaces_are_spread_between_chinese_characters(measure: int) -> None:
    """Lines are never justified: no gap of two or more cells next to a Chinese character."""
    for paragraph in PARAGRAPHS:
        for line in wrap_text(Text(paragraph), measure).plain.split("\n"):
            for gap in re.finditer(r"(?<=\S) {2,}(?=\S)", line):
                left, right = line[gap.start() - 1], line[gap.end()]
                if WIDE.match(left) or WIDE.match(right):
                    assert f"{left}  {right}" in paragraph, f"spaces spread at width {measure}: {line!r}"


def test_urls_handles_ids_and_words_are_split_only_when_wider_than_a_line(measure: int) -> None:
    for paragraph in PARAGRAPHS:
        lines = wrap_text(Text(paragraph), measure).plain.split("\n")
        joined = "\n".join(lines)
        for token in TOKEN.findall(paragraph):
            if cell_len(token) <= measure:
                assert token in joined.replace("\n" + " ", "\n"), f"{token!r} split at width {measure}: {lines}"


def test_no_line_starts_with_closing_punctuation_or_overflows(measure: int) -> None:
    checked = 0
    for paragraph in PARAGRAPHS:
        for line in wrap_text(Text(paragraph), measure).plain.split("\n"):
            checked += 1
            assert line[:1] not in CLOSING, f"line starts with closing punctuation: {line!r}"
            assert cell_len(line) <= measure + HANG, f"line too wide: {line!r}"
    assert checked > 1000


def test_chinese_lines_are_full_unless_the_next_token_would_not_fit(measure: int) -> None:
    """A Chinese line ends short only before a token (URL, word) too wide for what is left."""
    worst = 0
    for paragraph in PARAGRAPHS:
        lines = wrap_lines(paragraph, measure)
        for line, after in zip(lines, lines[1:]):
            if line.last:
                continue
            used = cell_len(paragraph[line.start : line.end])
            first = after.atoms[0]
            assert used + 1 + first.width > measure, (paragraph[line.start : line.end], paragraph[first.start : first.end])
            worst = max(worst, measure - used)
    print(f"width {measure}: longest short line leaves {worst} cells before an unbreakable token")


def test_long_texts_wrap_in_linear_time() -> None:
    """200k characters take about 10x what 20k take (it was quadratic: 200k took 71 s)."""
    import time

    def seconds(n: int) -> float:
        text = Text("我们观察到把数据集合在一起时会带来更好的泛化，English words too. " * (n // 40))
        text.stylize("bold", 10, n // 2)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            wrap_text(text, 77 + _)  # another width each time: no cache
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(20_000), seconds(200_000)
    print(f"wrap 20k: {small * 1000:.0f} ms, 200k: {large * 1000:.0f} ms, ratio {large / small:.1f}")
    assert large / small < 30, "wrapping grows faster than linearly"


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
            # a line ends at a space, next to a Chinese character, or inside a token wider than a line
            full = cell_len(text[before.start : before.end]) >= measure
            assert cut.strip() == "" and (cut or WIDE.match(text[before.end - 1]) or WIDE.match(text[after.start]) or full), (
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


async def test_the_pane_rewraps_when_its_scrollbar_comes_or_goes() -> None:
    """Going from an entry that fits the pane to one that does not, the text was wrapped to
    the room without a scrollbar and kept that wrap once the scrollbar came: two cells
    wider than the pane means to wrap to, a line one cell wider than the room (its last
    cell under the scrollbar); the other way, two cells of room went unused. The
    scrollbar's coming or going changes the room with no Resize. 16 of 40 entries of the
    built-in corpus, read in turn with `j` at 100x30."""
    import asyncio

    app = reader()
    wrong = []
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        pane = app.reader_screen.pane
        seen = set()
        for n in range(40):
            await pilot.press("j")
            await asyncio.sleep(0.15)
            seen.add(pane.show_vertical_scrollbar)
            room = pane.scrollable_content_region.width - pane.body.styles.gutter.width
            widest = max(cell_len(line) for line in pane.text.plain.split("\n"))
            if pane.shown_width != pane.measure or widest > room:
                wrong.append((n, pane.shown_width, pane.measure, widest, room, pane.show_vertical_scrollbar))
    assert seen == {True, False}  # entries with a scrollbar and without
    assert wrong == []


COMMENT = """If I run it I get:

    Traceback (most recent call last):
      File "/usr/bin/rtv", line 9, in <module>
        load_entry_point('rtv==1.0a1', 'console_scripts', 'rtv')()
    ImportError: a very long message that runs on and on past the width of any pane at all

| model | params |
|---|---|
| K2 | 1T |
| Kimi-Linear | 48B |

1. First step, then a second paragraph:

   which is indented under its item and long enough to wrap onto a second line here.
"""


@pytest.mark.parametrize("measure", [44, 60, 100])
def test_code_keeps_its_indentation_tables_their_columns_items_their_indent(measure: int) -> None:
    """Found on a real thread: a traceback in a code block showed flush left in the pane
    (every line's leading spaces dropped, runs of spaces made one), a table's columns
    lost their padding, and a list item's second paragraph its indent."""
    from rich.style import Style

    from tui.reddit_markdown import markdown_blocks

    blocks = markdown_blocks(COMMENT, Style(reverse=True), Style(underline=True))
    lines = [line for block in blocks for line in wrap_text(block, measure).plain.split("\n")]
    assert "      File \"/usr/bin/rtv\", line 9, in <module>"[:measure] in lines
    assert "        load_entry_point('rtv==1.0a1', 'console_scripts', 'rtv')()"[:measure] in lines
    # a code line wider than the pane is cut at its width, nothing lost or added
    long = "    ImportError: a very long message that runs on and on past the width of any pane at all"
    start = lines.index(long[:measure])
    cut = "".join(lines[start : start + -(-len(long) // measure)])
    assert cut == long and all(cell_len(line) <= measure for line in lines if line.startswith("    "))
    # the table's columns line up
    rows = [line for line in lines if "│" in line]
    assert rows == ["model       │ params", "K2          │ 1T", "Kimi-Linear │ 48B"]
    # the second paragraph of the item: every wrapped line indented under the item's text
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("which is indented"))
    item = [line for line in lines[at:] if line.startswith("   ") and line[3] != " "]
    assert item[0].startswith("   which") and (len(item) >= 2 or measure >= 90)
    assert " ".join(line[3:] for line in item) == "which is indented under its item and long enough to wrap onto a second line here."


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_show_never_prints_a_line_wider_than_the_terminal(width: int, lang: str) -> None:
    """`show` on a terminal printed lines one or two cells wider than it when they ended
    in punctuation (hung past the measure, as the pane does in its margin): the terminal
    wrapped the comma onto a line of its own."""
    from corpus.loader import builtin_corpus_path
    from tui.linear import entry_text

    corpus = load_corpus(builtin_corpus_path())
    for entry in corpus.entries():
        for line in entry_text(corpus, entry, lang, width).splitlines():
            if "http" not in line:  # (a URL is kept whole)
                assert cell_len(line) <= width, (entry.id, line)
