"""The bookmarks list at scale: 200,000 bookmarks, or one note of 1 MB, open with `B` at
once, move with j/k/g/G and jump with Enter (the list laid out every bookmark first: ~40 s),
and a long note is shown cut with "…" while the file keeps it whole."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget

from corpus.loader import load_corpus
from tests.reader_support import reader, ready
from tui.app import ReaderApp
from tui.screens.bookmark_list import BookmarkList
from tui.userdata import corpus_bookmarks
from tui.userdata.bookmarks import FORMAT

MANY = 200_000
LONG_NOTE = "[b]not markup[/b] " + "n" * 1_000_000 + " the end"
"""A 1 MB note, with markup that must show as written."""


@pytest.fixture(autouse=True)
def slow_read_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """No entry is marked read (and no file written) while the test measures."""
    import tui.screens.reading_workflow

    monkeypatch.setattr(tui.screens.reading_workflow, "READ_AFTER", 30.0)


def write_bookmarks(corpus_path: Path, count: int, note: str = LONG_NOTE) -> Path:
    """A bookmarks file of `count` bookmarks: entries gone from the corpus first, then the
    small corpus's three entries, the last ('why-int4') with `note`; its path."""
    path = corpus_bookmarks(load_corpus(corpus_path)).path
    assert path is not None
    items = [{"entry": f"gone-{k:06d}", "question": f"Gone question {k}", "note": f"note {k}", "added": "2025-01-01T00:00:00Z"} for k in range(count - 3)]
    items += [
        {"entry": "kda-next-flagship", "question": "q", "note": "", "added": "2025-01-01T00:00:00Z"},
        {"entry": "k3", "question": "q", "note": "short note", "added": "2025-01-01T00:00:00Z"},
        {"entry": "why-int4", "question": "q", "note": note, "added": "2025-01-01T00:00:00Z"},
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FORMAT, "corpus": "Test corpus", "bookmarks": items}), encoding="utf-8")
    return path


def bookmark_rows(app: ReaderApp) -> Widget:
    """The list in the bookmarks screen."""
    assert isinstance(app.screen, BookmarkList)
    return app.screen.query_one("#bookmark-options")


def shown_lines(widget: Widget) -> list[str]:
    """The lines the widget draws now, as plain text."""
    region = widget.scrollable_content_region
    return [strip.text for strip in widget.render_lines(Region(0, 0, region.width, region.height))]


async def seconds_to_open(app: ReaderApp, size: tuple[int, int] = (110, 30)) -> float:
    """Start the reader, press B and wait until the list is drawn; the seconds B took."""
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        start = time.perf_counter()
        await pilot.press("B")
        await pilot.pause()
        shown_lines(bookmark_rows(app))
        return time.perf_counter() - start


async def test_B_opens_200k_bookmarks_about_as_fast_as_three(small_corpus: Path) -> None:
    write_bookmarks(small_corpus, 3, note="a short note")
    few = await seconds_to_open(reader(corpus_path=small_corpus, entry="k3"))
    write_bookmarks(small_corpus, MANY)
    many = await seconds_to_open(reader(corpus_path=small_corpus, entry="k3"))
    # the old list took ~40 s here against ~0.3 s for three
    assert many < 5.0 + 10 * few, f"B took {many:.1f} s with {MANY:,} bookmarks, {few:.2f} s with 3"


async def test_every_bookmark_is_reachable_with_j_G_g_and_Enter(small_corpus: Path) -> None:
    write_bookmarks(small_corpus, MANY)
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkList)
        rows = bookmark_rows(app)
        assert "Gone question 0" in shown_lines(rows)[0]
        start = time.perf_counter()
        await pilot.press("j", "j", "k")
        await pilot.pause()
        assert getattr(rows, "highlighted") == 1
        await pilot.press("G")
        await pilot.pause()
        assert getattr(rows, "highlighted") == MANY - 1
        assert any("Why INT4?" in line for line in shown_lines(rows)), "the last bookmark is not in sight after G"
        await pilot.press("g")
        await pilot.pause()
        assert getattr(rows, "highlighted") == 0
        await pilot.press("G", "k", "k")
        await pilot.pause()
        assert any("kda-next-flagship" in line for line in shown_lines(rows))
        moving = time.perf_counter() - start
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.reader_screen
        assert app.reader_screen.shown_entry == "kda-next-flagship"
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkList)
        assert f"Bookmarks ({MANY:,})" in str(app.screen.query_one(".picker-heading").render())
    assert moving < 5.0, f"j, k, G, g took {moving:.1f} s with {MANY:,} bookmarks"


async def test_a_long_note_is_shown_cut_and_kept_whole(small_corpus: Path) -> None:
    path = write_bookmarks(small_corpus, 3)
    before = path.read_bytes()
    app = reader(corpus_path=small_corpus, entry="k3")
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        start = time.perf_counter()
        await pilot.press("B")
        await pilot.pause()
        lines = shown_lines(bookmark_rows(app))
        await pilot.press("j", "j", "k", "G")
        await pilot.pause()
        took = time.perf_counter() - start
        note_lines = [line for line in lines if "[b]not markup[/b]" in line]
        assert len(note_lines) == 1, lines
        assert note_lines[0].rstrip().endswith("…") and "the end" not in note_lines[0]
        assert sum("nnnn" in line for line in lines) == 1, "the note runs over several lines"
        await pilot.press("escape")
    assert took < 3.0, f"B, j, j, k, G took {took:.1f} s with a 1 MB note"
    assert path.read_bytes() == before
    (note,) = [b.note for b in corpus_bookmarks(load_corpus(small_corpus)).items if b.entry_id == "why-int4"]
    assert note == LONG_NOTE
