"""A journal line is a change only when it holds all a change holds and nothing else; the
report says what is wrong with each line, the wrong value included, and groups lines wrong
the same way however their values differ.

Before: `{"entry": "x", "op": "tag"}` (JSON with a string entry and none of a change's other
fields) was read as the whole bookmark: its note and date were wiped without a word, and the
reader wrote the loss into the file at quit. A report read `a removal is {"entry": …,
"removed"…` (cut before the wrong value), and 5000 lines each with another wrong value gave
3 of them, one reason each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tui.cli import main
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmarks
from tui.userdata.store import write_atomic

KEPT = {"entry": "a", "question": "Q a", "note": "笔记: check KDA paper", "added": "2026-12-01T00:00:00Z"}


def bookmarks_file(root: Path) -> Path:
    """A bookmarks file holding bookmark `a` with a note; its path."""
    path = root / "bookmarks" / "x.json"
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": [KEPT]})
    return path


def journal_of(path: Path) -> Path:
    """The journal beside a bookmarks file."""
    return path.with_name(path.name + ".journal")


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ({"entry": "a", "op": "tag", "tag": "later"}, 'line 1: it has a field no change has ("op")'),
        ({"entry": "a"}, 'line 1: the bookmark has no "question"'),
        ({"entry": "a", "question": "Q a", "note": "n"}, 'line 1: the bookmark has no "added"'),
        ({"entry": "a", "question": "Q a", "note": None, "added": "2026"}, "line 1: the bookmark's note is null, not text"),
        ({**KEPT, "note": "", "tags": ["x"]}, 'line 1: it has a field no change has ("tags")'),
        ({"entry": "a", "removed": True, "note": ""}, 'line 1: it has a field no change has ("note")'),
        ({"entry": "a", "removed": "yes"}, 'line 1: its "removed" is "yes", not true'),
        ({"entry": 7, "removed": True}, "line 1: a removal has no entry id (entry is 7)"),
    ],
)
def test_a_line_that_is_not_a_whole_change_keeps_the_bookmark(tmp_path: Path, line: dict[str, object], why: str) -> None:
    path = bookmarks_file(tmp_path)
    journal_of(path).write_text(json.dumps(line) + "\n", encoding="utf-8")
    listed = Bookmarks.load("x", "T", root=tmp_path, read_only=True)
    assert listed.get("a").to_json() == KEPT  # type: ignore[union-attr]
    assert listed.problem is not None and f"({why}); that line skipped, no other change read" in listed.problem
    book = Bookmarks.load("x", "T", root=tmp_path)
    book.compact()  # the reader's quit: the file written whole
    assert json.loads(path.read_text(encoding="utf-8"))["bookmarks"] == [KEPT]


def test_whole_changes_are_still_read(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    journal_of(path).write_text(
        json.dumps({**KEPT, "note": "changed"}) + "\n" + json.dumps({"entry": "b", "question": "Q b", "note": "", "added": "2026"}) + "\n"
        + json.dumps({"entry": "b", "removed": True}) + "\n",
        encoding="utf-8",
    )
    book = Bookmarks.load("x", "T", root=tmp_path)
    assert book.problem is None and [b.to_json() for b in book.items] == [{**KEPT, "note": "changed"}]


def test_lines_wrong_the_same_way_are_one_reason_with_their_values(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path)
    lines = [json.dumps({"entry": n, "note": ""}) for n in range(2, 5002)]
    lines += ['{"entry":"a","removed":"yes"}', '{"entry":"a","removed":"yes"}', '{"entry":"a","removed":1}']
    lines += ['{"entry":"a","removed":false}', '{"entry":"a","removed":null}', "{oops", "  {oops"]
    journal_of(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = Bookmarks.load("x", "T", root=tmp_path, read_only=True).problem
    assert problem is not None and "\n" not in problem
    said = problem.split("x.json.journal: ", 1)[1]
    assert said.startswith(
        "damaged bookmarks journal (lines 1, 2, 3 and 4997 more: the bookmark has no entry id (entry is 2, 3, 4 or 4997 others); "
        'lines 5001, 5002, 5003 and 2 more: its "removed" is "yes", 1, false or 1 other, not true; '
        "lines 5006 and 5007: not JSON: expected a name in double quotes at character 2 or 4); "
        "those 5007 lines skipped, no other change read"
    )
    assert len(said) < 500


@pytest.mark.parametrize("command", [["bookmarks"], ["cite", "--bookmarks"]])
def test_the_commands_keep_the_note_of_a_line_that_is_no_change(small_corpus: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The sweep's case: the `bookmarks` listing lost the note and the date, status 0."""
    book = corpus_bookmarks(load_corpus(small_corpus))
    assert book.path is not None
    book.set_note("kda-next-flagship", "Q", "笔记: check KDA paper")
    book.compact()
    journal_of(book.path).write_text('{"entry":"kda-next-flagship","op":"tag","tag":"later"}\n', encoding="utf-8")
    assert main(["--corpus", str(small_corpus), *command]) == 1
    out, err = capsys.readouterr()
    assert "笔记: check KDA paper" in out and err.count("\n") == 1
    assert '(line 1: it has a field no change has ("op")); that line skipped' in err
