"""A copy that fails completely while a dialog is open (`y` then `M` at once: the copy's
worker reports after the note editor opened) shows the citation when the reader is on top
again, never over the editor: the keys typed into the note stay in it (over the editor, the
citation view took them: `a` selected, `c` sent a copy and closed it, `q` closed it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from textual.widgets import TextArea

import tui.copying
from tests.reader_support import reader, ready, toasts_shown
from tui.app import ReaderApp
from tui.screens.citation_dialog import CitationView
from tui.screens.help import HelpScreen
from tui.screens.note_editor import NoteEditor

ENTRY = "kda-next-flagship"
NOTE = "a quick check: q and c"


@pytest.fixture(autouse=True)
def no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not inside tmux: `--clipboard tmux` sends nothing anywhere (the copy fails completely)."""
    for var in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The copy's worker waits for this event before it reports (a slow tool, a slow link)."""
    release = threading.Event()
    deliver = tui.copying.deliver

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return deliver(*args, **kwargs)

    monkeypatch.setattr(tui.copying, "deliver", slow)
    yield release
    release.set()


async def test_a_failed_copy_waits_for_the_note_editor_to_close(held: threading.Event) -> None:
    app = reader(entry=ENTRY, clipboard="tmux")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("y", "M", *NOTE[:8])
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor), app.screen_stack
        await pilot.press(*NOTE[8:])
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.query_one(TextArea).text == NOTE
        await pilot.press("ctrl+s")
        await pilot.pause()
        bookmark = app.reader_screen.bookmarks.get(ENTRY)  # type: ignore[union-attr]
        assert bookmark is not None and bookmark.note == NOTE
        # then the citation, to select, with what went wrong
        assert isinstance(app.screen, CitationView), app.screen_stack
        assert app.screen.note.startswith("Citation not sent to any clipboard.")
        assert [type(screen) for screen in app.screen_stack].count(CitationView) == 1
        assert not toasts_shown(app)  # (no toast over a dialog: held until it closes)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.reader_screen
        assert any(f"{ENTRY}: note saved" in toast for toast in toasts_shown(app))  # (not cleared by the view)


async def test_a_cancelled_note_then_the_citation_and_the_news_held_meanwhile(held: threading.Event) -> None:
    """Esc in the editor: the note as it was, then the citation; a toast the editor held
    back while the note was typed is shown then, not cleared by the view."""
    app = reader(entry=ENTRY, clipboard="tmux")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("y", "M", *"draft")
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.notify("arrived while typing", markup=False)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CitationView)
        assert app.reader_screen.bookmarks.get(ENTRY) is None  # type: ignore[union-attr]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.reader_screen
        assert any("arrived while typing" in toast for toast in toasts_shown(app))  # (not cleared by the view)


async def test_behind_two_dialogs_the_citation_waits_for_both(held: threading.Event) -> None:
    """`y ? ` then the palette... any dialog: the view opens over the reader alone."""
    app = reader(entry=ENTRY, clipboard="tmux")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("y", "question_mark")
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CitationView)
        assert app.screen_stack[-2] is app.reader_screen
