"""Issue 13's goals at scale, each printed as a ratio measured in the same run.

    python bench/bench_scale.py [--size 100000] [--runs 2] [--only search|reader] [--no-cold] [--parts] [QUERY ...]

search: `kimi-ama-tui --corpus corpus-100k.json search Q` against `fzf --filter Q` over
    the same entries as lines (bench_fzf.lines_file), per query: cold (cache off: load,
    validate, index), warm (the index cache in place); the median of the per-query ratios
    (goals: cold <= 1.0x, warm <= 0.25x). Also the index cache's size against the corpus
    file's (goal <= 1.5x). `--parts`: where a warm search's time goes, per query (Python's
    start, imports, opening the cache, the search with the blocks it reads, making the
    rows, printing them), each timed inside one process, the median of --runs.
reader: in tmux, launch to first screen (the status line's entry count drawn) with the
    built-in corpus and with the big one, first start (no cache) and second start (its
    validated outline and index cached); when the questions alone are searchable (a first
    start, "questions only"); when the filter is usable (every text searched); the
    longest a keystroke typed into the filter waited for its echo while loading (goal: no
    freeze over 100 ms); RSS once loaded (goal <= 600 MB). Goals: first screen <= 6x the
    built-in corpus's, filter usable within 3 s more.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_fzf import QUERIES, ROOT, corpus_file, lines_file, ours, time_loop  # noqa: E402
from bench_memory import _rss_mb  # noqa: E402
from tmux_clock import Clock  # noqa: E402

FIRST_SCREEN = r"\d+ entries"


def search(corpus: Path, queries: list[str], runs: int, cold_runs: int = 1) -> None:
    """Cold and warm `search` against fzf, per query, and the median ratios."""
    lines = lines_file(corpus)
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-cache-"))
    env = dict(os.environ, KIMI_AMA_TUI_CACHE=str(cache), LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    cold_env = dict(env, KIMI_AMA_TUI_CACHE="off")
    start = time.perf_counter()
    subprocess.run(ours(corpus, "x"), env=env, cwd=ROOT, capture_output=True)
    first = time.perf_counter() - start
    while not list(cache.glob("index-*.marshal")):  # indexed by a detached child (a big file)
        time.sleep(0.2)
    built = time.perf_counter() - start
    cached = sum(f.stat().st_size for f in cache.glob("index-*.marshal"))
    print(f"search at {corpus.name} ({corpus.stat().st_size / 1e6:.0f} MB): first search {first:.1f} s, its index cached {built:.1f} s after it started")
    print(f"  index cache {cached / 1e6:.0f} MB = {cached / corpus.stat().st_size:.2f}x the corpus file (goal <= 1.5x)")
    print(f"  {'query':<16} {'cold':>8} {'warm':>8} {'fzf':>8} {'cold/fzf':>9} {'warm/fzf':>9}")
    cold_r, warm_r = [], []
    for query in queries:
        cold = time_loop(ours(corpus, query), None, cold_env, cold_runs)[0] if cold_runs else float("nan")
        warm = time_loop(ours(corpus, query), None, env, runs)[0]
        fzf = time_loop(["fzf", "--filter", query], lines, env, runs)[0]
        warm_r.append(warm / fzf)
        if cold_runs:
            cold_r.append(cold / fzf)
            print(f"  {query:<16} {cold:7.2f}s {warm:7.2f}s {fzf:7.2f}s {cold / fzf:8.2f}x {warm / fzf:8.2f}x")
        else:
            print(f"  {query:<16} {'-':>8} {warm:7.2f}s {fzf:7.2f}s {'-':>9} {warm / fzf:8.2f}x")
    cold_line = f"cold {statistics.median(cold_r):.2f}x (goal <= 1.0x), " if cold_r else ""
    print(f"  median ratio: {cold_line}warm {statistics.median(warm_r):.2f}x (goal <= 0.25x)")
    shutil.rmtree(cache, ignore_errors=True)


QUESTIONS_ONLY = "questions only"
"""The status line's note while a first start searches the outline's questions alone."""
INDEXING = "indexing"
"""The status line's note while a first start scans every text (the whole index is built)."""


_PARTS = r"""
import gc, json, sys, time
gc.disable()  # as the console script does (tui.cli.entry)
started = time.perf_counter()
from pathlib import Path
import tui.cli
from tui.commands import search as command
from tui.commands.search_rows import SearchRows
from corpus.search.store import IndexFile
imported = time.perf_counter()
read = [0, 0]
frame = IndexFile.frame
def counting(self, span):
    read[0] += 1
    read[1] += span[1]
    return frame(self, span)
IndexFile.frame = counting
index = command.load_index(Path(sys.argv[1]))
opened, at_open = time.perf_counter(), list(read)
result = index.search(sys.argv[2], spans=False)
searched, at_search = time.perf_counter(), list(read)
shown = SearchRows(index, "en", result.relaxed)
rows = shown.rows(result.matches)
made = time.perf_counter()
tui.cli.write_stdout(shown.text(rows))
printed = time.perf_counter()
parts = [imported - started, opened - imported, searched - opened, made - searched, printed - made]
print(json.dumps([parts, at_open, at_search, list(read), len(rows)]), file=sys.stderr)
"""


def search_parts(corpus: Path, queries: list[str], runs: int) -> None:
    """Where a warm search's time goes (the index cache written first), per query."""
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-cache-"))
    env = dict(os.environ, KIMI_AMA_TUI_CACHE=str(cache), LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    subprocess.run(ours(corpus, "x"), env=env, cwd=ROOT, capture_output=True)
    start = [time_loop([sys.executable, "-c", "pass"], None, env, 1)[0] for _ in range(runs)]
    print(f"warm search, parts (median of {runs}; Python's own start {statistics.median(start) * 1000:.0f} ms; "
          "blocks read: frames, MB compressed)")
    print(f"  {'query':<16} {'imports':>8} {'open':>8} {'search':>8} {'rows':>8} {'print':>8} {'rows':>7}  blocks read (open / search / rows)")
    for query in queries:
        found = []
        for _ in range(runs):
            done = subprocess.run([sys.executable, "-c", _PARTS, str(corpus), query], env=env, cwd=ROOT, capture_output=True, text=True)
            found.append(json.loads(done.stderr.strip().splitlines()[-1]))
        parts = [statistics.median(run[0][k] for run in found) * 1000 for k in range(5)]
        _, at_open, at_search, read, count = found[-1]
        blocks = f"{at_open[0]} / {at_search[0] - at_open[0]} ({(at_search[1] - at_open[1]) / 1e6:.1f} MB) / {read[0] - at_search[0]} ({(read[1] - at_search[1]) / 1e6:.1f} MB)"
        print(f"  {query:<16} " + " ".join(f"{ms:6.0f}ms" for ms in parts) + f" {count:7}  {blocks}")
    shutil.rmtree(cache, ignore_errors=True)


def _filter_line(screen: str) -> str:
    lines = screen.splitlines()
    return lines[1] if len(lines) > 1 else ""


def _filtering(screen: str) -> bool:
    """Whether the status line (the first line) shows a match count: the filter is applied."""
    return re.search(r"\d+ / \d+", screen.splitlines()[0] if screen else "") is not None


def _loading(screen: str) -> bool:
    """Whether the status line says something is still loading (the answers, or the whole
    index while the questions alone are searched, or while every text is scanned)."""
    return "loading" in screen or QUESTIONS_ONLY in screen or INDEXING in screen


def _start(clock: Clock, extra: list[str]) -> tuple[float, float, float, float, float, float | None]:
    """Launch the reader; (first screen, filter usable, all loaded, longest echo wait while
    loading, RSS MB once loaded, filter usable on the questions alone or None). The filter
    is usable when the status line counts the typed query's matches in every text (a
    cached index can come before the corpus); on the questions alone while it says so (a
    first start); loaded when no "loading" note is left (nor "indexing": every text is
    searched by a scan while the whole index is built, on a first start)."""
    command = [str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en", *extra]
    start = time.perf_counter()
    first = clock.launch(command, FIRST_SCREEN, timeout=600)
    clock.key("/", lambda s: True)
    time.sleep(0.2)
    # Keys typed into the filter bar (the second line) while loading, each until echoed:
    # "x" (bound to nothing, should the filter not have the focus yet), then "y" and
    # backspace in turn; the filter never empties, so the status line says "loading…"
    # until the corpus and index are there (an emptied filter clears that note).
    waits = [clock.key("x", lambda s: _filter_line(s).strip() == "x", literal=True)]
    usable = questions = None
    while (screen := clock.screen()) and _loading(screen) and time.perf_counter() - start < 600:
        if _filtering(screen) and QUESTIONS_ONLY in screen:
            questions = questions or time.perf_counter() - start
        elif usable is None and _filtering(screen):
            usable = time.perf_counter() - start
        waits.append(clock.key("y", lambda s: _filter_line(s).strip() == "xy", literal=True))
        waits.append(clock.key("BSpace", lambda s: _filter_line(s).strip() == "x", literal=False))
        time.sleep(0.05)
    ready = clock.until(lambda s: not _loading(s), timeout=600, start=start)
    if usable is None:
        usable = clock.until(_filtering, timeout=600, start=start)
    time.sleep(1.0)  # the collector frozen, the pane drawn
    pid = clock.tmux("display-message", "-p", "-t", "b", "#{pane_pid}").strip()
    return first, usable, ready, max(waits, default=0.0), _rss_mb(pid), questions


def reader(corpus: Path) -> None:
    """First screen, filter usable, freeze and RSS: built-in corpus, then the big one twice."""
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-cache-"))
    with Clock(120, 30, env={"KIMI_AMA_TUI_CACHE": str(cache)}) as clock:
        _start(clock, [])  # warm the page cache and the built-in outline cache
        builtin = _start(clock, [])
        cold = _start(clock, ["--corpus", str(corpus)])
        warm = _start(clock, ["--corpus", str(corpus)])
    shutil.rmtree(cache, ignore_errors=True)
    print(f"reader at {corpus.name}, launch to first screen in tmux 120x30")
    print(f"  {'':<34} {'first screen':>12} {'questions':>10} {'usable':>8} {'loaded':>8} {'longest echo':>13} {'RSS':>8}")
    for label, (first, usable, ready, wait, rss, questions) in (
        ("built-in corpus", builtin),
        (f"{corpus.name}, first start", cold),
        (f"{corpus.name}, second start", warm),
    ):
        asked = f"{questions:9.2f}s" if questions is not None else f"{'-':>10}"
        print(f"  {label:<34} {first:11.2f}s {asked} {usable:7.2f}s {ready:7.2f}s {wait * 1000:10.0f} ms {rss:6.0f} MB")
    for label, run in (("first start", cold), ("second start", warm)):
        asked = f"questions searchable {run[5] - run[0]:.1f} s after it, " if run[5] is not None else ""
        print(f"  {label}: first screen {run[0] / builtin[0]:.1f}x the built-in's (goal <= 6x); {asked}"
              f"filter usable {run[1] - run[0]:.1f} s after it (goal <= 3 s), all loaded {run[2]:.1f} s; "
              f"longest echo {run[3] * 1000:.0f} ms (goal <= 100 ms); RSS once loaded {run[4]:.0f} MB (goal <= 600 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--only", choices=("search", "reader"))
    parser.add_argument("--no-cold", action="store_true", help="skip the cold searches (minutes each)")
    parser.add_argument("--parts", action="store_true", help="where a warm search's time goes, instead of the ratios")
    args = parser.parse_args()
    corpus = corpus_file(args.size)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    if args.parts:
        search_parts(corpus, args.queries, args.runs)
    elif args.only in (None, "search"):
        if not shutil.which("fzf"):
            print("fzf is not installed: apt-get update && apt-get install -y fzf", file=sys.stderr)
        else:
            search(corpus, args.queries, args.runs, 0 if args.no_cold else 1)
    if args.only in (None, "reader") and not args.parts:
        reader(corpus)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
