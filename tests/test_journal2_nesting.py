"""JSON nested deeper than Python's recursion limit is ordinary damage in every state-file
reader: a journal line is skipped, a bookmarks or read-marks file set aside, each reported in
one line as "not JSON: nested too deeply".

Before: `[` * 1000 in a journal line (a 2 KB line), the bookmarks file or the read-marks file
raised RecursionError: a traceback from `bookmarks` and `cite --bookmarks`, and the reader
would not start on that corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import notes_said, reader, ready
from tui.cli import main
from tui.userdata import corpus_bookmarks, corpus_marks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.marks import FORMAT as MARKS_FORMAT
from tui.userdata.marks import ReadMarks
from tui.userdata.store import write_atomic


def nested(depth: int) -> bytes:
    """A JSON array nested `depth` deep."""
    return b"[" * depth + b"]" * depth


def bookmarks_file(root: Path) -> Path:
    """A bookmarks file holding `a` (note "kept"); its path."""
    path = root / "bookmarks" / "x.json"
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": [{"entry": "a", "question": "Q", "note": "kept", "added": "2026"}]})
    return path


def test_a_deeply_nested_journal_line_is_skipped_and_the_others_read(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    journal = path.with_name("x.json.journal")
    raw = b'{"entry":"a","note":' + nested(1000) + b'}\n{"entry":"b","question":"Q b","note":"","added":"2026"}\n'
    journal.write_bytes(raw)
    listed = Bookmarks.load("x", "T", root=tmp_path, read_only=True)
    assert [b.entry_id for b in listed.items] == ["a", "b"] and listed.get("a").note == "kept"  # type: ignore[union-attr]
    assert listed.problem is not None and "(line 1: not JSON: nested too deeply)" in listed.problem
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert [b.entry_id for b in loaded.items] == ["a", "b"]
    assert loaded.problem is not None and "(line 1: not JSON: nested too deeply); that line skipped, 1 other change read" in loaded.problem
    (aside,) = path.parent.glob("x.json.journal.damaged-*")
    assert aside.read_bytes() == raw


def test_no_depth_near_the_limit_raises_in_a_journal_line(tmp_path: Path) -> None:
    """Around the recursion limit a line may parse and yet be too deep to spell out again in
    the report (`json.dumps`, a few calls deeper): depth 989 and 990 did that."""
    path = bookmarks_file(tmp_path)
    journal = path.with_name("x.json.journal")
    for depth in range(900, 1010):
        journal.write_bytes(b'{"entry":"a","note":' + nested(depth) + b'}\n{"entry":"c","removed":' + nested(depth) + b"}\n")
        loaded = Bookmarks.load("x", "T", root=tmp_path, read_only=True)
        assert loaded.problem is not None and "those 2 lines skipped" in loaded.problem, depth
        assert loaded.get("a").note == "kept"  # type: ignore[union-attr]


def test_a_deeply_nested_bookmarks_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    path.write_bytes(nested(100_000))
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.items == [] and loaded.problem is not None and "\n" not in loaded.problem
    assert "x.json: damaged bookmarks (not JSON: nested too deeply); moved to x.json.damaged-" in loaded.problem
    assert not path.exists()


def test_a_deeply_nested_read_marks_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir()
    path.write_bytes(b'{"format":"' + MARKS_FORMAT.encode() + b'","read":' + nested(100_000) + b"}")
    marks = ReadMarks.load("x", "T", ["a"], root=tmp_path)
    assert marks.read == {} and marks.problem is not None
    assert "x.json: damaged read marks (not JSON: nested too deeply); moved to x.json.damaged-" in marks.problem
    marks.set_read(["a"])
    marks.save()
    assert json.loads(path.read_text(encoding="utf-8"))["read"].keys() == {"a"}


@pytest.mark.parametrize("command", [["bookmarks"], ["cite", "--bookmarks"]])
def test_the_commands_report_a_nested_journal_line_in_one_line(small_corpus: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    book = corpus_bookmarks(load_corpus(small_corpus))
    assert book.path is not None
    book.toggle("k3", "When is K3?")
    book.compact()
    journal = book.path.with_name(book.path.name + ".journal")
    journal.write_bytes(b'{"entry":"x","note":' + nested(1000) + b"}\n")
    assert main(["--corpus", str(small_corpus), *command]) == 1
    out, err = capsys.readouterr()
    assert "k3" in out and err.count("\n") == 1 and "(line 1: not JSON: nested too deeply)" in err
    assert "Traceback" not in err


async def test_the_reader_starts_with_nested_bookmarks_and_read_marks_files(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    marks, book = corpus_marks(corpus), corpus_bookmarks(corpus)
    assert marks.path is not None and book.path is not None
    for path in (marks.path, book.path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(nested(100_000))
    app = reader(corpus_path=small_corpus, entry="k3")
    shown = notes_said(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert app.reader_screen is not None
        said = " ".join(shown)
        assert "damaged read marks (not JSON: nested too deeply)" in said and "damaged bookmarks (not JSON: nested too deeply)" in said
    assert not marks.path.exists() or marks.path.read_bytes() != nested(100_000)
