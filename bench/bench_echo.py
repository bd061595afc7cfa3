"""Every keystroke's echo while a big corpus loads, in tmux, and who held the UI when one was late.

    python bench/bench_echo.py [--corpus bench/out/corpus-100k.json] [--starts first second] [--stall 0.1] [--profile]

Launches the reader in tmux (a first start with an empty cache, then a second start with
what the first cached) and types into the filter all through loading, as
`bench_scale.py --only reader` does ("x", then "y" and backspace in turn, each until the
filter bar shows it). Prints, for each start, the echo's median and how many keys waited
over 100 ms (the goal: none), the longest ones with when they were typed; then each time the
reader's event loop was late by more than --stall seconds, with every thread's innermost
frames at that moment and what the UI thread ran until the loop answered. The reader runs
through a wrapper (written to the cache folder) whose watchdog thread asks the event loop
every 10 ms to run a callback, as a key arriving does: the reader's own code is not changed.

--profile also says, for each of the six longest echoes over 100 ms, the keystroke's steps
in ms after it was sent (READ: the input thread read it; FILTER, APPLY: the query run and
a result applied, each /ended; WRITE: a frame handed to the writer thread; FLUSHED: its
bytes gone to the terminal; GIL+n: another thread waited n ms for the GIL; SWEEP+n: the
UI thread swept the garbage for n ms) and what the UI thread was seen running (sampled
every 5 ms); and how often the GIL was held from the others over 20 ms and the sweeps
took over 5 ms. Its own threads cost the reader some time: compare runs with it to runs
with it, not to runs without. Should the event loop not answer for 8 s (a hang), every
thread's stack is printed at the end (`faulthandler`, which needs no GIL).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import FIRST_SCREEN, _filter_line, _loading  # noqa: E402
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent
HUNG = 8
"""Seconds the reader's event loop may not answer before every thread's stack is written."""

WRAPPER = '''
import asyncio, faulthandler, os, sys, threading, time, traceback
sys.path.insert(0, {root!r})
log = open({log!r}, "w", buffering=1)
started = time.perf_counter()
import textual.app


hung = open({hung!r}, "w")
"""Every thread's stack, written should the event loop not answer for HUNG seconds."""


def watch(loop, ui):
    while True:
        faulthandler.dump_traceback_later({hung_after}, file=hung)  # (off the GIL: a hang is seen)
        ran = threading.Event()
        asked = time.perf_counter()
        loop.call_soon_threadsafe(ran.set)
        if not ran.wait({stall}):
            lines = threads_now(ui, 4)
            seen = {{}}
            while not ran.wait(0.003):  # what the UI runs until the loop answers
                frame = sys._current_frames().get(ui)
                if frame is not None:
                    steps = traceback.extract_stack(frame)
                    ours = [s for s in steps if "/tui/" in s.filename or "/corpus/" in s.filename][-2:]
                    at = " < ".join(where(s) for s in reversed(ours + steps[-1:]))
                    seen[at] = seen.get(at, 0) + 1
            late = (time.perf_counter() - asked) * 1000
            lines += [f"    ({{n}} samples) {{at}}" for at, n in sorted(seen.items(), key=lambda kv: -kv[1])[:6]]
            log.write(f"  late {{late:.0f}} ms at {{asked - started:.2f}} s\\n" + "\\n".join(lines) + "\\n")
        time.sleep(0.01)


samples = open({samples!r}, "w", buffering=1) if {profile!r} else None
"""--profile: one line per event, `time<TAB>what<TAB>-`, or per UI sample, `time<TAB>ours<TAB>innermost`."""


def where(step):
    return f"{{os.path.basename(step.filename)}}:{{step.lineno}} {{step.name}}" if step else "-"


def threads_now(ui, depth, quiet=()):
    """A line per thread but this one (and those whose names start with `quiet`): its
    name ("ui" for the UI thread) and its `depth` innermost frames."""
    names = {{t.ident: t.name for t in threading.enumerate()}}
    lines = []
    for ident, frame in sys._current_frames().items():
        name = "ui" if ident == ui else names.get(ident, "?")
        if ident != threading.get_ident() and not (quiet and name.startswith(quiet)):
            steps = traceback.extract_stack(frame)[-depth:]
            lines.append(f"    [{{name}}] " + " < ".join(where(s) for s in reversed(steps)))
    return lines


def event(what):
    samples.write(f"{{time.perf_counter():.4f}}\\t{{what}}\\t-\\n")


def timed(name, real):
    """`real`, its calls logged as events when they begin (NAME) and end (/NAME)."""
    def call(*args, **kwargs):
        event(name)
        try:
            return real(*args, **kwargs)
        finally:
            event("/" + name)
    return call


def sample(ui):
    """What the UI thread runs, every 5 ms: the reader's own innermost frame, and the innermost."""
    while True:
        frame = sys._current_frames().get(ui)
        if frame is not None:
            steps = traceback.extract_stack(frame)
            ours = next((s for s in reversed(steps) if "/tui/" in s.filename or "/corpus/" in s.filename), None)
            samples.write(f"{{time.perf_counter():.4f}}\\t{{where(ours)}}\\t{{where(steps[-1])}}\\n")
        time.sleep(0.005)


def gil_holds(ui):
    """Each time this thread got the GIL over 20 ms late (a 1 ms sleep), an event, and in
    the log where the reader's threads were then (the holder just past what held it)."""
    while True:
        asked = time.perf_counter()
        time.sleep(0.001)
        late = time.perf_counter() - asked - 0.001
        if late > 0.02:
            lines = threads_now(ui, 3, quiet=("textual-", "Thread-", "?"))
            event(f"GIL+{{late * 1000:.0f}}")
            log.write(f"  GIL late {{late * 1000:.0f}} ms at {{asked - started:.2f}} s\\n" + "\\n".join(lines) + "\\n")


class FlushLogged:
    """The terminal's file, each flush (a frame's bytes gone to the terminal) an event."""

    def __init__(self, file):
        self._file = file

    def write(self, text):
        return self._file.write(text)

    def flush(self):
        self._file.flush()
        event("FLUSHED")

    def __getattr__(self, name):
        return getattr(self._file, name)


def profile(ui):
    """--profile: sample the UI thread, time the GIL's hand-overs, and log each step of a
    keystroke (input read, filter run, result applied, frame written and flushed) and
    each sweep of the garbage over 5 ms."""
    import gc
    import tui.loading
    from textual.drivers._writer_thread import WriterThread
    from tui.screens.filtering import Filtering
    from tui.terminal_guard import GuardedDriver

    threading.Thread(target=sample, args=(ui,), daemon=True).start()
    threading.Thread(target=gil_holds, args=(ui,), daemon=True).start()
    GuardedDriver._read = timed("READ", GuardedDriver._read)
    Filtering.run_filter = timed("FILTER", Filtering.run_filter)
    Filtering._apply_result = timed("APPLY", Filtering._apply_result)
    WriterThread.write = timed("WRITE", WriterThread.write)
    sweep_garbage, writer_init = tui.loading.sweep_garbage, WriterThread.__init__

    def sweep_timed():
        new, begun = gc.get_count()[0], time.perf_counter()
        sweep_garbage()
        took = (time.perf_counter() - begun) * 1000
        if took > 5:
            event(f"SWEEP+{{took:.0f}}")
            log.write(f"  sweep of {{new}} new objects: {{took:.0f}} ms at {{begun - started:.2f}} s\\n")

    def init(self, file):
        writer_init(self, FlushLogged(file))

    tui.loading.sweep_garbage = sweep_timed
    WriterThread.__init__ = init


real = textual.app.App._process_messages


async def watched(self, *args, **kwargs):
    threading.Thread(target=watch, args=(asyncio.get_running_loop(), threading.get_ident()), daemon=True).start()
    if {profile!r}:
        profile(threading.get_ident())
    return await real(self, *args, **kwargs)


textual.app.App._process_messages = watched
from tui.cli import entry

sys.argv = ["kimi-ama-tui", *sys.argv[1:]]
entry()
'''


def _start(clock: Clock, wrapper: Path, corpus: Path) -> list[tuple[float, float, float]]:
    """Launch the reader through the wrapper; (seconds after launch, echo wait, when sent
    on the machine's monotonic clock) per key."""
    command = [sys.executable, str(wrapper), "--lang", "en", "--corpus", str(corpus)]
    start = time.perf_counter()
    clock.launch(command, FIRST_SCREEN, timeout=600)
    clock.key("/", lambda s: True)
    time.sleep(0.2)
    sent = time.perf_counter()
    keys = [(sent - start, clock.key("x", lambda s: _filter_line(s).strip() == "x"), sent)]
    while _loading(clock.screen()) and time.perf_counter() - start < 600:
        for key, shown, literal in (("y", "xy", True), ("BSpace", "x", False)):
            sent = time.perf_counter()
            keys.append((sent - start, clock.key(key, lambda s, shown=shown: _filter_line(s).strip() == shown, literal=literal), sent))
        time.sleep(0.05)
    return keys


def _samples(path: Path) -> list[tuple[float, str, str]]:
    """--profile's lines: (time, event, "-") or (time, the reader's own frame, innermost frame)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(float(t), what, inner.strip()) for t, what, inner in (line.split("\t") for line in lines)]


def _ui_during(seen: list[tuple[float, str, str]], keys: list[tuple[float, float, float]]) -> str:
    """For each key that waited over 100 ms (the six longest), what the UI thread was seen
    running from its sending to its echo: the reader's own innermost frame, and the
    innermost frame of all, with how many 5 ms samples each."""
    out = []
    for at, wait, sent in sorted(keys, key=lambda key: -key[1])[:6]:
        if wait <= 0.1:
            break
        inside = [(ours, inner) for t, ours, inner in seen if sent <= t <= sent + wait and inner != "-"]
        events = " ".join(f"{what}@{(t - sent) * 1000:.0f}" for t, what, inner in seen
                          if sent <= t <= sent + wait + 0.02 and inner == "-")
        out.append(f"  UI during the {wait * 1000:.0f} ms echo at {at:.1f} s ({len(inside)} samples): {events}")
        for what, count in Counter(f"{ours} | {inner}" for ours, inner in inside).most_common(6):
            out.append(f"    {count:3d}  {what}")
    return "".join(line + "\n" for line in out)


def _blocks(log: str) -> list[str]:
    """The wrapper's log cut into its entries (a line at two spaces, then deeper ones)."""
    blocks: list[str] = []
    for line in log.splitlines(keepends=True):
        if line.startswith("  ") and not line.startswith("   ") or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += line
    return blocks


def _held(blocks: list[str]) -> str:
    """--profile: how often, and how long, the GIL was held from the others over 20 ms, and
    the UI thread swept the garbage (over 5 ms); the five longest holds with where the
    threads were."""
    holds = sorted(((int(b.split()[2]), b) for b in blocks if b.startswith("  GIL late ")), key=lambda h: -h[0])
    sweeps = sorted(int(b.split()[-5]) for b in blocks if b.startswith("  sweep of "))
    out = f"  GIL held over 20 ms: {len(holds)} times; sweeps over 5 ms: {len(sweeps)}"
    if sweeps:
        out += f", median {statistics.median(sweeps):.0f} ms, longest {sweeps[-1]} ms, {sum(sweeps)} ms in all"
    return out + "\n" + "".join(block for _, block in holds[:5])


def _swept_while_waiting(seen: list[tuple[float, str, str]], keys: list[tuple[float, float, float]]) -> str:
    """--profile: how many keys' echoes waited while the UI swept the garbage (a sweep over
    5 ms that ended between the key's sending and its echo), and for how long in all."""
    sweeps = [(t, int(what[6:])) for t, what, _ in seen if what.startswith("SWEEP+")]
    hit = [sum(ms for t, ms in sweeps if sent < t <= sent + wait) for _, wait, sent in keys]
    hit = [ms for ms in hit if ms]
    return f"  keys whose echo waited for a sweep: {len(hit)} of {len(keys)}, {sum(hit)} ms in all\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus-100k.json")
    parser.add_argument("--starts", nargs="+", choices=("first", "second"), default=["first", "second"])
    parser.add_argument("--stall", type=float, default=0.1, help="seconds the event loop may be late before it is reported")
    parser.add_argument("--profile", action="store_true", help="sample the UI thread every 5 ms; say what it ran during each late echo")
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-echo-"))
    wrapper, log, samples = cache / "watched_reader.py", cache / "stalls.log", cache / "ui-samples.log"
    hung = cache / "hung.txt"
    wrapper.write_text(
        WRAPPER.format(root=str(HERE.parent), log=str(log), stall=args.stall, samples=str(samples),
                       profile=args.profile, hung=str(hung), hung_after=HUNG),
        encoding="utf-8",
    )
    print(f"echo while loading {args.corpus.name}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    try:
        with Clock(120, 30, env={"KIMI_AMA_TUI_CACHE": str(cache)}) as clock:
            if args.starts == ["second"]:
                _start(clock, wrapper, args.corpus)  # (a first start caches what the second reads)
            for name in args.starts:
                keys = _start(clock, wrapper, args.corpus)
                waits = [wait for _, wait, _ in keys]
                late = sorted(((wait, at) for at, wait, _ in keys if wait > 0.1), reverse=True)
                print(f"{name} start: {len(keys)} keys, echo median {statistics.median(waits) * 1000:.0f} ms, "
                      f"{len(late)} over 100 ms (goal: none); longest: "
                      + (", ".join(f"{wait * 1000:.0f} ms at {at:.1f} s" for wait, at in late[:6]) or "-"))
                blocks = _blocks(log.read_text(encoding="utf-8") if log.exists() else "")
                stalls = [block for block in blocks if block.startswith("  late ")]
                print(f"  event loop late by over {args.stall * 1000:.0f} ms: {len(stalls)} times")
                print("".join(stalls), end="")
                if args.profile:
                    seen = _samples(samples)
                    print(_held(blocks) + _swept_while_waiting(seen, keys) + _ui_during(seen, keys), end="")
    finally:
        stacks = hung.read_text(encoding="utf-8", errors="replace") if hung.exists() else ""
        if stacks:
            print(f"the reader's event loop did not answer for {HUNG} s; its threads then:\n{stacks[-8000:]}")
        shutil.rmtree(cache, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
