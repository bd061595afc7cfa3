"""No toast over a dialog: a config clash's warning covered the help's right half for 15 s at
80x24, and a link copy's toast the links dialog's URLs at 40 and 60 columns. Only the note
editor hid them. Every dialog now draws none; one still due shows when the dialog closes."""

from __future__ import annotations

import pytest
from textual.screen import ModalScreen

from tests.reader_support import reader, ready, toasts_shown
from tui.app import ReaderApp
from tui.screens.bookmark_list import BookmarkList
from tui.screens.citation_dialog import CitationPicker
from tui.screens.help import HelpScreen
from tui.screens.link_picker import LinkPicker

ENTRY = "kda-next-flagship"
DIALOGS = [("question_mark", HelpScreen), ("o", LinkPicker), ("B", BookmarkList), ("Y", CitationPicker)]


def drawn_over(app: ReaderApp) -> set[str]:
    """Every kind of widget drawn at some cell of the screen on top."""
    width, height = app.size
    return {type(app.screen.get_widget_at(x, y)[0]).__name__ for y in range(height) for x in range(0, width, 2)}


@pytest.mark.parametrize("key, dialog", DIALOGS, ids=[d.__name__ for _, d in DIALOGS])
@pytest.mark.parametrize("size", [(40, 15), (60, 30), (80, 24)])
async def test_no_toast_over_a_dialog_and_it_shows_when_the_dialog_closes(
    key: str, dialog: type[ModalScreen[object]], size: tuple[int, int]
) -> None:
    async with reader(entry=ENTRY).run_test(size=size, notifications=True) as pilot:
        app = pilot.app
        assert isinstance(app, ReaderApp)
        await ready(pilot)
        app.notify("config.toml:5: keys: N for reader.note is already reader.previous-match's", timeout=30, markup=False)
        await pilot.pause()
        assert toasts_shown(app), "the reader shows the toast"
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, dialog)
        app.notify("arrived with the dialog open", timeout=30, markup=False)
        await pilot.pause()
        assert toasts_shown(app) == [] and "Toast" not in drawn_over(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ModalScreen)
        shown = " ".join(toasts_shown(app))
        assert "reader.previous-match" in shown and "arrived with the dialog open" in shown, shown


async def test_no_toast_over_the_command_palette() -> None:
    async with reader(entry=ENTRY).run_test(size=(80, 24), notifications=True) as pilot:
        app = pilot.app
        assert isinstance(app, ReaderApp)
        await ready(pilot)
        app.notify("a toast due", timeout=30, markup=False)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, ModalScreen)
        assert toasts_shown(app) == []
