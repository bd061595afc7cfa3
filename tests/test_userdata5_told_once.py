"""A read-marks or bookmarks file's problem is said once, at the right time, with how to fix
it. Before: with both files damaged at start-up the reader drew each problem twice (four
toasts for two notifications: two notifications raised in one go were each placed twice);
a read-marks file damaged after start-up was set aside without a word; a file moved aside
said where the copy went, not what to do with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import notes_said, reader, ready, toasts_shown
from tui.userdata import corpus_bookmarks, corpus_marks
from tui.userdata.bookmarks import FORMAT as BOOKMARKS

FIX = {"en": "To get back what it held: quit the reader, mend the copy", "zh": "要找回其中的内容：退出阅读器，修好副本"}
"""How a message about a file moved aside begins to say what to do."""


def state_files(corpus_path: Path) -> tuple[Path, Path, list[str]]:
    """The read-marks and bookmarks files of the corpus, and its entry ids."""
    corpus = load_corpus(corpus_path)
    marks, bookmarks = corpus_marks(corpus).path, corpus_bookmarks(corpus).path
    assert marks is not None and bookmarks is not None
    for path in (marks, bookmarks):
        path.parent.mkdir(parents=True, exist_ok=True)
    return marks, bookmarks, [entry.id for entry in corpus.entries()]


def said_about(toasts: list[str], path: Path) -> list[str]:
    """The toasts naming `path` (its problem, said in English or Chinese; the copy aside
    has a longer name)."""
    return [toast for toast in toasts if f"{path}:" in toast or f"{path}：" in toast]


async def toasts_after_key(corpus_path: Path, entry_id: str, path: Path, damage: bytes, key: str) -> list[str]:
    """The toasts shown after `key` is pressed on `entry_id`, `path` damaged once the reader was up."""
    app = reader(corpus_path=corpus_path, entry=entry_id)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        path.write_bytes(damage)
        await pilot.press(key)
        await pilot.pause(0.3)
        return toasts_shown(app)


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_both_files_damaged_at_start_each_said_once_with_how_to_fix(small_corpus: Path, lang: str) -> None:
    marks, bookmarks, _ = state_files(small_corpus)
    marks.write_bytes(b"{oops")
    bookmarks.write_bytes(b'{"format": "kimi-ama-tui/bookmarks/1", "bookmarks": [],}')
    app = reader(corpus_path=small_corpus, lang=lang)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        toasts = toasts_shown(app)
        assert len(toasts) == 1, toasts  # the two said together (four toasts before)
        for path in (marks, bookmarks):
            (told,) = said_about(toasts, path)
            assert told.count(f"{path}:") + told.count(f"{path}：") == 1, told
            (aside,) = path.parent.glob(f"{path.name}.damaged-*")
            assert f"{FIX[lang]} {aside} " in told, told
            assert f" {path.name}" in told.split(str(aside))[-1]


async def test_a_marks_file_damaged_after_start_is_said_once_when_set_aside(small_corpus: Path) -> None:
    marks, _, ids = state_files(small_corpus)
    marks.write_text(json.dumps({"format": "kimi-ama-tui/read-marks/1", "corpus": "T", "read": {ids[0]: "2026"}, "seen": ids}), encoding="utf-8")
    app = reader(corpus_path=small_corpus)
    said = notes_said(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None
        assert not [line for line in said if str(marks) in line]  # a good file: nothing said
        marks.write_bytes(b'{"read": {"a": "2026"} "seen": []}')  # damaged by hand meanwhile
        screen.set_read([ids[1]], True)  # (an entry shown a moment)
        await pilot.pause()
        screen.set_read([ids[2]], True)
        await pilot.pause()
    (aside,) = marks.parent.glob(f"{marks.name}.damaged-*")
    told = [line for line in said if str(marks) in line]
    assert len(told) == 1, said
    assert f"damaged read marks (not JSON: a comma or }} is missing at line 1, column 24); moved to {aside.name}" in told[0]
    assert f"{FIX['en']} {aside} and move it back to {marks.name}" in told[0]
    assert set(json.loads(marks.read_text(encoding="utf-8"))["read"]) == {ids[0], ids[1], ids[2]}


async def test_u_on_a_marks_file_damaged_since_says_both_in_one_toast(small_corpus: Path) -> None:
    marks, _, ids = state_files(small_corpus)
    marks.write_text(json.dumps({"format": "kimi-ama-tui/read-marks/1", "corpus": "T", "read": {}, "seen": ids}), encoding="utf-8")
    toasts = await toasts_after_key(small_corpus, ids[1], marks, b"[1, 2}", "u")
    (told,) = said_about(toasts, marks)
    assert len(toasts) == 1 and f"{ids[1]}: marked" in told, toasts
    assert "damaged read marks (not JSON: a comma or ] is missing at line 1, column 6)" in told and FIX["en"] in told


async def test_m_on_a_bookmarks_file_damaged_since_says_it_once_with_how_to_fix(small_corpus: Path) -> None:
    _, bookmarks, ids = state_files(small_corpus)
    kept = {"entry": ids[0], "question": "Q?", "note": "", "added": "2026"}
    bookmarks.write_text(json.dumps({"format": BOOKMARKS, "corpus": "T", "bookmarks": [kept]}), encoding="utf-8")
    toasts = await toasts_after_key(small_corpus, ids[1], bookmarks, b"{oops", "m")
    (aside,) = bookmarks.parent.glob(f"{bookmarks.name}.damaged-*")
    (told,) = said_about(toasts, bookmarks)
    assert len(toasts) == 1 and f"{ids[1]}: bookmarked" in told, toasts  # two toasts, each drawn twice, before
    assert f"{FIX['en']} {aside} and move it back to {bookmarks.name}" in told


def test_notices_said_together_put_the_severest_first() -> None:
    from tui.screens.reading_workflow import Notice, one_notice

    said = one_notice(
        [
            Notice("x: marked read", None, "information", 2),
            Notice("a.json: damaged", "Read marks and bookmarks", "warning", 15),
            Notice("cannot write a.json", "Not saved", "error", 10),
        ]
    )
    assert said == Notice(
        "cannot write a.json\nRead marks and bookmarks: a.json: damaged\nx: marked read", "Not saved", "error", 15
    )
