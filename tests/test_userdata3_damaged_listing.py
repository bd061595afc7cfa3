"""`bookmarks` and `cite --bookmarks` on a damaged bookmarks file say that nothing could be
read from it and where it is, status 1, and never "No bookmarks": the user's bookmarks are
in that file (the sweep's `[` * 100000 printed the damage line, then "No bookmarks for …").
Once the reader has set it aside, "No bookmarks" says where the copy is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tui.cli import main
from tui.userdata import corpus_bookmarks

DAMAGED = b"[" * 100000


def damaged_file(corpus_path: Path) -> Path:
    """The corpus's bookmarks file, bookmarked in and then damaged as the sweep did; its path."""
    corpus = load_corpus(corpus_path)
    book = corpus_bookmarks(corpus)
    book.set_note("k3", "When is K3?", "my note")
    book.compact()
    assert book.path is not None and book.path.exists()
    book.path.write_bytes(DAMAGED)
    return book.path


@pytest.mark.parametrize("command", [["bookmarks"], ["bookmarks", "--json"], ["cite", "--bookmarks"]])
def test_a_damaged_file_is_said_to_be_unread_not_empty(small_corpus: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    path = damaged_file(small_corpus)
    assert main(["--corpus", str(small_corpus), *command]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1, err  # one line, the damage
    assert f"{path}: damaged bookmarks (not JSON: nested too deeply); nothing could be read from it; left as it is" in err
    assert "no bookmarks" not in err.lower()
    assert out == ("[]\n" if "--json" in command else "")
    assert path.read_bytes() == DAMAGED  # only listing: nothing moved


@pytest.mark.parametrize("command", [["bookmarks"], ["cite", "--bookmarks"]])
def test_no_bookmarks_after_the_reader_set_the_file_aside_says_where_it_is(small_corpus: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    path = damaged_file(small_corpus)
    problem = corpus_bookmarks(load_corpus(small_corpus)).problem  # as the reader reads it: set aside
    (aside,) = path.parent.glob(path.name + ".damaged-*")
    assert problem is not None and aside.name in problem and not path.exists()
    main(["--corpus", str(small_corpus), *command])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "o bookmarks for Test corpus" in err
    assert f"a damaged bookmarks file was set aside as {aside}: nothing could be read from it" in err


def test_journal_changes_over_a_damaged_file_are_listed_with_the_damage(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged_file(small_corpus)
    path.with_name(path.name + ".journal").write_text(json.dumps({"entry": "why-int4", "question": "Q", "note": "", "added": "2026"}) + "\n", encoding="utf-8")
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("why-int4  2026\n") and "nothing could be read from it" in err and "No bookmarks" not in err
