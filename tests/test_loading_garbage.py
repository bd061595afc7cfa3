"""Garbage the UI makes while a corpus loads is collected, not kept for good (issue 13).

The console script turns Python's cyclic collector off while a corpus loads (it made
loading a big corpus 2-3x slower), and what was loaded is frozen out of its reach after.
Meanwhile the UI draws every keystroke, and Textual's strips and their caches are garbage
in reference cycles: typing through a first start at 100k entries, 1.4M such objects
(170 MB) were frozen with the corpus and never freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import corpus.search.cache
import tui.loading
from corpus.search.scan import ScanIndex
from tests.reader_support import ready
from tests.test_loading_child import _big_file_reader, _gated_child, _json_file


class _Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _cycle() -> weakref.ref[_Node]:
    """A weak reference to a cycle that is garbage from the start."""
    return weakref.ref(_Node())


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector off, as the console script (`tui.cli.entry`) runs the reader."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def test_garbage_made_while_the_index_is_built_is_collected(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_off: None
) -> None:
    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)  # the child "builds" until it is opened
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(400):
            if isinstance(app.index, ScanIndex) and not app.index_partial:
                break
            await pilot.pause(0.02)
        assert app.indexing  # the loading thread waits for the child
        while_waiting = _cycle()
        await pilot.pause(3 * tui.loading.SWEEP_INTERVAL)
        at_the_end = _cycle()
        gate.touch()
        await ready(pilot)
        assert not gc.isenabled() or gc.get_freeze_count() > 0  # the loaded objects are frozen
        # collected while waiting (the collector on), or swept as it went off again
        assert while_waiting() is None
        assert at_the_end() is None  # swept before what was loaded was frozen


async def test_the_collector_is_on_while_the_loading_thread_waits_for_the_child(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_off: None
) -> None:
    """Off while the loading thread waits for the whole index's child (tens of seconds at
    100k entries), the UI thread swept every key's garbage, and a sweep that took long
    froze what it left, the UI's own objects too, kept for good once they were garbage
    (a first start at 100k, keys typed all through: RSS once loaded 603-605 MB, against
    566-567 MB with the collector on meanwhile). It is on while the loading thread
    waits, with what was loaded frozen; off again while the loading thread makes the
    index."""
    path = _json_file(small_corpus, tmp_path)
    gate = _gated_child(tmp_path, monkeypatch)  # the child "builds" until it is opened
    made_with: list[bool] = []
    real_cached_index = corpus.search.cache.cached_index

    def recording(*args: Any, **kwargs: Any) -> Any:
        made_with.append(gc.isenabled())
        return real_cached_index(*args, **kwargs)

    monkeypatch.setattr(corpus.search.cache, "cached_index", recording)
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(400):
            if isinstance(app.index, ScanIndex) and not app.index_partial and gc.isenabled():
                break
            await pilot.pause(0.02)
        assert app.indexing and gc.isenabled()  # waiting for the child, the collector on
        assert gc.get_freeze_count() > 0  # what was loaded is out of its reach
        gate.touch()  # the child ends, caching nothing: the reader indexes the corpus
        await ready(pilot)
        assert gc.isenabled()
    assert made_with == [False]


def test_a_sweep_collects_garbage_that_was_alive_at_the_last_one(collector_off: None) -> None:
    """A frame's objects alive at one sweep are garbage at the next: they are collected
    then, not stranded in an older generation until frozen."""
    gc.collect()
    held = _Node()
    older = weakref.ref(held)
    tui.loading.sweep_garbage()  # alive: it survives this sweep
    del held
    young = _cycle()
    tui.loading.sweep_garbage()
    assert (older(), young()) == (None, None)


def test_a_sweep_freezes_what_is_too_many_to_walk(collector_off: None) -> None:
    gc.collect()
    frozen = gc.get_freeze_count()
    try:
        loaded = [[] for _ in range(tui.loading.SWEEP_MOST + 1)]  # as one big C call leaves them
        garbage = _cycle()
        tui.loading.sweep_garbage()
        assert gc.get_freeze_count() >= frozen + len(loaded)  # frozen, not walked
        assert garbage() is not None  # (frozen with them, as all of it was before)
    finally:
        gc.unfreeze()


def test_a_sweep_freezes_its_survivors_when_they_are_more_than_the_uis(
    collector_off: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.loading.time, "thread_time", lambda: 0.0)  # (however long it takes)
    gc.collect()
    gc.freeze()  # (as what the app started with is, when loading starts)
    frozen = gc.get_freeze_count()
    try:
        loaded = [[] for _ in range(tui.loading.SWEEP_KEEP + 1)]  # in reach: walked at once
        assert gc.get_freeze_count() == frozen
        tui.loading.sweep_garbage()
        assert gc.get_freeze_count() >= frozen + len(loaded)  # the next sweep walks none of them
    finally:
        gc.unfreeze()


def test_a_sweep_that_took_long_freezes_what_it_left(collector_off: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few containers holding millions are long to walk though few: once a sweep took
    over SWEEP_LONGEST, what it left is frozen and the next sweep is short."""
    gc.collect()
    gc.freeze()  # (as what the app started with is, when loading starts)
    frozen = gc.get_freeze_count()
    clock = iter([0.0, 2 * tui.loading.SWEEP_LONGEST])
    monkeypatch.setattr(tui.loading.time, "thread_time", lambda: next(clock))
    try:
        words = [[word] for word in ("a", "b")]  # (two objects: far fewer than SWEEP_KEEP)
        tui.loading.sweep_garbage()
        assert gc.get_freeze_count() >= frozen + len(words)
    finally:
        gc.unfreeze()


async def test_what_the_app_started_with_is_frozen_as_loading_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether or not the collector was on (a library user's reader), the sweeps never
    walk what the app started with: it is frozen before the loading thread starts."""
    from tests.reader_support import hold_corpus_load, reader

    release = hold_corpus_load(monkeypatch)
    gc.unfreeze()
    assert gc.isenabled()
    started = _Node()  # made before the reader, as its imports are
    app = reader()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(0.1)
            assert app.corpus is None and not gc.isenabled()  # loading: the collector off
            assert not any(o is started for o in gc.get_objects())  # frozen: out of reach
            release.set()
            await ready(pilot)
    finally:
        release.set()
        gc.enable()


def test_sweeps_never_break_a_tuple_another_thread_is_building(collector_off: None) -> None:
    """A sweep counted its survivors with `gc.get_objects`, whose list holds a second
    reference to each: a tuple the loading thread was building (`tuple(generator)`) could
    then not grow, and the loading thread died with SystemError (seen at 100k entries)."""
    import sys
    import threading
    import time

    gc.collect()
    gc.freeze()
    failed: list[BaseException] = []
    stop = threading.Event()

    def building() -> None:
        try:
            while not stop.is_set():
                tuple(n for n in range(50))
        except BaseException as error:  # noqa: BLE001 (whatever it is, the test says it)
            failed.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # the threads take turns inside a sweep, as they can
    builder = threading.Thread(target=building)
    builder.start()
    try:
        end = time.monotonic() + 2.0
        while time.monotonic() < end and builder.is_alive():
            tui.loading.sweep_garbage()
    finally:
        stop.set()
        builder.join()
        sys.setswitchinterval(interval)
        gc.unfreeze()
    assert failed == []
