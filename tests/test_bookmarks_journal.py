"""Bookmarks saved as journal lines: `m` with 200,000 bookmarks no longer writes the whole
file (~0.5 s of the UI thread each time), and every guarantee of the file stays: a crash
leaves the old or the new bookmark, two windows keep each other's changes, a damaged
journal line is skipped and said so (the journal copied aside as it was:
test_bookmarks_journal_damage.py), the JSON file holds everything once the reader quits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tests.test_bookmarks_scale import MANY, write_bookmarks
from textual.widgets import TextArea

from tui.cli import main
from tui.screens.note_editor import NoteEditor
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.store import stamp_of, write_atomic

REPO = Path(__file__).resolve().parent.parent


def journal_path(path: Path) -> Path:
    """The journal beside a bookmarks file (spelt out here, not imported: these tests fail
    on the code before the journal, not only at import)."""
    return path.with_name(path.name + ".journal")


@pytest.fixture(autouse=True)
def slow_read_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """No entry is marked read while a test looks at the files."""
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 30.0)


def big_file(root: Path, count: int = 2_000) -> Path:
    """A bookmarks file of `count` bookmarks `b-N` (big enough that a few changes stay in
    the journal, not written whole at once); its path."""
    path = root / "bookmarks" / "x.json"
    items = [{"entry": f"b-{k}", "question": f"Q {k}", "note": "", "added": "2026"} for k in range(count)]
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": items})
    return path


def test_a_save_at_200k_appends_a_line_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = big_file(tmp_path, MANY)
    before, size = stamp_of(path), path.stat().st_size
    book = Bookmarks.load("x", "T", root=tmp_path)
    assert book.toggle("new-one", "A new question?") is True
    book.set_note("b-5", "Q 5", "a note")
    book.save()
    assert book.toggle("b-7", "Q 7") is False
    book.save()
    assert stamp_of(path) == before and path.stat().st_size == size  # the file was not written
    lines = journal_path(path).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["entry"] for line in lines] == ["new-one", "b-5", "b-7"]
    again = Bookmarks.load("x", "T", root=tmp_path)
    assert again.problem is None and len(again.items) == MANY
    assert again.get("new-one") is not None and again.get("b-5").note == "a note"  # type: ignore[union-attr]
    assert again.get("b-7") is None and again.items[-1].entry_id == "new-one"


def test_the_journal_is_written_into_the_file_when_it_grows(tmp_path: Path) -> None:
    path = big_file(tmp_path, 200)
    book = Bookmarks.load("x", "T", root=tmp_path)
    for k in range(200):
        book.set_note(f"b-{k}", f"Q {k}", "a rather long note " * 3)
        book.save()
    # written whole each time the journal passed a quarter of the file: never much longer
    assert journal_path(path).stat().st_size * 4 <= path.stat().st_size + 200
    assert all(b.note for b in Bookmarks.load("x", "T", root=tmp_path).items)


def test_a_small_file_is_written_whole_at_each_save_and_has_no_journal(tmp_path: Path) -> None:
    book = Bookmarks.load("x", "T", root=tmp_path)
    book.toggle("a", "Q a")
    book.save()
    path = tmp_path / "bookmarks" / "x.json"
    assert not journal_path(path).exists()
    assert json.loads(path.read_text(encoding="utf-8"))["bookmarks"][0]["entry"] == "a"


def test_two_windows_keep_each_others_changes_through_the_journal(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    before = stamp_of(path)
    first = Bookmarks.load("x", "T", root=tmp_path)
    second = Bookmarks.load("x", "T", root=tmp_path)
    first.set_note("kda", "Q kda", "note from A")
    assert first.save() == set()
    second.toggle("int4", "Q int4")
    assert second.save() == {"kda"}  # taken in from the first window's line
    assert second.get("kda").note == "note from A"  # type: ignore[union-attr]
    first.toggle("kda", "Q kda")  # removed in the first window
    first.toggle("b-1", "Q 1")
    assert first.save() == {"int4"}
    second.set_note("int4", "Q int4", "B's note")  # the second never touched kda or b-1
    assert second.save() == {"kda", "b-1"}
    assert second.get("kda") is None and second.get("b-1") is None
    assert stamp_of(path) == before and journal_path(path).exists()  # all through the journal
    again = Bookmarks.load("x", "T", root=tmp_path)
    assert again.get("kda") is None and again.get("b-1") is None and again.get("b-2") is not None
    assert again.get("int4").note == "B's note"  # type: ignore[union-attr]
    # one window writes the file whole (it quits): the other reads it again at its next save
    first.compact()
    assert stamp_of(path) != before and not journal_path(path).exists()
    second.toggle("b-3", "Q 3")
    second.save()
    final = Bookmarks.load("x", "T", root=tmp_path)
    assert final.get("b-3") is None and final.get("int4").note == "B's note"  # type: ignore[union-attr]
    assert [b.entry_id for b in final.items] == [b.entry_id for b in second.items]


def test_a_torn_last_line_is_ignored_and_cut_off_before_the_next_change(tmp_path: Path) -> None:
    """A crash while appending leaves half a line: it was never saved, and the next line
    must not be glued to it."""
    path = big_file(tmp_path)
    book = Bookmarks.load("x", "T", root=tmp_path)
    book.toggle("first", "Q first")
    book.save()
    with journal_path(path).open("a", encoding="utf-8") as journal:
        journal.write('{"entry": "torn", "question": "Q to')
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is None and loaded.get("first") is not None and loaded.get("torn") is None
    loaded.toggle("second", "Q second")
    loaded.save()
    lines = journal_path(path).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["entry"] for line in lines] == ["first", "second"]
    again = Bookmarks.load("x", "T", root=tmp_path)
    assert again.problem is None and again.get("first") and again.get("second")


def test_a_damaged_journal_is_copied_aside_and_said_so(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    main_before = path.read_bytes()
    text = '{"entry":"a","question":"Q a","note":"","added":"2026"}\nnot json\n{"entry":"b-1","removed":true}\n'
    journal_path(path).write_text(text, encoding="utf-8")
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is not None
    assert "x.json.journal: damaged bookmarks journal (line 2: not JSON" in loaded.problem
    assert "a copy as it was kept in x.json.journal.damaged-" in loaded.problem and "that line skipped, 2 other changes read" in loaded.problem
    (aside,) = path.parent.glob("x.json.journal.damaged-*")
    assert aside.read_text(encoding="utf-8") == text and "not json" not in journal_path(path).read_text(encoding="utf-8")
    assert loaded.get("a") is not None and loaded.get("b-1") is None and len(loaded.items) == 2_000 and path.read_bytes() == main_before
    loaded.toggle("c", "Q c")
    loaded.save()
    assert Bookmarks.load("x", "T", root=tmp_path).get("c") is not None
    assert aside.read_text(encoding="utf-8") == text  # never written over


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('{"entry": 5, "note": "n"}', "line 1: the bookmark has no entry id (entry is 5)"),
        ('{"entry": "a", "note": 5}', "line 1: the bookmark's note is 5, not text"),
        ('{"entry": "a", "removed": "yes"}', 'line 1: its "removed" is "yes", not true'),
        ("[1]", "line 1: not a JSON object"),
    ],
)
def test_a_journal_line_that_is_no_change_is_damage(tmp_path: Path, line: str, why: str) -> None:
    path = big_file(tmp_path, 10)
    journal_path(path).write_text(line + "\n", encoding="utf-8")
    problem = Bookmarks.load("x", "T", root=tmp_path).problem
    assert problem is not None and why in problem


APPEND_CRASH = """
import os, signal, sys
from pathlib import Path
from tui.userdata.bookmarks import Bookmarks
book = Bookmarks.load("x", "T", root=Path(sys.argv[1]))
book.toggle("crashed", "Q crashed")
real = os.write
def half(fd, data):
    real(fd, data[: len(data) // 2])
    os.kill(os.getpid(), signal.SIGKILL)
os.write = half
book.save()
"""

COMPACT_CRASH = """
import os, signal, sys
from pathlib import Path
import tui.userdata.bookmarks as bookmarks
book = bookmarks.Bookmarks.load("x", "T", root=Path(sys.argv[1]))
book.set_note("b-1", "Q 1", "first")
book.save()
book.set_note("b-1", "Q 1", "second")
book.toggle("b-2", "Q 2")
book.save()
def crash(*args):
    os.kill(os.getpid(), signal.SIGKILL)
bookmarks.drop_journal = crash
book.compact()
"""


def test_a_crash_while_appending_leaves_the_old_bookmarks(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    result = subprocess.run([sys.executable, "-c", APPEND_CRASH, str(tmp_path)], cwd=REPO, capture_output=True)
    assert result.returncode == -9, result.stderr
    assert journal_path(path).read_bytes() and not journal_path(path).read_bytes().endswith(b"\n")
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is None and loaded.get("crashed") is None and len(loaded.items) == 2_000


def test_a_crash_after_writing_the_file_whole_replays_the_old_journal_harmlessly(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    result = subprocess.run([sys.executable, "-c", COMPACT_CRASH, str(tmp_path)], cwd=REPO, capture_output=True)
    assert result.returncode == -9, result.stderr
    assert journal_path(path).exists()  # the file was written whole, the journal not removed
    assert json.loads(path.read_text(encoding="utf-8"))["bookmarks"][1] == {"entry": "b-1", "question": "Q 1", "note": "second", "added": "2026"}
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is None and loaded.get("b-1").note == "second" and loaded.get("b-2") is None  # type: ignore[union-attr]
    assert len(loaded.items) == 1_999


async def test_m_and_a_note_at_200k_do_not_write_the_file_and_quitting_folds_the_journal_in(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_bookmarks(small_corpus, MANY, note="n")
    before = stamp_of(path)
    app = reader(corpus_path=small_corpus, entry="why-int4")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("m")  # why-int4 was bookmarked: removed
        await pilot.pause()
        assert "why-int4" not in screen.bookmarked_ids and len(screen.bookmarked_ids) == MANY - 1
        assert stamp_of(path) == before and journal_path(path).exists()
        other = corpus_bookmarks(load_corpus(small_corpus))  # another window, meanwhile
        assert len(other.by_id) == MANY - 1 and other.get("why-int4") is None
        await pilot.press("M")  # a note: bookmarked again, one more line
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("noted")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "why-int4" in screen.bookmarked_ids and stamp_of(path) == before
    assert not journal_path(path).exists()  # folded into the file at quit
    items = json.loads(path.read_text(encoding="utf-8"))["bookmarks"]
    assert len(items) == MANY and items[-1]["entry"] == "why-int4" and items[-1]["note"] == "noted"
    capsys.readouterr()
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == MANY and (listed[-1]["entry"], listed[-1]["note"]) == ("why-int4", "noted")


def test_the_bookmarks_command_reads_the_journal_and_reports_a_damaged_one(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_bookmarks(small_corpus, 3, note="n")
    journal_path(path).write_text('{"entry":"k3","removed":true}\n{"entry":"new","question":"Q","note":"from the journal","added":"2026"}\n', encoding="utf-8")
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 0
    assert [(b["entry"], b["note"]) for b in json.loads(capsys.readouterr().out)] == [("kda-next-flagship", ""), ("why-int4", "n"), ("new", "from the journal")]
    journal_path(path).write_text('{"entry":"k3","removed":true}\n{"entry":"new"', encoding="utf-8")  # torn: fine
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 0
    assert [b["entry"] for b in json.loads(capsys.readouterr().out)] == ["kda-next-flagship", "why-int4"]
    journal_path(path).write_text("\x00\n", encoding="utf-8")
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged bookmarks journal (line 1: not JSON" in err and "left as it is" in err


def test_the_journal_is_as_private_as_the_file(tmp_path: Path) -> None:
    """The notes in the journal were readable by everyone (0644) beside a 0600 file."""
    import os
    import stat

    path = big_file(tmp_path)
    old = os.umask(0o022)
    try:
        book = Bookmarks.load("x", "T", root=tmp_path)
        book.set_note("b-5", "Q 5", "a private note")
        book.save()
    finally:
        os.umask(old)
    assert stat.S_IMODE(journal_path(path).stat().st_mode) == stat.S_IMODE(path.stat().st_mode) == 0o600
