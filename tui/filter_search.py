"""The filter's searches off the UI thread, for a corpus too big to search on it.

One thread searches, the newest query first: a query still waiting when a newer one comes
is dropped unsearched (its future cancelled), and a scan (`ScanIndex`, a first start's
stand-in for the index: 0.3-0.6 s a query at 100k entries) is dropped midway, at its next
window of texts (its future then raises CancelledError): at 100k, keys typed through a
first start each started a scan that ran to its end, sharing the GIL with the UI the
whole time, for results already stale. Not when no result has been handed over for
`STALE_MOST` seconds: keys typed without a pause would then never see one (the questions
of a first start were searchable 14-18 s after its first screen, not 2 s, in
`bench_scale.py`, which types a key every ~0.1 s). The screen waits a moment for the result (a
search at 100k entries takes a few milliseconds), so a keystroke is applied in the frame
that echoes it, without a round trip through a worker and the event loop; a slower search
(a relevance fallback, a busy machine) is handed to a worker that applies it when it comes.
Plain Python: no Textual.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError, Future
from typing import TYPE_CHECKING

from corpus.text import LoadingStopped, stop_when

if TYPE_CHECKING:
    from corpus.search import SearchIndex, SearchResult
    from corpus.search.scan_server import RemoteIndex

__all__ = ["STALE_MOST", "SearchThread"]

STALE_MOST = 0.5
"""Seconds a newer query may keep a scan's result from being handed over: after that a
scan runs to its end, so keys typed without a pause still see results as they go."""


class SearchThread:
    """A thread that runs the newest asked search; started on the first one."""

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._asked: tuple[Future[SearchResult], SearchIndex | RemoteIndex, str, int, str | None] | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._since = 0.0
        """When the thread last handed a result over, or began searching after a rest."""

    def search(
        self, index: SearchIndex | RemoteIndex, query: str, limit: int, keep: str | None = None
    ) -> Future[SearchResult]:
        """Search `query` in the thread (`keep`: see `SearchIndex.search`); a search asked
        before and not started is dropped."""
        future: Future[SearchResult] = Future()
        with self._ready:
            if self._closed:
                future.cancel()
                return future
            if self._asked is not None:
                self._asked[0].cancel()
            self._asked = (future, index, query, limit, keep)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="filter-search", daemon=True)
                self._thread.start()
            self._ready.notify()
        return future

    def close(self) -> None:
        """Let the thread end (a scan it runs is dropped at its next window, another
        search finishes first); a query waiting is dropped."""
        with self._ready:
            self._closed = True
            if self._asked is not None:
                self._asked[0].cancel()
                self._asked = None
            self._ready.notify()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (after `close`); whether it has, or never started."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _closing(self) -> bool:
        return self._closed

    def _superseded(self) -> bool:
        """Whether the running search is to be dropped: the reader closes, or a newer
        query is asked and a result was handed over less than `STALE_MOST` ago (read
        without the lock: a stale answer only delays the drop by one window)."""
        return self._closed or (self._asked is not None and time.monotonic() - self._since < STALE_MOST)

    def _run(self) -> None:
        rested = True
        while True:
            with self._ready:
                while self._asked is None and not self._closed:
                    rested = True
                    self._ready.wait()
                if self._asked is None:
                    return
                if rested:  # searching again after a rest (or for the first time)
                    self._since, rested = time.monotonic(), False
                future, index, query, limit, keep = self._asked
                self._asked = None
            if future.set_running_or_notify_cancel():
                stoppable = not getattr(index, "quick", True)
                if stoppable:  # dropped when a newer query comes, or the reader closes
                    # (run by another process, costing this one nothing: only the latter)
                    stop_when(self._closing if getattr(index, "elsewhere", False) else self._superseded)
                try:
                    future.set_result(index.search(query, limit=limit, keep=keep))
                    self._since = time.monotonic()
                except LoadingStopped as stopped:
                    # its traceback (the scan's frames, holding the scan and its texts)
                    # let go at once: kept, it outlived the search while the collector
                    # was off, and the scan with it (RSS once loaded at 100k, in
                    # bench_scale.py: 710-717 MB in three runs, 583 MB with this line;
                    # what held it was not traced: a test harness did not reproduce it)
                    stopped.__traceback__ = None
                    future.set_exception(CancelledError())
                except BaseException as error:  # handed to whoever waits for it
                    future.set_exception(error)
                finally:
                    if stoppable:
                        stop_when(None)
            # not kept while waiting for the next search: an index replaced meanwhile (a
            # first start's scan, the size of the corpus's texts) would live on here
            del future, index
