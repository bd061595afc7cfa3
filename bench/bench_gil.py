"""Where a loading thread keeps the UI thread waiting: the reader's own loading code
(`tui.loading.load_corpus_and_index`) runs in a thread, as in the reader, while this
thread ticks every 5 ms, as an idle UI would, and records how late each tick wakes;
the longest waits are printed with what the loading thread was doing when the tick
finally ran (the call that held the GIL, or the line right after it).

    python bench/bench_gil.py [--corpus bench/out/corpus-100k.json] [--top 8]

Runs twice with a fresh cache directory: first start (nothing cached: the index is
built and cached) and second start (outline and index cached). The goal of issue 13:
no wait over 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TICK = 0.005


class _App:
    """What the loading code uses of the reader app: options, outline, hand-over calls."""

    def __init__(self, path: Path) -> None:
        from tui.app import first_screen_outline

        self.options = SimpleNamespace(corpus_path=path)
        self.outline = first_screen_outline(path)
        self.corpus: Any = None
        self.index: Any = None
        self.done = threading.Event()
        self.thread: threading.Thread | None = None
        self.failed = ""

    def run_worker(self, work: Any, **_: Any) -> None:
        self.thread = threading.Thread(target=work, name="load corpus")
        self.thread.start()

    def call_from_thread(self, call: Any, *args: Any, **kwargs: Any) -> Any:
        return call(*args, **kwargs)

    def notify(self, message: str, **_: Any) -> None:
        print(f"  (notified: {message})")

    def index_ready(self, index: Any, partial: bool = False) -> None:
        self.index = index

    def loaded(self, corpus: Any, index: Any, *_: Any) -> None:
        self.corpus, self.index = corpus, index  # kept, as the app keeps them
        self.done.set()

    def index_built(self, index: Any) -> None:
        self.index = index

    def load_failed(self, message: str) -> None:
        self.failed = message
        self.done.set()


def _where(thread: threading.Thread | None) -> str:
    frame = sys._current_frames().get(thread.ident) if thread and thread.ident else None
    if frame is None:
        return "(loading thread gone)"
    stack = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)[-3:]]
    return " < ".join(reversed(stack))


def run(path: Path, top: int) -> list[float]:
    """Load the corpus as the reader does, ticking; the top waits, printed."""
    from tui.loading import load_corpus_and_index

    start = time.perf_counter()
    app = _App(path)
    first = time.perf_counter() - start
    waits: list[tuple[float, float, str]] = []
    load_corpus_and_index(app)  # type: ignore[arg-type]
    began = time.perf_counter()
    while app.thread is not None and app.thread.is_alive():  # to the end of the thread
        before = time.perf_counter()
        time.sleep(TICK)
        late = time.perf_counter() - before - TICK
        if late > 0.02:
            waits.append((late, before - began, _where(app.thread)))
    if app.thread is not None:
        app.thread.join()
    total = time.perf_counter() - began
    print(f"  outline {first:.2f} s, loaded in {total:.1f} s{'  FAILED: ' + app.failed if app.failed else ''}")
    for late, at, where in sorted(waits, reverse=True)[:top]:
        print(f"    {late * 1000:6.0f} ms at {at:5.1f} s   {where}")
    return [late for late, _, _ in waits]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "out" / "corpus-100k.json"))
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    path = Path(args.corpus)
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-gil-"))
    os.environ["KIMI_AMA_TUI_CACHE"] = str(cache)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {path.name}, ticks of {TICK * 1000:.0f} ms")
    try:
        for label in ("first start", "second start"):
            print(label)
            waits = run(path, args.top)
            print(f"  longest wait {max(waits, default=0) * 1000:.0f} ms (goal <= 100 ms), {sum(w > 0.1 for w in waits)} over 100 ms")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
