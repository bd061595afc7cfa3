"""A read-marks or bookmarks file that could not be read is never written over: before,
the first read mark of the session (an entry shown a moment) wrote a fresh file over a
read-marks file the reader could not read (no read access), and the first `m` did the
same to a bookmarks file: every mark and note in it was lost. A damaged file is kept
aside; one that cannot be read (or set aside) stays as it is; the user is told once."""

from __future__ import annotations

import builtins
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

import tui.userdata.store as store
from corpus.loader import load_corpus
from tests.reader_support import notes_said, reader, ready
from tui.userdata import StateFileError, corpus_marks
from tui.userdata.bookmarks import FORMAT as BOOKMARKS, Bookmarks
from tui.userdata.marks import FORMAT as MARKS, ReadMarks


def unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `path` unreadable to the reader, as a file without read access is (the tests
    may run as root, who reads any file: the store's `open` refuses it instead)."""
    real = builtins.open

    def refusing(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file) == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(store, "open", refusing, raising=False)


def marks_file(root: Path, read: dict[str, str]) -> tuple[Path, bytes]:
    """A read-marks file of corpus `x` holding `read`; its path and bytes."""
    path = root / "read" / "x.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": MARKS, "corpus": "T", "read": read, "seen": sorted(read)}), encoding="utf-8")
    return path, path.read_bytes()


def test_an_unreadable_marks_file_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = marks_file(tmp_path, {"old": "2026-01-01T00:00:00Z"})
    unreadable(path, monkeypatch)
    marks = ReadMarks.load("x", "T", ["old", "a", "b"], root=tmp_path)
    assert marks.problem is not None
    assert "cannot read the read marks (Permission denied): give yourself read access to it" in marks.problem
    assert "read marks made now are not saved until it can be read" in marks.problem
    marks.set_read(["a"])
    marks.save()  # told already (`problem`, at start): nothing raised, nothing written
    marks.save_seen()
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == [".x.json.lock", "x.json"]
    monkeypatch.undo()  # read access given back: the next mark saves them all, the old one kept
    marks.set_read(["b"])
    marks.save()
    assert set(json.loads(path.read_text(encoding="utf-8"))["read"]) == {"old", "a", "b"}


def test_a_marks_file_that_turns_unreadable_is_reported_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = marks_file(tmp_path, {"old": "2026-01-01T00:00:00Z"})
    marks = ReadMarks.load("x", "T", ["old", "a", "b"], root=tmp_path)
    os.utime(path, ns=(1, 1))  # written elsewhere since: read again before a save
    before = path.read_bytes()
    unreadable(path, monkeypatch)
    marks.set_read(["a"])
    with pytest.raises(StateFileError, match="cannot read the read marks .*read marks made now are not saved until it can be read"):
        marks.save()
    marks.set_read(["b"])
    marks.save()  # said once
    assert path.read_bytes() == before


def test_a_damaged_marks_file_that_cannot_be_set_aside_is_left_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "read" / "x.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"format": "kimi-ama-tui/read-marks/1", "read": {"old": "2026"} "seen": []}')
    monkeypatch.setattr(store, "keep_aside", lambda path: None)  # (a rename refused)
    marks = ReadMarks.load("x", "T", ["old", "a"], root=tmp_path)
    assert marks.problem is not None and "could not be moved aside" in marks.problem and "read marks made now are not saved" in marks.problem
    marks.set_read(["a"])
    marks.save()
    marks.save_seen()
    assert b'"old": "2026"} "seen"' in path.read_bytes()


def test_a_marks_file_damaged_since_it_was_read_keeps_every_mark_known_here(tmp_path: Path) -> None:
    path, _ = marks_file(tmp_path, {"old": "2026-01-01T00:00:00Z"})
    marks = ReadMarks.load("x", "T", ["old", "a"], root=tmp_path)
    path.write_bytes(b"{]")  # damaged by hand or by another tool meanwhile
    marks.set_read(["a"])
    marks.save()
    (aside,) = path.parent.glob("x.json.damaged-*")
    assert aside.read_bytes() == b"{]"
    assert set(json.loads(path.read_text(encoding="utf-8"))["read"]) == {"old", "a"}
    assert marks.problem is not None and f"moved to {aside.name}" in marks.problem


def test_an_unreadable_bookmarks_file_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir(parents=True)
    note = {"entry": "old", "question": "Q?", "note": "precious", "added": "2026"}
    path.write_text(json.dumps({"format": BOOKMARKS, "corpus": "T", "bookmarks": [note]}), encoding="utf-8")
    before = path.read_bytes()
    unreadable(path, monkeypatch)
    bookmarks = Bookmarks.load("x", "T", root=tmp_path)
    assert bookmarks.problem is not None and "bookmarks made now are kept in x.json.journal" in bookmarks.problem
    bookmarks.toggle("new", "Q2?")
    bookmarks.save()
    bookmarks.compact()  # the reader quits
    assert path.read_bytes() == before
    monkeypatch.undo()  # read access given back: the file and the journal hold both
    again = Bookmarks.load("x", "T", root=tmp_path)
    assert [(b.entry_id, b.note) for b in again.items] == [("old", "precious"), ("new", "")]


@pytest.mark.parametrize("damage", ["unreadable", "damaged"])
async def test_the_reader_marking_an_entry_read_keeps_the_marks_file(small_corpus: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    corpus = load_corpus(small_corpus)
    ids = [entry.id for entry in corpus.entries()]
    path = corpus_marks(corpus).path
    assert path is not None
    path.parent.mkdir(parents=True)
    if damage == "unreadable":
        path.write_text(json.dumps({"format": MARKS, "corpus": "Test corpus", "read": {ids[0]: "2026"}, "seen": ids}), encoding="utf-8")
        unreadable(path, monkeypatch)
    else:
        path.write_bytes(b'{"format": "kimi-ama-tui/read-marks/1", "read": {"' + ids[0].encode() + b'": "2026"},}')
    before = path.read_bytes()
    app = reader(corpus_path=small_corpus)
    said = notes_said(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        screen.set_read([ids[1]], True)
        await pilot.pause()
        assert ids[1] in screen.read_ids
    kept = [path] if damage == "unreadable" else list(path.parent.glob(f"{path.name}.damaged-*"))
    assert [p.read_bytes() for p in kept] == [before]
    told = [line for line in said if str(path) in line]
    assert len(told) == 1, said
    assert ("give yourself read access to it" if damage == "unreadable" else "moved to") in told[0]
