"""Time a terminal program in a private tmux server: launch to screen, keystroke to screen."""

from __future__ import annotations

import re
import shlex
import subprocess
import time
import uuid
from collections.abc import Callable


class Clock:
    """A private tmux server with an idle pane; `launch` respawns it with the command."""

    def __init__(self, cols: int = 100, rows: int = 30, env: dict[str, str] | None = None) -> None:
        self.sock = f"bench-{uuid.uuid4().hex[:8]}"
        self.cols, self.rows = cols, rows
        self.env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", **(env or {})}

    def tmux(self, *args: str) -> str:
        """Run a tmux command against this server."""
        out = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", "-u", *args], capture_output=True, text=True)
        return out.stdout

    def __enter__(self) -> Clock:
        self.tmux("new-session", "-d", "-s", "b", "-x", str(self.cols), "-y", str(self.rows), "sleep 86400")
        for option in (("-g", "remain-on-exit", "on"), ("-s", "escape-time", "0"), ("-g", "status", "off")):
            self.tmux("set-option", *option)
        return self

    def __exit__(self, *exc: object) -> None:
        self.tmux("kill-server")

    def screen(self) -> str:
        """The visible pane."""
        return self.tmux("capture-pane", "-p", "-t", "b")

    def until(self, ready: Callable[[str], bool], timeout: float = 20.0, start: float | None = None) -> float:
        """Seconds from `start` (default now) until `ready(screen)` holds, polling every ~2 ms."""
        start = time.perf_counter() if start is None else start
        while time.perf_counter() - start < timeout:
            if ready(self.screen()):
                return time.perf_counter() - start
            time.sleep(0.002)
        raise TimeoutError(self.screen())

    def launch(self, command: list[str], pattern: str, timeout: float = 20.0) -> float:
        """Seconds from respawning the pane with `command` until `pattern` is on screen."""
        args = ["respawn-pane", "-k", "-t", "b"]
        for key, value in self.env.items():
            args += ["-e", f"{key}={value}"]
        regex = re.compile(pattern, re.S)
        start = time.perf_counter()
        self.tmux(*args, shlex.join(command))
        return self.until(lambda s: bool(regex.search(s)), timeout=timeout, start=start)

    def key(self, key: str, ready: Callable[[str], bool], literal: bool = True) -> float:
        """Seconds from sending `key` until `ready(screen)` holds."""
        return self.keys(key, [ready], literal)[0]

    def keys(self, key: str, stages: list[Callable[[str], bool]], literal: bool = True) -> list[float]:
        """Seconds from sending `key` until each stage's `ready(screen)` holds, in turn."""
        start = time.perf_counter()
        self.tmux("send-keys", "-t", "b", *(["-l"] if literal else []), key)
        return [self.until(ready, start=start) for ready in stages]
