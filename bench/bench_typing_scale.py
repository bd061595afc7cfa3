"""Typing at scale (issue 13): keystroke to filter applied in tmux, the reader with a big
corpus against the reader with the built-in corpus, in the same run.

    python bench/bench_typing_scale.py [--corpus bench/out/corpus-100k.json] [--rounds 2] [--cache DIR]

A keystroke counts as applied when the filter bar shows the query and the status line
the match count the engine gives for it (computed here with the same engine and index
cache). Both readers are started and left to load ("loading" gone); then each query is
typed a key at a time into one reader, then into the other, alternating which goes first,
so that the load of a shared machine weighs on both alike. The medians and their ratio are
printed (goal: at most 1.5x), with the reader's CPU time per keystroke (from /proc).
`--against DIR` runs another source tree's two readers in the same rounds (its own index
cache), for a before/after that the machine's load cannot tilt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
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


class Reader:
    """One reader in its own tmux server: its keystroke times and CPU seconds."""

    def __init__(self, clock: Clock, extra: list[str], expected: dict[str, str], total: int) -> None:
        self.clock, self.expected, self.total = clock, expected, total
        command = [str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en", *extra]
        clock.launch(command, rf"{total} entries", timeout=600)
        self.times: list[float] = []
        self.cpu = 0.0

    def ready(self) -> None:
        """Wait until loaded, then focus the filter."""
        self.clock.until(lambda s: "loading" not in s, timeout=900)
        self.pid = self.clock.tmux("display", "-p", "-t", "b", "#{pane_pid}").strip()
        self.clock.key("/", lambda s: True)

    def _cpu(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def type(self, query: str) -> None:
        """Type `query` a key at a time, then clear the filter for the next one."""

        def stages(typed: str):  # type: ignore[no-untyped-def]
            return [lambda s, t=typed, c=self.expected[typed]: t in s and c in s]

        time.sleep(IDLE)
        before = self._cpu()
        self.times += [t[0] for t in _type(self.clock, query, stages)]
        self.cpu += self._cpu() - before
        # two spaces: the status line's count, not a title such as "(100000 entries)"
        self.clock.key("Escape", lambda s: f"  {self.total} entries" in s, literal=False)
        self.clock.key("/", lambda s: True)


def _counts_of(code: Path, cache: Path, corpus: Path | None) -> tuple[dict[str, str], int]:
    """`_counts` as another source tree's engine gives them (its own interpreter)."""
    script = (
        "import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import bench_typing_scale as b; "
        "from bench_typing import QUERIES; from pathlib import Path; "
        "print(json.dumps(b._counts(Path(sys.argv[3]) if sys.argv[3] else None, QUERIES)))"
    )
    env = {**os.environ, "KIMI_AMA_TUI_CACHE": str(cache), "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, "-c", script, str(code), str(HERE), str(corpus or "")], env=env, capture_output=True, text=True, check=True)
    expected, total = json.loads(out.stdout.strip().splitlines()[-1])
    return expected, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus-100k.json")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="an index cache folder to reuse (default: a new one)")
    parser.add_argument(
        "--against",
        type=Path,
        help="a source tree of other code (its tui/, corpus/, styles/: `git archive REV tui corpus styles`): "
        "its two readers are typed into as well, in the same rounds, and its ratio printed beside",
    )
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="kimi-ama-bench-typing-"))
    os.environ["KIMI_AMA_TUI_CACHE"] = str(cache)  # the reader and this script share it
    print(f"typing at scale, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start")
    setups: list[tuple[str, dict[str, str], dict[str, str], int, dict[str, str], int]] = []
    builtin_expected, builtin_total = _counts(None, QUERIES)
    big_expected, big_total = _counts(args.corpus, QUERIES)  # builds the index cache once
    setups.append(("this code", {"KIMI_AMA_TUI_CACHE": str(cache)}, builtin_expected, builtin_total, big_expected, big_total))
    if args.against is not None:
        other_cache = cache / "against"  # its index cache may be of another format
        other_cache.mkdir(exist_ok=True)
        other = (_counts_of(args.against, other_cache, None), _counts_of(args.against, other_cache, args.corpus))
        env = {"KIMI_AMA_TUI_CACHE": str(other_cache), "PYTHONPATH": str(args.against.resolve())}
        setups.append((f"{args.against}", env, *other[0], *other[1]))
    pairs = []
    with ExitStack() as stack:
        for _, env, b_expected, b_total, g_expected, g_total in setups:
            builtin = Reader(stack.enter_context(Clock(100, 30, env=env)), [], b_expected, b_total)
            big = Reader(stack.enter_context(Clock(100, 30, env=env)), ["--corpus", str(args.corpus)], g_expected, g_total)
            pairs.append((builtin, big))
        for builtin, big in pairs:
            builtin.ready()
            big.ready()
        readers = [reader for pair in pairs for reader in pair]
        for n in range(args.rounds):
            for m, query in enumerate(QUERIES):
                turn = (n + m) % len(readers)  # who goes first moves round
                for reader in readers[turn:] + readers[:turn]:
                    reader.type(query)
    if args.cache is None:
        shutil.rmtree(cache, ignore_errors=True)
    for (label, *_), (builtin, big) in zip(setups, pairs):
        if len(setups) > 1:
            print(f" {label}:")
        b, g = statistics.median(builtin.times), statistics.median(big.times)
        for name, reader, median in (("built-in corpus", builtin, b), (args.corpus.name, big, g)):
            cpu = reader.cpu / len(reader.times) * 1000
            print(f"  {name} ({reader.total})   median {median * 1000:6.1f} ms over {len(reader.times)} keystrokes, CPU {cpu:.1f} ms a keystroke")
        print(f"  ratio {g / b:.2f}x  (goal <= 1.5x); load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
