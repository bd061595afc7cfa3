"""Read marks and bookmarks: per corpus identity, atomic, a damaged file kept aside."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tui.userdata import corpus_bookmarks, corpus_marks
from tui.userdata.bookmarks import Bookmarks
from tui.userdata.identity import corpus_identity
from tui.userdata.marks import ReadMarks
from tui.userdata.paths import data_dir, state_dir
from tui.userdata.store import StateFileError, read_json, write_atomic

REPO = Path(__file__).resolve().parent.parent

EXTRA_ENTRY = """
[[topics.entries]]
id = "k4"
question = { zh = "K4 呢？", en = "And K4?", original = "zh" }
question_source = "article"
sources = ["article"]

[[topics.entries.answers]]
speaker = "moonshot-team"
source = "article"
text = { zh = "以后再说。", en = "Later.", original = "zh" }
"""


def test_files_go_under_the_xdg_folders(tmp_path: Path) -> None:
    env = {"XDG_STATE_HOME": str(tmp_path / "s"), "XDG_DATA_HOME": str(tmp_path / "d")}
    assert state_dir(env) == tmp_path / "s" / "kimi-ama-tui"
    assert data_dir(env) == tmp_path / "d" / "kimi-ama-tui"
    assert state_dir({"XDG_STATE_HOME": "relative"}) == Path.home() / ".local/state/kimi-ama-tui"


def test_read_marks_survive_a_restart_and_a_moved_file(small_corpus: Path, tmp_path: Path) -> None:
    corpus = load_corpus(small_corpus)
    marks = corpus_marks(corpus)
    assert marks.set_read(["why-int4"]) and not marks.set_read(["why-int4"])
    marks.save()
    assert marks.path.is_relative_to(state_dir())
    moved = tmp_path / "elsewhere" / "renamed.toml"
    moved.parent.mkdir()
    small_corpus.rename(moved)
    again = corpus_marks(load_corpus(moved))
    assert again.is_read("why-int4") and not again.is_read("k3")
    assert again.unread(["why-int4", "k3", "kda-next-flagship"]) == ["k3", "kda-next-flagship"]
    again.set_read(["why-int4"], read=False)
    again.save()
    assert not corpus_marks(load_corpus(moved)).is_read("why-int4")


def test_entries_added_to_a_corpus_are_new_until_read(small_corpus: Path) -> None:
    first = corpus_marks(load_corpus(small_corpus))
    assert first.new == set()  # the first visit: everything is unread, nothing is "new"
    first.save()
    small_corpus.write_text(small_corpus.read_text(encoding="utf-8") + EXTRA_ENTRY, encoding="utf-8")
    grown = load_corpus(small_corpus)
    assert corpus_identity(grown) == corpus_identity(load_corpus(small_corpus))
    marks = corpus_marks(grown)
    assert marks.new == {"k4"}
    marks.set_read(["k4"])
    assert marks.new == set()


def test_a_different_corpus_has_its_own_marks(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    marks = corpus_marks(corpus)
    marks.set_read(["k3"])
    marks.save()
    other = small_corpus.with_name("other.toml")
    other.write_text(small_corpus.read_text(encoding="utf-8").replace('en = "Test corpus"', 'en = "Other corpus"'), encoding="utf-8")
    assert corpus_identity(load_corpus(other)) != corpus_identity(corpus)
    assert not corpus_marks(load_corpus(other)).is_read("k3")


def test_a_damaged_file_is_kept_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "read" / "abc.json"
    path.parent.mkdir()
    path.write_bytes(b'{"format": "kimi-ama-tui/read-marks/1", "read": {')
    marks = ReadMarks.load("abc", "T", ["a", "b"], root=tmp_path)
    assert marks.problem and "damaged read marks" in marks.problem and "not JSON" in marks.problem
    (aside,) = path.parent.glob("abc.json.damaged-*")
    assert aside.read_bytes() == b'{"format": "kimi-ama-tui/read-marks/1", "read": {'
    assert aside.name in marks.problem and not path.exists()
    marks.set_read(["a"])
    marks.save()
    assert ReadMarks.load("abc", "T", ["a"], root=tmp_path).is_read("a")
    path.write_text("[1, 2]", encoding="utf-8")  # damaged again in the same second
    second = ReadMarks.load("abc", "T", ["a"], root=tmp_path)
    assert second.problem and "not a JSON object" in second.problem
    asides = sorted(p.read_bytes() for p in path.parent.glob("abc.json.damaged-*"))
    assert asides == sorted([b'{"format": "kimi-ama-tui/read-marks/1", "read": {', b"[1, 2]"])


def test_a_file_of_another_format_is_damaged_too(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    path.write_text('{"format": "something-else"}', encoding="utf-8")
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.items == [] and loaded.problem and "format" in loaded.problem


CRASH = """
import os, signal, sys
from pathlib import Path
from tui.userdata.store import write_atomic
def crash(*args):
    os.kill(os.getpid(), signal.SIGKILL)
os.replace = crash
write_atomic(Path(sys.argv[1]), {"format": "f", "version": 2, "big": "x" * 100000})
"""


def test_a_crash_between_write_and_rename_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    write_atomic(path, {"format": "f", "version": 1})
    result = subprocess.run([sys.executable, "-c", CRASH, str(path)], cwd=REPO, capture_output=True)
    assert result.returncode == -9  # killed after writing the temporary file, before the rename
    assert read_json(path, "test", "f").data == {"format": "f", "version": 1}
    leftovers = [p for p in tmp_path.iterdir() if p != path]
    assert leftovers and all(p.name.startswith(".state.json.") for p in leftovers)
    write_atomic(path, {"format": "f", "version": 3})
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 3


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    from tui.userdata.store import StateFileError

    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(StateFileError, match="cannot write"):
        write_atomic(blocker / "sub" / "x.json", {"format": "f"})


def test_bookmarks_with_notes_round_trip(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    marks = corpus_bookmarks(corpus)
    assert marks.toggle("k3", "When is K3?") is True
    marks.set_note("why-int4", "Why INT4?", "  compare with FP4 \n")
    marks.save()
    assert marks.path.is_relative_to(data_dir())
    loaded = corpus_bookmarks(corpus)
    assert [(b.entry_id, b.note) for b in loaded.items] == [("k3", ""), ("why-int4", "compare with FP4")]
    assert all(b.added.endswith("Z") for b in loaded.items)
    assert loaded.toggle("k3", "When is K3?") is False
    loaded.save()
    assert [b.entry_id for b in corpus_bookmarks(corpus).items] == ["why-int4"]


def test_a_bookmarks_file_is_untrusted_text(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    hostile = {"entry": "k3\x1b]0;T\x07", "question": "q\u202e", "note": "n\x1b[2J\x9b", "added": "2026"}
    path.write_text(json.dumps({"format": "kimi-ama-tui/bookmarks/1", "bookmarks": [hostile]}), encoding="utf-8")
    (bookmark,) = Bookmarks.load("x", "T", root=tmp_path).items
    # kept as written; shown cleaned, the id escaped (cleaned, it is an id the file does not hold)
    assert (bookmark.entry_id, bookmark.question, bookmark.note) == (hostile["entry"], hostile["question"], hostile["note"])
    assert (bookmark.shown_id, bookmark.shown_question, bookmark.shown_note) == ("k3\\x1b]0;T\\x07", "q", "n[2J")


def test_two_readers_keep_each_others_bookmarks_and_notes(tmp_path: Path) -> None:
    """A second window on the same corpus wrote its own copy over the file: a bookmark and
    its note made in the first window were gone."""
    first = Bookmarks.load("corpus-id", "T", root=tmp_path)
    second = Bookmarks.load("corpus-id", "T", root=tmp_path)  # opened before the first saves
    first.set_note("kda", "Q kda", "note from A")
    first.save()
    second.toggle("int4", "Q int4")
    second.save()
    again = Bookmarks.load("corpus-id", "T", root=tmp_path)
    assert [(b.entry_id, b.note) for b in again.items] == [("kda", "note from A"), ("int4", "")]
    assert [b.entry_id for b in second.items] == ["kda", "int4"]  # (the window shows both now)
    first.toggle("kda", "Q kda")  # removed in the first window
    first.save()
    second.set_note("int4", "Q int4", "B's note")  # the second never touched kda
    second.save()
    assert [(b.entry_id, b.note) for b in Bookmarks.load("corpus-id", "T", root=tmp_path).items] == [("int4", "B's note")]


def test_two_readers_keep_each_others_read_marks(tmp_path: Path) -> None:
    ids = ["a", "b", "c"]
    first = ReadMarks.load("corpus-id", "T", ids, root=tmp_path)
    second = ReadMarks.load("corpus-id", "T", ids, root=tmp_path)
    first.set_read(["a"])
    first.save()
    second.set_read(["b"])
    second.save()
    assert set(ReadMarks.load("corpus-id", "T", ids, root=tmp_path).read) == {"a", "b"}
    first.set_read(["a"], read=False)  # marked unread in the first window
    first.save()
    second.set_read(["c"])
    second.save()
    assert set(ReadMarks.load("corpus-id", "T", ids, root=tmp_path).read) == {"b", "c"}


def test_a_null_bookmark_field_is_no_text_and_added_is_any_text(tmp_path: Path) -> None:
    """A null note was listed as '> None' and cited as 'Reading note: None'."""
    path = tmp_path / "bookmarks" / "x.json"
    write_atomic(path, {"format": "kimi-ama-tui/bookmarks/1", "corpus": "T", "bookmarks": [
        {"entry": "a", "question": "Q", "note": None, "added": "2026-01-01T00:00:00Z"},
        {"entry": "b", "added": "nonsense"},
    ]})  # fmt: skip
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.problem is None
    assert [(b.entry_id, b.question, b.note, b.added) for b in loaded.items] == [
        ("a", "Q", "", "2026-01-01T00:00:00Z"),
        ("b", "", "", "nonsense"),
    ]


@pytest.mark.parametrize(
    ("bookmarks", "why"),
    [
        ([{"entry": "a", "note": "kept"}, {"entry": "b", "question": "Q", "note": 5}], "bookmark 2's note is 5, not text"),
        ([{"entry": "a", "question": ["Q"]}], "bookmark 1's question is [\"Q\"], not text"),
        ([{"entry": "a", "added": 20260101}], "bookmark 1's added is 20260101, not text"),
        ([{"entry": "a"}, "b"], "bookmark 2 is \"b\", not an object"),
        ([{"entry": 7, "note": "mine"}], "bookmark 1 has no entry id (entry is 7)"),
        ({"a": {"note": "mine"}}, 'bookmarks is {"a": {"note": "mine"}}, not a list'),
    ],
)
def test_a_bookmark_that_does_not_fit_is_damage_kept_aside(tmp_path: Path, bookmarks: object, why: str) -> None:
    """A note of 5 was read as no note, without a word, and the next save lost it; an
    item that was not a bookmark was dropped the same way. Now the file is damaged: kept
    aside as it was, said so, and the next save writes a new file beside it."""
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    text = json.dumps({"format": "kimi-ama-tui/bookmarks/1", "corpus": "T", "bookmarks": bookmarks})
    path.write_text(text, encoding="utf-8")
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.items == [] and loaded.problem is not None
    assert f"damaged bookmarks ({why}); moved to x.json.damaged-" in loaded.problem
    loaded.toggle("c", "Q c")
    loaded.save()
    (aside,) = path.parent.glob("x.json.damaged-*")
    assert aside.read_text(encoding="utf-8") == text
    assert [b.entry_id for b in Bookmarks.load("x", "T", root=tmp_path).items] == ["c"]


def test_a_state_file_that_is_a_directory_says_how_to_fix_it(tmp_path: Path) -> None:
    (tmp_path / "bookmarks" / "x.json").mkdir(parents=True)
    loaded = Bookmarks.load("x", "T", root=tmp_path)
    assert loaded.items == [] and loaded.problem is not None
    assert "Is a directory" in loaded.problem and "move the directory away" in loaded.problem


HOSTILE_FOLDER = "e\x1b]2;PWNED\x07\x1b[2J\u202ex"
"""A folder name (any character but `/`) that set the terminal's title, cleared the
screen and reversed the line when a notification quoted it raw."""
SHOWN_FOLDER = "e\\x1b]2;PWNED\\x07\\x1b[2J\\u202ex"


def test_a_state_file_problem_shows_its_path_escaped(tmp_path: Path) -> None:
    root = tmp_path / HOSTILE_FOLDER
    (root / "bookmarks").mkdir(parents=True)
    (root / "bookmarks" / "x.json").write_text("{bad", encoding="utf-8")
    (root / "read" / "y.json").mkdir(parents=True)
    damaged = Bookmarks.load("x", "T", root=root).problem
    unreadable = ReadMarks.load("y", "T", ["a"], root=root).problem
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StateFileError) as unwritable:
        write_atomic(tmp_path / "file" / HOSTILE_FOLDER / "z.json", {})
    for problem, words in ((damaged, "damaged bookmarks"), (unreadable, "cannot read the read marks"), (str(unwritable.value), "cannot write")):
        assert problem is not None and words in problem
        assert SHOWN_FOLDER in problem and problem.isprintable()


def test_a_save_reads_the_file_again_only_when_someone_else_wrote_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each save read the file back and merged it (at 100k entries ~150 ms of the UI thread
    each time an entry had stayed shown a moment): now only when it changed since."""
    import tui.userdata.bookmarks
    import tui.userdata.marks

    reads: list[str] = []
    for module in (tui.userdata.marks, tui.userdata.bookmarks):
        real = module.read_json
        monkeypatch.setattr(module, "read_json", lambda path, *rest, real=real: reads.append(path.name) or real(path, *rest))
    ids = ["a", "b", "c"]
    marks = ReadMarks.load("corpus-id", "T", ids, root=tmp_path)
    marks.set_read(["a"])
    marks.save()
    marks.set_read(["b"])
    marks.save()
    book = Bookmarks.load("corpus-id", "T", root=tmp_path)
    book.toggle("a", "Q a")
    book.save()
    book.toggle("b", "Q b")
    book.save()
    # marks: loaded, then read once by the first save; bookmarks: loaded only (their
    # saves append to the journal)
    assert reads == ["corpus-id.json"] * 3
    other = ReadMarks.load("corpus-id", "T", ids, root=tmp_path)  # another window
    other.set_read(["c"])
    other.save()
    marks.set_read(["a"], read=False)
    marks.save()  # reads the other window's work, and keeps it
    assert set(ReadMarks.load("corpus-id", "T", ids, root=tmp_path).read) == {"b", "c"}


def test_a_big_state_file_is_compact_and_a_small_one_indented(tmp_path: Path) -> None:
    """An indented big file took Python's pure-Python encoder (most of a save at 100k)."""
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    write_atomic(small, {"format": "x", "read": {"a": "2026"}})
    write_atomic(big, {"format": "x", "seen": [f"syn-{i:06d}" for i in range(20_000)]})
    assert small.read_text(encoding="utf-8").count("\n") > 3
    assert big.read_text(encoding="utf-8").count("\n") == 1
    assert json.loads(big.read_text(encoding="utf-8"))["seen"][-1] == "syn-019999"
