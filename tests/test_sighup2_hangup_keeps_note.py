"""Sweep 11, item 1: a closed terminal never loses the note being typed.

A terminal closed under an interactive shell (`tmux kill-pane`, a dropped SSH connection)
delivers two SIGHUPs 0.4 ms apart (bash forwards one to its job, the kernel sends the
other). `TerminalGuard.end` took the second as the user insisting and ended the process
at once (`os._exit`): the note editor's text was lost. A repeat of the hangup, or any
signal within `REPEAT_SECONDS` of the first, now leaves the app its grace time; a second
SIGTERM or SIGINT later still ends it at once.

Found while fixing it: the hangup also brings a SIGCONT, on which Textual started
application mode again with a second input thread; the first, left waiting, kept the
process alive after the app had exited (and the guard had cancelled its grace timer).
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.terminal import Terminal
from tests.test_hostile_terminal import _alive, _command
import tui.terminal_guard
from tui.terminal_guard import GuardedDriver, TerminalGuard

ENTRY = "k3-when"
"""A built-in entry the tmux test writes its note on."""


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


@pytest.mark.parametrize(
    "first, again",
    [(129, 129), (129, 143), (143, 143), (130, 130), (129, 130)],
    ids=["hup-hup", "hup-term", "term-term", "int-int", "hup-int"],
)
def test_a_second_signal_at_once_is_the_same_event(monkeypatch: pytest.MonkeyPatch, first: int, again: int) -> None:
    """Two signals 0.4 ms apart (bash's forwarded SIGHUP and the kernel's): the app keeps its grace."""
    guard, _ = _guard(monkeypatch)
    try:
        guard.end(first)
        guard.end(again)  # the old guard ended the process here
        assert guard.status == first
        assert guard.app.exits == [first]  # type: ignore[attr-defined]
    finally:
        _stop(guard)


def test_a_hangup_never_cuts_the_grace_short(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SIGHUP after a SIGHUP, or the tty reading EIO after it, however late: nobody sends those by hand."""
    guard, _ = _guard(monkeypatch)
    try:
        guard.end(129)
        time.sleep(0.6)
        guard.end(129)  # SIGHUP again
        guard.terminal_gone()  # the hung-up tty read EIO
        assert guard.status == 129
    finally:
        _stop(guard)


@pytest.mark.parametrize("first, again", [(143, 143), (130, 130), (129, 143)], ids=["term-term", "int-int", "hup-term"])
def test_the_user_can_still_insist(monkeypatch: pytest.MonkeyPatch, first: int, again: int) -> None:
    """A second SIGTERM or SIGINT half a second later ends the process at once, with the first status."""
    guard, _ = _guard(monkeypatch)
    try:
        guard.end(first)
        time.sleep(0.6)
        with pytest.raises(_Forced) as forced:
            guard.end(again)
        assert forced.value.args == (first,)
    finally:
        _stop(guard)


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


class _ShellTerminal(Terminal):
    """A tmux pane whose own process is an interactive bash, as a user's terminal is."""

    def start_shell(self, env: dict[str, str]) -> None:
        """Start `bash -i` as the pane's process (the session leader), with `env`."""
        self.status_file = Path("/nonexistent/status")  # no wrapper writes one
        self._run("new-session", "-d", "-s", self.SESSION, "-x", str(self.cols), "-y", str(self.rows), "sleep 86400")
        self._run("set-option", "-s", "escape-time", "0")
        self._run("set-option", "-g", "status", "off")
        args = ["respawn-pane", "-k", "-t", self.SESSION]
        for key, value in {"TERM": self.term, "LANG": "C.UTF-8", **env}.items():
            args += ["-e", f"{key}={value}"]
        self._run(*args, "exec bash --norc --noprofile -i")

    def kill_pane(self) -> None:
        """Close the pane's terminal, as a dropped SSH connection does."""
        self._run("kill-pane", "-t", self.SESSION)


@pytest.mark.slow
def test_killing_the_pane_of_an_interactive_shell_keeps_the_note(tmp_path: Path) -> None:
    """The sweep's steps: the reader run from bash in a tmux pane, the note editor open with
    text typed, `tmux kill-pane`. The note was lost (the process gone within ~1 s, 3 of 3)."""
    env = {name: str(tmp_path / name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    pid_file = tmp_path / "pid"
    reader = shlex.join([*_command(), "--lang", "en", "--entry", ENTRY])
    term = _ShellTerminal(110, 30)
    with term:
        term.start_shell(env)
        term.wait_for(r"[$#] *$")  # the prompt
        # the reader is bash's job, as typed at its prompt (sh execs it: the pid is the reader's)
        term.type(f"sh -c {shlex.quote(f'echo $$ > {shlex.quote(str(pid_file))}; exec {reader}')}")
        term.keys("Enter")
        term.wait_for(r"Q Model lineup")  # the entry is shown
        pid = int(pid_file.read_text().strip())
        try:
            term.keys("M")
            term.wait_for(r"Note on k3-when")
            term.type("NOTE-pane 笔记")
            term.wait_for(r"NOTE-pane")
            term.kill_pane()
            deadline = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not _alive(pid), "the reader is still running without a terminal"
        finally:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    listed = subprocess.run(
        [*_command(), "bookmarks", "--json"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    notes = {mark["entry"]: mark["note"] for mark in json.loads(listed.stdout)}
    assert notes.get(ENTRY) == "NOTE-pane 笔记", listed.stdout
