"""A bookmarks file or journal damaged while the reader runs costs no bookmark the window
had: the damaged file is set aside (its copy kept, never written over), and the bookmarks
this window knew plus its change stay in view and go into the new file, with every
change another window saved that can still be read (its journal lines). Before, the next
`m` wrote a new file holding that change alone: the others were in the copy only, and
left the tree and the bookmark list."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.loader import load_corpus
from tests.reader_support import reader, ready, toasts_shown
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.store import write_atomic

GARBAGE = b"\x00garbage{{"


def on_file(path: Path) -> list[str]:
    """The entries the bookmarks file holds (its journal replayed: as a new window reads it)."""
    return [b.entry_id for b in Bookmarks.load(path.stem, "T", root=path.parent.parent, read_only=True).items]


def bookmarks_file(root: Path, ids: list[str]) -> Path:
    """A bookmarks file `x.json` under `root` holding `ids`."""
    path = root / "bookmarks" / "x.json"
    items = [{"entry": i, "question": f"Q {i}", "note": "", "added": "2026"} for i in ids]
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": items})
    return path


def test_a_file_damaged_meanwhile_keeps_what_this_window_had_and_its_change(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path, ["A", "B"])
    window = Bookmarks.load("x", "T", root=tmp_path)
    path.write_bytes(GARBAGE)
    window.toggle("C", "Q C")
    assert window.save() == set()  # nothing changed in view (A and B were dropped before)
    assert [b.entry_id for b in window.items] == ["A", "B", "C"]
    (aside,) = path.parent.glob("x.json.damaged-*")
    assert aside.read_bytes() == GARBAGE and window.aside == aside
    assert on_file(path) == ["A", "B", "C"]
    assert window.problem is not None and "moved to x.json.damaged-" in window.problem
    assert "the bookmarks this window had are kept and saved in a new one" in window.problem
    assert "starting afresh" not in window.problem


def test_another_windows_journal_lines_are_replayed_over_what_this_one_had(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path, [f"s{k}" for k in range(2_000)])  # big: changes stay in the journal
    this, other = Bookmarks.load("x", "T", root=tmp_path), Bookmarks.load("x", "T", root=tmp_path)
    other.toggle("s1", "Q")  # removed there
    other.set_note("D", "Q D", "theirs")
    other.save()
    assert path.with_name("x.json.journal").exists()
    path.write_bytes(GARBAGE)
    this.toggle("C", "Q C")
    assert this.save() == {"s1", "D"}
    expected = {"s0", "C", "D"} | {f"s{k}" for k in range(2, 2_000)}
    assert {b.entry_id for b in this.items} == expected and len(this.items) == len(expected)
    assert this.get("D").note == "theirs"  # type: ignore[union-attr]
    assert on_file(path) == [b.entry_id for b in this.items] and not path.with_name("x.json.journal").exists()


def test_a_journal_damaged_meanwhile_keeps_the_changes_this_window_had(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path, [f"s{k}" for k in range(2_000)])
    window = Bookmarks.load("x", "T", root=tmp_path)
    window.toggle("s5", "Q")  # removed
    window.set_note("X", "Q X", "mine")
    window.save()
    journal = path.with_name("x.json.journal")
    assert len(journal.read_bytes().splitlines()) == 2
    journal.write_bytes(b"GARBAGE over the lines\n")
    window.toggle("Y", "Q Y")
    window.save()
    expected = [f"s{k}" for k in range(2_000) if k != 5] + ["X", "Y"]
    assert [b.entry_id for b in window.items] == expected
    assert window.problem is not None and "damaged bookmarks journal (line 1: not JSON" in window.problem
    (aside,) = path.parent.glob("x.json.journal.damaged-*")
    assert aside.read_bytes() == b"GARBAGE over the lines\n"
    assert on_file(path) == expected  # written whole: a new window sees them too


def test_a_file_another_window_wrote_whole_is_taken_with_what_this_one_made_since(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path, [f"s{k}" for k in range(2_000)])
    this, other = Bookmarks.load("x", "T", root=tmp_path), Bookmarks.load("x", "T", root=tmp_path)
    other.toggle("s0", "Q")
    other.compact()  # written whole there: s0 removed
    this.toggle("X", "Q X")
    this.save()  # a line in the journal
    path.with_name("x.json.journal").write_bytes(b"GARBAGE\n")
    this.toggle("Y", "Q Y")
    this.save()
    expected = [f"s{k}" for k in range(1, 2_000)] + ["X", "Y"]
    assert [b.entry_id for b in this.items] == expected
    assert on_file(path) == expected


async def test_m_on_a_file_damaged_meanwhile_keeps_every_bookmark_in_view_and_says_it_once(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    ids = [entry.id for entry in corpus.entries()]
    path = corpus_bookmarks(corpus).path
    assert path is not None
    items = [{"entry": i, "question": "Q?", "note": "", "added": "2026"} for i in ids[:2]]
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": items})
    app = reader(corpus_path=small_corpus, entry=ids[2])
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and screen.bookmarked_ids == set(ids[:2])
        path.write_bytes(b"[1, 2")
        await pilot.press("m")
        await pilot.pause(0.3)
        assert screen.bookmarked_ids == set(ids[:3])  # the tree's marks
        assert screen.bookmarks is not None and [b.entry_id for b in screen.bookmarks.items] == ids[:3]  # the list's
        toasts = toasts_shown(app)
        assert len(toasts) == 1 and toasts[0].count(f"{path}: damaged bookmarks") == 1, toasts
        assert "kept and saved in a new one" in toasts[0] and "To get back what it held" in toasts[0]
        await pilot.press("m")  # removed again: nothing more said about the file
        await pilot.pause(0.3)
        assert screen.bookmarked_ids == set(ids[:2])
    (aside,) = path.parent.glob(f"{path.name}.damaged-*")
    assert aside.read_bytes() == b"[1, 2"
    assert [item["entry"] for item in json.loads(path.read_text(encoding="utf-8"))["bookmarks"]] == ids[:2]
