"""Typing at scale (issue 13): keystroke to filter applied in tmux, the reader with a big
corpus against the reader with the built-in corpus, in the same run.

    python bench/bench_typing_scale.py [--corpus bench/out/corpus-100k.json] [--rounds 1] [--cache DIR]

A keystroke counts as applied when the filter bar shows the query and the status line
the match count the engine gives for it (computed here with the same engine and index
cache). Each reader is started, left to load ("loading" gone), then the queries are typed
a key at a time; the medians and their ratio are printed (goal: at most 1.5x).
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_typing import IDLE, QUERIES, _type  # noqa: E402
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent


def _counts(path: Path | None, queries: list[str]) -> tuple[dict[str, str], int]:
    """For every prefix typed, the status line's "matches / total"; and the total."""
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex, cached_index

    index = cached_index(path) if path is not None else SearchIndex.build(load_corpus())
    out = {}
    for query in queries:
        for n in range(1, len(query) + 1):
            result = index.search(query[:n], limit=1, spans=False)  # the count needs no list
            out[query[:n]] = f"{result.match_count} / {result.total}"
    return out, index.size


def _typing(extra: list[str], expected: dict[str, str], total: int, env: dict[str, str]) -> list[float]:
    times: list[float] = []
    with Clock(100, 30, env=env) as clock:
        command = [str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en", *extra]
        clock.launch(command, rf"{total} entries", timeout=600)
        clock.until(lambda s: "loading" not in s, timeout=900)
        clock.key("/", lambda s: True)
        time.sleep(IDLE)
        for query in QUERIES:

            def stages(typed: str):  # type: ignore[no-untyped-def]
                return [lambda s, t=typed, c=expected[typed]: t in s and c in s]

            times += [t[0] for t in _type(clock, query, stages)]
            # two spaces: the status line's count, not a title such as "(100000 entries)"
            clock.key("Escape", lambda s: f"  {total} entries" in s, literal=False)
            clock.key("/", lambda s: True)
            time.sleep(IDLE)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus-100k.json")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cache", type=Path, help="an index cache folder to reuse (default: a new one)")
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="kimi-ama-bench-typing-"))
    os.environ["KIMI_AMA_TUI_CACHE"] = str(cache)  # the reader and this script share it
    env = {"KIMI_AMA_TUI_CACHE": str(cache)}
    print(f"typing at scale, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start")
    builtin_expected, builtin_total = _counts(None, QUERIES)
    big_expected, big_total = _counts(args.corpus, QUERIES)  # builds the index cache once
    builtin: list[float] = []
    big: list[float] = []
    for _ in range(args.rounds):
        builtin += _typing([], builtin_expected, builtin_total, env)
        big += _typing(["--corpus", str(args.corpus)], big_expected, big_total, env)
    if args.cache is None:
        shutil.rmtree(cache, ignore_errors=True)
    b, g = statistics.median(builtin), statistics.median(big)
    print(f"  built-in corpus ({builtin_total})   median {b * 1000:6.1f} ms over {len(builtin)} keystrokes")
    print(f"  {args.corpus.name} ({big_total})   median {g * 1000:6.1f} ms over {len(big)} keystrokes")
    print(f"  ratio {g / b:.2f}x  (goal <= 1.5x); load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
