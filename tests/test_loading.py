"""Loading at scale (issue 13): the corpus loads with Python's cyclic collector off, the
UI thread never runs a full collection (it froze the screen for seconds at 100k), and
the collector is back on once the corpus is handed over; a command's process exits at
once after flushing its output."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import corpus.loader
from tests.reader_support import reader, ready

REPO = Path(__file__).resolve().parent.parent


async def test_the_ui_thread_never_runs_a_full_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    on_ui_thread: list[tuple[Any, ...]] = []
    real_collect = gc.collect

    def recording(*args: Any) -> int:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(args)
        return real_collect(*args)

    monkeypatch.setattr(gc, "collect", recording)
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
    assert on_ui_thread == []


async def test_the_corpus_loads_with_the_collector_off_and_it_is_on_again_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    real_load = corpus.loader.load_corpus

    def recording(path: Path | None = None) -> Any:
        seen.append(gc.isenabled())
        return real_load(path)

    monkeypatch.setattr(corpus.loader, "load_corpus", recording)
    assert gc.isenabled()
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert seen == [False]
        assert gc.isenabled()
    assert gc.isenabled()


def _script(*args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    """The installed console script's code path (`tui.cli.entry`) in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    code = "import sys; from tui.cli import entry; sys.argv[0] = 'kimi-ama-tui'; entry()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=60
    )


def test_a_command_flushes_everything_before_its_quick_exit(small_corpus: Path) -> None:
    done = _script("--corpus", str(small_corpus), "search", "int4")
    assert done.returncode == 0
    assert done.stdout.decode().split()[1] == "why-int4"
    many = _script("export")
    assert many.returncode == 0 and many.stdout.decode().rstrip().endswith("}")
    missing = _script("--corpus", str(small_corpus), "search", "nothing-like-this")
    assert (missing.returncode, missing.stdout) == (1, b"")

