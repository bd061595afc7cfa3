"""TerminalGuard: the reader leaves the terminal as it found it, however it ends.

Textual restores the terminal (main screen, mouse reporting off, cooked mode) only when
the app exits normally. `TerminalGuard`, wrapped around `App.run`, makes every other end
normal too:

- SIGTERM, SIGHUP (a dropped SSH connection), SIGQUIT and SIGINT ask the app to exit with
  the shell's status for the signal (128 + n: 143, 129, 131, 130). If the app has not
  finished 3 s later, the guard writes the restoring sequences itself and ends the process
  with that status, even if `App.run` has returned by then (a thread left running must not
  keep a reader with no terminal alive); a SIGCONT (one comes with a hangup) no longer
  starts application mode again once the reader is ending.
- A second signal cuts those 3 s short (the user insists: SIGTERM or ctrl+c again) only
  if it is not a hangup and comes 0.5 s or more after the first (`forces_exit`). A
  terminal closed under an interactive shell delivers two SIGHUPs 0.4 ms apart (bash
  forwards one to its job, the kernel sends the other), then the tty reads EIO: none of
  them is a user insisting, and ending at once lost what the app saves as it exits (the
  note being typed). Nobody sends SIGHUP by hand, so a hangup never cuts the grace short.
- A terminal that is gone (a hung-up tty reads as end-of-file or EIO: the reader run with
  SIGHUP ignored, under `nohup`, when its terminal closes) ends the reader with status 129
  instead of a loop reading nothing at 100 % CPU.
- A byte that is not UTF-8 (`0xff`, `0x9b`, an 8-bit meta key) is read as U+FFFD instead
  of raising `UnicodeDecodeError` in Textual's input thread, which ended the app
  (textual 8.2.8 `LinuxDriver.run_input_thread` decodes with `errors="strict"`).
- Escape pressed just before another key, read together, is the Escape key and then
  that key, not Alt+key; an ESC inside a paste is dropped, never read as keys
  (`tui.escape_keys`).

Only the Linux/macOS driver is replaced; tests' headless driver is left alone.
"""

from __future__ import annotations

import asyncio
import codecs
import os
import selectors
import signal
import sys
import threading
import time
from functools import partial
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

from textual.constants import ESCAPE_DELAY
from textual.messages import InvokeLater
from textual.drivers.linux_driver import LinuxDriver

from corpus.text import ui_turn_begins, ui_turn_ends
from tui.escape_keys import ESCAPE, EscapeSplitter, escape_key, without_alt

if TYPE_CHECKING:
    from textual.app import App

GUARDED_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGINT)
"""Signals that end the reader with the terminal restored."""

TERMINAL_GONE_STATUS = 128 + signal.SIGHUP
"""Exit status when the terminal went away (as if hung up)."""

GRACE_SECONDS = 3.0
"""How long the app has to exit by itself before the guard ends the process."""

REPEAT_SECONDS = 0.5
"""A second signal sooner than this after the first is the same event, not the user insisting."""

RESTORE = (
    "\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l"  # mouse reporting off
    "\x1b[?2004l\x1b[?1004l\x1b[<u"  # bracketed paste, focus events, kitty keyboard off
    "\x1b[?7h\x1b[?1049l\x1b[?25h"  # line wrap on, main screen, cursor shown
)
"""What the guard writes when it must restore the terminal itself."""


class GuardedDriver(LinuxDriver):
    """Textual's Linux driver, reading input that may be invalid UTF-8 or a closed terminal."""

    guard: ClassVar[TerminalGuard | None] = None
    """Told when the terminal is gone (set on the subclass `TerminalGuard` makes)."""

    def run_input_thread(self) -> None:
        """Read, decode (a bad byte becomes U+FFFD), parse and dispatch input until exit."""
        from textual._xterm_parser import XTermParser

        parser = XTermParser()
        self._escapes = EscapeSplitter()
        decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode
        with selectors.DefaultSelector() as selector:
            selector.register(self.fileno, selectors.EVENT_READ)
            open_ = True
            while open_ and not self.exit_event.is_set():
                if selector.select(ESCAPE_DELAY if self._escapes.held else 0.1):
                    open_ = self._read(decode, parser)
                elif self._escapes.held:  # nothing followed it in time: the Escape key
                    self._feed(self._escapes.release(), parser)
                for event in parser.tick():
                    self._dispatch(event)
            if not open_:
                self._input_ended()
            elif selector.select(0):  # what was typed just before the exit
                self._read(decode, parser, final=True)
        try:
            for _ in parser.feed(""):
                pass
        except Exception:  # noqa: BLE001 - an incomplete sequence at exit is dropped
            pass

    def _read(self, decode: Any, parser: Any, final: bool = False) -> bool:
        """Read once and dispatch what was read; False when the input has ended."""
        try:
            data = os.read(self.fileno, 4096)
        except OSError:  # EIO: the terminal was hung up
            return False
        if not data:
            return False
        text = decode(data, final)
        if text:  # "" (half a character so far) would tell the parser the input ended
            # the UI's turn: loading and searching threads wait until it has drawn this
            since = ui_turn_begins()
            self._feed(self._escapes.pieces(text), parser)  # (an ESC before a key is the Escape key)
            self.send_message(InvokeLater(partial(ui_turn_ends, since)))  # (after the refresh)
        return True

    def _feed(self, pieces: list[str | None], parser: Any) -> None:
        """Parse and dispatch what a read gave, the Escape key where it stands."""
        for piece in pieces:
            for event in [escape_key()] if piece is ESCAPE else parser.feed(piece):
                self._dispatch(event)

    def _dispatch(self, event: Any) -> None:
        for each in without_alt(event):
            self.process_message(each)

    def resume_application_mode(self) -> None:
        """Resume after a SIGCONT, unless the reader is ending (a signal or a lost terminal).

        A hangup comes with a SIGCONT: Textual would start application mode again on the
        dead terminal, with a second input thread; the first one, left waiting, kept the
        process alive after the app had exited.
        """
        if self.guard is not None and self.guard.status is not None:
            return
        super().resume_application_mode()

    def _input_ended(self) -> None:
        """No more input: a terminal is gone (end the app); a pipe just ran dry (wait)."""
        if self.input_tty and self.guard is not None:
            self.guard.terminal_gone()
        self.exit_event.wait()


class TerminalGuard:
    """Around `app.run()`: signals and a lost terminal end the app with the terminal restored."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.status: int | None = None
        """The exit status a signal or a lost terminal asked for."""
        self._previous: dict[int, Any] = {}
        self._attrs: list[Any] | None = None
        self._timer: threading.Timer | None = None
        self._asked_at = 0.0
        """When (`time.monotonic`) the first signal or the lost terminal asked for the exit."""

    def __enter__(self) -> TerminalGuard:
        if issubclass(self.app.driver_class, LinuxDriver):
            self.app.driver_class = type("GuardedDriver", (GuardedDriver,), {"guard": self})
        self._attrs = _terminal_attributes()
        for signum in GUARDED_SIGNALS:
            if signal.getsignal(signum) == signal.SIG_IGN:
                continue  # ignored on purpose (nohup): a lost terminal still ends us
            self._previous[signum] = signal.signal(signum, self._on_signal)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        # A grace timer started by a signal keeps running: a thread left behind must not
        # keep the process alive past it (the timer is a daemon: it ends with the process).

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.end(128 + signum)

    def terminal_gone(self) -> None:
        """The terminal was closed: end the app (its output goes nowhere now)."""
        self.end(TERMINAL_GONE_STATUS)

    def end(self, status: int) -> None:
        """Ask the app to exit with `status`; end the process if it has not within the grace time.

        Asked again: the process ends now only if the user insists (`forces_exit`); a
        repeat of the same hangup leaves the app its grace time to save and exit.
        """
        now = time.monotonic()
        if self.status is not None:  # asked before
            if forces_exit(status, now - self._asked_at):
                self.restore_and_exit(self.status)
            return
        self.status, self._asked_at = status, now
        try:
            loop = asyncio.get_running_loop()  # in a signal handler on the app's thread
        except RuntimeError:
            loop = None
        if loop is not None:
            loop.call_soon_threadsafe(self.app.exit, None, status)
        else:
            self.app.exit(None, status)
        self._timer = threading.Timer(GRACE_SECONDS, self.restore_and_exit, (status,))
        self._timer.daemon = True
        self._timer.start()

    def restore_and_exit(self, status: int) -> None:
        """Write the restoring sequences, put the tty mode back, end the process now."""
        try:
            os.write(_fileno(sys.__stderr__), RESTORE.encode())
        except (OSError, ValueError, AttributeError):
            pass
        if self._attrs is not None:
            import termios

            try:
                termios.tcsetattr(_fileno(sys.__stdin__), termios.TCSANOW, self._attrs)
            except (termios.error, OSError, ValueError, AttributeError):
                pass
        os._exit(status)


def forces_exit(status: int, after: float) -> bool:
    """Whether a request to end (`status`, `after` seconds after the first) ends the process now.

    A hangup (SIGHUP, or the terminal gone: both 129) never does: closing a terminal under
    an interactive shell sends two at once and then the tty reads EIO. Any other signal
    does from `REPEAT_SECONDS` on: sooner, it is the same event delivered twice.
    """
    return status != TERMINAL_GONE_STATUS and after >= REPEAT_SECONDS


def _terminal_attributes() -> list[Any] | None:
    """The tty's mode before the app changes it (None when stdin is not a terminal)."""
    import termios

    try:
        return termios.tcgetattr(_fileno(sys.__stdin__))
    except (termios.error, OSError, ValueError, AttributeError):
        return None


def _fileno(stream: Any) -> int:
    """The descriptor of one of the process's original streams (ValueError when closed)."""
    if stream is None:
        raise ValueError("no such stream")
    return int(stream.fileno())
