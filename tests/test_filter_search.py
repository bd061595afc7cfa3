"""The filter's search thread: the newest query is searched, one asked before it and not
started yet is dropped; and the screen searches only the filter's current text (a burst
of keys read at once gives a change per key: the older ones are not searched)."""

from __future__ import annotations

import threading
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

    def search(self, query: str, limit: int = 0) -> str:
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
