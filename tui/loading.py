"""Loading the validated corpus and its search index in a thread, after the first paint.

The index of a `--corpus` file comes from the index cache while the file is unchanged;
the built-in corpus is small enough to index on every start. A `--corpus` file validated
before (same bytes) starts from its cached outline and is validated again here. On a big
file's first start its index is built and cached by a child process
(`corpus.search.build_cache`) while this thread decodes the corpus; the read marks and
bookmarks are read here too, and everything is handed to the UI thread ready. Then every
module a later key would import is imported (`tui.preload`): an upgrade of the package
while the reader runs cannot break it."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Corpus
    from corpus.search import SearchIndex
    from corpus.search.build_cache import CacheBuild
    from corpus.search.scan_server import RemoteIndex, ScanServer
    from tui.app import ReaderApp
    from tui.options import ReaderOptions
    from tui.userdata import ReadingState


LOADING_SWITCH_INTERVAL = 0.001
"""Seconds the loading thread may hold the GIL while another thread waits for it."""

SWEEP_INTERVAL = 0.25
"""Seconds between two sweeps of the garbage while loading (`sweep_garbage`)."""

SWEEP_MOST = 200_000
"""The most new objects a sweep walks (~100 ns each: 20 ms of the GIL); more are frozen."""

SWEEP_KEEP = 50_000
"""The most objects a sweep leaves unfrozen (the UI's own are ~20k); more are frozen."""

SWEEP_LONGEST = 0.01
"""Seconds of CPU a sweep may take before what it left is frozen (the next one is short)."""

YOUNGEST_COLLECTED_AFTER = 10_000
"""New objects (tracked by the collector) between two collections of the youngest
generation once loaded; Python's default is 700. Each frame Textual makes thousands (seven
caches with every strip, in reference cycles): at 100k entries a keystroke ran the
collector eleven times, ~4 ms of it in all with the older generations' walks it brings on."""


def start_search_child(options: ReaderOptions) -> ScanServer | None:
    """Fork the search child of a big JSON corpus file (`corpus.search.scan_server`), for
    the reader about to start: seconds before the reader's own search could be, every text
    is searched by it on a first start. Called first thing, before Textual is imported
    (0.23 s), while the process is one thread (a fork copies only the thread that forks);
    None where there is no file, no terminal to read it in, or no child is worth it."""
    from tui.output import not_a_terminal

    path = options.corpus_path
    if path is None or path.suffix.lower() != ".json" or not_a_terminal() is not None:
        return None
    from corpus.search.scan_server import ScanServer

    return ScanServer.start(path)


def load_corpus_and_index(app: ReaderApp) -> None:
    """Start a thread worker that loads what the app lacks, then hands it over."""

    def work() -> None:
        # A thread waiting for the GIL gets it after the holder's switch interval (5 ms by
        # default); a keystroke's way through the UI (input thread, event loop, filter
        # worker, terminal write) waits for it many times over while this thread runs
        # Python: shorter turns while loading.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        from corpus.text import LoadingStopped, stop_when
        from tui.preload import preload

        closing = _closing()
        stop_when(closing)  # every slice of work below ends the thread once the reader closes
        try:
            load(closing)
            # loaded: what a later key would import, imported now (the collector still
            # off, the switch interval short), while the files are the ones it started with
            unloadable = preload(closing)
            if unloadable and not closing():
                with contextlib.suppress(RuntimeError):  # (the app closed meanwhile)
                    app.call_from_thread(app.preload_failed, unloadable)
        except LoadingStopped:
            pass  # the reader is closing: nothing to hand over
        finally:
            stop_when(None)
            sys.setswitchinterval(switch)
            try:
                app.call_from_thread(loaded_for_good)
            except RuntimeError:  # the app has already closed
                _collector_back_on()

    def load(closing: Callable[[], bool]) -> None:
        path = app.options.corpus_path
        corpus = app.corpus
        if path is not None:
            give_big_blocks_back()
        # the outline's lookups by entry id, made here and not on the UI thread when it is
        # first asked (55 ms each at 100k entries)
        app.outline.make_lookups()
        validated_before_start = corpus is not None
        early = build = clean = later = None
        server, scanned = app.scan_server, False
        if corpus is None and path is not None:
            # a file drawn from its outline: a cached index of these bytes lets the filter
            # work now, while the corpus (the answers) is validated behind it
            from corpus.search.cache import cached_index_only

            ids = app.outline.entry_ids()
            early = cached_index_only(path, ids)
            if early is not None:
                if server is not None:
                    server.close()  # (it finds the index cached too, and ends)
                app.call_from_thread(app.index_ready, early)
            else:
                # not indexed yet (a first start): a big file's whole index is built and
                # cached by a child process meanwhile, on another core and off this
                # process's GIL (the UI's); the questions are searchable in seconds
                from corpus.search.build_cache import CacheBuild

                if server is None:
                    build = CacheBuild.start(path)
                else:  # every text searchable once its child is ready
                    from corpus.compactload import file_cleanliness

                    # (checked once, for the child and for decoding below; the child
                    # needs it in ~2 s, the questions' index can wait for it)
                    clean = file_cleanliness(path)
                    later = _BuildOnce(path)
                    server.wait_ready(ids, clean, lambda remote: _hand(app, app.index_ready, remote), later.start)
                questions_meanwhile(app, server, closing)
        try:
            if corpus is None:
                corpus = decode_corpus(app, path, clean)
                if corpus is None:
                    return  # (the app was told why)
            if later is not None:
                build = later.start()  # (unless the search child's answer started it)
            # the corpus is decoded: the reader's own files next, then the whole index
            from corpus.search.build_cache import CHILD_MIN_BYTES, file_size
            from tui.userdata import reading_state

            reading = reading_state(corpus)
            scanned = early is None and path is not None and file_size(path) >= CHILD_MIN_BYTES
            if scanned:
                # a first start: the whole index takes a while (built by the child, or
                # here); meanwhile the corpus is searched by scanning its texts, with the
                # same results (`ScanIndex`), and the answers are read at once
                remote = server.take() if server is not None else None
                if remote is not None:  # the child's, searched already
                    hand_over(app, corpus, remote, reading, indexing=True)
                else:
                    from corpus.search.scan import ScanIndex

                    scan = ScanIndex.build(corpus)
                    scan.prepare()
                    hand_over(app, corpus, scan, reading, indexing=True)
                    scan.vocab  # noqa: B018 - collected here, not when a typo is first typed
                    del scan
                del remote
            index = whole_index(app, corpus, early, build, closing)
            if index is None:
                return  # the reader is closing
        finally:
            if server is not None and (closing() or not scanned):
                server.close()
            if later is not None:
                build = later.end()
                if build is None and closing() and path is not None:
                    from corpus.search.build_cache import build_in_background

                    build_in_background(path)  # (not begun: the next start is not a first start again)
            if build is None:
                pass
            elif not closing():
                build.stop()  # (ended already, unless this load failed)
            else:
                # the reader quit before its index was cached: its child finishes it (or a
                # detached one, should it have ended), so the next start is not a first
                # start again
                build.release()
                if not build.running() and path is not None:
                    from corpus.search.build_cache import build_in_background

                    build_in_background(path)
        if scanned:
            index.search("warm up", limit=1)
            app.call_from_thread(app.index_built, index)
            if server is not None:
                server.close()
        else:
            hand_over(app, corpus, index, reading)
        if path is not None and validated_before_start:
            app.outline.remember_validated(path)  # the next start draws it at once
        del corpus, index, early, reading
        return_freed_memory()

    def sweep() -> None:
        if not gc.isenabled():  # (on while the loading thread waits for a child)
            sweep_garbage()

    def loaded_for_good() -> None:
        sweeps.stop()
        _collector_back_on()

    # Python's cyclic collector would walk the hundreds of thousands of objects being made
    # again and again (json.loads 2.2x, validation 2.7x slower at 100k entries): it is off
    # while loading (the UI's garbage swept meanwhile; on while the loading thread only
    # waits for a child: `_collector_on_meanwhile`), and what was loaded is frozen out
    # of its reach after. What the app started with (its imports, the outline) lives as
    # long as it: frozen now, no sweep walks it (~160k objects, 115 ms for the first
    # sweep at 100k).
    gc.disable()
    _freeze()
    app.run_worker(work, thread=True, group="load", name="load corpus")
    sweeps = app.set_interval(SWEEP_INTERVAL, sweep)


class _BuildOnce:
    """The whole index's child on a first start with a search child, started once: when
    the search child has answered, or when the reader has decoded the corpus, whichever
    comes first, never after the load has ended. Started with the search child, a third
    busy process on two cores (niced, still 8-24% of a core), it slowed the search child
    until every text was searchable."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._build: CacheBuild | None = None
        self._started = self._ended = False

    def start(self) -> CacheBuild | None:
        """Start the child unless it was started, or the load ended; the child (or None)."""
        from corpus.search.build_cache import CacheBuild

        with self._lock:
            if not self._started and not self._ended:
                self._started = True
                self._build = CacheBuild.start(self.path)
            return self._build

    def end(self) -> CacheBuild | None:
        """No start after this; the child started, if one was."""
        with self._lock:
            self._ended = True
            return self._build


def questions_meanwhile(app: ReaderApp, server: ScanServer | None, closing: Callable[[], bool]) -> None:
    """Hand the app the outline questions' index, searched until the corpus is in; not
    when the search child's index of every text is in first, or comes while it is made
    (its making stops): at 100k entries it took 0.6-0.9 s of the GIL, and a child's index
    handed over meanwhile waited that long for its first search (traced in tmux: the
    typed query's matches 1.3 s after the child's index came)."""
    from corpus.outline_index import questions_index
    from corpus.text import LoadingStopped, stop_when

    if server is not None:
        if server.handed():
            return
        stop_when(lambda: closing() or server.handed())
    try:
        index = questions_index(app.outline)
    except LoadingStopped:
        if closing():
            raise
        return  # (the child's index came)
    finally:
        stop_when(closing)
    app.call_from_thread(app.index_ready, index, True)


def _hand(app: ReaderApp, call: Callable[..., None], *args: object) -> None:
    """`call(*args)` on the UI thread, unless the app has closed."""
    with contextlib.suppress(RuntimeError):
        app.call_from_thread(call, *args)


def hand_over(
    app: ReaderApp, corpus: Corpus, index: SearchIndex | RemoteIndex, reading: ReadingState, indexing: bool = False
) -> None:
    """Warm up here, off the UI thread, what the first keystroke would otherwise import
    and make; then hand the corpus, its index and the reader's own files to the app.
    `indexing`: the index is a scan standing in for the whole one (no term to warm up
    with: it would scan every text)."""
    index.search("" if indexing else "warm up", limit=1)
    import tui.entry_view  # noqa: F401

    app.call_from_thread(app.loaded, corpus, index, reading, indexing)


def decode_corpus(app: ReaderApp, path: Path | None, clean: int | None = None) -> Corpus | None:
    """The built-in corpus, or a file whose first screen came from its outline, loaded
    and validated behind that screen; None when it cannot be (the app is told why).
    `clean`: the file's cleanliness, checked already (`load_compact`)."""
    from corpus.compactload import load_compact
    from corpus.loader import CorpusError, load_corpus
    from corpus.outline import BUILTIN_CORPUS, Outline

    # compact structs (a third of the pydantic corpus's memory, decoded in slices);
    # pydantic when they cannot be made, and to word what is wrong
    corpus = load_compact(path or BUILTIN_CORPUS, app.outline, clean=clean)
    if corpus is None:
        try:
            corpus = load_corpus(path or BUILTIN_CORPUS)
        except CorpusError as error:
            app.call_from_thread(app.load_failed, str(error))
            return None
    if path is not None and Outline.from_corpus(corpus) != app.outline:
        from corpus.text import visible

        message = f"{visible(path)}: the file changed while the reader started: start it again"
        app.call_from_thread(app.load_failed, message)
        return None
    return corpus


def whole_index(
    app: ReaderApp,
    corpus: Corpus,
    early: SearchIndex | None,
    build: CacheBuild | None,
    closing: Callable[[], bool],
) -> SearchIndex | None:
    """The corpus's whole search index: the `early` one given the corpus's strings, the
    one a child process (`build`) cached, read back, or else one built here (and cached,
    for a file); None when the reader closes meanwhile."""
    from corpus.search import SearchIndex
    from corpus.search.cache import cached_index, share_texts

    path = app.options.corpus_path
    if early is not None:
        share_texts(early, corpus)
        return early
    if path is None:
        return SearchIndex.build(corpus)  # the built-in corpus: small, indexed at each start
    if build is not None:
        with _collector_on_meanwhile(app):
            problem = build.wait(closing)  # asleep: the GIL is the UI's
        if closing():
            return None
        if problem is not None:
            note = f"{problem}; the reader indexes the corpus itself (slower to type meanwhile)"
            app.call_from_thread(app.notify, note, title="Search index", severity="warning", timeout=15, markup=False)
    # the cache the child wrote, read with the corpus's own strings; when there is none
    # (no child, or it failed, or its cache does not check out), built and cached here
    return cached_index(path, corpus)


def sweep_garbage() -> None:
    """Collect the garbage among the objects not frozen, the collector being off while
    loading: the UI thread does, every SWEEP_INTERVAL until the collector is on again.
    The UI draws every keystroke meanwhile, and Textual's strips and their caches are
    garbage in reference cycles: kept until loading ends, they were frozen with the
    corpus for good (1.4M objects, 170 MB, typing through a first start at 100k). Every
    object not frozen is swept, not just the youngest: a frame's objects alive at one
    sweep are garbage at the next (sweeping the youngest alone stranded them in an older
    generation, ~25 MB at 100k). Each sweep walks few: new objects too many to walk
    (SWEEP_MOST: one big C call made them, a pydantic corpus) are frozen as loaded
    instead, garbage and all, as everything loaded was before; and so are a sweep's
    survivors when there are more than the UI's own (SWEEP_KEEP: loaded, for good), or
    when walking them took long (SWEEP_LONGEST: a few containers holding millions, the
    scan's word sets as it collects them)."""
    global _left_unfrozen
    new = gc.get_count()[0]
    if new > SWEEP_MOST:
        _freeze()
        return
    started = time.thread_time()
    found = gc.collect()
    _left_unfrozen = max(0, _left_unfrozen + new - found)
    if time.thread_time() - started > SWEEP_LONGEST or _left_unfrozen > SWEEP_KEEP:
        _freeze()


_left_unfrozen = 0
"""About how many objects the sweeps left unfrozen: those made since the last sweep (the
collector's count, less the ones freed) and not found to be garbage. Counted, not listed:
`gc.get_objects` hands every object a second reference while its list lives, and a tuple
another thread is building (`tuple(generator)`) then cannot grow: SystemError in the
loading thread, seen at 100k entries (a sweep's collection moves that tuple where
`gc.get_objects(generation=2)` lists it)."""


def _freeze() -> None:
    global _left_unfrozen
    gc.freeze()
    _left_unfrozen = 0


def freeze_loaded() -> None:
    """Keep what was loaded out of the collector's reach (`gc.freeze`, instant) once the
    garbage is swept (`sweep_garbage`: frozen, it would be kept for good). Called on the
    UI thread, where the collector never walks what was loaded (~2 s at 100k)."""
    sweep_garbage()
    _freeze()


def _closing() -> Callable[[], bool]:
    """Whether the reader is closing (Textual cancels its workers as it exits); never,
    for loading code run in a plain thread (benchmarks)."""
    from textual.worker import NoActiveWorker, get_current_worker

    try:
        worker = get_current_worker()
    except NoActiveWorker:
        return lambda: False
    return lambda: worker.is_cancelled


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
"""glibc's `mallopt` parameters: how much free memory at the heap's top is given back at
once, and the size from which a block is mapped on its own."""
BIG_BLOCK = 128 * 1024
"""glibc's default mmap threshold, kept fixed (`give_big_blocks_back`)."""
HEAP_TOP = 32 * 1024 * 1024
"""The trim threshold the default scheme reaches with big blocks about (`give_big_blocks_back`)."""


def give_big_blocks_back() -> None:
    """Have glibc's malloc map every block of `BIG_BLOCK` bytes or more on its own, so that
    freeing one gives it back to the system. Its threshold otherwise rises as big blocks
    are freed (up to 32 MiB), and later big blocks (the file's decoded slices, the scan's
    joined texts) came from the heap, where freeing them kept the pages: in about half the
    first starts at 100k entries the reader held 723-728 MB once loaded, 583-586 MB in the
    others; with the threshold fixed, 574-579 MB in 11 of 11. (At 1 or 4 MiB: 708-713 MB.)
    The heap's top is then given back only past `HEAP_TOP`, as the default scheme would
    (at glibc's fixed 128 KiB it was given back and taken again all through loading: 0.5 s
    more), and wholly once loaded (`return_freed_memory`). Mapping each big block costs
    the first start ~0.5-1 s before every text is searchable (8.3-8.4 s against 7.3-8.1 s
    after the first screen, interleaved). ctypes lets go of the GIL for the calls."""
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(M_MMAP_THRESHOLD, BIG_BLOCK)
        libc.mallopt(M_TRIM_THRESHOLD, HEAP_TOP)
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


def return_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`), so the
    reader's resident size once loaded is what it holds, not what loading used on the
    way (the file's bytes, decoded slices). ctypes lets go of the GIL for the call."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: glibc's, on Linux
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


@contextlib.contextmanager
def _collector_on_meanwhile(app: ReaderApp) -> Iterator[None]:
    """The collector on while the loading thread makes nothing (it waits for the whole
    index's child: tens of seconds at 100k entries), what was loaded frozen; off again
    after, the garbage swept. Off all that time, the UI thread swept the garbage of every
    key typed meanwhile, and a sweep that took long (`SWEEP_LONGEST`, common on a busy
    machine) froze what it left, the UI's live objects too, kept for good once garbage:
    a first start at 100k entries, keys typed all through, held 603-605 MB once loaded,
    566-567 MB with the collector on meanwhile (interleaved runs)."""
    with contextlib.suppress(RuntimeError):  # (the app has closed: nothing to sweep for)
        app.call_from_thread(_collector_back_on)
    try:
        yield
    finally:
        with contextlib.suppress(RuntimeError):
            app.call_from_thread(_collector_off)


def _collector_off() -> None:
    """On the UI thread: the collector off again, the garbage made meanwhile swept."""
    gc.disable()
    sweep_garbage()


def _collector_back_on() -> None:
    """On the UI thread, after the hand-over: keep what was loaded out of the collector's
    reach and turn it back on (`freeze_loaded`)."""
    freeze_loaded()
    gc.set_threshold(YOUNGEST_COLLECTED_AFTER, *gc.get_threshold()[1:])
    gc.enable()
