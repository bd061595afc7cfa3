"""Time a terminal program in a private tmux server: launch to screen, keystroke to screen.

The screen is read every ~2 ms through one tmux client in control mode (`tmux -C`), which
takes `capture-pane` on its input and answers between `%begin` and `%end` lines. A
`tmux capture-pane` process started for each read (as before) took half of one of the
machine's two cores (5 s of reads: 2.06 s of CPU in those processes, 0.44 s in this
one): the program measured shared the machine with its own measurement."""

from __future__ import annotations

import queue
import re
import shlex
import subprocess
import threading
import time
import uuid
from collections.abc import Callable


class Clock:
    """A private tmux server with an idle pane; `launch` respawns it with the command."""

    def __init__(self, cols: int = 100, rows: int = 30, env: dict[str, str] | None = None) -> None:
        self.sock = f"bench-{uuid.uuid4().hex[:8]}"
        self.cols, self.rows = cols, rows
        self.env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", **(env or {})}
        self._control: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[list[str]] = queue.Queue()
        self._asking = threading.Lock()

    def tmux(self, *args: str) -> str:
        """Run a tmux command against this server."""
        out = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", "-u", *args], capture_output=True, text=True)
        return out.stdout

    def __enter__(self) -> Clock:
        self.tmux("new-session", "-d", "-s", "b", "-x", str(self.cols), "-y", str(self.rows), "sleep 86400")
        for option in (("-g", "remain-on-exit", "on"), ("-s", "escape-time", "0"), ("-g", "status", "off")):
            self.tmux("set-option", *option)
        self._control = subprocess.Popen(
            ["tmux", "-L", self.sock, "-f", "/dev/null", "-u", "-C", "attach", "-t", "b"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        threading.Thread(target=self._read_answers, daemon=True).start()
        self._ask("refresh-client -f no-output")  # (answers only, not the pane's output)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._control is not None:
            self._control.kill()
            self._control.wait()
        self.tmux("kill-server")

    def screen(self) -> str:
        """The visible pane."""
        return "".join(line + "\n" for line in self._ask("capture-pane -p -t b"))

    def _ask(self, command: str) -> list[str]:
        """The lines a command sent to the control-mode client answers."""
        assert self._control is not None and self._control.stdin is not None
        with self._asking:
            self._control.stdin.write(command.encode() + b"\n")
            self._control.stdin.flush()
            return self._answers.get(timeout=30)

    def _read_answers(self) -> None:
        """Collect each answer to this client's commands (a `%begin` ... `%end` block whose
        flags say it came from this client); notifications between blocks are passed over."""
        assert self._control is not None and self._control.stdout is not None
        block: list[str] | None = None
        end = ""
        for raw in self._control.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if block is None:
                if line.startswith("%begin ") and line.endswith(" 1"):
                    block, end = [], line.split(" ", 1)[1]
            elif line in (f"%end {end}", f"%error {end}"):
                self._answers.put(block)
                block = None
            else:
                block.append(line)

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
