"""A bookmarks file keeps what the user or another tool wrote in it: only what is shown is
cleaned. Before, every text was cleaned when read and written back so at the next quit: a
note's lone surrogate (`"sur \\ud800 note"`, kept as `\\ud800` in the journal) became
`"sur  note"`, another tool's ZWJ was dropped, and an out-of-corpus id with ESC, BEL and
U+202E was written back as its escaped spelling (`"\\\\x1b]52;…"`), an id the file never
held; `bookmarks --json` printed that spelling too, so a script could not match the id to
the file's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.text import FORMAT_CHARACTERS
from tests.reader_support import reader, ready
from tui.cli import main
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT, Bookmark, Bookmarks
from tui.widgets.bookmark_rows import bookmark_lines

EVIL_ID = "\x1b]52;c;aGVsbG8=\x07evil\u202egnp"
"""The sweep's out-of-corpus id: an OSC 52 clipboard write, BEL, a right-to-left override."""
SHOWN_ID = "\\x1b]52;c;aGVsbG8=\\x07evil\\u202egnp"
WRITTEN = [
    {"entry": "k3", "question": "When is K3?", "note": "sur \ud800 note", "added": "2026-12-01T00:00:00Z"},
    {"entry": EVIL_ID, "question": "Q\x1b[2J\u202e", "note": "dev \U0001f469\u200d\U0001f4bb\x07", "added": "2026\x9b"},
]
"""What another tool wrote: a lone surrogate in a note, controls and a ZWJ."""
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e", "\u200d")


def written_file(corpus_path: Path) -> Path:
    """The corpus's bookmarks file as another tool wrote it (JSON escapes, as `json.dumps`); its path."""
    path = corpus_bookmarks(load_corpus(corpus_path)).path
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "Test corpus", "bookmarks": WRITTEN}), encoding="utf-8")
    return path


def in_file(path: Path) -> list[dict[str, str]]:
    """The bookmarks the file holds."""
    return list(json.loads(path.read_bytes().decode("utf-8"))["bookmarks"])


def test_the_file_written_at_quit_keeps_every_text_as_written(small_corpus: Path) -> None:
    path = written_file(small_corpus)
    book = corpus_bookmarks(load_corpus(small_corpus))  # as the reader reads it
    book.toggle("why-int4", "Why INT4?")  # any change: the file is written whole at quit
    book.compact()
    assert not path.with_name(path.name + ".journal").exists()
    assert in_file(path)[:2] == WRITTEN


def test_a_surrogate_in_a_journal_line_is_still_there_after_quit(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks" / "x.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "bookmarks": []}), encoding="utf-8")
    line = b'{"entry":"k3","question":"Q","note":"sur \\ud800 note","added":"2026"}\n'
    path.with_name(path.name + ".journal").write_bytes(line + b"GARBAGE\n")  # mended when read
    book = Bookmarks.load("x", "T", root=tmp_path)
    assert book.problem is not None and "only the changes left in it" in book.problem
    book.compact()
    assert [b["note"] for b in in_file(path)] == ["sur \ud800 note"]


def test_bookmarks_json_prints_the_real_id_escaped_as_json(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = written_file(small_corpus)
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"entry": "\\u001b]52;c;aGVsbG8=\\u0007evil\\u202egnp"' in out
    assert not any(c in out for c in UNSAFE) and "\ud800" not in out
    listed = json.loads(out)
    assert [b["entry"] for b in listed] == [b["entry"] for b in in_file(path)] == ["k3", EVIL_ID]
    assert [(b["note"], b["added"]) for b in listed] == [("sur  note", "2026-12-01T00:00:00Z"), ("dev \U0001f469\U0001f4bb", "2026")]  # texts shown cleaned


def test_bookmarks_and_cite_show_the_id_escaped_and_the_texts_cleaned(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    written_file(small_corpus)
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 0
    out = capsys.readouterr().out
    assert f"{SHOWN_ID}  2026  (no longer in the corpus)\n  Q[2J\n  > dev \U0001f469\U0001f4bb\n" in out and "  > sur  note\n" in out
    assert not any(c in out for c in UNSAFE)
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks"]) == 0
    out, err = capsys.readouterr()
    assert f"bookmarked entry '{SHOWN_ID}' is no longer in the corpus; skipped" in err and "Reading note: sur  note" in out
    assert not any(c in out + err for c in UNSAFE)


def test_the_bookmark_list_shows_the_id_escaped_and_the_texts_cleaned() -> None:
    bookmark = Bookmark(EVIL_ID, WRITTEN[1]["question"], WRITTEN[1]["note"], "2026")
    first, second = bookmark_lines(bookmark, None, 200)
    assert first.plain.startswith("Q[2J  " + SHOWN_ID) and second.plain == "  ✎ dev \U0001f469\U0001f4bb"
    assert not any(c in first.plain + second.plain for c in UNSAFE)
    assert not any(c in FORMAT_CHARACTERS for c in first.plain + second.plain)


async def test_a_note_saved_unchanged_in_the_editor_keeps_what_another_tool_wrote(small_corpus: Path) -> None:
    """The editor is shown the note cleaned; saved as it was shown, the file keeps its ZWJ."""
    from textual.widgets import TextArea

    from tui.screens.note_editor import NoteEditor

    path = written_file(small_corpus)
    app = reader(corpus_path=small_corpus, entry="k3")
    data = in_file(path)
    data[0]["note"] = "dev \U0001f469\u200d\U0001f4bb"
    path.write_text(json.dumps({"format": FORMAT, "corpus": "Test corpus", "bookmarks": data}), encoding="utf-8")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "dev \U0001f469\U0001f4bb"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert in_file(path) == data
