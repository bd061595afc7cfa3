"""A state file or journal line that is not JSON is said in the words of someone who edits
it, with its line and column (a journal line: its character), for every kind of damage:
Python's words (`Expecting ',' delimiter`, `Expecting property name enclosed in double
quotes`, `Extra data`) named no bracket, called a file cut short a missing comma and a
trailing comma a missing name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.userdata.bookmarks import Bookmarks
from tui.userdata.marks import ReadMarks
from tui.userdata.store import write_atomic

HEAD = '{"format": "kimi-ama-tui/read-marks/1",\n "read": {\n'
"""A read-marks file's first two lines: the damage below is on line 3."""


@pytest.mark.parametrize(
    ("third_line", "said"),
    [
        ('  "a": "2026" "b": "2026"}}', "a comma or } is missing at line 3, column 15"),
        ('  "a": "2026"},\n "seen": ["a" "b"]}', "a comma or ] is missing at line 4, column 15"),
        ('  "a": "2026",\n  "b": "2026"\n', "it ends at line 4, column 14 before the data is closed"),
        ('  "a": "2026",\n }}', "has a comma with nothing after it at line 3, column 14"),
        ("  'a': \"2026\"}}", "has a name in single quotes at line 3, column 3 (JSON wants double quotes)"),
        ('  "a": \'2026\'}}', "has text in single quotes at line 3, column 8 (JSON wants double quotes)"),
        ('  "a" "2026"}}', "a colon is missing after the name at line 3, column 7"),
        ('  "a": 2026-}}', "a comma or } is missing at line 3, column 12"),
        ('  "a": tru}}', "expected a value at line 3, column 8 (text in double quotes, a number, true, false, null, a list or an object)"),
        ('  a: "2026"}}', "expected a name in double quotes at line 3, column 3"),
        ('  "a": "2026"}} {}', "more follows the end of the data at line 3, column 17"),
        ('  "a": "20\\26"}}', "a backslash starts no escape at line 3, column 11 (write \\\\ for a backslash)"),
        ('  "a": "\\u20x6"}}', "\\u is not followed by 4 hex digits at line 3, column 9"),
    ],
)
def test_a_damaged_marks_file_is_said_in_an_editors_words(tmp_path: Path, third_line: str, said: str) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir(parents=True)
    path.write_text(HEAD + third_line, encoding="utf-8")
    problem = ReadMarks.load("x", "T", ["a"], root=tmp_path).problem
    assert problem is not None and f"damaged read marks (not JSON: {said}); moved to x.json.damaged-" in problem, problem
    assert "Expecting" not in problem and "delimiter" not in problem and "Extra data" not in problem


def test_an_empty_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir(parents=True)
    path.write_text("\n", encoding="utf-8")
    problem = ReadMarks.load("x", "T", ["a"], root=tmp_path).problem
    assert problem is not None and "damaged read marks (not JSON: it is empty)" in problem, problem


def test_journal_lines_say_it_at_their_character_and_group(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    write_atomic(path, {"format": "kimi-ama-tui/bookmarks/1", "corpus": "T", "bookmarks": []})
    lines = ['{"entry":"a","removed":true,}', '{"entry":"b" "removed":true}', '{"entry":"c","removed":true,}', '{"entry":"d","removed":true']
    path.with_name("x.json.journal").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = Bookmarks.load("x", "T", root=tmp_path, read_only=True).problem
    assert problem is not None
    assert (
        "damaged bookmarks journal (lines 1 and 3: not JSON: has a comma with nothing after it at character 28; "
        "line 2: not JSON: a comma or } is missing at character 14; "
        "line 4: not JSON: it ends at character 28 before the data is closed); those 4 lines skipped"
    ) in problem, problem
