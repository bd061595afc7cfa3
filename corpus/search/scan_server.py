"""`ScanServer`: a big corpus file's texts searched by a forked child on a reader's first
start, before the reader has decoded them.

On a first start (no index cached) every text became searchable only once the reader's
loading thread had decoded the corpus and made a `ScanIndex` of it: 5.8 s after the first
screen at 100k entries (4.2 s of that thread's CPU, on the core it shares with the UI).
The server is forked before the first screen is drawn, while the reader is one thread
(a fork copies only the thread that forks), and does the same work on the machine's other
core: it decodes the file as the reader does (`load_compact`, else pydantic), makes the
same `ScanIndex`, then answers searches over a socket pair (`RemoteIndex`, which the
reader filters with until the whole index is built). Its searches run off the reader's
GIL, so they do not slow the UI either.

Messages are a 4-byte length, then a pickle: the child is this process's own fork, and
nothing else can write to the pair. The child says first ("ready", entry ids digest,
size, examples); ("cached",) when an index of these bytes is cached already (known
without reading the file: `index_cache(read=False)`), the reader then reads that; or
("failed",), the reader's own loading then says why. A request is (number, method, args,
kwargs); its answer (number, "ok", value), (number, "stopped") when a newer request came
while it ran (stopped at the search's next window of texts), or (number, the error's
name).

The child writes nothing and is ended (SIGKILL) as soon as the reader lets it go (the
whole index is in, or it was not needed), which gives its memory back at once (~530 MB at
100k entries); when the reader itself ends, the child ends at the pair's end.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import select
import signal
import socket
import struct
import sys
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

from corpus.text import LoadingStopped, stop_when, yield_to_other_threads

__all__ = ["RemoteIndex", "ScanServer", "ids_digest"]

_LENGTH = struct.Struct("<I")
_METHODS = frozenset({"search"})
"""What the reader may ask the child's index."""
POLL = 0.02
"""Seconds between two checks, while a search is awaited, that it is still wanted."""


def ids_digest(entry_ids: list[str]) -> str:
    """A digest of the entries' ids in order (the child's and the reader's outline must agree)."""
    return hashlib.sha256("\0".join(entry_ids).encode("utf-8", "surrogatepass")).hexdigest()


class ServerGone(CancelledError):
    """The child ended (killed, out of memory): the search is dropped, as a stale one is."""


def _send(sock: socket.socket, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _receive(sock: socket.socket) -> Any:
    """The next message, read whole; ServerGone at the end of the stream."""
    head = _exactly(sock, _LENGTH.size)
    return pickle.loads(_exactly(sock, _LENGTH.unpack(head)[0]))  # noqa: S301 - our own fork's


def _exactly(sock: socket.socket, size: int) -> bytes:
    parts, left = [], size
    while left:
        part = sock.recv(min(left, 1 << 20))
        if not part:
            raise ServerGone("the search child ended")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


class RemoteIndex:
    """The child's `ScanIndex`, as the reader's filter uses an index (`search`)."""

    quick = False  # a search scans every text, as a ScanIndex's does
    elsewhere = True  # but in the child, on another core: a newer query need not stop it

    def __init__(self, sock: socket.socket, size: int, examples: tuple[str | None, str | None]) -> None:
        self._sock, self.size, self._examples = sock, size, examples
        self._lock = threading.Lock()
        self._number = 0
        self.gone = False
        """Whether the child has ended: the reader then makes its own index."""

    def examples(self) -> tuple[str | None, str | None]:
        return self._examples

    def search(self, query: str, limit: int | None = None, spans: bool = True, relax: bool = True, keep: str | None = None) -> Any:
        """`SearchIndex.search`, run by the child. Stopped as a scan is (`stop_when`):
        LoadingStopped while it is awaited; ServerGone when the child has ended."""
        return self._call("search", query, limit=limit, spans=spans, relax=relax, keep=keep)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self._number += 1
            number = self._number
            try:
                _send(self._sock, (number, method, args, kwargs))
                while True:
                    # whole messages only: a stop comes between two, never inside one
                    while not select.select([self._sock], [], [], POLL)[0]:
                        yield_to_other_threads()
                    answer = _receive(self._sock)
                    if answer[0] == number:
                        break  # (answers to searches dropped before are passed over)
            except (OSError, ValueError, ServerGone, pickle.UnpicklingError, EOFError) as error:
                # (ValueError: the pair closed meanwhile, as the reader lets the child go)
                self.gone = True
                raise ServerGone(str(error)) from None
        if answer[1] == "stopped":
            raise LoadingStopped
        if answer[1] != "ok":
            raise ServerGone(f"the search child failed: {answer[1]}")
        return answer[2]

    def close(self) -> None:
        """Let the child go: it ends when its end of the pair reads nothing more."""
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


class ScanServer:
    """A forked child making a corpus file's `ScanIndex` (`start`), then serving it."""

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self._pid, self._sock = pid, sock
        self._lock = threading.Lock()
        self._index: RemoteIndex | None = None
        self._dropped = self._waiting = False

    @classmethod
    def start(cls, path: Path) -> ScanServer | None:
        """Fork the child for `path`, a file big enough to be worth it (as the index is
        built by a child: `CHILD_MIN_BYTES`); None where it is not, or a fork cannot be
        (none on this system, or threads running)."""
        from corpus.search.build_cache import CHILD_MIN_BYTES, file_size

        if not hasattr(os, "fork") or threading.active_count() > 1 or file_size(path) < CHILD_MIN_BYTES:
            return None
        if len(os.sched_getaffinity(0)) < 2 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) < 2:
            return None  # one core: the child would only take the reader's turns
        try:
            mine, its = socket.socketpair()
        except OSError:
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        reader = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            mine.close()
            its.close()
            return None
        if pid == 0:  # the child: never returns
            status = 1
            try:
                mine.close()
                status = _serve(Path(path), its, reader)
            finally:
                os._exit(status)
        its.close()
        return cls(pid, mine)

    def wait_ready(
        self,
        entry_ids: list[str],
        clean: int,
        ready: Callable[[RemoteIndex], None],
        then: Callable[[], None] | None = None,
    ) -> None:
        """Tell the child the file's `cleanliness` (`clean`: the reader checks it once,
        for itself and the child), then, in a thread of its own, wait for the child's
        index (asleep, no GIL); when it is of `entry_ids` (the reader's outline), call
        `ready(index)` with it, unless `take` came first. Otherwise the child is let go.
        `then()` is called once the child has answered, whatever it said."""

        def wait() -> None:
            try:
                first = _receive(self._sock)
            except (OSError, ServerGone, pickle.UnpicklingError, EOFError):
                first = ("failed",)
            with self._lock:
                if not self._dropped and first[0] == "ready" and first[1] == ids_digest(entry_ids):
                    self._index = RemoteIndex(self._sock, first[2], first[3])
                    ready(self._index)
                else:
                    self._drop()
                    self._sock.close()
            if then is not None:
                then()

        with contextlib.suppress(OSError):  # (ended already: the wait says so)
            _send(self._sock, ("clean", clean))
        self._waiting = True
        threading.Thread(target=wait, name="scan-server", daemon=True).start()

    def handed(self) -> bool:
        """Whether the child's index has been handed to `ready` (and the child is there)."""
        with self._lock:
            return self._index is not None and not self._index.gone

    def take(self) -> RemoteIndex | None:
        """The child's index if it has been handed to `ready`; else None, and the child
        is let go (the reader makes its own)."""
        with self._lock:
            if self._index is None or self._index.gone:
                self._drop()
                return None
            return self._index

    def close(self) -> None:
        """Let the child go (the whole index is in, or the reader closes)."""
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        if self._dropped:
            return
        self._dropped = True
        # ended at once: it writes nothing, and what it holds (a decoded corpus and its
        # texts joined: ~530 MB at 100k entries) is given back now
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)
        if self._index is not None:
            self._index.close()
        elif self._waiting:  # its wait ends (the stream's end) and closes the pair
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
        else:
            self._sock.close()
        _reap(self._pid)


def _reap(pid: int) -> None:
    """Collect the child once it has ended, without waiting for it."""

    def wait() -> None:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass

    threading.Thread(target=wait, name="scan-server-reaper", daemon=True).start()


# ---------------------------------------------------------------------- the child


def _serve(path: Path, sock: socket.socket, reader: int) -> int:
    """The child's life: make the index, say so, answer until the reader lets go."""
    import gc

    os.setsid()  # no terminal: its signals (a hangup, ^C) are the reader's alone
    _end_with(reader)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGTSTP", "SIGWINCH"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    gc.disable()  # (the collector made decoding a big corpus 2-3x slower)
    try:
        first, index, _corpus = _index_of(path, sock)
        _send(sock, first)
        if index is None:
            return 0
        _answer(sock, index)
    except (OSError, ServerGone):
        pass  # the reader let go
    return 0


def _end_with(reader: int) -> None:
    """Have Linux end this child when the reader (process `reader`) ends, however
    (PR_SET_PDEATHSIG), not only once it next reads or writes the pair (decoding takes
    seconds at 100k entries; a stopped child would never)."""
    import ctypes

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):  # not Linux: the pair's end will do
        pass
    if os.getppid() != reader:  # (the reader ended before the call)
        os._exit(0)


def _index_of(path: Path, sock: socket.socket) -> tuple[tuple[Any, ...], Any, Any]:
    """(what to say first, the ScanIndex or None, the corpus or None). The corpus is
    kept for the child's life: freeing its 100k entries' structs took 0.17 s before the
    child could say it was ready, and keeping them raises no peak (the child's most
    is reached as the index is made, the corpus still held)."""
    from corpus.search.cache import index_cache

    found = index_cache(path, read=False)  # (a version never hashed has no index cached)
    if found is not None and found[0].exists():
        return ("cached",), None, None
    try:
        from corpus.compactload import CLEAN, load_compact
        from corpus.loader import load_corpus

        # Unchecked: the reader validates the file, and ends with its problems should it
        # have any. Decoded as if it needed no cleaning: the reader checks that (for its
        # own decoding too) and says so meanwhile (`_as_the_reader_reads`); checked here
        # as well, in a second child, it took half this child's core while it decoded.
        decoded = load_compact(path, alone=True, checked=False, clean=CLEAN)
        corpus = decoded or load_corpus(path)  # (pydantic: cleaned, as the reader's are)
        index = _scan(corpus)
        said = _receive(sock)  # (said as the reader started: here by now)
        if decoded is not None and not _as_the_reader_reads(said, decoded):
            corpus = load_corpus(path)  # the texts cleaned, as the reader's will be
            index = _scan(corpus)
    except Exception:  # noqa: BLE001 - the reader's own loading says what is wrong
        return ("failed",), None, None
    return ("ready", ids_digest(index.entry_ids), index.size, index.examples()), index, corpus


def _scan(corpus: Any) -> Any:
    """The corpus's `ScanIndex`, its texts joined and its code warmed up."""
    from corpus.search.scan import ScanIndex

    index = ScanIndex.build(corpus)
    index.prepare()
    index.search("", limit=1)
    return index


def _as_the_reader_reads(said: tuple[Any, ...], corpus: Any) -> bool:
    """Whether the texts decoded as they are in the file are the reader's, by what the
    reader `said` of the file (("clean", its `cleanliness`)): they are unless it needs
    cleaning (the reader's are then pydantic's, cleaned), or its \\u escapes stand for
    what would be cleaned."""
    from corpus.compactload import CLEAN, ESCAPES, decoded_needs_no_cleaning

    clean = said[1] if said[:1] == ("clean",) else None
    return clean == CLEAN or (clean == ESCAPES and decoded_needs_no_cleaning(corpus))


def _worked_out(result: Any) -> Any:
    """`result` with each match's spans worked out here, as a plain dict: a match's
    `FieldSpans` works them out when asked, from the entry's texts it holds, and sent as
    it is each match carried a copy of every text of its entry. The reader kept some
    of those results (a first start at 100k, keys typed all through it: 608-615 MB once
    loaded against 583-588 MB), and each took a copy of fifty entries' texts across."""
    from dataclasses import replace

    return replace(result, matches=tuple(replace(match, spans=dict(match.spans)) for match in result.matches))


def _answer(sock: socket.socket, index: Any) -> None:
    """Answer each request in turn; a newer one stops a search (read by a second thread)."""
    asked: list[tuple[Any, ...]] = []
    arrived = threading.Condition()

    def read() -> None:
        try:
            while True:
                request = _receive(sock)
                with arrived:
                    asked.append(request)
                    arrived.notify()
        except (OSError, ServerGone, pickle.UnpicklingError, EOFError):
            with arrived:
                asked.append(())
                arrived.notify()

    threading.Thread(target=read, daemon=True).start()
    stop_when(lambda: bool(asked))  # a newer request (or the end) stops the search at hand
    while True:
        with arrived:
            while not asked:
                arrived.wait()
            request = asked.pop(0)
        if not request:
            return
        number, method, args, kwargs = request
        try:
            if method not in _METHODS:
                raise ValueError(method)
            answer: tuple[Any, ...] = (number, "ok", _worked_out(getattr(index, method)(*args, **kwargs)))
        except LoadingStopped as stopped:
            stopped.__traceback__ = None
            answer = (number, "stopped")
        except Exception as error:  # noqa: BLE001 - said, in a word: the reader drops it
            answer = (number, type(error).__name__)
        _send(sock, answer)
