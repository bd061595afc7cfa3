"""A toast about a state file is shown for as long as it takes to read it: a base, and so
much per line, with a cap (`tui.toasts.reading_time`); a short one ("bookmarked") stays
short. Before, a damaged file's toast (the problem, the path, how to get back what it held;
two of each with both files damaged) went after a fixed 15 s, a "Not saved" one after 10 s."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.reader_support import reader, ready
from tests.test_userdata5_told_once import state_files
from tui.app import ReaderApp


def shown_for(app: ReaderApp) -> dict[str, float]:
    """Each toast drawn on the screen on top, with the seconds it is shown for."""
    from tui.toasts import ReaderToast

    return {str(toast.render()): toast.notification.timeout for toast in app.screen.query(ReaderToast) if toast.region}


async def toasts_at_start(corpus_path: Path, lang: str) -> dict[str, float]:
    """The toasts shown once the reader has started, with their seconds."""
    app = reader(corpus_path=corpus_path, lang=lang)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        return shown_for(app)


def test_the_time_grows_with_the_lines_up_to_a_cap() -> None:
    from tui.toasts import READ_CAP, reading_time  # (new: the old code fails here)

    one = reading_time("a.json: damaged read marks", "Read marks and bookmarks")
    longer = reading_time("a.json: damaged read marks " + "x" * 200, "Read marks and bookmarks")
    assert 5 <= one < longer < READ_CAP
    assert reading_time("a\nb\nc") > reading_time("a b c")  # lines, not characters
    assert reading_time("已读标记文件已损坏" * 20) > reading_time("已读标记文件已损坏")  # Chinese: by its width
    assert reading_time("x\n" * 500) == READ_CAP == 60


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_damaged_file_is_shown_as_long_as_it_takes_to_read_it(small_corpus: Path, lang: str) -> None:
    marks, bookmarks, _ = state_files(small_corpus)
    marks.write_bytes(b"{oops")
    (one,) = (await toasts_at_start(small_corpus, lang)).values()
    assert one > 15, one  # the problem, the path, how to get back what it held: 15 s before
    for aside in marks.parent.glob("*.damaged-*"):
        aside.unlink()
    marks.write_bytes(b"{oops")
    bookmarks.write_bytes(b'{"format": "kimi-ama-tui/bookmarks/1", "bookmarks": [],}')
    (both,) = (await toasts_at_start(small_corpus, lang)).values()
    assert one < both <= 60, (one, both)


async def test_a_short_toast_stays_short_and_not_saved_is_read_in_full(small_corpus: Path) -> None:
    marks, _, ids = state_files(small_corpus)
    app = reader(corpus_path=small_corpus, entry=ids[1])
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("m")
        await pilot.pause(0.3)
        assert list(shown_for(app).values()) == [3]  # "bookmarked": as before
        app.clear_notifications()
        shutil.rmtree(marks.parent)
        marks.parent.write_text("a file where the read marks' folder goes")  # the next save fails
        await pilot.press("u")
        await pilot.pause(0.3)
        ((said, seconds),) = shown_for(app).items()
        assert said.startswith("Not saved") and "marked read" in said, said
        assert seconds > 10, (said, seconds)  # 10 s before (or 2, "marked read", alone)
