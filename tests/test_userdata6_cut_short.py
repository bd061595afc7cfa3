"""A state file or journal line cut short is placed where an editor shows its end (the
column after its last character, where the missing part goes), lines and columns counted
from 1 as editors count them. Before, `[1, 2` was said to end at column 5 (on the `2`),
one column early, and a journal line likewise one character early."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.userdata.bookmarks import Bookmarks
from tui.userdata.marks import ReadMarks
from tui.userdata.store import write_atomic


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("[1, 2", "line 1, column 6"),
        ('{"a": 1', "line 1, column 8"),
        ("[1, 2,", "line 1, column 7"),
        ('{"a"', "line 1, column 5"),
        ("{", "line 1, column 2"),
        ("[1, 2  \n\n", "line 1, column 6"),  # trailing blanks: the data ends after the 2
        ('{"format": "x",\n "read": {"a": [1, {"b": 2}', "line 2, column 28"),
        ('{\n "read": {\n', "line 2, column 11"),
    ],
)
def test_a_file_cut_short_is_placed_where_it_ends(tmp_path: Path, text: str, place: str) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    problem = ReadMarks.load("x", "T", ["a"], root=tmp_path).problem
    assert problem is not None and f"(not JSON: it ends at {place} before the data is closed)" in problem, problem


def test_a_journal_line_cut_short_is_placed_after_its_last_character(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    write_atomic(path, {"format": "kimi-ama-tui/bookmarks/1", "corpus": "T", "bookmarks": []})
    path.with_name("x.json.journal").write_text('[1, 2\n{"entry":"d"\n', encoding="utf-8")
    problem = Bookmarks.load("x", "T", root=tmp_path, read_only=True).problem
    assert problem is not None and "(lines 1 and 2: not JSON: it ends at character 6 or 13 before the data is closed)" in problem, problem

