"""The note editor's heading at a small terminal (sweep 12, item 7): it was cut at its second
line with nothing to say so (`… an optimizer "not validated by others", to`, "1T scale?"
missing, at 60x20). Now a cut heading ends in "…" after a whole word, and the entry id it
names is always whole, even one wider than the line."""

from __future__ import annotations

from typing import Any

import pytest
from rich.text import Text
from textual.geometry import Region
from textual.widgets import TextArea

from tests.reader_support import reader, ready
from tui.screens.note_editor import NoteEditor

ENTRY = "muon-optimizer-at-1t"
LONG_ID = "post-ama-with-lumen-labs-makers-1abcde"  # (an imported thread's post: wider than the line at 40)


def heading_lines(app: Any) -> list[str]:
    """The heading as drawn."""
    head = app.screen.query_one(".note-editor--heading")
    return [strip.text.rstrip() for strip in head.render_lines(Region(0, 0, head.region.width, head.region.height))]


async def opened_heading(lang: str, size: tuple[int, int]) -> tuple[str, list[str]]:
    """The heading of the editor `M` opens on ENTRY: as given, and as drawn."""
    app = reader(lang=lang, entry=ENTRY)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        return app.screen.heading, heading_lines(app)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24)])
async def test_a_cut_heading_ends_in_an_ellipsis_and_keeps_its_id(lang: str, size: tuple[int, int]) -> None:
    heading, lines = await opened_heading(lang, size)
    shown = " ".join(lines)
    assert ENTRY in shown, lines
    if shown.replace(" ", "") == heading.replace(" ", ""):
        return  # (shown whole)
    assert lines[-1].endswith("…"), (lines, heading)
    # what is shown is the heading's start, cut after a whole word
    kept = shown[:-1].replace(" ", "")
    assert heading.replace(" ", "").startswith(kept), (lines, heading)
    if lang == "en":
        assert heading[len(shown[:-1]) :].startswith(" "), (lines, heading)


async def test_the_whole_heading_is_shown_where_it_fits() -> None:
    _, lines = await opened_heading("en", (80, 24))
    assert " ".join(lines).endswith("to 1T scale?"), lines


async def test_an_id_wider_than_the_line_is_shown_whole() -> None:
    app = reader(lang="en", entry=ENTRY)
    async with app.run_test(size=(40, 15)) as pilot:
        await ready(pilot)
        heading = f"Note on {LONG_ID}: Why take Muon, an optimizer not validated by others, to 1T scale?"
        await app.push_screen(NoteEditor(heading, "", "en", entry_id=LONG_ID))
        await pilot.pause()
        lines = heading_lines(app)
        assert LONG_ID in "".join(lines), lines
        assert lines[-1].endswith("…"), lines
        assert app.screen.query_one(TextArea).content_region.height >= 3


def test_wrap_at_most_cuts_after_a_whole_word() -> None:
    from tui.wrap import wrap_at_most

    text = 'Note on muon-optimizer-at-1t: Why take Muon, an optimizer "not validated by others", to 1T scale?'
    assert wrap_at_most(Text(text), 32, 2, 28).plain.split("\n") == ["Note on muon-optimizer-at-1t:", "Why take Muon, an optimizer…"]
    assert wrap_at_most(Text(text), 120, 2).plain == text
    chinese = f"{ENTRY} 的笔记：为什么用 Muon 这种“未被他人验证”的优化器去到 1T 规模？"
    lines = wrap_at_most(Text(chinese), 32, 2, len(ENTRY)).plain.split("\n")
    assert len(lines) == 2 and lines[-1].endswith("…") and all(len(line) <= 32 for line in lines), lines
