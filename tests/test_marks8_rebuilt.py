"""Two windows on one corpus, and a read-marks file damaged between their saves: a file
rebuilt after damage is merged by union with what the other window has. Before, window A
set the damaged file aside and wrote a new one from what A had; window B then took A's
file as the current one and dropped its mark y, on screen and on file (y was only in the
damaged copy)."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tests.test_userdata5_told_once import state_files
from tui.userdata import corpus_marks
from tui.userdata.marks import FORMAT, ReadMarks

IDS = ["x", "y", "z", "w"]


def on_file(marks: ReadMarks) -> set[str]:
    """The ids the read-marks file marks read."""
    assert marks.path is not None
    return set(json.loads(marks.path.read_text(encoding="utf-8"))["read"])


def mark(window: ReadMarks, entry_ids: list[str], read: bool = True) -> None:
    """Mark entries read (or unread) in a window, and save."""
    window.set_read(entry_ids, read)
    window.save()


def two_windows(root: Path) -> tuple[ReadMarks, ReadMarks]:
    """Windows A and B open on one corpus; B marks y read and saves."""
    a = ReadMarks.load("corpus", "T", IDS, root=root)
    b = ReadMarks.load("corpus", "T", IDS, root=root)
    mark(b, ["y"])
    return a, b


def test_a_mark_of_the_other_window_stays_after_a_file_rebuilt_after_damage(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    assert a.path is not None
    a.path.write_bytes(b"[1, 2")  # damaged meanwhile
    mark(a, ["x"])  # sets it aside, writes a new file from what A had
    assert a.aside is not None and on_file(a) == {"x"}
    mark(b, ["z"])
    assert set(b.read) == {"x", "y", "z"}  # on screen: y stays
    assert on_file(b) == {"x", "y", "z"}  # and on file
    mark(a, ["w"])
    assert set(a.read) == {"x", "y", "z", "w"}  # A gets B's marks as any other save
    assert ReadMarks.load("corpus", "T", IDS, root=tmp_path).read.keys() == {"x", "y", "z", "w"}


def test_a_mark_taken_off_after_the_rebuild_stays_off(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    mark(b, ["w"])
    assert a.path is not None
    a.path.write_bytes(b"{oops")
    mark(a, ["x"])
    mark(b, ["w"], read=False)  # unread in B since: not brought back by the union
    assert set(b.read) == {"x", "y"} and on_file(b) == {"x", "y"}
    mark(b, ["z"])  # the rebuild is taken in: B merges as before (A's file is the current one)
    mark(a, ["x"], read=False)
    mark(b, ["w"])
    assert set(b.read) == {"y", "z", "w"} and on_file(b) == {"y", "z", "w"}


def test_a_file_rebuilt_by_a_window_started_after_the_damage(tmp_path: Path) -> None:
    _, b = two_windows(tmp_path)
    assert b.path is not None
    b.path.write_bytes(b"[1, 2")
    c = ReadMarks.load("corpus", "T", IDS, root=tmp_path)  # sets it aside, starting afresh
    assert c.aside is not None and not c.read
    mark(c, ["x"])
    mark(b, ["z"])
    assert set(b.read) == {"x", "y", "z"} and on_file(b) == {"x", "y", "z"}


def test_the_file_set_aside_by_a_window_started_after_the_damage_and_not_saved_yet(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    assert b.path is not None
    b.path.write_bytes(b"[1, 2")
    c = ReadMarks.load("corpus", "T", IDS, root=tmp_path)  # sets it aside: no file now
    c.set_read(["x"])
    mark(b, ["z"])  # the file is gone: B writes a new one from what it had
    assert set(b.read) == {"y", "z"} and on_file(b) == {"y", "z"}
    mark(a, ["w"])
    c.save()
    assert set(c.read) == {"x", "y", "z", "w"} and on_file(c) == {"x", "y", "z", "w"}


def test_a_third_window_keeps_its_marks_too(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    c = ReadMarks.load("corpus", "T", IDS, root=tmp_path)
    mark(c, ["w"])
    assert a.path is not None
    a.path.write_bytes(b"[1, 2")
    mark(a, ["x"])
    mark(b, ["z"])  # the first to take in the rebuild
    mark(c, ["z"])  # the second: the file is B's, the rebuild in it is new to C
    assert set(c.read) == {"x", "y", "z", "w"} and on_file(c) == {"x", "y", "z", "w"}



async def test_the_reader_keeps_its_mark_in_view_after_another_window_rebuilt_the_file(small_corpus: Path) -> None:
    path, _, ids = state_files(small_corpus)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "read": {}, "seen": ids}), encoding="utf-8")
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        other = corpus_marks(load_corpus(small_corpus))  # window A, open on the same file
        screen.set_read([ids[0]], True)  # window B, the reader
        await pilot.pause()
        path.write_bytes(b"[1, 2")
        mark(other, [ids[1]])  # A sets it aside and writes a new file without ids[0]
        screen.set_read([ids[2]], True)
        await pilot.pause()
        assert {ids[0], ids[1], ids[2]} <= screen.read_ids
        assert {ids[0], ids[1], ids[2]} <= set(json.loads(path.read_text(encoding="utf-8"))["read"])
