"""What a corpus file may be: its kind, its size, how deep it nests, how big its numbers are.

Plain Python. `read_corpus_bytes` reads a regular file or a pipe (a FIFO, standard input,
`<(...)`), never a device (`/dev/zero`, `/dev/urandom`, a terminal) or a socket, at most
`max_bytes()` of it, and never waits forever for a pipe's writer. `check_shape` refuses
parsed data nested deeper than a corpus ever is, or holding an integer too big to print.
Each refusal is a `Refused` with one line saying what and how to fix it.
"""

from __future__ import annotations

import os
import re
import select
import stat
from pathlib import Path
from typing import Any

MAX_BYTES_ENV = "KIMI_AMA_TUI_MAX_BYTES"
"""Environment variable that raises (or lowers) the size limit, e.g. `2G`, `800M`."""

DEFAULT_MAX_BYTES = 512 * 1024 * 1024
"""512 MiB: about 280,000 entries (a generated 100k-entry corpus is ~183 MB)."""

PIPE_WAIT_SECONDS = 10.0
"""How long a pipe may stay silent before the reader gives up on its writer."""

MAX_DEPTH = 64
"""Deepest nesting of tables/arrays accepted (a corpus needs 7)."""

MAX_INT_BITS = 14_000
"""Largest integer accepted, in bits (Python prints at most 4300 digits, ~14,280 bits)."""

_SIZE = re.compile(r"^(\d{1,15}(?:\.\d{1,6})?)\s*([KMGT]?)(?:i?B)?$", re.IGNORECASE)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


class Refused(Exception):
    """A file or its content that is not read, with the one-line reason and fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def max_bytes() -> int:
    """The size limit: `KIMI_AMA_TUI_MAX_BYTES` (bytes, or with K/M/G/T), else 512 MiB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    found = _SIZE.match(raw)
    value = int(float(found[1]) * _UNITS[found[2].upper()]) if found else 0
    if value < 1:
        raise Refused(
            f"{MAX_BYTES_ENV}={raw[:40]!r} is not a size: write bytes, or a number with "
            "K, M or G (e.g. 2G)"
        )
    return value


def _size(n: int) -> str:
    return f"{n / 1024**2:.0f} MB" if n >= 1024**2 else f"{n} bytes"


def _too_big(what: str, limit: int) -> Refused:
    return Refused(
        f"{what}, over the {_size(limit)} limit for a corpus file: to read it anyway, set "
        f"{MAX_BYTES_ENV} higher (e.g. {MAX_BYTES_ENV}=2G)"
    )


_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFCHR: "a character device (like /dev/zero, /dev/urandom or a terminal)",
    stat.S_IFBLK: "a block device (a disk)",
    stat.S_IFSOCK: "a socket",
}


def unreadable_kind(mode: int) -> str | None:
    """What a file of this `st_mode` is when it is never read as a file ("a directory",
    "a character device (like /dev/zero ...)", "a socket"); None for a regular file or a
    pipe. The words `check` uses, for every path the user names (a config's corpus too)."""
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_corpus_bytes(path: Path) -> bytes:
    """The bytes of a regular file or a pipe, at most `max_bytes()`; Refused otherwise.
    OSError (no such file, not allowed) and IsADirectoryError pass through."""
    limit = max_bytes()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(str(path))
        if stat.S_ISFIFO(mode):
            return _read_pipe(fd, limit)
        kind = unreadable_kind(mode)
        if kind is not None:
            raise Refused(
                f"is {kind}, not a corpus file: give a .toml or .json file (or a pipe)"
            )
        size = os.fstat(fd).st_size
        if size > limit:
            raise _too_big(f"is {_size(size)}", limit)
        os.set_blocking(fd, True)
        data = _read_up_to(fd, limit + 1)
        if len(data) > limit:  # it grew while being read
            raise _too_big(f"is more than {_size(limit)}", limit)
        return data
    finally:
        os.close(fd)


def _read_up_to(fd: int, count: int) -> bytes:
    chunks, left = [], count
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 24))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_pipe(fd: int, limit: int) -> bytes:
    """Everything a pipe sends until its writer closes it, waiting at most
    `PIPE_WAIT_SECONDS` for each piece (a FIFO no one writes to sends nothing, ever)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    chunks: list[bytes] = []
    total = 0
    while True:
        events = poller.poll(PIPE_WAIT_SECONDS * 1000)
        if not events:
            waited = f"{PIPE_WAIT_SECONDS:g} s"
            raise Refused(
                f"a pipe that sent nothing for {waited} (is anything writing to it?): start "
                "the writer first, or save the corpus to a file and give that"
            )
        try:
            chunk = os.read(fd, 1 << 20)
        except BlockingIOError:
            continue
        if not chunk:
            if any(flags & select.POLLHUP for _, flags in events):
                return b"".join(chunks)
            continue  # no writer yet: wait for one
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_big(f"a pipe that sent more than {_size(limit)}", limit)


def check_shape(data: Any) -> None:
    """Refuse data nested deeper than `MAX_DEPTH` or holding an integer over `MAX_INT_BITS`
    (either gives a traceback later, in validation or in printing a message)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            if isinstance(node, int) and node.bit_length() > MAX_INT_BITS:
                raise Refused(
                    f"holds an integer of about {node.bit_length() * 3 // 10} digits: a "
                    "corpus has no such numbers; remove it"
                )
            continue
        if depth >= MAX_DEPTH:
            raise Refused(
                f"is nested more than {MAX_DEPTH} levels deep (tables or arrays inside each "
                "other; a corpus needs 7): remove the extra nesting"
            )
        stack.extend((child, depth + 1) for child in children)
