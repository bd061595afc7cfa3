"""Every keystroke's echo while a big corpus loads, in tmux, and who held the UI when one was late.

    python bench/bench_echo.py [--corpus bench/out/corpus-100k.json] [--starts first second] [--stall 0.1]

Launches the reader in tmux (a first start with an empty cache, then a second start with
what the first cached) and types into the filter all through loading, as
`bench_scale.py --only reader` does ("x", then "y" and backspace in turn, each until the
filter bar shows it). Prints, for each start, the echo's median and how many keys waited
over 100 ms (the goal: none), the longest ones with when they were typed; then each time the
reader's event loop was late by more than --stall seconds, with every thread's innermost
frames at that moment. The reader runs through a wrapper (written to the cache folder)
whose watchdog thread asks the event loop every 10 ms to run a callback, as a key arriving
does: the reader's own code is not changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import FIRST_SCREEN, _filter_line, _loading  # noqa: E402
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent

WRAPPER = '''
import asyncio, os, sys, threading, time, traceback
sys.path.insert(0, {root!r})
log = open({log!r}, "w", buffering=1)
started = time.perf_counter()
import textual.app


def watch(loop, ui):
    while True:
        ran = threading.Event()
        asked = time.perf_counter()
        loop.call_soon_threadsafe(ran.set)
        if not ran.wait({stall}):
            lines = []
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                name = "ui" if ident == ui else next((t.name for t in threading.enumerate() if t.ident == ident), "?")
                steps = traceback.extract_stack(frame)[-4:]
                lines.append(f"    [{{name}}] " + " < ".join(f"{{os.path.basename(s.filename)}}:{{s.lineno}} {{s.name}}" for s in reversed(steps)))
            ran.wait(60)
            late = (time.perf_counter() - asked) * 1000
            log.write(f"  late {{late:.0f}} ms at {{asked - started:.2f}} s\\n" + "\\n".join(lines) + "\\n")
        time.sleep(0.01)


real = textual.app.App._process_messages


async def watched(self, *args, **kwargs):
    threading.Thread(target=watch, args=(asyncio.get_running_loop(), threading.get_ident()), daemon=True).start()
    return await real(self, *args, **kwargs)


textual.app.App._process_messages = watched
from tui.cli import entry

sys.argv = ["kimi-ama-tui", *sys.argv[1:]]
entry()
'''


def _start(clock: Clock, wrapper: Path, corpus: Path) -> list[tuple[float, float]]:
    """Launch the reader through the wrapper; (seconds after launch, echo wait) per key."""
    command = [sys.executable, str(wrapper), "--lang", "en", "--corpus", str(corpus)]
    start = time.perf_counter()
    clock.launch(command, FIRST_SCREEN, timeout=600)
    clock.key("/", lambda s: True)
    time.sleep(0.2)
    keys = [(time.perf_counter() - start, clock.key("x", lambda s: _filter_line(s).strip() == "x"))]
    while _loading(clock.screen()) and time.perf_counter() - start < 600:
        for key, shown, literal in (("y", "xy", True), ("BSpace", "x", False)):
            at = time.perf_counter() - start
            keys.append((at, clock.key(key, lambda s, shown=shown: _filter_line(s).strip() == shown, literal=literal)))
        time.sleep(0.05)
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus-100k.json")
    parser.add_argument("--starts", nargs="+", choices=("first", "second"), default=["first", "second"])
    parser.add_argument("--stall", type=float, default=0.1, help="seconds the event loop may be late before it is reported")
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-echo-"))
    wrapper, log = cache / "watched_reader.py", cache / "stalls.log"
    wrapper.write_text(WRAPPER.format(root=str(HERE.parent), log=str(log), stall=args.stall), encoding="utf-8")
    print(f"echo while loading {args.corpus.name}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    try:
        with Clock(120, 30, env={"KIMI_AMA_TUI_CACHE": str(cache)}) as clock:
            if args.starts == ["second"]:
                _start(clock, wrapper, args.corpus)  # (a first start caches what the second reads)
            for name in args.starts:
                keys = _start(clock, wrapper, args.corpus)
                waits = [wait for _, wait in keys]
                late = sorted(((wait, at) for at, wait in keys if wait > 0.1), reverse=True)
                print(f"{name} start: {len(keys)} keys, echo median {statistics.median(waits) * 1000:.0f} ms, "
                      f"{len(late)} over 100 ms (goal: none); longest: "
                      + (", ".join(f"{wait * 1000:.0f} ms at {at:.1f} s" for wait, at in late[:6]) or "-"))
                stalls = log.read_text(encoding="utf-8") if log.exists() else ""
                print(f"  event loop late by over {args.stall * 1000:.0f} ms: {stalls.count('  late ')} times")
                print(stalls, end="")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
