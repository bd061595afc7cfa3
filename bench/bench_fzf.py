"""Whole-process time: `kimi-ama-tui search QUERY --corpus 100k-file` versus
`fzf --filter QUERY` over the same entries as lines, side by side.

    python bench/bench_fzf.py [--size 100000] [--runs 5] [QUERY ...]

Each entry becomes one line for fzf: id, topic, question (zh, en), answers (zh, en) and
speakers, joined by spaces. Both commands print every match to /dev/null. Uses hyperfine
when installed (apt-get install -y hyperfine), else times a loop itself. Needs fzf
(apt-get install -y fzf).

Ours is timed twice: "warm" with the index cache in place (the normal case after the first
search of a file), and "cold" with the cache off (load, validate and index the file on
every run; one run only, it is slow).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
QUERIES = ["tensorboard", "training cost", "幻觉", "H800", "optimzer"]


def corpus_file(size: int) -> Path:
    path = OUT / f"corpus-{size // 1000}k.json"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(size), str(path)], check=True)
    return path


def lines_file(corpus: Path) -> Path:
    """The corpus as one line per entry, for fzf (rewritten when the corpus is newer)."""
    path = corpus.with_name(corpus.stem.replace("corpus", "lines") + ".txt")
    if path.exists() and path.stat().st_mtime >= corpus.stat().st_mtime:
        return path
    data = json.loads(corpus.read_text(encoding="utf-8"))
    handles = {s["id"]: s.get("handle") or s["id"] for s in data["speakers"]}
    with path.open("w", encoding="utf-8") as out:
        for topic in data["topics"]:
            for entry in topic["entries"]:
                parts = [entry["id"], topic["id"]]
                texts = [entry["question"]] + [answer["text"] for answer in entry["answers"]]
                parts += [t[lang] for t in texts for lang in ("zh", "en") if t.get(lang)]
                parts += [handles[answer["speaker"]] for answer in entry["answers"]]
                out.write(" ".join(p.replace("\n", " ") for p in parts) + "\n")
    return path


def ours(corpus: Path, query: str) -> list[str]:
    return [sys.executable, "-m", "tui.cli", "--corpus", str(corpus), "search", query]


def count_lines(cmd: list[str], stdin: Path | None, env: dict[str, str]) -> int:
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
        done = subprocess.run(cmd, stdin=source, capture_output=True, env=env, cwd=ROOT)
    return done.stdout.count(b"\n")


def time_loop(cmd: list[str], stdin: Path | None, env: dict[str, str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
            start = time.perf_counter()
            subprocess.run(cmd, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
            times.append(time.perf_counter() - start)
    return statistics.mean(times), (statistics.stdev(times) if len(times) > 1 else 0.0)


def time_hyperfine(shell_cmds: list[str], env: dict[str, str], runs: int) -> list[tuple[float, float]]:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            ["hyperfine", "--warmup", "1", "--runs", str(runs), "--export-json", report.name, *shell_cmds],
            check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
        )
        results = json.loads(Path(report.name).read_text())["results"]
    return [(r["mean"], r["stddev"] or 0.0) for r in results]


def quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cold", action="store_true", help="skip the cache-off run")
    args = parser.parse_args(argv)
    if not shutil.which("fzf"):
        print("fzf is not installed: apt-get update && apt-get install -y fzf", file=sys.stderr)
        return 1
    corpus = corpus_file(args.size)
    lines = lines_file(corpus)
    cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-cache-"))
    env = dict(os.environ, KIMI_AMA_TUI_CACHE=str(cache), LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    cold_env = dict(env, KIMI_AMA_TUI_CACHE="off")
    start = time.perf_counter()
    subprocess.run(ours(corpus, "x"), env=env, cwd=ROOT, capture_output=True)
    print(f"first search (loads, validates, indexes, writes the cache): {time.perf_counter() - start:.1f} s")
    cached = sum(f.stat().st_size for f in cache.iterdir())
    print(f"corpus {corpus.name} {corpus.stat().st_size / 1e6:.0f} MB; fzf input {lines.name} "
          f"{lines.stat().st_size / 1e6:.0f} MB; index cache {cached / 1e6:.0f} MB")
    tool = "hyperfine" if shutil.which("hyperfine") else "a loop"
    print(f"timing with {tool}, {args.runs} runs each (mean ± sd, whole process, output to /dev/null)\n")
    print(f"{'query':<16} {'ours (warm)':>16} {'fzf --filter':>16} {'ours (cold)':>12} {'ours lines':>11} {'fzf lines':>10}")
    for query in args.queries:
        mine, fzf = ours(corpus, query), ["fzf", "--filter", query]
        if tool == "hyperfine":
            shell = [" ".join(map(quote, mine)) + " > /dev/null", " ".join(map(quote, fzf)) + f" < {quote(str(lines))} > /dev/null"]
            (warm, warm_sd), (fz, fz_sd) = time_hyperfine(shell, env, args.runs)
        else:
            warm, warm_sd = time_loop(mine, None, env, args.runs)
            fz, fz_sd = time_loop(fzf, lines, env, args.runs)
        cold = "" if args.no_cold else f"{time_loop(mine, None, cold_env, 1)[0]:.1f} s"
        print(
            f"{query:<16} {warm:7.2f} ± {warm_sd:4.2f} s {fz:7.2f} ± {fz_sd:4.2f} s {cold:>12} "
            f"{count_lines(mine, None, env):>11} {count_lines(fzf, lines, env):>10}"
        )
    shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
