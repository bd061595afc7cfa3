"""Start-up options of the reader: language from the locale, theme, mouse."""

from __future__ import annotations

import pytest

from tests.reader_support import reader, ready
from tui.app import default_theme, run_reader
from tui.options import ReaderOptions, default_lang


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh"),
        ({}, "en"),
    ],
)
def test_default_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], lang: str) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_lang() == lang


@pytest.mark.parametrize(("term", "theme"), [("xterm", "ansi-dark"), ("linux", "ansi-dark"), ("xterm-256color", "textual-dark")])
def test_default_theme_reads_well_with_few_colours(monkeypatch: pytest.MonkeyPatch, term: str, theme: str) -> None:
    monkeypatch.setenv("TERM", term)
    monkeypatch.delenv("COLORTERM", raising=False)
    assert default_theme() == theme


def test_unknown_theme_is_one_line_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_reader(ReaderOptions(theme="no-such-theme")) == 2
    err = capsys.readouterr().err
    assert "unknown theme 'no-such-theme'" in err and "nord" in err and "Traceback" not in err


async def test_theme_option_is_applied_and_lang_option_wins_over_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    app = reader(theme="nord", lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.theme == "nord"
        assert app.lang == "en"
        assert "Architecture / training" in app.reader_screen.status.where


async def test_shift_tab_moves_focus_back() -> None:
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        first = app.focused
        await pilot.press("tab")
        assert app.focused is not first
        await pilot.press("shift+tab")
        assert app.focused is first


def test_no_mouse_reaches_app_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.app import ReaderApp

    seen: dict[str, object] = {}

    def fake_run(self: ReaderApp, **kwargs: object) -> None:
        seen.update(kwargs)

    monkeypatch.setattr(ReaderApp, "run", fake_run)
    monkeypatch.setattr("tui.app._not_a_terminal", lambda: None)  # (pytest's input is no terminal)
    assert run_reader(ReaderOptions(mouse=False)) == 0
    assert seen.get("mouse") is False


async def test_entry_in_another_case_gets_did_you_mean() -> None:
    app = reader(entry="KDA-NEXT-FLAGSHIP")
    messages: list[str] = []
    original = app.notify
    app.notify = lambda message, **kw: (messages.append(message), original(message, **kw))  # type: ignore[method-assign,func-returns-value]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert any("Did you mean 'kda-next-flagship'?" in m for m in messages), messages


async def test_entry_hidden_by_the_filter_says_so() -> None:
    app = reader(entry="why-int4-not-fp4", filter="muon")
    messages: list[str] = []
    original = app.notify
    app.notify = lambda message, **kw: (messages.append(message), original(message, **kw))  # type: ignore[method-assign,func-returns-value]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert any("does not match the filter 'muon'" in m for m in messages), messages
        assert not any("No entry with id" in m for m in messages)


def test_stale_columns_and_lines_are_dropped_before_the_app_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.app

    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("LINES", "10")
    seen: dict[str, object] = {}

    class Stub:
        return_code = 0

        def run(self, **kwargs: object) -> None:
            import os

            seen["env"] = (os.environ.get("COLUMNS"), os.environ.get("LINES"))

    monkeypatch.setattr(tui.app, "make_app", lambda *a, **k: Stub())
    import contextlib

    monkeypatch.setattr("tui.terminal_guard.TerminalGuard", lambda app: contextlib.nullcontext())
    monkeypatch.setattr("tui.app._not_a_terminal", lambda: None)
    assert run_reader(ReaderOptions()) == 0
    assert seen["env"] == (None, None)
