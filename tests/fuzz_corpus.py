"""A seeded mutation fuzzer over the corpus format (TOML and JSON), and Reddit threads.

Each case mutates a valid corpus (a hostile string put in a field, a byte flipped,
structure inserted, nesting, huge numbers, escapes, invalid UTF-8 ...), then runs
`check`, `import`, `export`, `search` and `cite` (every format) on it through the real
command line, in this process. A case fails when a command raises (a traceback), exits with a status
other than 0/1/2, takes longer than the time limit, or writes a C0/C1 control, a bidi or
zero-width (format) character, a line separator or a lone surrogate to stdout or stderr.

    python -m tests.fuzz_corpus --cases 5000 --seed 1 --max-memory 1G --save /tmp/fuzz

prints what it ran and every failure (with the seed and case number that reproduce it),
and exits 1 if there was one. `tests/test_fuzz_corpus.py` runs a bounded number in CI.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HOSTILE = [
    "\x1b]0;PWNED\x07", "\x1b]52;c;UFdORUQ=\x07", "\x1b[2J", "\x9b31m", "\x00", "\x7f", "\r",
    "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u2028", "\u00ad", "\U000e0041",
    "[/]", "[@click=app.quit]x[/]", '[link="javascript:alert(1)"]y[/link]', "[b]", "[Reddit][1]",
    "\\", '"', "'", "{", "}", "[", "]", ")", "(", "%", "#", "&", "_", "~", "^", "$", "`", "<", ">",
    "中文，。", "😀", "\U0010ffff", "a" * 300,
]
"""Strings put into a field's text (control, bidi, markup, format specials, odd characters)."""

JSON_ESCAPES = ["\\u001b]0;X\\u0007", "\\u202e", "\\u200b", "\\u009b", "\\ud800", "\\udfff", "\\u0000"]
"""Escapes a JSON string may hold (TOML's basic strings take the same \\uXXXX form)."""

STRUCTURE = [
    "[", "]", "{", "}", ",", "=", ":", '"', "\n", "[[topics]]\n", "[[topics.entries]]\n",
    "[[topics.entries.answers]]\n", "1" * 4400, "0x" + "f" * 4000, "1e999", "-0", "nan", "true",
    "[" * 200, "{a = " * 100, '{"a": ' * 100, "\ud800", "\xff", "\t",
]
"""Fragments inserted anywhere (structure, huge numbers, deep nesting)."""

RAW_BYTES = [b"\xff", b"\xfe", b"\xc3\x28", b"\xe2\x80", b"\x9b", b"\x00", b"\x1b", b"\xef\xbb\xbf"]
"""Bytes inserted anywhere (invalid UTF-8, a BOM, NUL, ESC)."""

QUERIES = ["int4", "by:zxytim", "lang:\x1b]0;X\x07", "[/] \u202e", "k3 | kda", "'exact !not", "topic:plans src:digest"]

_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_NOT_FREE_TEXT = re.compile(r"[a-z0-9./:_-]*")  # ids, keys, kinds, languages, URLs
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def unsafe_characters(text: str) -> list[str]:
    """The characters in `text` no output may hold (newline and tab are fine)."""
    found = _UNSAFE.findall(text)
    found += [c for c in text if unicodedata.category(c) == "Cf"]
    return found


def seeds() -> list[tuple[str, str]]:
    """(suffix, text) of the valid corpora every case starts from."""
    from corpus.loader import dump_corpus, load_corpus
    from tests.conftest import SMALL_CORPUS
    from tests.hostile_support import hostile_corpus

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seed.toml"
        path.write_text(SMALL_CORPUS, encoding="utf-8")
        as_json = dump_corpus(load_corpus(path))
    thread = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"
    imported = [(".json", thread.read_text(encoding="utf-8"))] if thread.is_file() else []
    return [
        (".toml", SMALL_CORPUS),
        (".json", as_json),
        (".json", json.dumps(hostile_corpus(), ensure_ascii=False)),
        *imported,
    ]


def mutate(rng: random.Random, text: str) -> bytes:
    """One to four mutations of a corpus text; the bytes of the result. Half the cases only
    put hostile strings in free-text fields, so the corpus still loads and every command's
    output is exercised; the others break it anywhere."""
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 6)):
            text = _replace_string(rng, text, free_text_only=True)
        return text.encode("utf-8", "surrogatepass")
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.5:
            text = _replace_string(rng, text)
        elif kind < 0.7:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(STRUCTURE + HOSTILE) + text[at:]
        elif kind < 0.8:
            start = rng.randrange(len(text) + 1)
            end = min(len(text), start + rng.randint(1, 200))
            text = text[:start] + (text[start:end] * rng.randint(0, 3)) + text[end:]
        elif kind < 0.85:
            text = text[: rng.randrange(len(text) + 1)]
        else:
            data = text.encode("utf-8", "surrogatepass")
            at = rng.randrange(len(data) + 1)
            if rng.random() < 0.5 and data:
                at = min(at, len(data) - 1)
                data = data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
            else:
                data = data[:at] + rng.choice(RAW_BYTES) + data[at:]
            return data
    return text.encode("utf-8", "surrogatepass")


def _replace_string(rng: random.Random, text: str, free_text_only: bool = False) -> str:
    strings = [
        found
        for found in _STRING.finditer(text)
        if not (free_text_only and _NOT_FREE_TEXT.fullmatch(found[1]))
    ]
    if not strings:
        return text
    found = rng.choice(strings)
    escapes = [e for e in JSON_ESCAPES if not (free_text_only and "\\ud" in e)]
    pieces = [rng.choice(HOSTILE + escapes) for _ in range(rng.randint(1, 4))]
    body = "".join(p if p in escapes else _quoted(p, escape_controls=free_text_only) for p in pieces)
    if rng.random() < 0.5:  # keep the text, add to it (ids stay ids more often)
        body = found[1] + body if rng.random() < 0.5 else body + found[1]
    return text[: found.start(1)] + body + text[found.end(1) :]


def _quoted(piece: str, escape_controls: bool) -> str:
    """`piece` inside a double-quoted TOML or JSON string; controls as \\uXXXX escapes
    (which both formats decode) when the file must stay valid."""
    piece = piece.replace("\\", "\\\\").replace('"', '\\"')
    if escape_controls:
        piece = _UNSAFE.sub(lambda found: f"\\u{ord(found[0]):04x}", piece)
    return piece


class CaseTimeout(Exception):
    """A case ran longer than the time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise CaseTimeout in this (main) thread after `seconds`."""

    def expired(signum: int, frame: Any) -> None:
        raise CaseTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Run:
    """One command's exit status and what it wrote."""

    argv: list[str]
    status: int
    out: str
    err: str


def run_command(argv: list[str]) -> Run:
    """`kimi-ama-tui ARGV` in this process, its output captured as the bytes it wrote."""
    from tui.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    try:
        try:
            status = main(argv)
        except SystemExit as leave:  # argparse
            status = leave.code if isinstance(leave.code, int) else 2
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
            stream.detach()  # keep the bytes when the wrapper goes
        sys.stdout, sys.stderr = saved
    return Run(argv, int(status), out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def commands(path: Path) -> Iterator[list[str]]:
    """Every command a case runs on the corpus file at `path`."""
    from corpus.loader import CorpusError, load_corpus

    yield ["check", str(path)]
    yield ["import", str(path), "--list-authors"]
    yield ["import", str(path)]
    try:
        corpus = load_corpus(path)
    except CorpusError:
        return
    yield ["--corpus", str(path), "export"]
    for query in QUERIES:
        yield ["--corpus", str(path), "--lang", "en", "search", query, "--json"]
        yield ["--corpus", str(path), "search", query]
    for entry in list(corpus.entries())[:3]:
        for fmt in ("text", "markdown", "bibtex", "csl-json"):
            for lang in ("en", "both"):
                yield ["--corpus", str(path), "cite", entry.id, "--format", fmt, "--lang", lang]


def run_case(path: Path, data: bytes) -> tuple[bool, str | None]:
    """Run every command on one mutated corpus; (loaded, the failure or None)."""
    path.write_bytes(data)
    loaded = False
    for argv in commands(path):
        run = run_command(argv)
        loaded = loaded or "export" in argv  # run only when the file loaded
        if run.status not in (0, 1, 2):
            return loaded, f"{argv}: exit status {run.status}: {run.err[-500:]}"
        bad = unsafe_characters(run.out.replace("\n", "")) + unsafe_characters(run.err.replace("\n", ""))
        if bad:
            return loaded, f"{argv}: wrote {sorted(set(bad))!r}: {(run.out + run.err)[:300]!r}"
        if "Traceback" in run.err:
            return loaded, f"{argv}: {run.err[-800:]}"
    return loaded, None


def fuzz(cases: int, seed: int, seconds: float, save: Path | None, report: Callable[[str], None]) -> int:
    """Run `cases` cases; the number that failed."""
    os.environ["KIMI_AMA_TUI_CACHE"] = "off"
    starts = seeds()
    failures = loaded = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(cases):
            rng = random.Random(f"{seed}:{number}")
            suffix, text = rng.choice(starts)
            data = mutate(rng, text)
            path = Path(tmp) / f"case{rng.choice([suffix, suffix, '.txt'])}"
            try:
                with time_limit(seconds):
                    ok, failure = run_case(path, data)
            except CaseTimeout as err:
                ok, failure = False, f"hang: {err}"
            except BaseException as err:  # noqa: BLE001 - every escape is a finding
                if isinstance(err, KeyboardInterrupt):
                    raise
                ok, failure = False, "".join(traceback.format_exception(err))[-1500:]
            loaded += ok
            if failure:
                failures += 1
                report(f"FAIL seed {seed} case {number} ({path.name}): {failure}")
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / f"seed{seed}-case{number}{path.suffix}").write_bytes(data)
    elapsed = time.perf_counter() - started
    report(
        f"{cases} cases (seed {seed}) in {elapsed:.1f} s ({elapsed / max(cases, 1) * 1000:.1f} ms each): "
        f"{loaded} loaded and exercised, {cases - loaded} refused; {failures} failed"
    )
    return failures


def _limit_memory(size: str) -> None:
    import resource

    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    limit = int(float(size[:-1]) * units[size[-1].upper()]) if size[-1].upper() in units else int(size)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer from the command line; 1 if any case failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10.0, help="time limit per case")
    parser.add_argument("--max-memory", default="", help="address-space limit, e.g. 1G")
    parser.add_argument("--save", type=Path, help="write failing inputs here")
    args = parser.parse_args(argv)
    if args.max_memory:
        _limit_memory(args.max_memory)
    return 1 if fuzz(args.cases, args.seed, args.seconds, args.save, print) else 0


if __name__ == "__main__":
    raise SystemExit(main())
