"""Phrases and punctuated terms, per keystroke: this engine's check of candidates' texts
against another version of `corpus/search/terms.py`, interleaved on one index (so both
get the same share of a busy machine).

    git show 9f36e92:corpus/search/terms.py > /tmp/terms_before.py
    python bench/bench_phrases.py bench/out/corpus-100k.json --against /tmp/terms_before.py

Prints p50/p95/max per keystroke (limit 100, term caches cleared before each search) for
both versions.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_search import PHRASES  # noqa: E402

from corpus.loader import load_corpus  # noqa: E402
from corpus.search import SearchIndex  # noqa: E402
from corpus.search import terms  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="another version of corpus/search/terms.py")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location("terms_against", args.against)
    assert spec and spec.loader
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    gc.disable()
    index = SearchIndex.build(load_corpus(args.corpus))
    versions = {"against": other.TermMatching._verified, "this": terms.TermMatching._verified}
    times: dict[str, list[float]] = {name: [] for name in versions}
    for query in PHRASES:
        for n in range(1, len(query) + 1):
            order = list(versions) if n % 2 else list(reversed(versions))
            for name in order:
                type(index)._verified = versions[name]  # type: ignore[method-assign]
                index.clear_caches()
                start = time.perf_counter()
                index.search(query[:n], limit=100)
                times[name].append((time.perf_counter() - start) * 1000)
    print(f"{index.size} entries, {len(times['this'])} keystrokes of {', '.join(PHRASES)}")
    for name, values in times.items():
        values.sort()
        p95 = values[round(0.95 * (len(values) - 1))]
        print(f"  {name:<8} p50 {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms   max {values[-1]:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
