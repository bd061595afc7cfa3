"""How the command line writes: UTF-8 output whatever the locale, and a bad corpus's problems.

Used by the CLI and by `tui.app.run_reader`, so the app never imports the CLI."""

from __future__ import annotations

import io
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.loader import CorpusError


STDOUT_CLOSED = (
    "standard output is closed: send the output somewhere, e.g. > FILE or > /dev/null, "
    "instead of closing it (>&-)"
)
"""What a command that writes to stdout says when the shell closed it (`>&-`)."""


class StdoutClosedError(OSError):
    """A command wrote to standard output, which the shell closed (`>&-`)."""


class _ClosedStdout(io.TextIOBase):
    """Stands in for a stdout the shell closed: writing raises `StdoutClosedError`, the
    rest (flush, isatty) works, so a command that writes nothing there (`import -o`) runs."""

    def writable(self) -> bool:
        """Writable as far as callers know: the write itself says it is closed."""
        return True

    def write(self, text: str) -> int:
        """Refuse: there is nowhere to write."""
        raise StdoutClosedError(STDOUT_CLOSED)

    def isatty(self) -> bool:
        """Not a terminal."""
        return False


def guard_standard_streams() -> None:
    """Give a stdout or stderr the shell closed (`>&-`, `2>&-`; Python sets them to None)
    a stand-in: stdout refuses to be written to (one line, not a traceback), stderr drops
    what is written. Their descriptors are pointed at /dev/null, so a file opened later
    (the corpus `import -o` writes) cannot become fd 1 or 2 and receive stray output."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    for fd in (1, 2):
        try:
            os.fstat(fd)
        except OSError:  # closed: fill it, so no later open() gets this number
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
            except OSError:
                pass
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # nowhere to report: drop it


def stdout_to_terminal() -> None:
    """The reader started with stdout closed (`>&-`): stdout is the terminal it draws on
    (stderr's, or stdin's). Textual reads the terminal's size through stdout
    (`shutil.get_terminal_size`), so it took the terminal for 80x24, the terminal said
    otherwise, and the reader resized back and forth for ever at full CPU, deaf to `q`."""
    if not isinstance(sys.stdout, _ClosedStdout):
        return
    for fd in (2, 0):
        try:
            if os.isatty(fd):
                os.dup2(fd, 1)
                break
        except OSError:
            continue
    else:
        return  # no terminal at all: the driver says so itself
    stream = open(1, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    sys.stdout = stream
    setattr(sys, "__stdout__", stream)  # (what shutil.get_terminal_size reads)


def report_corpus_error(err: CorpusError) -> int:
    """Print each problem of a bad corpus file on its own line to stderr; return 1."""
    for problem in err.problems:
        print(problem, file=sys.stderr)
    return 1


def write_stdout(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale says: JSON is UTF-8 by definition."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def not_a_terminal() -> str | None:
    """Why the reader cannot run here, if it cannot: it reads keys from standard input and
    draws on standard error (with /dev/null as input it raised a traceback and exited 0,
    or waited forever; with a pipe it waited forever)."""
    if sys.__stdin__ is None or not sys.__stdin__.isatty():
        return (
            "the reader needs a terminal, and standard input is not one (over SSH, use "
            "ssh -t); to print entries without it, use kimi-ama-tui show or search"
        )
    if sys.__stderr__ is None or not sys.__stderr__.isatty():
        return "the reader draws on standard error, which is not a terminal here: do not redirect it (2>)"
    return None
