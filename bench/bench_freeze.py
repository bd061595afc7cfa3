"""Where the reader's UI freezes while a big corpus loads, and who holds it: the real
app (headless, `run_test`) loads the corpus while keys are typed into the filter; a
watchdog thread asks the UI loop every 10 ms to run a callback (as a key arriving does)
and, when that takes over 50 ms, samples every thread's stack: the UI thread's own work
(its frame is not the event loop's wait) or another thread's (the one running Python
when the watchdog gets the GIL, or the line right after its long C call).

    python bench/bench_freeze.py [--corpus bench/out/corpus-100k.json] [--top 10]

First start (nothing cached) and second start (outline and index cached), in a fresh
cache directory shared by the two.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stacks(ui: int) -> str:
    """Each other thread's innermost frames, and the UI thread's, in one line."""
    parts = []
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        name = "ui" if ident == ui else next((t.name for t in threading.enumerate() if t.ident == ident), "?")
        top = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)[-2:]]
        parts.append(f"{name}[{' < '.join(reversed(top))}]")
    return "  ".join(parts)


async def _load(path: Path, top: int) -> None:
    from tui.app import first_screen_outline, make_app
    from tui.options import ReaderOptions

    start = time.perf_counter()
    outline = first_screen_outline(path)
    app = make_app(ReaderOptions(corpus_path=path, lang="en"), None, outline)
    freezes: list[tuple[float, float, str]] = []
    stop = threading.Event()
    ui = threading.get_ident()

    loop = asyncio.get_running_loop()

    def watchdog() -> None:
        """Every 10 ms, ask the UI loop to run a callback (as a key arriving does) and
        time how long it takes; past 50 ms, sample the stacks once."""
        while not stop.is_set():
            ran = threading.Event()
            asked = time.perf_counter()
            loop.call_soon_threadsafe(ran.set)
            if not ran.wait(0.05):
                where = _stacks(ui)
                ran.wait(600)
                freezes.append((time.perf_counter() - asked, asked - start, where))
            time.sleep(0.01)

    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", "x")  # (after the first paint: its own pause is not loading)
        thread = threading.Thread(target=watchdog, name="watchdog", daemon=True)
        thread.start()
        keys = 0
        # to the whole index (on a first start a scan stands in for it while it is built)
        while (app.corpus is None or app.indexing) and app.return_code is None and time.perf_counter() - start < 600:
            await pilot.press("y" if keys % 2 == 0 else "backspace")
            keys += 1
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)
        stop.set()
        thread.join()
    loaded = time.perf_counter() - start
    print(f"  loaded after {loaded:.1f} s, {keys} keys typed; {len(freezes)} freezes over 50 ms")
    for late, at, where in sorted(freezes, reverse=True)[:top]:
        print(f"    {late * 1000:6.0f} ms at {at:5.1f} s  {where[:400]}")
    print(f"  longest {max((f[0] for f in freezes), default=0) * 1000:.0f} ms (goal <= 100 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "out" / "corpus-100k.json"))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-freeze-"))
    os.environ["KIMI_AMA_TUI_CACHE"] = str(cache)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {Path(args.corpus).name}")
    try:
        for label in ("first start", "second start"):
            print(label)
            asyncio.run(_load(Path(args.corpus), args.top))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
