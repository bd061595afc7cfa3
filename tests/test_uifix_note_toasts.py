"""The note editor is fully usable while a toast is due: `y` (copy a citation) then at once
`M` (the note editor) had the copy's toast cover the right half of the text box for 8 s, at
40x15 and at normal sizes, and cut off the note typed. The editor shows no toast; those
still due show over the reader when it closes."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.reader_support import reader, ready, toasts_shown
from tui.app import ReaderApp
from tui.screens.note_editor import NoteEditor

ENTRY = "kda-next-flagship"


def covered(app: ReaderApp) -> list[tuple[int, int, str]]:
    """The cells of the note's text box where another widget is drawn."""
    area = app.screen.query_one(TextArea)
    box = area.content_region
    return [
        (x, y, type(widget).__name__)
        for y in range(box.y, box.bottom)
        for x in range(box.x, box.right)
        if (widget := app.screen.get_widget_at(x, y)[0]) is not area
    ]


async def copied_then_editor(pilot: Pilot[Any]) -> ReaderApp:
    app = pilot.app
    assert isinstance(app, ReaderApp)
    await ready(pilot)
    await pilot.press("y")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert toasts_shown(app), "the copy said nothing"
    await pilot.press("M")
    await pilot.pause()
    assert isinstance(app.screen, NoteEditor)
    return app


@pytest.mark.parametrize("size", [(40, 15), (80, 24), (100, 30)])
async def test_a_copys_toast_does_not_cover_the_note_editor(size: tuple[int, int]) -> None:
    async with reader(entry=ENTRY).run_test(size=size, notifications=True) as pilot:
        app = await copied_then_editor(pilot)
        await pilot.press(*"a note typed in full")
        await pilot.pause()
        assert covered(app) == [] and toasts_shown(app) == []
        assert app.screen.query_one(TextArea).text == "a note typed in full"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert any("Citation" in toast for toast in toasts_shown(app)), "the copy's toast was lost"


async def test_a_toast_due_while_the_editor_is_open_waits_for_it_to_close() -> None:
    async with reader(entry=ENTRY).run_test(size=(40, 15), notifications=True) as pilot:
        app = await copied_then_editor(pilot)
        app.notify("arrived while typing", markup=False)
        await pilot.pause()
        assert covered(app) == [] and toasts_shown(app) == []
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("arrived while typing" in toast for toast in toasts_shown(app))
