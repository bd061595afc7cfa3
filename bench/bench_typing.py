"""Typing benchmark: keystroke to updated screen in tmux, kimi-ama-tui vs a minimal Textual app.

    python bench/bench_typing.py [--rounds 3]

The minimal app echoes its Input into a Static; a keystroke counts as shown when the echo
has it. In the reader a keystroke counts as shown when the filter bar has it AND the match
count for that query (computed in-process by the same engine) is on the status line.
Prints the medians and their ratio (issue 3 asks for at most 1.5x).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent
QUERIES = ["tensorboard", "muon optimizer", "h800", "幻觉", "by:zxytim kda", "int4 marlin"]


def _expected_counts(queries: list[str]) -> dict[str, str]:
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex

    index = SearchIndex.build(load_corpus())
    out = {}
    for query in queries:
        for n in range(1, len(query) + 1):
            prefix = query[:n]
            result = index.search(prefix)
            out[prefix] = f"{len(result.matches)} / {result.total}" if prefix.strip() else f"{result.total} entries"
    return out


def _type(clock: Clock, query: str, ready_for) -> list[float]:  # type: ignore[no-untyped-def]
    """Type `query` a key at a time; the time of each key but a space (a trailing space
    cannot be seen on a captured screen, so it is typed and not timed)."""
    times = []
    for n, ch in enumerate(query, 1):
        if ch == " ":
            clock.key(ch, lambda s: True)
            continue
        times.append(clock.key(ch, ready_for(query[:n])))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    counts = _expected_counts(QUERIES)
    reader_t: list[float] = []
    minimal_t: list[float] = []
    for _ in range(args.rounds):
        with Clock(100, 30) as clock:
            clock.launch([sys.executable, str(HERE / "minimal_app.py")], r"MINIMAL-READY")
            for query in QUERIES:
                minimal_t += _type(clock, query, lambda typed: (lambda s, t=typed: f"echo:{t}:" in s))
                for _ in query:
                    clock.key("BSpace", lambda s: True, literal=False)
                clock.until(lambda s: "echo::" in s)
        with Clock(100, 30) as clock:
            clock.launch([str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en"], r"38 entries")
            clock.key("/", lambda s: True)
            for query in QUERIES:
                def ready_for(typed: str):  # type: ignore[no-untyped-def]
                    return lambda s, t=typed: t in s and counts[t] in s
                reader_t += _type(clock, query, ready_for)
                clock.key("Escape", lambda s: "38 entries" in s, literal=False)
                clock.key("/", lambda s: True)
    m, r = statistics.median(minimal_t), statistics.median(reader_t)
    print(f"typing, keystroke to updated screen in tmux 100x30, {len(reader_t)} keystrokes each")
    print(f"  minimal Textual app (Input echoed into Static)  median {m * 1000:5.1f} ms  p90 {statistics.quantiles(minimal_t, n=10)[-1] * 1000:5.1f} ms")
    print(f"  kimi-ama-tui (filter applied, count shown)      median {r * 1000:5.1f} ms  p90 {statistics.quantiles(reader_t, n=10)[-1] * 1000:5.1f} ms")
    print(f"  ratio of medians {r / m:.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
