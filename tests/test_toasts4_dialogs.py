"""A toast and a dialog (sweep 12, item 4). A toast raised a moment before a dialog opened
(60x20: Down, `m`, 1 s, `?`) stayed on the reader behind the dialog, drawn cut off in the
rows the dialog did not cover: d00805a's test looked at the dialog's own widgets only, not
at the terminal's rows, where the reader shows through the dialog's backdrop. And a toast
hidden under a dialog ran out its time there: a user who kept the dialog open longer than
its timeout never saw "bookmarked" or a failed copy. Now no toast is drawn anywhere while
a dialog is open, and its time runs only while it can be seen."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.screen import ModalScreen

from tests.reader_support import reader, ready, toasts_shown
from tui.app import ReaderApp

ENTRY = "kda-next-flagship"
DIALOGS = {"help": "question_mark", "citations": "Y", "palette": "ctrl+p"}
SEEN_AROUND = [("help", (60, 20)), ("help", (40, 15)), ("help", (80, 24)), ("citations", (60, 20))]
SEEN_AROUND += [("citations", (40, 15)), ("palette", (120, 30))]
"""Dialogs and sizes where the reader is seen around the dialog, where the toast was (the
links and bookmarks dialogs cover it at every size)."""


def terminal_rows(app: ReaderApp) -> list[str]:
    """The terminal's rows as drawn: the dialog over the screens seen behind it."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False, safe_box=False)
    # (what App.export_screenshot draws, as text)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))  # noqa: SLF001
    return console.export_text().splitlines()


async def started(pilot: Pilot[Any]) -> ReaderApp:
    app = pilot.app
    assert isinstance(app, ReaderApp)
    await ready(pilot)
    return app


@pytest.mark.parametrize("dialog, size", SEEN_AROUND)
async def test_a_toast_raised_just_before_a_dialog_is_not_drawn_behind_it(dialog: str, size: tuple[int, int]) -> None:
    async with reader(entry=ENTRY).run_test(size=size, notifications=True) as pilot:
        app = await started(pilot)
        await pilot.press("m")  # as by hand: the bookmark's toast, then the dialog
        await pilot.pause(0.3)
        assert any("kda-next-flagship" in toast for toast in toasts_shown(app)), "the reader shows the toast"
        assert any("bookmark" in row for row in terminal_rows(app))
        await pilot.press(DIALOGS[dialog])
        await pilot.pause(0.3)
        assert isinstance(app.screen, ModalScreen)
        rows = terminal_rows(app)
        # (a toast's left edge is drawn "▌"; its words: "kda-next-flagship: bookmarked (M adds
        # a note, B lists bookmarks)")
        assert not [row for row in rows if "▌" in row or "adds a" in row or "lists" in row], "\n".join(rows)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ModalScreen)
        assert any("kda-next-flagship" in toast for toast in toasts_shown(app)), "the toast was lost"


@pytest.mark.parametrize("size", [(60, 20), (40, 15)])
async def test_a_toast_under_a_dialog_keeps_its_time_until_the_dialog_closes(size: tuple[int, int]) -> None:
    async with reader(entry=ENTRY).run_test(size=size, notifications=True) as pilot:
        app = await started(pilot)
        app.notify("due before the help", timeout=1.2, markup=False)
        await pilot.pause(0.1)
        assert toasts_shown(app) == ["due before the help"]
        await pilot.press("question_mark")
        await pilot.pause()
        app.notify("raised under the help", timeout=1.2, markup=False)
        await pilot.pause(1.6)  # longer than both timeouts, the help open
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert not isinstance(app.screen, ModalScreen)
        assert sorted(toasts_shown(app)) == ["due before the help", "raised under the help"]
        await pilot.pause(1.6)  # seen now: their time runs out
        assert toasts_shown(app) == []

