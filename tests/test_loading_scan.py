"""First start of a big corpus file (issue 13): while its whole index is built (by a child
process, or here), the reader has the corpus and searches every text by scanning it
(`ScanIndex`, the same results), then swaps the whole index in without a change on screen."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import corpus.search.build_cache as build_cache
from corpus.search import SearchIndex
from corpus.search.scan import ScanIndex
from tests.test_loading_child import _big_file_reader, _gated_child, _json_file


async def test_a_first_start_searches_every_text_by_scanning_until_the_index_is_built(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(400):
            if app.corpus is not None:
                break
            await pilot.pause(0.02)
        assert app.corpus is not None and isinstance(app.index, ScanIndex) and not app.index_partial
        screen = app.reader_screen
        assert screen is not None
        await pilot.press("slash", *"Blackwell")  # a word of an answer only
        for _ in range(100):
            if screen.result is not None:
                break
            await pilot.pause(0.02)
        assert screen.result is not None and [m.entry_id for m in screen.result.matches] == ["why-int4"]
        assert screen.status.hint.startswith("indexing")  # not "questions only", not "loading"
        shown = screen.shown_entry
        gate.touch()  # the child ends (having cached nothing): the reader indexes it itself
        for _ in range(400):
            if type(app.index) is SearchIndex:
                break
            await pilot.pause(0.02)
        assert type(app.index) is SearchIndex
        await pilot.pause()
        assert screen.status.hint == ""
        await pilot.press("backspace", "l")
        await pilot.pause(0.3)
        assert [m.entry_id for m in screen.result.matches] == ["why-int4"] and screen.shown_entry == shown


async def test_the_scans_are_let_go_once_the_whole_index_is_in(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing keeps a scan (its joined texts are the size of the corpus's) once the whole
    index has replaced it: the reader's memory once loaded is the whole index's."""
    import gc
    import weakref

    from tests.reader_support import ready

    path = _json_file(small_corpus, tmp_path)
    made: list[weakref.ref[ScanIndex]] = []
    real = ScanIndex.build.__func__  # type: ignore[attr-defined]

    def recording(cls: type[ScanIndex], corpus: object) -> ScanIndex:
        index = real(cls, corpus)
        made.append(weakref.ref(index))
        return index

    monkeypatch.setattr(ScanIndex, "build", classmethod(recording))
    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # searched in the search thread, as at 100k
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"int")
        for _ in range(400):
            if isinstance(app.index, ScanIndex) and not app.index_partial:
                break
            await pilot.pause(0.02)
        assert app.indexing
        await pilot.press("4")  # searched with every text's scan
        await pilot.pause(0.3)
        screen = app.reader_screen
        assert screen is not None and screen.result is not None and screen.result.query == "int4"
        gate.touch()  # the whole index is built (here: the child caches nothing)
        await ready(pilot)  # nothing typed since: the last search was the scan's
        await pilot.pause(0.3)
        gc.collect()
        assert len(made) == 2  # the questions', then every text's
        assert [ref() for ref in made] == [None, None]


async def test_quitting_before_the_index_is_cached_leaves_the_child_to_finish_it(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So that the next start is not a first start again, the reader's own child is let
    go on building when the reader quits: not stopped, and no second build started."""
    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)  # the reader's child waits until it is opened
    started: list[Path] = []
    monkeypatch.setattr(build_cache, "build_in_background", lambda path: started.append(path) or True)
    builds: list[build_cache.CacheBuild] = []
    start = build_cache.CacheBuild.start
    monkeypatch.setattr(build_cache.CacheBuild, "start", lambda path: builds.append(start(path)) or builds[-1])
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(400):
            if isinstance(app.index, ScanIndex) and not app.index_partial:
                break
            await pilot.pause(0.02)
        assert app.indexing and started == []
        await pilot.press("q")
    try:
        await asyncio.sleep(1.5)  # (stopped, it would have been killed within a second)
        assert builds and builds[0].process.poll() is None  # still building
        assert started == []
    finally:
        gate.touch()
        builds[0].process.wait(10)
    assert builds[0].process.returncode == 0  # it ended on its own


def test_no_detached_child_for_a_file_already_cached(small_corpus: Path, tmp_path: Path) -> None:
    from corpus.loader import load_corpus
    from corpus.search.cache import cached_index

    path = _json_file(small_corpus, tmp_path)
    cached_index(path, load_corpus(path))  # writes the cache
    assert build_cache.build_in_background(path) is False


def _served_in_a_thread(
    path: Path, hold: threading.Event | None = None, answer: threading.Event | None = None
) -> tuple[object, subprocess.Popen[bytes]]:
    """A `ScanServer` whose child is stood in for by a thread of this process (the tests'
    process has threads: a fork would be refused), serving `path`'s scan at once (its
    first answer held until `answer` is set, each search of a query until `hold` is, when
    given); and a process standing in for the child's, which the server ends when let go."""
    import socket

    from corpus.loader import load_corpus
    from corpus.search import scan_server

    scan = ScanIndex.build(load_corpus(path))
    if hold is not None:
        searching = scan.search

        def held(query: str, *args: Any, **kwargs: Any) -> Any:
            if query.strip():
                hold.wait(30)
            return searching(query, *args, **kwargs)

        scan.search = held  # type: ignore[method-assign]
    mine, its = socket.socketpair()

    def serve() -> None:
        try:
            scan_server._receive(its)  # what the reader says of the file (clean)
            if answer is not None:
                answer.wait(30)
            scan_server._send(its, ("ready", scan_server.ids_digest(scan.entry_ids), scan.size, scan.examples()))
            scan_server._answer(its, scan)
        except OSError:  # (let go: as the child's `_serve` does)
            pass

    threading.Thread(target=serve, daemon=True).start()
    stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    return scan_server.ScanServer(stand_in.pid, mine), stand_in


async def test_a_search_child_ready_first_is_searched_until_the_whole_index_is_in(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's search comes before the corpus (held back here): every text is
    searched with it at once, and still once the corpus is in (no scan made here), until
    the whole index replaces it; then the child is ended."""
    import tui.loading
    from corpus.search.scan_server import RemoteIndex

    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # searched in the search thread, as at 100k
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    server, stand_in = _served_in_a_thread(path)
    app.scan_server = server  # type: ignore[assignment]
    handed = threading.Event()
    real_ready, real_decode = app.index_ready, tui.loading.decode_corpus

    def index_ready(index: object, partial: bool = False) -> None:
        real_ready(index, partial)  # type: ignore[arg-type]
        if isinstance(index, RemoteIndex):
            handed.set()

    def decode_corpus(*args: object) -> object:
        handed.wait(10)  # the corpus after the child's search, as at 100k entries
        return real_decode(*args)  # type: ignore[arg-type]

    real_wait_ready = server.wait_ready

    def wait_ready(*args: Any) -> None:
        real_wait_ready(*args)
        handed.wait(10)  # the child answers as soon as it is told the file is clean

    monkeypatch.setattr(app, "index_ready", index_ready)
    monkeypatch.setattr(tui.loading, "decode_corpus", decode_corpus)
    monkeypatch.setattr(server, "wait_ready", wait_ready)
    made: list[object] = []
    real_build = ScanIndex.build.__func__  # type: ignore[attr-defined]

    def recording(cls: type[ScanIndex], corpus: object) -> ScanIndex:
        made.append(corpus)
        return real_build(cls, corpus)  # type: ignore[no-any-return]

    monkeypatch.setattr(ScanIndex, "build", classmethod(recording))
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            screen = app.reader_screen
            assert screen is not None
            await pilot.press("slash", *"Blackwell")  # a word of an answer only
            for _ in range(400):
                if screen.result is not None and screen.result.matches:
                    break
                await pilot.pause(0.02)
            assert isinstance(app.index, RemoteIndex) and not app.index_partial
            assert [m.entry_id for m in screen.result.matches] == ["why-int4"]
            for _ in range(400):
                if app.corpus is not None:
                    break
                await pilot.pause(0.02)
            assert app.corpus is not None and isinstance(app.index, RemoteIndex) and app.indexing
            # no scan made here: not of the corpus (the child's is searched), nor of the
            # questions (every text was searchable before they could be)
            assert made == []
            assert stand_in.poll() is None
            gate.touch()  # the whole index: built here (the gated child cached nothing)
            for _ in range(400):
                if type(app.index) is SearchIndex:
                    break
                await pilot.pause(0.02)
            assert type(app.index) is SearchIndex
            await pilot.press("backspace", "l")
            await pilot.pause(0.3)
            assert [m.entry_id for m in screen.result.matches] == ["why-int4"]
        assert stand_in.wait(5) is not None  # the child was let go
    finally:
        gate.touch()  # (the gated child ends, whatever happened)
        if stand_in.poll() is None:
            stand_in.kill()


async def test_the_questions_index_stops_when_the_child_s_index_comes_meanwhile(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's index of every text, handed over while the outline questions' index is
    made, stops its making: at 100k entries it held the GIL 0.6-0.9 s more, and the typed
    query's matches came 1.3 s after the child's index."""
    from corpus.search.scan_server import RemoteIndex
    from corpus.text import yield_to_other_threads

    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    answer = threading.Event()
    server, stand_in = _served_in_a_thread(path, answer=answer)
    app.scan_server = server  # type: ignore[assignment]
    handed, partial_handed = threading.Event(), []
    real_ready = app.index_ready

    def index_ready(index: object, partial: bool = False) -> None:
        if partial:
            partial_handed.append(index)
        real_ready(index, partial)  # type: ignore[arg-type]
        if isinstance(index, RemoteIndex):
            handed.set()

    real_build = ScanIndex.build.__func__  # type: ignore[attr-defined]
    stopped: list[str] = []

    def build(cls: type[ScanIndex], corpus: object) -> ScanIndex:
        if type(corpus).__module__ == "corpus.outline_index":  # the questions' index
            answer.set()  # the child's index comes while it is made
            assert handed.wait(10)
            try:
                yield_to_other_threads()  # (its next turn, as the making takes many)
            except BaseException:
                stopped.append("stopped")
                raise
        return real_build(cls, corpus)  # type: ignore[no-any-return]

    monkeypatch.setattr(app, "index_ready", index_ready)
    monkeypatch.setattr(ScanIndex, "build", classmethod(build))
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(400):
                if app.corpus is not None:
                    break
                await pilot.pause(0.02)
            assert app.corpus is not None and isinstance(app.index, RemoteIndex)
            assert stopped == ["stopped"] and partial_handed == []
    finally:
        answer.set()
        gate.touch()
        if stand_in.poll() is None:
            stand_in.kill()
        stand_in.wait()


async def test_the_questions_count_is_not_shown_as_every_text_s_before_its_result(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query typed while the questions alone are searched shows their count with
    `questions only`; when every text becomes searchable, that note stays until the
    query's result over every text comes (at 100k a scan takes 0.3-1 s): the count on
    screen meanwhile is still the questions'. Before, the note changed at once."""
    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # searched in the search thread, as at 100k
    gate = _gated_child(tmp_path, monkeypatch)
    built: list[ScanIndex] = []
    real_build, real_search = ScanIndex.build.__func__, ScanIndex.search  # type: ignore[attr-defined]
    release = threading.Event()

    def recording(cls: type[ScanIndex], corpus: object) -> ScanIndex:
        built.append(real_build(cls, corpus))
        return built[-1]

    def held(self: ScanIndex, query: str, *args: object, **kwargs: object) -> object:
        if query.strip() and len(built) > 1 and self is built[1]:  # every text's scan, not the questions'
            release.wait(10)
        return real_search(self, query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ScanIndex, "build", classmethod(recording))
    monkeypatch.setattr(ScanIndex, "search", held)
    original_decode = __import__("tui.loading", fromlist=["decode_corpus"]).decode_corpus
    questions_shown = threading.Event()

    def decode_corpus(*args: object) -> object:
        questions_shown.wait(10)  # the corpus after the query's questions-only count
        return original_decode(*args)

    monkeypatch.setattr("tui.loading.decode_corpus", decode_corpus)
    app = _big_file_reader(path, monkeypatch)
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            screen = app.reader_screen
            assert screen is not None
            for _ in range(400):
                if app.index_partial:
                    break
                await pilot.pause(0.02)
            await pilot.press("slash", *"int")
            for _ in range(400):
                if screen.result is not None and screen.result.query == "int":
                    break
                await pilot.pause(0.02)
            assert screen.status.hint.startswith("questions only")
            counted = screen.status.matches
            questions_shown.set()
            for _ in range(400):
                if app.corpus is not None:
                    break
                await pilot.pause(0.02)
            await pilot.pause(0.2)
            assert app.corpus is not None and not app.index_partial
            assert screen.status.hint.startswith("questions only"), screen.status.hint  # the result is still awaited
            assert screen.status.matches == counted
            release.set()
            for _ in range(400):
                if screen.status.hint.startswith("indexing"):
                    break
                await pilot.pause(0.02)
            assert screen.status.hint.startswith("indexing")
    finally:
        release.set()
        gate.touch()


async def test_a_query_the_child_still_searches_when_the_whole_index_comes_is_searched_again(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search child is let go as the whole index comes: a query it was still
    searching is searched again in the whole index. Before, its answer never came: the
    count stayed the previous query's, and `/query` enter waited for it for good."""
    from corpus.search.scan_server import RemoteIndex

    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # searched in the search thread, as at 100k
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    hold = threading.Event()
    server, stand_in = _served_in_a_thread(path, hold)
    app.scan_server = server  # type: ignore[assignment]
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            screen = app.reader_screen
            assert screen is not None
            for _ in range(400):
                if isinstance(app.index, RemoteIndex) and app.corpus is not None:
                    break
                await pilot.pause(0.02)
            assert isinstance(app.index, RemoteIndex) and app.corpus is not None
            await pilot.press("slash", *"Blackwell", "enter")  # its search held in the child
            await pilot.pause(0.3)
            assert screen.result is None or screen.result.query != "Blackwell"
            gate.touch()  # the whole index: the child is let go
            for _ in range(400):
                if screen.result is not None and screen.result.query == "Blackwell":
                    break
                await pilot.pause(0.02)
            assert type(app.index) is SearchIndex
            assert screen.result is not None and [m.entry_id for m in screen.result.matches] == ["why-int4"]
            assert screen.focused is not screen.filter_bar  # enter left the filter once the result came
    finally:
        hold.set()
        gate.touch()
        if stand_in.poll() is None:
            stand_in.kill()


def test_the_questions_index_never_replaces_an_index_of_every_text(small_corpus: Path) -> None:
    """The reader checks the file for its search child before it makes the questions'
    index, and the child's index of every text can come first: the questions' index,
    handed over after it, is dropped."""
    from corpus.loader import load_corpus
    from corpus.outline import Outline
    from corpus.outline_index import questions_index
    from tui.app import make_app
    from tui.options import ReaderOptions

    corpus = load_corpus(small_corpus)
    outline = Outline.from_corpus(corpus)
    app = make_app(ReaderOptions(lang="en", corpus_path=small_corpus), outline=outline)
    whole = ScanIndex.build(corpus)
    app.index_ready(whole)
    app.index_ready(questions_index(outline), True)
    assert app.index is whole and not app.index_partial
    fresh = make_app(ReaderOptions(lang="en", corpus_path=small_corpus), outline=outline)
    fresh.index_ready(questions_index(outline), True)  # (the questions' index first: taken)
    assert fresh.index is not None and fresh.index_partial


async def test_the_indexing_child_starts_once_the_search_child_has_answered(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a first start, the whole index's child starts once the search child has
    answered (or once the corpus is decoded, should that come first), not with it: at
    100k entries it was a third busy process on two cores, and every text was searchable
    2.6-3.5 s after the first screen against 2.1-2.6 s started after."""
    import tui.loading

    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    answer, decoded = threading.Event(), threading.Event()
    server, stand_in = _served_in_a_thread(path, answer=answer)
    app.scan_server = server  # type: ignore[assignment]
    starts: list[bool] = []
    real_start, real_decode = build_cache.CacheBuild.start.__func__, tui.loading.decode_corpus  # type: ignore[attr-defined]

    def start(cls: type[build_cache.CacheBuild], *args: Any) -> Any:
        starts.append(answer.is_set())
        return real_start(cls, *args)

    def decode_corpus(*args: object) -> object:
        decoded.wait(30)
        return real_decode(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(build_cache.CacheBuild, "start", classmethod(start))
    monkeypatch.setattr(tui.loading, "decode_corpus", decode_corpus)
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause(0.5)
            assert starts == []  # the search child has not answered, the corpus is not decoded
            answer.set()
            for _ in range(250):
                if starts:
                    break
                await pilot.pause(0.02)
            assert starts == [True]  # started on the child's answer, the corpus still held back
            decoded.set()
            gate.touch()
            for _ in range(400):
                if type(app.index) is SearchIndex:
                    break
                await pilot.pause(0.02)
            assert type(app.index) is SearchIndex and starts == [True]  # started once
    finally:
        answer.set()
        decoded.set()
        gate.touch()
        if stand_in.poll() is None:
            stand_in.kill()
        stand_in.wait()
