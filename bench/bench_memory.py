"""Memory benchmark: RSS of the running reader, with the built-in corpus and a big one.

    python bench/bench_memory.py [--corpus bench/out/corpus-100k.json]

Starts `kimi-ama-tui` in tmux, waits until the corpus and index are loaded (the status
line drops "loading…"), and prints the process's resident set size from /proc.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent


def _rss_mb(pid: str) -> float:
    """Resident set size of `pid` or its one child (tmux may start a shell first)."""
    for candidate in [pid, *subprocess.run(["pgrep", "-P", pid], capture_output=True, text=True).stdout.split()]:
        status = Path(f"/proc/{candidate}/status").read_text()
        if "kimi-ama-tui" in Path(f"/proc/{candidate}/cmdline").read_text():
            kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            return kb / 1024
    raise RuntimeError("kimi-ama-tui process not found")


def measure(extra: list[str], label: str) -> None:
    """Start the reader, wait until it is ready, print its RSS and how long that took."""
    with Clock(120, 30) as clock:
        start = time.perf_counter()
        clock.launch([str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en", *extra], r"\d+ entries")
        clock.until(lambda s: "loading" not in s, timeout=600)
        ready = time.perf_counter() - start
        pid = clock.tmux("display-message", "-p", "-t", "b", "#{pane_pid}").strip()
        print(f"  {label:<28} RSS {_rss_mb(pid):7.0f} MB   ready after {ready:5.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(HERE / "out" / "corpus-100k.json"))
    args = parser.parse_args()
    print("reader memory, once the corpus and index are loaded")
    measure([], "built-in corpus (38)")
    if Path(args.corpus).is_file():
        measure(["--corpus", args.corpus], Path(args.corpus).name)
    else:
        print(f"  {args.corpus}: missing (python bench/bench_search.py generates it)")


if __name__ == "__main__":
    main()
