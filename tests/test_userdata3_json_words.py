"""A state file or journal line that is not JSON is reported in the words of someone who
edits it, not Python's: a UTF-8 byte-order mark was `Unexpected UTF-8 BOM (decode using
utf-8-sig)`, advice to a programmer; a NUL byte was `Extra data`, `Expecting value` or
`Invalid control character at`, with no word of a NUL; a control character in a string
was `Invalid control character at at character 14`."""

from __future__ import annotations

import json
from pathlib import Path

from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.store import write_atomic

GOOD = '{"entry":"k3-when","removed":true}'
"""A whole change (35 characters): a NUL after it is character 35."""


def bookmarks_file(root: Path) -> Path:
    """An empty bookmarks file; its path."""
    path = root / "bookmarks" / "x.json"
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": []})
    return path


def journal_said(root: Path, line: bytes) -> str:
    """What listing the bookmarks says of a journal holding `line` (and one good line)."""
    path = bookmarks_file(root)
    path.with_name(path.name + ".journal").write_bytes(line + b"\n" + GOOD.encode() + b"\n")
    problem = Bookmarks.load("x", "T", root=root, read_only=True).problem
    assert problem is not None and "\n" not in problem
    return problem.split("damaged bookmarks journal (", 1)[1]


def test_a_line_starting_with_a_byte_order_mark_says_so(tmp_path: Path) -> None:
    said = journal_said(tmp_path, b"\xef\xbb\xbf" + GOOD.encode())
    assert said.startswith("line 1: not JSON: starts with a byte-order mark); that line skipped, 1 other change read")
    assert "utf-8-sig" not in said and "BOM" not in said


def test_a_nul_byte_is_named_with_its_place(tmp_path: Path) -> None:
    assert journal_said(tmp_path, GOOD.encode() + b"\x00").startswith("line 1: not JSON: has a NUL byte at character 35)")


def test_a_nul_byte_inside_a_string_is_named_too(tmp_path: Path) -> None:
    assert journal_said(tmp_path, b'{"entry":"k3-\x00when","removed":true}').startswith("line 1: not JSON: has a NUL byte at character 14)")


def test_a_lone_nul_is_not_a_missing_value(tmp_path: Path) -> None:
    assert journal_said(tmp_path, b"\x00").startswith("line 1: not JSON: has a NUL byte at character 1)")


def test_a_control_character_in_a_string_is_named_once_with_at(tmp_path: Path) -> None:
    said = journal_said(tmp_path, b'{"entry":"k3-\x1bwhen","removed":true}')
    assert said.startswith("line 1: not JSON: has the control character \\x1b inside a string at character 14)")
    assert "at at" not in said and "\x1b" not in said


def test_lines_with_nul_bytes_are_grouped_with_their_places(tmp_path: Path) -> None:
    said = journal_said(tmp_path, b"\x00\n" + GOOD.encode() + b"\x00")
    assert said.startswith("lines 1 and 2: not JSON: has a NUL byte at character 1 or 35)")


def test_a_bookmarks_file_with_a_byte_order_mark_or_a_nul_says_so(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    text = json.dumps({"format": FORMAT, "corpus": "T", "bookmarks": []}, indent=1)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    problem = Bookmarks.load("x", "T", root=tmp_path, read_only=True).problem or ""
    assert "damaged bookmarks (not JSON: starts with a byte-order mark)" in problem and "utf-8-sig" not in problem
    path.write_bytes(text.replace('"T"', '"T\x00"').encode())  # line 3 is ` "corpus": "T` then the NUL
    problem = Bookmarks.load("x", "T", root=tmp_path, read_only=True).problem or ""
    assert "damaged bookmarks (not JSON: has a NUL byte at line 3, column 14)" in problem, problem
