"""Sweep 11, item 1: a closed terminal (tmux kill-pane, a dropped SSH connection) leaves no
reader behind.

The hangup also brings a SIGCONT, on which Textual started application mode again with a
second input thread; the first, left waiting, kept the process alive after the app had
exited (and the guard had cancelled its grace timer there).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

import tui.terminal_guard
from tui.terminal_guard import GuardedDriver, TerminalGuard

class _App:
    """Stands in for the app: records the exits the guard asks for."""

    def __init__(self) -> None:
        self.exits: list[Any] = []

    def exit(self, result: Any = None, return_code: int = 0) -> None:
        """Record an exit asked for."""
        self.exits.append(return_code)


class _Forced(Exception):
    """`restore_and_exit` was called on the main thread (instead of `os._exit`)."""


def _guard(monkeypatch: pytest.MonkeyPatch) -> tuple[TerminalGuard, list[int]]:
    """A guard around a stand-in app; `restore_and_exit` raises `_Forced` on the main thread,
    and only records the status when the grace timer calls it."""
    guard = TerminalGuard(_App())  # type: ignore[arg-type]
    timed_out: list[int] = []

    def forced(status: int) -> None:
        if threading.current_thread() is threading.main_thread():
            raise _Forced(status)
        timed_out.append(status)

    monkeypatch.setattr(guard, "restore_and_exit", forced)
    return guard, timed_out


def _stop(guard: TerminalGuard) -> None:
    guard.__exit__(None, None, None)
    if guard._timer is not None:  # (the grace timer keeps running after __exit__)
        guard._timer.cancel()


def test_the_grace_time_holds_after_the_app_has_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread left waiting kept a reader with no terminal alive after `App.run` returned
    (the guard cancelled its timer there): the process still ends when the grace time is up."""
    monkeypatch.setattr(tui.terminal_guard, "GRACE_SECONDS", 0.2)
    guard, timed_out = _guard(monkeypatch)
    try:
        guard.end(129)
        guard.__exit__(None, None, None)  # App.run returned
        time.sleep(0.6)
        assert timed_out == [129]
    finally:
        _stop(guard)


@pytest.mark.parametrize("ending", [True, False], ids=["ending", "suspended"])
def test_a_sigcont_does_not_restart_a_reader_that_is_ending(monkeypatch: pytest.MonkeyPatch, ending: bool) -> None:
    """A hangup comes with a SIGCONT: Textual started application mode again on the dead
    terminal, with a second input thread. After ctrl+z and `fg` it still resumes."""
    guard, _ = _guard(monkeypatch)
    started: list[bool] = []
    driver_class: type[GuardedDriver] = type("Driver", (GuardedDriver,), {"guard": guard, "start_application_mode": lambda self: started.append(True)})
    driver = driver_class.__new__(driver_class)  # (no app, no terminal: only the decision)
    try:
        if ending:
            guard.end(129)
        driver.resume_application_mode()
        assert started == ([] if ending else [True])
    finally:
        _stop(guard)
