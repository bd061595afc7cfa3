"""A damaged bookmarks journal's kept copy is said with how to get back the lines it
skipped, as a damaged file's copy is (in the reading language). Before, the message named
the copy and said nothing of what to do with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.reader_support import reader, ready, toasts_shown
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT
from tui.userdata.store import write_atomic

FIX = {
    "en": ("To get back the lines it skipped: quit the reader, mend them in the copy {copy} and add them to the end of {name} "
           "(make it if it is gone; each line sets its bookmark over what was saved since); or delete the copy."),
    "zh": "要找回被跳过的行：退出阅读器，在副本 {copy} 中修好这些行并把它们加到 {name} 的末尾（该文件已不在就新建；每行都会覆盖此后保存的该书签）；或删除该副本。",
}


def bookmarks_of(corpus_path: Path) -> tuple[Path, list[str]]:
    """The corpus's bookmarks file (written, holding its first entry) and its entry ids."""
    corpus = load_corpus(corpus_path)
    path = corpus_bookmarks(corpus).path
    assert path is not None
    ids = [entry.id for entry in corpus.entries()]
    write_atomic(path, {"format": FORMAT, "corpus": "T", "bookmarks": [{"entry": ids[0], "question": "Q", "note": "", "added": "2026"}]})
    return path, ids


def journal_fix(toast: str, path: Path, lang: str) -> bool:
    """Whether the toast says how to get back the lines of `path`'s journal kept aside."""
    (copy,) = path.parent.glob(f"{path.name}.journal.damaged-*")
    return FIX[lang].format(copy=copy, name=f"{path.name}.journal") in toast


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_journal_damaged_at_start_says_how_to_get_its_lines_back(small_corpus: Path, lang: str) -> None:
    path, ids = bookmarks_of(small_corpus)
    path.with_name(path.name + ".journal").write_bytes(b'GARBAGE\n{"entry":"' + ids[0].encode() + b'","removed":true}\n')
    app = reader(corpus_path=small_corpus, lang=lang)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        (toast,) = toasts_shown(app)
        damaged = {"en": "damaged bookmarks journal (line 1: not JSON", "zh": "书签日志已损坏（line 1: not JSON"}
        assert damaged[lang] in toast, toast
        assert journal_fix(toast, path, lang), toast
        assert "To get back what it held" not in toast and "要找回其中的内容" not in toast  # the file was fine


async def test_a_journal_damaged_meanwhile_says_it_once_at_the_next_m(small_corpus: Path) -> None:
    path, ids = bookmarks_of(small_corpus)
    app = reader(corpus_path=small_corpus, entry=ids[1])
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        path.with_name(path.name + ".journal").write_bytes(b"GARBAGE\n")
        await pilot.press("m")
        await pilot.pause(0.3)
        (toast,) = toasts_shown(app)
        assert f"{ids[1]}: bookmarked" in toast and journal_fix(toast, path, "en"), toast
        said = app.reader_screen
        assert said is not None and said.bookmarks is not None
        problem = said.bookmarks.problem
        await pilot.press("m")  # nothing new: nothing more said of the journal
        await pilot.pause(0.3)
        assert said.bookmarks.problem == problem
        assert not [t for t in toasts_shown(app) if "journal" in t and t != toast]
