"""The note editor (M) at a small terminal: the text box stays (sweep 9, finding 8: at 40x15
only its title and hint were drawn, and the note was typed blind); and the messages that
name a reading key name the key bound now (the config file's [keys]), in either language."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import TextArea

from tests.reader_support import reader, ready
from tui.screens.note_editor import NoteEditor

ENTRY = "data-mixing-generalization"  # (a long Chinese question: the heading wraps)


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("size", [(40, 15), (60, 20)])
async def test_the_note_editor_shows_its_text_box_at_small_sizes(size: tuple[int, int], lang: str) -> None:
    app = reader(lang=lang, entry=ENTRY)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"narrow")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        box = area.content_region
        assert box.height >= 3, (box, app.screen.query_one("Vertical").region)
        # inside the dialog and above the key bar: drawn, not cut off
        assert box.y >= 1 and box.bottom <= size[1] - 1 and box.width >= 20, box
        assert "narrow" in app.export_screenshot()
