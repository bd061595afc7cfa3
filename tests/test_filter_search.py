"""The filter's search thread: the newest query is searched, one asked before it and not
started yet is dropped; and the screen searches only the filter's current text (a burst
of keys read at once gives a change per key: the older ones are not searched)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from textual.widgets import Input

from tests.reader_support import reader, ready, settle
from tui.filter_search import SearchThread


class _Index:
    """An index whose first search waits until released, recording every query."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.started = threading.Event()
        self.release = threading.Event()

    def search(self, query: str, limit: int = 0, keep: str | None = None) -> str:
        self.queries.append(query)
        if len(self.queries) == 1:
            self.started.set()
            self.release.wait(10)
        if query == "boom":
            raise ValueError("bad query")
        return f"result of {query}"


def test_a_query_asked_while_another_waits_replaces_it() -> None:
    index: Any = _Index()
    searches = SearchThread()
    first = searches.search(index, "t", 50)
    assert index.started.wait(10)
    dropped = searches.search(index, "te", 50)
    newest = searches.search(index, "ten", 50)
    index.release.set()
    results: list[Any] = [first.result(10), newest.result(10)]
    assert results == ["result of t", "result of ten"]
    assert dropped.cancelled()
    assert index.queries == ["t", "ten"]


class _Scan:
    """A slow index as a scan is (not `quick`): each search goes through many windows,
    pausing between two as a scan does, unless it is dropped."""

    quick = False

    def __init__(self) -> None:
        self.windows: dict[str, int] = {}
        self.started = threading.Event()
        self.windows_per_search = 200

    def search(self, query: str, limit: int = 0, keep: str | None = None) -> str:
        from corpus.text import yield_to_other_threads

        self.started.set()
        for n in range(self.windows_per_search):
            self.windows[query] = n + 1
            time.sleep(0.005)  # a window of texts scanned
            yield_to_other_threads()
        return f"result of {query}"


def test_a_scan_is_dropped_midway_when_a_newer_query_comes() -> None:
    """At 100k entries a first start's scan takes 0.3-0.6 s a query: keys typed meanwhile
    each ran one to its end, holding the GIL in turns with the UI, for stale results."""
    from concurrent.futures import CancelledError

    index: Any = _Scan()
    searches = SearchThread()
    first = searches.search(index, "t", 50)
    assert index.started.wait(10)
    time.sleep(0.05)
    newest = searches.search(index, "te", 50)
    with pytest.raises(CancelledError):
        first.result(10)
    assert newest.result(10) == "result of te"
    assert index.windows["t"] < 100 and index.windows["te"] == 200
    searches.close()
    assert searches.join(10)


def test_keys_typed_without_a_pause_still_see_results() -> None:
    """A scan is dropped for a newer query only while a result was handed over less than
    STALE_MOST ago: a query asked every 20 ms (each scan takes 0.1 s) must not starve
    every result (`bench_scale.py` types a key every ~0.1 s through a first start: the
    questions were searchable 14-18 s after the first screen, not 2 s)."""
    import tui.filter_search as filter_search

    index: Any = _Scan()
    index.windows_per_search = 20
    searches = SearchThread()
    futures = []
    start = time.monotonic()
    while time.monotonic() - start < 2.0:
        futures.append(searches.search(index, f"q{len(futures)}", 50))
        time.sleep(0.02)
    handed = [f for f in futures if f.done() and not f.cancelled() and f.exception() is None]
    assert len(handed) >= 2, f"{len(handed)} of {len(futures)} queries got a result while typing"
    assert len(handed) < len(futures) / 4  # most were dropped, stale
    assert filter_search.STALE_MOST <= 0.5
    searches.close()
    assert searches.join(10)


def test_a_quick_index_is_searched_to_the_end() -> None:
    index: Any = _Scan()
    index.quick = True  # the whole index: a search takes milliseconds, never dropped midway
    searches = SearchThread()
    first = searches.search(index, "t", 50)
    assert index.started.wait(10)
    newest = searches.search(index, "te", 50)
    assert first.result(10) == "result of t" and newest.result(10) == "result of te"
    assert index.windows == {"t": 200, "te": 200}


def test_a_search_run_elsewhere_is_not_dropped_for_a_newer_query_but_is_when_closing() -> None:
    """A first start's search child (`corpus.search.scan_server`) scans on its own core:
    a search it runs costs the reader nothing, so keys typed meanwhile do not drop it
    (its result comes 0.3 s later, not after STALE_MOST); closing the reader does."""
    from concurrent.futures import CancelledError

    index: Any = _Scan()
    index.elsewhere = True
    searches = SearchThread()
    first = searches.search(index, "t", 50)
    assert index.started.wait(10)
    time.sleep(0.05)
    newest = searches.search(index, "te", 50)
    assert first.result(10) == "result of t" and newest.result(10) == "result of te"
    assert index.windows == {"t": 200, "te": 200}
    index.started.clear()
    last = searches.search(index, "ten", 50)
    assert index.started.wait(10)
    searches.close()
    with pytest.raises(CancelledError):
        last.result(10)
    assert searches.join(10) and index.windows["ten"] < 200


def test_a_failing_search_is_handed_to_whoever_waits() -> None:
    index: Any = _Index()
    index.release.set()
    searches = SearchThread()
    ok: Any = searches.search(index, "ok", 50).result(10)
    assert ok == "result of ok"
    with pytest.raises(ValueError):
        searches.search(index, "boom", 50).result(10)
    after: Any = searches.search(index, "after", 50).result(10)
    assert after == "result of after"


def test_a_closed_thread_ends_and_drops_what_waits() -> None:
    index: Any = _Index()
    searches = SearchThread()
    first = searches.search(index, "t", 50)
    assert index.started.wait(10)
    waiting = searches.search(index, "te", 50)
    searches.close()
    index.release.set()
    done: Any = first.result(10)
    assert done == "result of t"  # the search under way finishes
    assert waiting.cancelled() and searches.search(index, "ten", 50).cancelled()
    assert searches.join(10)
    assert index.queries == ["t"]


async def test_a_change_older_than_the_filter_text_is_not_searched() -> None:
    app = reader(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and app.index is not None
        searched: list[str] = []
        real = app.index.search

        def recording(query: str, **options: Any) -> Any:
            searched.append(query)
            return real(query, **options)

        app.index.search = recording  # type: ignore[method-assign, assignment]
        bar = screen.filter_bar
        await pilot.press("slash", *"model")
        await settle(pilot, "model")
        searched.clear()
        bar.post_message(Input.Changed(bar, "mo"))  # a change the filter's text is already past
        bar.post_message(Input.Changed(bar, "model"))
        await settle(pilot, "model")
        assert searched == ["model"]
        assert screen.result is not None and screen.result.query == "model"


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_slow_search_says_it_is_searching_until_its_result_comes(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """A first start's search child at 100k takes 0.2-1 s for a short term: meanwhile the
    count shown is the previous query's, and the status line says the query is being
    searched; the result's own note replaces it. A quick search says nothing."""
    from tui.screens import filtering
    from tui.ui_text import words

    monkeypatch.setenv("KIMI_AMA_TUI_INLINE_SEARCH", "0")  # searched in the search thread, as at 100k
    app = reader(lang=lang)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        screen = app.reader_screen
        assert screen is not None and app.index is not None
        release = threading.Event()
        real = app.index.search

        def slow(query: str, **options: Any) -> Any:
            if query == "muon":
                release.wait(10)
            return real(query, **options)

        app.index.search = slow  # type: ignore[method-assign, assignment]
        await pilot.press("slash", *"kda")
        await settle(pilot, "kda")
        assert screen.status.hint == ""
        await pilot.pause(filtering.SEARCHING_AFTER + 0.1)
        assert screen.status.hint == ""  # (quick: never said)
        await pilot.press("ctrl+u", *"muon")
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.status.hint:
                break
        assert screen.status.hint == words(lang, "searching")
        assert screen.result is not None and screen.result.query == "muo"  # (the query before)
        release.set()
        await settle(pilot, "muon")
        assert screen.status.hint == ""
