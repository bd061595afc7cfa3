"""Under `--lang both` (中英) the "how to fix" lines of a state file's toast are said as its
problem is: the Chinese line, then the English one. Before, the problem was said in both and
how to get back what a damaged file (`aside_fix`) or a damaged journal's skipped lines
(`journal_aside_fix`) held in Chinese only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader_support import reader, ready
from tests.test_userdata5_told_once import state_files
from tests.test_userdata6_journal_fix import bookmarks_of
from tui.ui_text import words


async def said_at_start(corpus_path: Path, lang: str) -> list[str]:
    """The lines of the one notification shown once the reader has started."""
    from tui.toasts import ReaderToast

    app = reader(corpus_path=corpus_path, lang=lang)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        (toast,) = [toast for toast in app.screen.query(ReaderToast) if toast.region]
        return toast.notification.message.split("\n")


def fix_lines(key: str, copy: Path, name: str, lang: str) -> list[str]:
    """How to fix it, as it is said in `lang`: Chinese then English under both."""
    return [words(one, key, copy=copy, name=name) for one in {"en": ["en"], "zh": ["zh"], "both": ["zh", "en"]}[lang]]


@pytest.mark.parametrize("lang", ["both", "en", "zh"])
async def test_a_damaged_file_says_how_to_get_it_back_in_the_reading_language(small_corpus: Path, lang: str) -> None:
    marks, _, _ = state_files(small_corpus)
    marks.write_bytes(b"{oops")
    lines = await said_at_start(small_corpus, lang)
    (aside,) = marks.parent.glob(f"{marks.name}.damaged-*")
    fixes = fix_lines("aside_fix", aside, marks.name, lang)
    assert lines[-len(fixes) :] == fixes, lines  # under both: the Chinese line alone before
    problem = lines[: -len(fixes)]
    assert len(problem) == len(fixes)  # said the same way: zh then en under both
    if lang == "both":
        assert "已损坏" in problem[0] and "damaged read marks" in problem[1], problem


async def test_a_damaged_journal_says_how_to_get_its_lines_back_in_chinese_then_english(small_corpus: Path) -> None:
    path, ids = bookmarks_of(small_corpus)
    path.with_name(path.name + ".journal").write_bytes(b'GARBAGE\n{"entry":"' + ids[0].encode() + b'","removed":true}\n')
    lines = await said_at_start(small_corpus, "both")
    (copy,) = path.parent.glob(f"{path.name}.journal.damaged-*")
    fixes = fix_lines("journal_aside_fix", copy, f"{path.name}.journal", "both")
    assert lines[-2:] == fixes, lines  # the Chinese line alone before
    assert "书签日志已损坏" in lines[0] and "damaged bookmarks journal" in lines[1], lines
