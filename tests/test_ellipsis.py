"""A line cut to fit ends its text with "…" straight after the last character shown.
Rich's own cut leaves a blank before the "…" when a wide (Chinese) character does not fit
(`中文 …`), which reads as a word break that is not in the text."""

from __future__ import annotations

import re

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from tests.reader_support import reader, ready
from tui.userdata.bookmarks import Bookmark
from tui.widgets.bookmark_rows import bookmark_lines
from tui.widgets.status_line import StatusLine
from tui.wrap import truncate_with_ellipsis

GAP = re.compile(r"\S +…")
"""A character, blanks, then the ellipsis."""


@pytest.mark.parametrize("cells", range(1, 12))
def test_a_cut_never_leaves_a_blank_before_the_ellipsis_after_a_wide_character(cells: int) -> None:
    text = Text()
    text.append("问答" * 10, "bold")
    truncate_with_ellipsis(text, cells)
    assert text.cell_len == cells
    assert not GAP.search(text.plain), text.plain
    assert text.plain.rstrip().endswith("…")
    assert text.plain.rstrip(" …") == "问答问答问答"[: len(text.plain.rstrip(" …"))]
    assert text.spans and text.spans[0].end == len(text.plain)  # the style kept to the end


def test_a_cut_after_a_space_ends_the_word_with_the_ellipsis_and_a_short_text_is_not_cut() -> None:
    text = Text("ab cd ef")
    truncate_with_ellipsis(text, 4)
    assert text.plain == "ab… "
    text = Text("问答")
    truncate_with_ellipsis(text, 4)
    assert text.plain == "问答"


@pytest.mark.parametrize("width", [60, 61, 70, 71, 80, 81])
async def test_the_trees_chinese_questions_cut_to_fit_have_no_blank_before_the_ellipsis(width: int) -> None:
    app = reader(lang="zh")
    async with app.run_test(size=(width, 40)) as pilot:
        await ready(pilot)
        await pilot.press("right_square_bracket")  # every topic open: many questions cut
        await pilot.pause()
        lines = app.export_screenshot()
        tree = app.reader_screen.topic_tree
        drawn = [strip.text for strip in tree.render_lines(tree.region.reset_offset)]
        assert any("…" in line for line in drawn)
        assert not [line for line in drawn if GAP.search(line)], lines


@pytest.mark.parametrize("width", range(24, 36))
async def test_the_status_lines_chinese_title_cut_to_fit_has_no_blank_before_the_ellipsis(width: int) -> None:
    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield StatusLine()

    app = One()
    async with app.run_test(size=(width, 3)) as pilot:
        status = app.query_one(StatusLine)
        status.title, status.matches, status.lang = "月之暗面 Kimi K2 Thinking 问答会", "1 / 38", "zh"
        await pilot.pause()
        line = status.render().plain
        assert "…" in line and not GAP.search(line), line


@pytest.mark.parametrize("width", range(20, 32))
def test_a_bookmarks_chinese_question_and_note_cut_to_fit_have_no_blank_before_the_ellipsis(width: int) -> None:
    bookmark = Bookmark(entry_id="q1", question="问答" * 30, note="笔记" * 30)
    first, second = bookmark_lines(bookmark, "问答" * 30, width)
    for line in (first.plain, second.plain):
        assert "…" in line and not GAP.search(line), line
