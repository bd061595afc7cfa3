"""Read marks' `seen` is written when the reader quits, when it lacks an entry the corpus
has: README says `+` marks an entry new since the corpus was last opened. Before, `seen`
was written only with a read mark: open the corpus and quit without reading anything, and
an entry stayed `+` at every later start."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.userdata import corpus_marks
from tui.userdata.marks import FORMAT, ReadMarks


def marks_file(root: Path, seen: list[str], read: dict[str, str] | None = None) -> Path:
    """A read-marks file that saw `seen`; its path."""
    path = root / "read" / "x.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "read": read or {}, "seen": seen}), encoding="utf-8")
    return path


def test_an_entry_seen_once_is_not_new_at_the_next_start(tmp_path: Path) -> None:
    marks_file(tmp_path, ["a"], {"a": "2026"})
    first = ReadMarks.load("x", "T", ["a", "b", "c"], root=tmp_path)
    assert first.new == {"b", "c"}
    first.save_seen()  # quit, nothing read
    again = ReadMarks.load("x", "T", ["a", "b", "c", "d"], root=tmp_path)
    assert again.new == {"d"} and again.read == {"a": "2026"}


def test_seen_is_written_only_when_it_changed(tmp_path: Path) -> None:
    path = marks_file(tmp_path, ["a", "b"])
    before = path.read_bytes(), path.stat().st_mtime_ns
    ReadMarks.load("x", "T", ["b", "a"], root=tmp_path).save_seen()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_first_start_is_remembered(tmp_path: Path) -> None:
    ReadMarks.load("x", "T", ["a"], root=tmp_path).save_seen()
    assert ReadMarks.load("x", "T", ["a", "b"], root=tmp_path).new == {"b"}


def test_nothing_is_written_over_a_file_that_could_not_be_read(tmp_path: Path) -> None:
    (tmp_path / "read" / "x.json").mkdir(parents=True)  # a folder where the file goes: not readable
    marks = ReadMarks.load("x", "T", ["a"], root=tmp_path)
    assert marks.problem is not None
    marks.save_seen()
    assert (tmp_path / "read" / "x.json").is_dir()


async def test_the_reader_quit_without_reading_writes_seen(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    ids = [entry.id for entry in corpus.entries()]
    path = corpus_marks(corpus).path
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "Test corpus", "read": {}, "seen": ids[:1]}), encoding="utf-8")
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        assert app.reader_screen is not None and app.reader_screen.new_ids == set(ids[1:])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["seen"]) == set(ids) and data["read"] == {}
    assert corpus_marks(load_corpus(small_corpus)).new == set()
