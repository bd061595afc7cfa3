"""Per-keystroke search time at 1k, 10k and 100k entries, in-process.

    python bench/bench_search.py [--sizes builtin,1000,10000,100000] [--limits auto|100,none]

Writes synthetic corpora into bench/out/ (git-ignored) when missing ("builtin" is the
shipped 38-entry corpus, searched as the reader does), then for each size,
in a fresh process (so RSS is that size's own): loads the file with the project's loader,
builds the index, and replays a fixed list of queries typed one keystroke at a time
(every prefix of every query is one search). Prints load and build time, RSS, and
p50/p95/max per keystroke for each `limit` (the reader shows a window, so it passes one).
`--limits auto`: no limit for the built-in corpus (as the reader calls it), 100 and no
limit up to 10k, 100 above (no limit there means spans for tens of thousands of entries
per keystroke: seconds, which is why the reader must pass a limit on a big corpus).

"cold": the term caches are cleared before each query, so only the keystrokes within
one query help each other; "warm": caches kept across the whole list, as in a session.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
QUERIES = [
    "tensorboard",
    "hallucination",
    "幻觉",
    "training cost",
    "H800",
    "tensrboard",
    "by:zxytim int4",
    "src:article openai",
    "moun optimizer",
    "^why",
    "lang:en context",
    "!api kimi",
    "int4 | fp4",
    "训练成本",
    "optimzer",
    "infiniband",
]
"""Typed one keystroke at a time: 'tensorboard' is searched as t, te, ten, ..."""
QUESTIONS = [
    "how many GPUs do they have",
    "was the 4.6 million figure real",
    "did they consider fp4",
    "will the context window grow beyond 256k",
    "K3 会用什么架构",
    "有没有能在笔记本上跑的版本",
    "训练用的是什么显卡",
    "OpenAI 为什么烧这么多钱",
]
PHRASES = ['"the model"', "4.6", "k2.5", "fp-8", "e-mail", "(4.6)"]
"""Terms checked in the entries' texts (a phrase, punctuation inside a term): their
candidates are every entry holding each piece, so a common piece like `4` made them the
slowest keystrokes (2 s for `4.` at 100k before they were checked in batches)."""
"""Questions typed as a person asks them, one keystroke at a time: most prefixes find
too few entries holding every word, so the relevance fallback runs. Timed twice in the
same run, with the fallback (as the reader searches) and without (`relax=False`)."""


def keystrokes(query: str) -> list[str]:
    """Every prefix of a query, as the filter sees it while it is typed."""
    return [query[:n] for n in range(1, len(query) + 1)]


def rss_mb() -> float:
    """Resident set size of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_file(size: int) -> Path:
    """The synthetic corpus of `size` entries, generated when missing (0: the built-in one)."""
    if size == 0:
        return ROOT / "corpus" / "data" / "kimi-ama.toml"
    path = OUT / f"corpus-{size // 1000}k.json"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(size), str(path)], check=True)
    return path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(size: int, limits: list[int | None]) -> dict[str, object]:
    """Load, build and replay in this process; the figures as a dict."""
    sys.path.insert(0, str(ROOT))
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex

    path = corpus_file(size)
    base = rss_mb()
    start = time.perf_counter()
    corpus = load_corpus(path)
    load_s = time.perf_counter() - start
    loaded = rss_mb()
    start = time.perf_counter()
    index = SearchIndex.build(corpus)
    build_s = time.perf_counter() - start
    built = rss_mb()
    start = time.perf_counter()
    index.prepare_questions()
    prepare_s = time.perf_counter() - start
    runs: dict[str, dict[str, float]] = {}
    sets = [
        ("", QUERIES, True),
        ("questions ", QUESTIONS, True),
        ("questions, strict ", QUESTIONS, False),
        ("phrases ", PHRASES, True),
    ]
    for limit in limits:
        for label, queries, relax in sets:
            for mode in ("cold", "warm"):
                index.clear_caches()
                times = []
                relaxed = 0
                for query in queries:
                    if mode == "cold":
                        index.clear_caches()
                    for typed in keystrokes(query):
                        start = time.perf_counter()
                        result = index.search(typed, limit=limit, relax=relax)
                        times.append((time.perf_counter() - start) * 1000)
                        relaxed += result.relaxed
                runs[f"{label}limit={limit} {mode}"] = {
                    "n": len(times),
                    "p50": statistics.median(times),
                    "p95": percentile(times, 0.95),
                    "max": max(times),
                    "relaxed": relaxed,
                }
    return {
        "size": index.size,
        "file_mb": path.stat().st_size / 1e6,
        "load_s": load_s,
        "build_s": build_s,
        "prepare_s": prepare_s,
        "rss_start_mb": base,
        "rss_loaded_mb": loaded,
        "rss_indexed_mb": built,
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="builtin,1000,10000,100000")
    parser.add_argument("--limits", default="auto", help="comma-separated, none = no limit; or auto")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        limits = [None if x.strip().lower() == "none" else int(x) for x in args.limits.split(",")]
        print(json.dumps(measure(args.worker, limits)))
        return 0
    print(f"{len(QUERIES)} queries, {sum(len(q) for q in QUERIES)} keystrokes: {', '.join(QUERIES)}")
    print(f"{len(PHRASES)} phrases, {sum(len(q) for q in PHRASES)} keystrokes: {', '.join(PHRASES)}")
    print(f"{len(QUESTIONS)} questions, {sum(len(q) for q in QUESTIONS)} keystrokes: {', '.join(QUESTIONS)}")
    for size in (0 if s == "builtin" else int(s) for s in args.sizes.split(",")):
        corpus_file(size)
        chosen = args.limits
        if chosen == "auto":
            chosen = "none" if size == 0 else "100,none" if size <= 10_000 else "100"
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(size), "--limits", chosen],
            check=True, capture_output=True, text=True,
        ).stdout
        fig = json.loads(out.strip().splitlines()[-1])
        print(
            f"\n{fig['size']:>7} entries{' (built-in)' if size == 0 else ''} ({fig['file_mb']:.1f} MB): load+validate {fig['load_s']:.2f} s, "
            f"build index {fig['build_s']:.2f} s; RSS {fig['rss_start_mb']:.0f} MB at start, "
            f"{fig['rss_loaded_mb']:.0f} MB loaded, {fig['rss_indexed_mb']:.0f} MB indexed; "
            f"questions prepared (vocabulary, length bands, once per index) in {fig['prepare_s']:.2f} s"
        )
        for name, run in fig["runs"].items():
            fell_back = f"   fallback {run['relaxed']}/{run['n']}" if run["relaxed"] else ""
            print(
                f"    {name:<35} per keystroke (n={run['n']}): p50 {run['p50']:6.2f} ms   "
                f"p95 {run['p95']:6.2f} ms   max {run['max']:7.2f} ms{fell_back}"
            )
        for limit in chosen.split(","):
            relaxed, strict = fig["runs"][f"questions limit={_limit(limit)} warm"], fig["runs"][f"questions, strict limit={_limit(limit)} warm"]
            print(f"    questions, warm, limit={_limit(limit)}: p95 with the fallback / strict only = {relaxed['p95'] / strict['p95']:.2f}x")
    return 0


def _limit(value: str) -> int | None:
    return None if value.strip().lower() == "none" else int(value)


if __name__ == "__main__":
    raise SystemExit(main())
