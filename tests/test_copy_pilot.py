"""Pilot tests of `y` and `Y`: what reaches `app.clipboard` and the terminal, and what the reader is told."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from textual.drivers.headless_driver import HeadlessDriver
from textual.pilot import Pilot
from textual.widgets import TextArea

from corpus.citation import cite
from tests.reader_support import reader, ready, settle
from tui.app import ReaderApp
from tui.screens.citation_dialog import CitationPicker, CitationView

ENTRY = "why-int4-not-fp4"
TWO_ANSWERS = "writing-style-k2-instruct"
HINT = "Not in your clipboard? Press y again to see the text and select it."


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not inside tmux, not over SSH, no desktop: auto means OSC 52 alone, whoever runs the tests."""
    for var in (
        "TMUX",
        "SSH_CONNECTION",
        "SSH_TTY",
        "SSH_CLIENT",
        "DISPLAY",
        "WAYLAND_DISPLAY",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def terminal_bytes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Everything the app writes to its (headless) terminal."""
    written: list[str] = []

    def write(self: HeadlessDriver, data: str) -> None:
        written.append(data)

    monkeypatch.setattr(HeadlessDriver, "write", write)
    return written


class Notes:
    """The app's notifications, as it sent them."""

    def __init__(self, app: ReaderApp) -> None:
        self.calls: list[dict[str, Any]] = []
        original = app.notify

        def notify(message: str, **kwargs: Any) -> None:
            self.calls.append({"message": message, **kwargs})
            original(message, **kwargs)

        app.notify = notify  # type: ignore[method-assign]

    @property
    def last(self) -> dict[str, Any]:
        assert self.calls, "no notification"
        return self.calls[-1]


def osc52(text: str) -> str:
    return f"\x1b]52;c;{base64.b64encode(text.encode('utf-8')).decode('ascii')}\a"


async def copied(pilot: Pilot[Any], key: str = "y") -> None:
    """Press `key` and wait for the clipboard worker and its notification."""
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_y_puts_the_citation_in_app_clipboard_and_osc52_on_the_terminal(
    terminal_bytes: list[str],
) -> None:
    app = reader(entry=ENTRY, lang="en")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        expected = cite(app.corpus, ENTRY, "text", "en")
        terminal_bytes.clear()
        await copied(pilot)
        assert app.clipboard == expected
        assert osc52(expected) in "".join(terminal_bytes)
        assert notes.last == {
            "message": f"Citation sent via OSC 52. {HINT}",
            "title": f"Citation · plain text · {ENTRY}",
            "severity": "information",
            "timeout": 8.0,
            "markup": False,
        }


async def test_with_the_filter_on_y_copies_whole_answers_not_the_match(
    terminal_bytes: list[str],
) -> None:
    app = reader(filter="Marlin", lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await settle(pilot, "Marlin")
        screen = app.reader_screen
        assert screen is not None and screen.result is not None
        entry_id = screen.shown_entry
        assert entry_id == ENTRY
        await copied(pilot)
        assert app.corpus is not None
        expected = cite(app.corpus, ENTRY, "text", "en")
        assert app.clipboard == expected
        for answer in app.corpus.entry(ENTRY).answers:
            assert answer.text.get("en") in app.clipboard
        assert osc52(expected) in "".join(terminal_bytes)


async def test_the_citation_follows_the_reading_language(
    terminal_bytes: list[str],
) -> None:
    app = reader(entry=TWO_ANSWERS, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        await pilot.press("L")  # en -> both
        assert app.lang == "both"
        await copied(pilot)
        assert app.clipboard == cite(app.corpus, TWO_ANSWERS, "text", "both")
        await pilot.press("L")  # both -> zh: a new language copies again, no view
        await copied(pilot)
        assert not isinstance(app.screen, CitationView)
        assert app.clipboard == cite(app.corpus, TWO_ANSWERS, "text", "zh")
        assert "〔精炼版的意译，并非答者原话。〕" in app.clipboard


async def test_y_twice_shows_the_citation_as_literal_selectable_text(
    terminal_bytes: list[str],
) -> None:
    app = reader(entry=ENTRY, lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        expected = cite(app.corpus, ENTRY, "text", "zh")
        await copied(pilot)
        await copied(pilot)
        assert isinstance(app.screen, CitationView)
        area = app.screen.query_one(TextArea)
        assert area.text == expected
        assert area.read_only
        await pilot.press("a")
        assert area.selected_text == expected
        await pilot.press("escape")
        assert not isinstance(app.screen, CitationView)
        await copied(pilot)  # after the view, y copies again
        assert not isinstance(app.screen, CitationView)


async def test_c_in_the_view_sends_the_selection_again(
    terminal_bytes: list[str],
) -> None:
    app = reader(entry=ENTRY, lang="en")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await copied(pilot)
        await copied(pilot)
        assert isinstance(app.screen, CitationView)
        area = app.screen.query_one(TextArea)
        area.select_line(0)
        line = area.selected_text
        terminal_bytes.clear()
        await copied(pilot, "c")
        assert not isinstance(app.screen, CitationView)
        assert app.clipboard == line
        assert osc52(line) in "".join(terminal_bytes)
        assert notes.last["message"].startswith("Citation sent via OSC 52.")
        await copied(pilot)  # the clipboard holds one line: y copies the whole citation
        assert not isinstance(app.screen, CitationView)
        assert app.corpus is not None
        assert app.clipboard == cite(app.corpus, ENTRY, "text", "en") != line


async def test_Y_picks_a_format_then_copies(terminal_bytes: list[str]) -> None:
    app = reader(entry=TWO_ANSWERS, lang="en")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        await pilot.press("Y")
        assert isinstance(app.screen, CitationPicker)
        preview = app.screen.query_one(TextArea)
        assert preview.text == cite(app.corpus, TWO_ANSWERS, "text", "en")
        await pilot.press("down", "down")
        await pilot.pause()
        bibtex = cite(app.corpus, TWO_ANSWERS, "bibtex", "en")
        assert preview.text == bibtex
        await copied(pilot, "enter")
        assert not isinstance(app.screen, CitationPicker)
        assert app.clipboard == bibtex
        assert osc52(bibtex) in "".join(terminal_bytes)
        assert notes.last["title"] == f"Citation · BibTeX · {TWO_ANSWERS}"
        await pilot.press("Y")
        await copied(pilot, "4")
        assert app.clipboard == cite(app.corpus, TWO_ANSWERS, "csl-json", "en")
        await copied(pilot)  # y copies its own format: the CSL-JSON is not what y copies
        assert not isinstance(app.screen, CitationView)
        assert app.clipboard == cite(app.corpus, TWO_ANSWERS, "text", "en")


async def _link_copied(pilot: Pilot[Any], key: str) -> None:
    """Pick link `key` in the open link picker and wait for its worker."""
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_y_after_a_link_was_copied_copies_the_citation_again(
    terminal_bytes: list[str], small_corpus: Path
) -> None:
    """y, o 1, y: the clipboard holds the URL, so the second y copies, it does not show the text."""
    app = reader(corpus_path=small_corpus, entry="why-int4", lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        citation = cite(app.corpus, "why-int4", "text", "en")
        await copied(pilot)
        assert app.clipboard == citation
        await pilot.press("o")
        await pilot.pause()
        await _link_copied(pilot, "1")
        assert app.clipboard == "https://example.com/article"
        terminal_bytes.clear()
        await copied(pilot)
        assert not isinstance(app.screen, CitationView)
        assert app.clipboard == citation
        assert osc52(citation) in "".join(terminal_bytes)
        await copied(pilot)  # now the citation was the last copy: y shows it
        assert isinstance(app.screen, CitationView)
        assert app.screen.query_one(TextArea).text == citation


@pytest.mark.parametrize("fmt_key", ["2", "3", "4"])
async def test_y_after_another_format_copies_the_plain_citation(
    terminal_bytes: list[str], fmt_key: str
) -> None:
    """Y 3 (BibTeX), then y: y copies the plain text, it does not show the BibTeX."""
    app = reader(entry=TWO_ANSWERS, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        await pilot.press("Y")
        await copied(pilot, fmt_key)
        other = app.clipboard
        assert other != cite(app.corpus, TWO_ANSWERS, "text", "en")
        await copied(pilot)
        assert not isinstance(app.screen, CitationView)
        assert app.clipboard == cite(app.corpus, TWO_ANSWERS, "text", "en")


async def test_Y_escape_copies_nothing(terminal_bytes: list[str]) -> None:
    app = reader(entry=ENTRY, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("Y")
        await copied(pilot, "escape")
        assert app.clipboard == ""
        assert "\x1b]52" not in "".join(terminal_bytes)


async def test_clipboard_off_writes_nothing_and_shows_the_text(
    terminal_bytes: list[str],
) -> None:
    app = reader(entry=ENTRY, lang="en", clipboard="off")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        await copied(pilot)
        assert "\x1b]52" not in "".join(terminal_bytes)
        assert isinstance(app.screen, CitationView)
        assert app.screen.query_one(TextArea).text == cite(
            app.corpus, ENTRY, "text", "en"
        )
        assert (
            app.screen.note
            == "The clipboard is off (--clipboard off): here is the citation to select."
        )
        assert notes.calls == []


async def test_a_failing_tmux_is_reported_not_raised(
    terminal_bytes: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TMUX", f"{tmp_path}/gone,1,0")
    monkeypatch.setenv("PATH", str(tmp_path))  # no tmux here
    app = reader(entry=ENTRY, lang="en")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.corpus is not None
        await copied(pilot)
        assert app.clipboard == cite(app.corpus, ENTRY, "text", "en")
        assert (
            notes.last["message"]
            == f"Citation sent via OSC 52. Not sent via the tmux buffer: tmux not found. {HINT}"
        )
        assert notes.last["severity"] == "warning"


async def test_nothing_sent_opens_the_text_at_once(terminal_bytes: list[str]) -> None:
    app = reader(entry=ENTRY, lang="en", clipboard="tmux")  # and not inside tmux
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await copied(pilot)
        assert isinstance(app.screen, CitationView)
        assert app.screen.note == (
            "Citation not sent to any clipboard. Not sent to the tmux buffer: the app is not inside tmux "
            "($TMUX is not set). Here it is to select."
        )
        assert notes.calls == []
        assert "\x1b]52" not in "".join(terminal_bytes)


async def test_markup_in_corpus_text_is_shown_literally(
    terminal_bytes: list[str], small_corpus: Path
) -> None:
    raw = small_corpus.read_text(encoding="utf-8").replace(
        "We chose int4.", "We chose int4 ([Reddit][1]) close [/bold] [b]x[/b]."
    )
    small_corpus.write_text(raw, encoding="utf-8")
    app = reader(corpus_path=small_corpus, entry="why-int4", lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await copied(pilot)
        assert "We chose int4 ([Reddit][1]) close [/bold] [b]x[/b]." in app.clipboard
        await copied(pilot)
        assert isinstance(app.screen, CitationView)
        assert (
            "We chose int4 ([Reddit][1]) close [/bold] [b]x[/b]."
            in app.screen.query_one(TextArea).text
        )


async def test_y_with_no_entry_shown_says_so(terminal_bytes: list[str]) -> None:
    app = reader(lang="en")
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await copied(pilot)
        assert app.clipboard == ""
        assert (
            notes.last["message"]
            == "Move to an entry first: there is nothing to cite here"
        )
