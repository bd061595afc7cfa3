"""Memory benchmark: what a corpus costs in the reader, by the way it is held.

    python bench/bench_memory.py [--corpus bench/out/corpus-100k.json] [--options] [--reader]

--options (default): in a fresh interpreter per option, with the collector off as the
    reader loads, the resident size the loaded corpus adds and the load time:
    pydantic models (`load_corpus`, what `check` uses), the same with one shared
    `__pydantic_fields_set__` per distinct set, msgspec structs (`load_compact`, the
    reader's, reference ids interned as decoded), each before and after `malloc_trim(0)`.
    Also bytes per instance of one small text held each way (pydantic model,
    pydantic dataclass with slots, msgspec struct).
--reader: starts `kimi-ama-tui` in tmux, waits until the corpus and index are loaded
    (the status line drops "loading…"), and prints the process's resident set size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tmux_clock import Clock  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_PROBE = r"""
import ctypes, gc, sys, time
gc.disable()
from pathlib import Path
def rss():
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS')) / 1024
option, path = sys.argv[1], Path(sys.argv[2])
from corpus.loader import load_corpus
from corpus.compactload import load_compact
from corpus.compact import struct_types
struct_types(); struct_types(skeleton=True)
before = rss(); start = time.perf_counter()
if option.startswith("pydantic"):
    corpus = load_corpus(path)
    if option == "pydantic-shared-set":
        from pydantic import BaseModel
        shared = {}
        def walk(node):
            if isinstance(node, BaseModel):
                fields = node.__pydantic_fields_set__
                object.__setattr__(node, "__pydantic_fields_set__", shared.setdefault(frozenset(fields), frozenset(fields)))
                for name in type(node).model_fields:
                    walk(getattr(node, name))
            elif isinstance(node, list):
                for item in node:
                    walk(item)
        walk(corpus)
else:
    corpus = load_compact(path)
seconds = time.perf_counter() - start
held = rss() - before
ctypes.CDLL(None).malloc_trim(0)
print(f"{seconds:.2f} {held:.0f} {rss() - before:.0f} {type(corpus).__module__}")
"""

_PER_INSTANCE = r"""
import gc, sys
gc.disable()
def rss():
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS')) / 1024
import msgspec, pydantic
from pydantic.dataclasses import dataclass
from corpus.model import LocalizedText
@dataclass(frozen=True, slots=True)
class Slotted:
    zh: str | None = None
    en: str | None = None
    original: str = "zh"
    written_by: str = "source"
class Struct(msgspec.Struct, frozen=True, gc=False):
    zh: str | None = None
    en: str | None = None
    original: str = "zh"
    written_by: str = "source"
kind = {"pydantic model": LocalizedText, "pydantic dataclass, slots": Slotted, "msgspec struct": Struct}[sys.argv[1]]
texts = [(f"中文{i}", f"text {i}") for i in range(200_000)]
before = rss()
held = [kind(zh=zh, en=en) for zh, en in texts]
print(f"{(rss() - before) * 2**20 / len(held) - 8:.0f}")
"""

OPTIONS = ("pydantic", "pydantic-shared-set", "structs")


def _run(code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIMI_AMA_TUI_CACHE="off")
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    return done.stdout.strip()


def options(corpus: Path) -> None:
    """Each way of holding the corpus, measured in its own interpreter."""
    print(f"corpus held in memory, {corpus.name} ({corpus.stat().st_size / 1e6:.0f} MB), collector off")
    print(f"  {'held as':<24} {'load':>8} {'RSS added':>10} {'after malloc_trim':>18}")
    for option in OPTIONS:
        seconds, held, trimmed, module = _run(_PROBE, option, str(corpus)).split()
        print(f"  {option:<24} {float(seconds):7.2f}s {held:>7} MB {trimmed:>15} MB   ({module})")
    print("one small text (two strings), bytes per instance besides its strings:")
    for kind in ("pydantic model", "pydantic dataclass, slots", "msgspec struct"):
        print(f"  {kind:<26} {_run(_PER_INSTANCE, kind):>6} bytes")


def _rss_mb(pid: str) -> float:
    """Resident set size of `pid` or its one child (tmux may start a shell first)."""
    for candidate in [pid, *subprocess.run(["pgrep", "-P", pid], capture_output=True, text=True).stdout.split()]:
        status = Path(f"/proc/{candidate}/status").read_text()
        if "kimi-ama-tui" in Path(f"/proc/{candidate}/cmdline").read_text():
            kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            return kb / 1024
    raise RuntimeError("kimi-ama-tui process not found")


def measure(extra: list[str], label: str, cache: Path) -> None:
    """Start the reader, wait until it is ready, print its RSS and how long that took."""
    with Clock(120, 30, env={"KIMI_AMA_TUI_CACHE": str(cache)}) as clock:
        start = time.perf_counter()
        clock.launch([str(Path(sys.executable).parent / "kimi-ama-tui"), "--lang", "en", *extra], r"\d+ entries")
        # ("indexing": a first start scans every text while the whole index is built)
        clock.until(lambda s: "loading" not in s and "indexing" not in s, timeout=600)
        ready = time.perf_counter() - start
        time.sleep(1.0)
        pid = clock.tmux("display-message", "-p", "-t", "b", "#{pane_pid}").strip()
        print(f"  {label:<28} RSS {_rss_mb(pid):7.0f} MB   ready after {ready:5.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(HERE / "out" / "corpus-100k.json"))
    parser.add_argument("--options", action="store_true")
    parser.add_argument("--reader", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"{corpus}: missing (python bench/gen_corpus.py 100000 {corpus} writes it)")
        return
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    if args.options or not args.reader:
        options(corpus)
    if args.reader:
        import shutil
        import tempfile

        cache = Path(tempfile.mkdtemp(prefix="kimi-ama-bench-cache-"))
        print("reader memory, once the corpus and index are loaded")
        measure([], "built-in corpus (38)", cache)
        measure(["--corpus", str(corpus)], f"{corpus.name}, first start", cache)
        measure(["--corpus", str(corpus)], f"{corpus.name}, second start", cache)
        shutil.rmtree(cache, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
