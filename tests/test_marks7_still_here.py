"""A read-marks or bookmarks file the reader read and cannot read now (a directory put where
it was) is said with what really becomes of the window's marks: they stay in it. Before, the
message said "starting without them", the words of the start-up case, though the window kept
every mark and bookmark it had."""

from __future__ import annotations

import json
from pathlib import Path

from tui.userdata.bookmarks import Bookmarks
from tui.userdata.marks import ReadMarks
from tui.userdata.store import StateFileError


def test_read_marks_that_cannot_be_read_since_stay_in_the_window_and_it_says_so(tmp_path: Path) -> None:
    marks = ReadMarks.load("corpus", "T", ["a", "b"], root=tmp_path)
    marks.set_read(["a"])
    marks.save()
    assert marks.path is not None
    marks.path.unlink()
    marks.path.mkdir()  # cannot be read now
    marks.set_read(["b"])
    try:
        marks.save()
    except StateFileError as err:
        said = str(err)
    else:
        raise AssertionError("saved over a file it cannot read")
    assert "cannot read the read marks" in said and "starting without them" not in said, said
    assert "the read marks this window had stay in it; read marks made now are not saved" in said
    assert set(marks.read) == {"a", "b"}


def test_bookmarks_that_cannot_be_read_since_stay_in_the_window_and_it_says_so(tmp_path: Path) -> None:
    bookmarks = Bookmarks.load("corpus", "T", root=tmp_path)
    bookmarks.toggle("a", "A?")
    bookmarks.compact()
    assert bookmarks.path is not None
    bookmarks.path.unlink()
    bookmarks.path.mkdir()
    bookmarks.toggle("b", "B?")
    bookmarks.save()
    assert bookmarks.problem is not None
    assert "cannot read the bookmarks" in bookmarks.problem and "starting without them" not in bookmarks.problem
    assert "the bookmarks this window had stay in it; bookmarks made now are kept in corpus.json.journal" in bookmarks.problem
    assert set(bookmarks.by_id) == {"a", "b"}
    journal = bookmarks.path.with_name("corpus.json.journal").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["entry"] for line in journal] == ["b"]


def test_at_start_a_file_that_cannot_be_read_still_means_starting_without_it(tmp_path: Path) -> None:
    (tmp_path / "read" / "corpus.json").mkdir(parents=True)
    marks = ReadMarks.load("corpus", "T", ["a"], root=tmp_path)
    assert marks.problem is not None and "move the directory away; starting without them" in marks.problem
