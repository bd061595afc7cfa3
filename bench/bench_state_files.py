"""What saving the reader's own files costs at scale, on the UI thread where it happens.

    python bench/bench_state_files.py [--entries 100000] [--bookmarks 200000] [--runs 5]

Read marks are saved each time an entry has stayed shown a moment (and by `u`): each save
merges this reader's changes with what the file holds (another reader may have written
it) and writes it atomically. Bookmarks are saved by `m` and `M`: one line appended to the
file's journal; the file is written whole (the journal folded in) when the reader quits or
the journal passes a quarter of the file. Printed per case: the median save, and the same
against `json.loads` of the file (the baseline, measured in the same run: what the least
save that writes the file whole must do, read it back); for bookmarks also that whole
write.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.userdata.bookmarks import FORMAT, Bookmarks  # noqa: E402
from tui.userdata.marks import ReadMarks  # noqa: E402
from tui.userdata.store import write_atomic  # noqa: E402


def _median(runs: int, do) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        do()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--bookmarks", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-state-"))
    ids = [f"syn-{i:06d}" for i in range(args.entries)]

    marks = ReadMarks.load("bench", "Bench", ids, root)
    marks.save()
    marks.set_read(ids[:1000])
    read_save = _median(args.runs, marks.save)
    read_file = root / "read" / "bench.json"
    read_loads = _median(args.runs, lambda: json.loads(read_file.read_text(encoding="utf-8")))

    book_file = root / "bookmarks" / "bench.json"
    items = [{"entry": f"syn-{i:06d}", "question": f"Question {i}?", "note": "a note", "added": "2026-12-01T00:00:00Z"} for i in range(args.bookmarks)]
    whole = {"format": FORMAT, "corpus": "Bench", "bookmarks": items}
    book_whole = _median(args.runs, lambda: write_atomic(book_file, whole))
    book = Bookmarks.load("bench", "Bench", root)
    book_save = _median(args.runs, lambda: (book.toggle("syn-000001", "Q?"), book.save()))
    book_loads = _median(args.runs, lambda: json.loads(book_file.read_text(encoding="utf-8")))

    print(f"saving the reader's own files (median of {args.runs})")
    print(f"  read marks, {args.entries:,} entries, 1,000 read ({read_file.stat().st_size >> 10:,} KB): "
          f"save {read_save * 1000:.0f} ms, {read_save / read_loads:.1f}x json.loads of the file ({read_loads * 1000:.0f} ms)")
    print(f"  bookmarks, {args.bookmarks:,} ({book_file.stat().st_size >> 10:,} KB): "
          f"save {book_save * 1000:.1f} ms, {book_save / book_loads:.3f}x json.loads of the file ({book_loads * 1000:.0f} ms); "
          f"written whole (at quit, or every ~{book_file.stat().st_size // 4 // 100:,} changes) {book_whole * 1000:.0f} ms")


if __name__ == "__main__":
    main()
