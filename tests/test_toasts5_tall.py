"""A toast taller than the screen (both state files damaged at start-up, their paths long: the
problem, then how to get back what the copy aside held, for each) was drawn from below its
top at 80x24 and smaller: its title and the damaged file's path were above the screen, never
seen. Now a toast is no taller than the screen has room for (above the footer), shown from
its top, and one cut short ends with a mark saying how many lines are not shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tests.test_toasts4_dialogs import terminal_rows
from tui.toasts import ReaderToast, line_ranges
from tui.userdata import corpus_bookmarks, corpus_marks

LONG = "a-rather-long-directory-name-for-testing/another-level-of-nesting-here/xdg"
SIZES = [(80, 24), (60, 20), (40, 15)]
MORE = {"en": "more lines", "zh": "还有"}


def damage_both(corpus_path: Path) -> None:
    """Write garbage into the corpus's read-marks and bookmarks files."""
    corpus = load_corpus(corpus_path)
    for path in (corpus_marks(corpus).path, corpus_bookmarks(corpus).path):
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"garbage{{{")


def cells(row: str, start: int, end: int) -> str:
    """The characters of `row` drawn in its cells `start` to `end` (a Chinese character takes two)."""
    out, at = [], 0
    for ch in row:
        if start <= at and at + cell_len(ch) <= end:
            out.append(ch)
        at += cell_len(ch)
    return "".join(out)


@pytest.fixture
def long_homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Read marks and bookmarks under a long path, as a user's may be."""
    home = tmp_path / LONG
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    return home


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
async def test_a_toast_taller_than_the_screen_shows_its_title_and_path_first(
    small_corpus: Path, long_homes: Path, size: tuple[int, int], lang: str
) -> None:
    damage_both(small_corpus)
    app = reader(corpus_path=small_corpus, lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        (toast,) = app.screen.query(ReaderToast)
        region, text = toast.content_region, str(toast.render())
        assert str(long_homes) in text
        width, height = size
        assert 0 <= toast.region.y and toast.region.bottom <= height - 1, (toast.region, size)  # the footer's row kept
        rows = [cells(row, region.x, region.right).rstrip() for row in terminal_rows(app)[region.y : region.bottom]]
        lines = [text[start:end] for start, end in line_ranges(text, region.width)]
        assert len(lines) > len(rows), "the toast is not taller than the screen: no test"
        marked = [n for n, row in enumerate(rows) if MORE[lang] in row]
        assert marked and marked[0] >= len(rows) - 3, "\n".join(rows)  # cut at the bottom, with a mark
        assert rows[: marked[0]] == lines[: marked[0]], "\n".join(rows)  # from its top: title, then path


@pytest.mark.parametrize("size", SIZES)
async def test_a_toast_raised_after_a_tall_one_does_not_push_its_top_off_the_screen(
    small_corpus: Path, long_homes: Path, size: tuple[int, int]
) -> None:
    damage_both(small_corpus)
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        (tall,) = app.screen.query(ReaderToast)
        alone = tall.region
        app.notify("muon-optimizer-at-1t: bookmarked (M adds a note, B lists bookmarks)", timeout=1, markup=False)
        await pilot.pause(0.3)
        tall_region, short_region = (toast.region for toast in app.screen.query(ReaderToast))
        assert 0 <= tall_region.y and tall_region.bottom <= short_region.y, (tall_region, short_region)
        assert short_region.bottom <= size[1] - 1, short_region
        rows = "\n".join(terminal_rows(app))
        assert "Read marks and bookmarks" in rows and "muon-optimizer-at-1t" in rows, rows
        assert MORE["en"] in rows, rows
        await pilot.pause(1.2)  # the short one gone, the tall one has its room back
        assert [toast.region for toast in app.screen.query(ReaderToast)] == [alone]
