"""Start-up benchmark: launch to full first screen in tmux, kimi-ama-tui vs a minimal Textual app.

    python bench/bench_startup.py [--runs 15]

Both are measured in the same run, interleaved, and the medians and their ratio printed
(issue 3 asks for at most 1.3x). The reader's full first screen is the tree and the pane
both drawn; the minimal app's is its Static drawn.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent
READER_FIRST_SCREEN = r"Architecture / training.*9 questions"
MINIMAL_FIRST_SCREEN = r"MINIMAL-READY.*\^q"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    reader_cmd = [str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en"]
    minimal_cmd = [sys.executable, str(HERE / "minimal_app.py")]
    reader, minimal = [], []
    with Clock(100, 30) as clock:
        clock.launch(reader_cmd, READER_FIRST_SCREEN)  # warm the page cache and the outline cache
        clock.launch(minimal_cmd, MINIMAL_FIRST_SCREEN)
        for _ in range(args.runs):
            minimal.append(clock.launch(minimal_cmd, MINIMAL_FIRST_SCREEN))
            reader.append(clock.launch(reader_cmd, READER_FIRST_SCREEN))
    m, r = statistics.median(minimal), statistics.median(reader)
    print(f"start-up, launch to full first screen in tmux 100x30, {args.runs} runs each, interleaved")
    print(f"  minimal Textual app  median {m * 1000:6.0f} ms  (min {min(minimal) * 1000:.0f}, max {max(minimal) * 1000:.0f})")
    print(f"  kimi-ama-tui         median {r * 1000:6.0f} ms  (min {min(reader) * 1000:.0f}, max {max(reader) * 1000:.0f})")
    print(f"  ratio                {r / m:.2f}x  (target <= 1.3x)")


if __name__ == "__main__":
    main()
