"""Import time of a generated comment dump, against json.loads of its lines, in one run.

    python bench/bench_import.py [N] [--repeat R]

Generates a dump of N comments (default 200,000) with bench/gen_dump.py in a temporary
folder, then times, R times back to back: (1) reading the file and json.loads of every
line, the least any importer must do; (2) `corpus.importer.import_files` on the same
files, from bytes to a validated Corpus (hosts, entries, topics); (3) the same from the
.zst. Times are CPU time of this process (the machine is shared: wall time moves with
the other jobs' load, CPU time much less). Prints the best times and the median ratio
import / json.loads of the pairs (the target is at most 4x).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gen_dump import write  # noqa: E402

from corpus.importer import import_files  # noqa: E402


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of `work`: on a shared machine, the other jobs' load stays out of it."""
    gc.collect()
    start = time.process_time()
    work()
    return time.process_time() - start


def _pairs(repeat: int, baseline, work) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Baseline and work timed back to back, `repeat` times (a shared machine's load changes
    between runs, not within a pair): the best of each and the median ratio of the pairs."""
    pairs = [(_timed(baseline), _timed(work)) for _ in range(repeat)]
    ratios = sorted(w / b for b, w in pairs)
    return min(b for b, _ in pairs), min(w for _, w in pairs), ratios[len(ratios) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        comments, subs = write(args.n, Path(tmp) / "plain")
        packed, _ = write(args.n, Path(tmp) / "zst", zst=True)

        def baseline() -> None:
            loads = json.loads
            enabled = gc.isenabled()
            gc.disable()  # as the importer does: the fair floor
            try:
                [loads(line) for line in comments.read_text(encoding="utf-8").splitlines()]
            finally:
                if enabled:
                    gc.enable()

        result = import_files([comments, subs])
        loads_s, import_s, ratio = _pairs(args.repeat, baseline, lambda: import_files([comments, subs]))
        _, zst_s, zst_ratio = _pairs(args.repeat, baseline, lambda: import_files([packed, subs]))
        size = comments.stat().st_size
    print(f"dump: {args.n} comments ({size / 1e6:.0f} MB), {result.entries} entries, "
          f"{result.answers} answers, {len(result.corpus.speakers)} speakers")
    print(f"json.loads of the lines: {loads_s * 1000:7.0f} ms CPU")
    print(f"import (.jsonl):         {import_s * 1000:7.0f} ms CPU  = {ratio:.2f}x json.loads (median of pairs)")
    print(f"import (.zst):           {zst_s * 1000:7.0f} ms CPU  = {zst_ratio:.2f}x json.loads (median of pairs)")


if __name__ == "__main__":
    main()
