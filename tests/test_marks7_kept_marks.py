"""A read-marks file damaged while the reader runs is set aside at the next save: the marks
the window had stay in view and go into the new file, and the message says so. Before, it
said "starting afresh" (as at start-up, when the reader does start without them), though
the window kept every mark and wrote them all in the new file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reader_support import notes_said, reader, ready
from tests.test_userdata5_told_once import state_files
from tui.userdata.marks import FORMAT, ReadMarks

KEPT = "the read marks this window had are kept and saved in a new one"


def test_a_save_on_a_file_damaged_since_keeps_the_marks_and_says_so(tmp_path: Path) -> None:
    ids = ["a", "b", "c"]
    marks = ReadMarks.load("corpus", "T", ids, root=tmp_path)
    marks.set_read(["a"])
    marks.save()
    assert marks.path is not None
    marks.path.write_bytes(b"[1, 2")  # damaged by hand meanwhile
    marks.set_read(["b"])
    marks.save()
    (aside,) = marks.path.parent.glob(f"{marks.path.name}.damaged-*")
    assert marks.problem is not None and marks.problem.endswith(f"moved to {aside.name}, {KEPT}"), marks.problem
    assert "starting afresh" not in marks.problem
    assert set(marks.read) == {"a", "b"}  # the window keeps what it had
    assert set(json.loads(marks.path.read_text(encoding="utf-8"))["read"]) == {"a", "b"}
    assert aside.read_bytes() == b"[1, 2"
    assert ReadMarks.load("corpus", "T", ids, root=tmp_path).read.keys() == {"a", "b"}


def test_at_start_a_damaged_file_still_means_starting_afresh(tmp_path: Path) -> None:
    path = tmp_path / "read" / "corpus.json"
    path.parent.mkdir()
    path.write_bytes(b"[1, 2")
    marks = ReadMarks.load("corpus", "T", ["a"], root=tmp_path)
    assert marks.problem is not None and marks.problem.endswith(", starting afresh"), marks.problem


async def damaged_meanwhile(corpus_path: Path, lang: str) -> tuple[Path, list[str], list[str], frozenset[str]]:
    """Start the reader in `lang` on a read-marks file marking the first entry read, damage
    the file, mark the second: the file, the entry ids, what was said of the file, and the
    entries the window shows read after that."""
    path, _, ids = state_files(corpus_path)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "read": {ids[0]: "2026"}, "seen": ids}), encoding="utf-8")
    app = reader(corpus_path=corpus_path, lang=lang)
    said = notes_said(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        path.write_bytes(b"{oops")
        screen.set_read([ids[1]], True)
        await pilot.pause()
        return path, ids, [line for line in said if str(path) in line], screen.read_ids


async def test_the_reader_keeps_the_marks_in_view_and_says_they_are_kept(small_corpus: Path) -> None:
    path, ids, said, shown_read = await damaged_meanwhile(small_corpus, "en")
    assert shown_read == {ids[0], ids[1]}
    (told,) = said
    assert KEPT in told and "starting afresh" not in told, told
    assert set(json.loads(path.read_text(encoding="utf-8"))["read"]) == {ids[0], ids[1]}
