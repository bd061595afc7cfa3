"""A damaged line in the bookmarks journal costs that line only: every other change is read,
the journal as it was is copied aside (nothing the user had is lost) and one line says
which lines were skipped and where the copy is. The `bookmarks` command only lists: it
reports damage and moves or writes nothing, a damaged file included.

Before: one bad line set aside the whole journal and none of its changes were read (the
entries removed around it were listed as bookmarked again), and `bookmarks` was what
renamed the user's files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import notes_said, reader, ready
from tui.cli import main
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.store import write_atomic

SWEEP_JOURNAL = b'{"entry":"syn-000004","removed":true}\nGARBAGE\x1b[31mred\n{"entry":"syn-000006","removed":true}\n'
"""The journal the sweep found: a line of terminal garbage between two removals."""


def journal_of(path: Path) -> Path:
    """The journal beside a bookmarks file (spelt out: the tests read the files as a user would)."""
    return path.with_name(path.name + ".journal")


def asides(path: Path) -> list[Path]:
    """The copies kept of a damaged journal."""
    return sorted(path.parent.glob(path.name + ".journal.damaged-*"))


def synthetic(root: Path, count: int = 10) -> Path:
    """A bookmarks file of `syn-000000`… (a big corpus's ids); its path."""
    path = root / "bookmarks" / "x.json"
    items = [{"entry": f"syn-{k:06d}", "question": f"Q {k}", "note": "", "added": "2026"} for k in range(count)]
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": items})
    return path


def test_a_bad_line_is_skipped_and_the_changes_around_it_are_read(tmp_path: Path) -> None:
    path = synthetic(tmp_path)
    journal_of(path).write_bytes(SWEEP_JOURNAL)
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.get("syn-000004") is None and loaded.get("syn-000006") is None
    assert len(loaded.items) == 8
    problem = loaded.problem
    assert problem is not None and "\n" not in problem and "\x1b" not in problem
    assert "x.json.journal: damaged bookmarks journal (line 2: not JSON" in problem
    assert "that line skipped, 2 other changes read" in problem
    (aside,) = asides(path)
    assert aside.read_bytes() == SWEEP_JOURNAL and f"a copy as it was kept in {aside.name}" in problem
    assert [json.loads(line)["entry"] for line in journal_of(path).read_text(encoding="utf-8").splitlines()] == ["syn-000004", "syn-000006"]
    again = Bookmarks.load("x", "T", root=tmp_path)  # reported once: the journal holds only changes now
    assert again.problem is None and again.get("syn-000004") is None and len(again.items) == 8
    assert asides(path) == [aside]
    again.toggle("syn-000004", "Q 4")
    again.save()
    again.compact()
    assert not journal_of(path).exists() and aside.read_bytes() == SWEEP_JOURNAL
    assert [b["entry"] for b in json.loads(path.read_text(encoding="utf-8"))["bookmarks"]] == [
        "syn-000000", "syn-000001", "syn-000002", "syn-000003", "syn-000005", "syn-000007", "syn-000008", "syn-000009", "syn-000004",
    ]


def test_a_line_that_is_json_but_no_change_is_skipped_too_and_each_is_named(tmp_path: Path) -> None:
    path = synthetic(tmp_path)
    raw = (
        b'{"entry":"syn-000001","removed":true}\n'
        b'{"entry":"syn-000002","note":5}\n'  # JSON, not a change: skipped, not read as no note
        b'{"entry":"new","question":"Q new","note":"kept","added":"2026"}\n'
        b"\xff\xfe\n"
        b'{"entry":"syn-000003","removed":"yes"}\n'
        b'{"entry":"syn-000005","removed":true}\n'
        b'{"entry":"torn","quest'  # cut short by a crash: never saved, not damage
    )
    journal_of(path).write_bytes(raw)
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.get("syn-000001") is None and loaded.get("syn-000005") is None and loaded.get("torn") is None
    assert loaded.get("new").note == "kept" and loaded.get("syn-000002").note == "" and loaded.get("syn-000003")  # type: ignore[union-attr]
    problem = loaded.problem
    assert problem is not None and "\n" not in problem
    assert "(line 2: the bookmark's note is 5, not text; line 4: not UTF-8; line 5: its \"removed\" is \"yes\", not true)" in problem
    assert "those 3 lines skipped, 3 other changes read" in problem
    (aside,) = asides(path)
    assert aside.read_bytes() == raw  # the torn tail too: the copy is the journal as it was


def test_many_bad_lines_are_counted_in_one_short_line(tmp_path: Path) -> None:
    path = synthetic(tmp_path)
    bad = b"\x00\n" * 500 + b'[1]\n{"entry":5}\n{"entry":"a","removed":1}\n{"entry":"b","removed":1}\n'
    journal_of(path).write_bytes(bad + b'{"entry":"syn-000009","removed":true}\n')
    problem = Bookmarks.load("x", "T", root=tmp_path).problem
    assert problem is not None and "\n" not in problem
    said = problem.split("x.json.journal: ", 1)[1]
    assert said.startswith(
        "damaged bookmarks journal (lines 1, 2, 3 and 497 more: not JSON: has a NUL byte at character 1; "
        "line 501: not a JSON object; line 502: the bookmark has no entry id (entry is 5); 2 more lines); "
        "those 504 lines skipped, 1 other change read; a copy as it was kept in x.json.journal.damaged-"
    )
    assert len(said) < 400


def test_a_line_damaged_after_a_window_read_the_journal_is_skipped_at_its_next_save(tmp_path: Path) -> None:
    """A window that read the journal before the damage takes in the lines after it (read
    from where it had read to) at its next save: the journal is read whole then, the bad
    line skipped and the journal copied aside; a third window takes in every change."""
    path = synthetic(tmp_path, 2_000)
    first, second = Bookmarks.load("x", "T", root=tmp_path), Bookmarks.load("x", "T", root=tmp_path)
    second.toggle("syn-000001", "Q 1")
    second.save()
    with journal_of(path).open("ab") as journal:
        journal.write(b'GARBAGE\n{"entry":"syn-000002","removed":true}\n')
    second.toggle("syn-000003", "Q 3")
    assert second.save() == {"syn-000002"}
    assert second.get("syn-000002") is None and second.get("syn-000003") is None
    assert second.problem is not None and "(line 2: not JSON" in second.problem and "that line skipped, 2 other changes read" in second.problem
    (aside,) = asides(path)
    assert aside.read_bytes().splitlines()[1] == b"GARBAGE"
    first.set_note("syn-000004", "Q 4", "mine")
    assert first.save() == {"syn-000001", "syn-000002", "syn-000003"}
    assert first.problem is None and len(first.items) == 1_997
    final = Bookmarks.load("x", "T", root=tmp_path)
    assert final.problem is None and final.get("syn-000004").note == "mine" and len(final.items) == 1_997  # type: ignore[union-attr]
    assert asides(path) == [aside]


def test_a_journal_no_copy_can_be_kept_of_is_left_and_never_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.userdata.journal

    def full(path: Path, data: bytes) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tui.userdata.journal, "copy_aside", full, raising=False)  # (none before: the journal was moved)
    path = synthetic(tmp_path)
    journal_of(path).write_bytes(SWEEP_JOURNAL)
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is not None and "left as it is (no copy could be kept: No space left on device" in loaded.problem
    assert loaded.get("syn-000004") is None and journal_of(path).read_bytes() == SWEEP_JOURNAL
    loaded.toggle("syn-000007", "Q 7")
    loaded.save()
    loaded.compact()  # at quit: the file is not written whole over the journal's damaged line
    assert journal_of(path).read_bytes() == SWEEP_JOURNAL + b'{"entry":"syn-000007","removed":true}\n'
    monkeypatch.undo()
    final = Bookmarks.load("x", "T", root=tmp_path)  # space again: the copy is kept now
    assert [b.entry_id for b in final.items] == ["syn-000000", "syn-000001", "syn-000002", "syn-000003", "syn-000005", "syn-000008", "syn-000009"]
    (aside,) = asides(path)
    assert aside.read_bytes() == SWEEP_JOURNAL + b'{"entry":"syn-000007","removed":true}\n'


SMALL_JOURNAL = b'{"entry":"k3","removed":true}\nGARBAGE\x1b[31mred\n{"entry":"why-int4","removed":true}\n'
"""The sweep's journal for the small corpus's ids."""


def all_bookmarked(corpus_path: Path) -> Path:
    """Every entry of the corpus bookmarked (the file written whole), then SMALL_JOURNAL
    as its journal; the file's path."""
    corpus = load_corpus(corpus_path)
    book = corpus_bookmarks(corpus)
    assert book.path is not None
    for entry in corpus.entries():
        book.toggle(entry.id, entry.question.get("en"))
    book.compact()
    journal_of(book.path).write_bytes(SMALL_JOURNAL)
    return book.path


def test_the_bookmarks_command_lists_the_valid_lines_and_moves_nothing(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = all_bookmarked(small_corpus)
    before = sorted(p.name for p in path.parent.iterdir())
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 1
    out, err = capsys.readouterr()
    assert [b["entry"] for b in json.loads(out)] == ["kda-next-flagship"]
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "damaged bookmarks journal (line 2: not JSON" in err and "that line skipped, 2 other changes read" in err
    assert "left as it is until the reader opens this corpus" in err
    assert sorted(p.name for p in path.parent.iterdir()) == before and journal_of(path).read_bytes() == SMALL_JOURNAL
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 1  # the same again: nothing was moved
    assert capsys.readouterr().out.startswith("kda-next-flagship")


def test_the_bookmarks_command_leaves_a_damaged_file_in_place_and_lists_the_journal(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus_bookmarks(load_corpus(small_corpus)).path
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{oops\x1b]0;title\x07")
    journal_of(path).write_bytes(b'{"entry":"k3","question":"Q","note":"from the journal","added":"2026"}\n')
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 1
    out, err = capsys.readouterr()
    assert [(b["entry"], b["note"]) for b in json.loads(out)] == [("k3", "from the journal")]
    assert err.count("\n") == 1 and "damaged bookmarks (not JSON" in err and "\x1b" not in err
    assert "nothing could be read from it; left as it is until the reader opens this corpus and sets it aside" in err
    assert path.read_bytes() == b"{oops\x1b]0;title\x07" and sorted(p.name for p in path.parent.iterdir() if not p.name.startswith(".")) == [path.name, journal_of(path).name]


def test_cite_bookmarks_cites_the_valid_lines_and_moves_nothing(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = all_bookmarked(small_corpus)
    before = sorted(p.name for p in path.parent.iterdir())
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks", "--format", "csl-json"]) == 1
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 1 and err.count("\n") == 1 and "\x1b" not in err
    assert "damaged bookmarks journal (line 2: not JSON" in err and "left as it is until the reader opens this corpus" in err
    assert sorted(p.name for p in path.parent.iterdir()) == before and journal_of(path).read_bytes() == SMALL_JOURNAL


async def test_the_reader_shows_the_valid_changes_and_says_which_line_it_skipped(small_corpus: Path) -> None:
    path = all_bookmarked(small_corpus)
    app = reader(corpus_path=small_corpus, entry="k3")
    shown = notes_said(app)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert app.reader_screen is not None and app.reader_screen.bookmarked_ids == {"kda-next-flagship"}
        (said,) = [s for s in shown if "damaged bookmarks journal" in s]
        assert "(line 2: not JSON" in said and "a copy as it was kept in" in said and "\x1b" not in said
    assert [b["entry"] for b in json.loads(path.read_text(encoding="utf-8"))["bookmarks"]] == ["kda-next-flagship"]
    assert len(asides(path)) == 1
