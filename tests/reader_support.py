"""Helpers for reader tests: start the app through the one factory and wait until it is ready."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from textual.pilot import Pilot

from tui.app import ReaderApp, make_app
from tui.options import ReaderOptions


def reader(**options: object) -> ReaderApp:
    """The reader with the built-in corpus (or `corpus_path`), in English unless told."""
    options.setdefault("lang", "en")
    corpus = None
    path = options.get("corpus_path")
    if path is not None:
        from corpus.loader import load_corpus

        corpus = load_corpus(Path(str(path)))
    return make_app(ReaderOptions(**options), corpus)  # type: ignore[arg-type]


async def ready(pilot: Pilot[Any]) -> None:
    """Wait until the corpus and its whole search index are loaded (not the scan that
    stands in for it while it is built, on a big file's first start) and the screen has
    settled."""
    from corpus.search.scan import ScanIndex

    app = pilot.app
    assert isinstance(app, ReaderApp)
    for _ in range(500):
        if app.corpus is not None and app.index is not None and not isinstance(app.index, ScanIndex):
            break
        await asyncio.sleep(0.02)
    assert app.corpus is not None and app.index is not None, "corpus never loaded"
    assert not isinstance(app.index, ScanIndex), "the whole index never came"
    await pilot.pause()
    filter_bar = app.screen.query("#filter")
    if filter_bar:
        filter_bar.first().cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


async def settle(pilot: Pilot[Any], query: str | None = None) -> None:
    """Wait for the filter worker to apply the result for the current query."""
    app = pilot.app
    assert isinstance(app, ReaderApp)
    screen = app.reader_screen
    assert screen is not None
    for _ in range(200):
        await pilot.pause()
        if not screen.preview_pending and not any(w.group == "filter" and w.is_running for w in app.workers):
            result = screen.result
            if query is None or (result is not None and result.query == query) or (not query.strip() and result is None):
                return
        await asyncio.sleep(0.01)
    raise AssertionError(f"filter for {query!r} never applied")


def hold_corpus_load(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Keep the loading thread from reading the corpus until the returned event is set
    (at most 20 s): what comes before the corpus (an index) can be looked at."""
    import corpus.compactload

    release = threading.Event()
    real_load = corpus.compactload.load_compact

    def held(path: Path, *rest: Any, **options: Any) -> Any:
        release.wait(20)
        return real_load(path, *rest, **options)

    monkeypatch.setattr(corpus.compactload, "load_compact", held)
    return release


async def index_first(pilot: Pilot[Any]) -> None:
    """Wait until an index is in (the corpus held back by `hold_corpus_load`)."""
    app = pilot.app
    assert isinstance(app, ReaderApp)
    for _ in range(200):
        if app.index is not None:
            break
        await pilot.pause(0.02)
    assert app.index is not None and app.corpus is None, "the index did not come first"


def toasts_shown(app: ReaderApp) -> list[str]:
    """The toasts drawn on the screen on top."""
    return [str(toast.render()) for toast in app.screen.query("Toast") if toast.display and toast.region]


def notes_said(app: ReaderApp) -> list[str]:
    """Every notification the app is asked to show from now on (each still shown)."""
    said: list[str] = []
    real = app.notify

    def noting(message: object, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        real(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = noting  # type: ignore[method-assign,assignment]
    return said
