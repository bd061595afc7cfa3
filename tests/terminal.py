"""A small tmux driver for tests where the real terminal matters.

`Terminal` runs a command in its own private tmux server (`tmux -L <unique> -f /dev/null
-u`), so tests never touch the user's tmux, read no ~/.tmux.conf and see UTF-8. It sends
keys, reads the screen and tmux's paste buffer (where an OSC 52 copy lands when
`set-clipboard` is on), resizes, and kills its server when done.

    with Terminal(cols=100, rows=30) as term:
        term.start(["kimi-ama-tui"])
        term.wait_for(r"Kimi")
        term.keys("q")

When tmux is not installed, `Terminal()` skips the test with the reason.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
import uuid
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

import pytest

Clipboard = Literal["on", "external", "off"]


def require_tmux() -> str:
    """The tmux executable, or skip the calling test."""
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed (apt-get install tmux): cannot drive a real terminal")
    return tmux


def _kill_server(tmux: str, socket: str) -> None:
    subprocess.run([tmux, "-L", socket, "kill-server"], capture_output=True, check=False)


class Terminal:
    """One private tmux server with one pane running the command under test."""

    SESSION = "test"

    def __init__(
        self,
        cols: int = 100,
        rows: int = 30,
        *,
        set_clipboard: Clipboard = "external",
        term: str = "xterm-256color",
    ) -> None:
        self.tmux = require_tmux()
        self.socket = f"kimi-test-{uuid.uuid4().hex[:12]}"
        self.cols, self.rows = cols, rows
        self.set_clipboard = set_clipboard
        self.term = term
        self._finalizer = weakref.finalize(self, _kill_server, self.tmux, self.socket)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, *args: str, check: bool = True) -> str:
        env = dict(os.environ)
        env.pop("TMUX", None)  # never talk to an enclosing tmux
        if "UTF-8" not in env.get("LANG", "").upper().replace("UTF8", "UTF-8"):
            env["LANG"] = "C.UTF-8"
        result = subprocess.run(
            [self.tmux, "-L", self.socket, "-f", "/dev/null", "-u", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=30,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {shlex.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def start(
        self,
        command: Sequence[str] | str,
        env: Mapping[str, str] | None = None,
        cwd: str | Path | None = None,
    ) -> None:
        """Run `command` (argv list, or a shell string) in the pane, with extra `env`."""
        shell = command if isinstance(command, str) else shlex.join(command)
        # tmux 3.3 does not report a dead pane's exit status: the shell writes it down
        self.status_file = Path(tempfile.mkdtemp(prefix="kimi-term-")) / "status"
        # (and a short pause first: output of a command that ends at once can race the
        # respawn's screen clear and be lost)
        # The command runs in a subshell so that its own `exit` still reaches the `echo`;
        # the trap keeps a Ctrl-C for the command from ending the recording shell too.
        status = shlex.quote(str(self.status_file))
        shell = f"trap : INT; sleep 0.2; ( {shell} ); echo $? > {status}"
        environment = {"TERM": self.term, "LANG": "C.UTF-8", **(env or {})}
        # An idle pane first, so the options are set before the command draws anything.
        self._run(
            "new-session",
            "-d",
            "-s",
            self.SESSION,
            "-x",
            str(self.cols),
            "-y",
            str(self.rows),
            "sleep 86400",
        )
        self._run("set-option", "-g", "remain-on-exit", "on")
        self._run("set-option", "-s", "escape-time", "0")
        self._run("set-option", "-s", "set-clipboard", self.set_clipboard)
        self._run("set-option", "-g", "status", "off")
        args = ["respawn-pane", "-k", "-t", self.SESSION]
        for key, value in environment.items():
            args += ["-e", f"{key}={value}"]
        if cwd is not None:
            args += ["-c", str(cwd)]
        self._run(*args, shell)

    def screen(self) -> str:
        """The visible screen, one line per row, trailing spaces trimmed."""
        return self._run("capture-pane", "-p", "-t", self.SESSION)

    def wait_for(self, regex: str, timeout: float = 20.0) -> str:
        """Wait until `regex` is on screen; the screen. Fails early if the command exited."""
        pattern = re.compile(regex, re.MULTILINE)
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if pattern.search(screen):
                return screen
            if self.exited():
                # tmux scrolls a dead pane by a line to say so: look in the scrollback too
                screen = self.history()
                if pattern.search(screen):
                    return screen
            if self.exited() or time.monotonic() > deadline:
                status = self.exit_status()
                why = (
                    f"the command exited with {status}"
                    if status is not None
                    else f"{timeout}s passed"
                )
                raise AssertionError(f"{regex!r} not on screen ({why}); screen:\n{screen}")
            time.sleep(0.05)

    def display(self, fmt: str) -> str:
        """tmux's `display -p` of a format for the pane, e.g. `#{pane_title}`, `#{alternate_on}`."""
        return self._run("display-message", "-p", "-t", self.SESSION, fmt).strip()

    def history(self) -> str:
        """The scrollback and the screen: everything the command printed that tmux kept."""
        return self._run("capture-pane", "-p", "-S", "-", "-t", self.SESSION)

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Send keys, in tmux's names (`Enter`, `C-c`, `Down`) or literally."""
        self._run("send-keys", "-t", self.SESSION, *(["-l"] if literal else []), *keys)

    def type(self, text: str) -> None:
        """Type `text` as it is."""
        self.keys(text, literal=True)

    def paste(self, text: str) -> None:
        """Paste `text` as a terminal does (bracketed paste when the command asked for it)."""
        self._run("set-buffer", "-b", "kimi-paste", text)
        self._run("paste-buffer", "-p", "-d", "-b", "kimi-paste", "-t", self.SESSION)

    def buffer(self) -> str:
        """tmux's newest paste buffer ("" when there is none)."""
        return self._run("show-buffer", check=False)

    def resize(self, cols: int, rows: int) -> None:
        """Resize the window the command runs in."""
        self.cols, self.rows = cols, rows
        self._run("resize-window", "-t", self.SESSION, "-x", str(cols), "-y", str(rows))

    def exited(self) -> bool:
        """Whether the command has ended."""
        return self.exit_status() is not None

    def exit_status(self) -> int | None:
        """The command's exit status, or None while it runs."""
        try:
            text = self.status_file.read_text(encoding="ascii").strip()
        except (OSError, AttributeError):
            return None
        return int(text) if text.lstrip("-").isdigit() else None

    def wait_exit(self, timeout: float = 20.0) -> int:
        """Wait for the command to end; its exit status."""
        deadline = time.monotonic() + timeout
        while (status := self.exit_status()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {timeout}s; screen:\n{self.screen()}")
            time.sleep(0.05)
        return status

    def close(self) -> None:
        """Kill the private tmux server (and the command with it); remove the status file."""
        self._finalizer()
        status_file = getattr(self, "status_file", None)
        if status_file is not None:
            shutil.rmtree(status_file.parent, ignore_errors=True)
