"""A lone surrogate (`\\ud800`, valid in a JSON string, with no UTF-8 of its own) in a state
file or journal is written back as JSON spells it, and a journal that stays damaged leaves one
copy aside, not one more at each start.

Before: a journal with such a line and any bad line stopped the reader from starting
(UnicodeEncodeError while mending the journal), after keeping yet another `.damaged-…` copy at
each start; a note or a read mark holding one could not be saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.marks import FORMAT as MARKS_FORMAT
from tui.userdata.marks import ReadMarks
from tui.userdata.store import StateFileError, write_atomic

SURROGATE_LINE = b'{"entry":"why","question":"Why INT4?","note":"bad \\ud800 half","added":"2026-12-02T05:00:00Z"}\n'
"""The sweep's valid line: its note holds a lone surrogate, escaped as JSON has it."""


def journal_of(path: Path) -> Path:
    """The journal beside a bookmarks file."""
    return path.with_name(path.name + ".journal")


def asides(path: Path) -> list[Path]:
    """The copies kept of a damaged journal."""
    return sorted(path.parent.glob(path.name + ".journal.damaged-*"))


def bookmarks_file(root: Path) -> Path:
    """An empty bookmarks file; its path."""
    path = root / "bookmarks" / "x.json"
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": []})
    return path


def test_a_journal_with_a_surrogate_and_a_bad_line_is_mended(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    journal_of(path).write_bytes(SURROGATE_LINE + b"GARBAGE\n")
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.get("why").shown_note == "bad  half"  # type: ignore[union-attr]
    assert loaded.problem is not None and "(line 2: not JSON" in loaded.problem and "only the changes left in it" in loaded.problem
    (line,) = journal_of(path).read_bytes().splitlines()
    assert json.loads(line)["note"] == "bad \ud800 half"  # the change as it was, spelt as JSON spells it
    again = Bookmarks.load("x", "T", root=tmp_path)
    assert again.problem is None and again.get("why").note == "bad \ud800 half" and len(asides(path)) == 1  # type: ignore[union-attr]
    again.compact()
    assert not journal_of(path).exists()
    assert [b["note"] for b in json.loads(path.read_text(encoding="utf-8"))["bookmarks"]] == ["bad \ud800 half"]  # as written


@pytest.mark.parametrize("first_line", [SURROGATE_LINE, SURROGATE_LINE.replace(b"\\ud800", b"")], ids=["surrogate", "plain"])
def test_a_journal_that_cannot_be_mended_is_read_and_copied_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_line: bytes) -> None:
    import tui.userdata.journal

    def full(path: Path, data: bytes) -> None:
        raise StateFileError(f"cannot write {path}: No space left on device")

    monkeypatch.setattr(tui.userdata.journal, "replace_file", full)
    path = bookmarks_file(tmp_path)
    raw = first_line + b"GARBAGE\n"
    journal_of(path).write_bytes(raw)
    first = Bookmarks.load("x", "T", root=tmp_path)
    assert first.get("why") is not None and first.problem is not None and "No space left on device" in first.problem
    with journal_of(path).open("ab") as journal:  # another window's change after the damage: the same damage still
        journal.write(b'{"entry":"more","question":"Q more","note":"","added":"2026"}\n')
    for _ in range(2):
        later = Bookmarks.load("x", "T", root=tmp_path)
        assert later.get("why") is not None and later.get("more") is not None
        assert later.problem is not None and "(line 2: not JSON" in later.problem
    (aside,) = asides(path)
    assert aside.read_bytes() == raw and f"a copy as it was kept in {aside.name}" in later.problem


def test_new_damage_after_a_copy_is_copied_again(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    journal_of(path).write_bytes(SURROGATE_LINE + b"GARBAGE\n")
    Bookmarks.load("x", "T", root=tmp_path)
    with journal_of(path).open("ab") as journal:
        journal.write(b"OTHER\n")
    assert "(line 2: not JSON" in (Bookmarks.load("x", "T", root=tmp_path).problem or "")
    assert len(asides(path)) == 2


def test_a_note_with_a_lone_surrogate_is_saved(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    book = Bookmarks.load("x", "T", root=tmp_path)
    book.set_note("a", "Q", "pasted \udcff byte")
    book.save()
    assert Bookmarks.load("x", "T", root=tmp_path).get("a").note == "pasted \udcff byte"  # type: ignore[union-attr]
    book.compact()
    assert Bookmarks.load("x", "T", root=tmp_path).get("a").note == "pasted \udcff byte"  # type: ignore[union-attr]
    assert path.read_bytes().decode("utf-8")


def test_read_marks_with_a_lone_surrogate_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir()
    path.write_text('{"format":"%s","read":{"odd\\ud800":"2026"},"seen":[]}' % MARKS_FORMAT, encoding="utf-8")
    marks = ReadMarks.load("x", "T", ["a"], root=tmp_path)
    marks.set_read(["a"])
    marks.save()
    assert json.loads(path.read_bytes().decode("utf-8"))["read"].keys() == {"odd\ud800", "a"}


async def test_the_reader_starts_on_the_sweeps_journal(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    book = corpus_bookmarks(corpus)
    assert book.path is not None
    book.toggle("k3", "When is K3?")
    book.compact()
    journal_of(book.path).write_bytes(SURROGATE_LINE.replace(b'"why"', b'"kda-next-flagship"') + b"GARBAGE\n")
    for _ in range(2):
        app = reader(corpus_path=small_corpus, entry="k3")
        async with app.run_test(size=(110, 30)) as pilot:
            await ready(pilot)
            await pilot.pause()
            assert app.reader_screen is not None and app.reader_screen.bookmarked_ids == {"k3", "kda-next-flagship"}
    assert len(asides(book.path)) == 1
