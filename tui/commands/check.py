"""`kimi-ama-tui check [PATH]`: validate a corpus file and say what is wrong, one line each."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `check` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="validate a corpus file",
        description=(
            "Validate a corpus file (TOML or JSON). Prints 'OK: N entries in M topics' and "
            "exits 0, with warnings (texts missing a language) on standard error; or prints "
            "every problem, one line each with file, line, entry and field, and exits 1."
        ),
    )
    parser.add_argument(
        "path",
        metavar="PATH",
        nargs="?",
        type=Path,
        help="the corpus file, or - for standard input (default: --corpus, else the built-in corpus)",
    )


def run(args: argparse.Namespace) -> int:
    """0 when the file is a valid corpus, 1 when it is not."""
    from corpus.loader import CorpusError, builtin_corpus_path, load_corpus, warnings
    from tui.cli import report_corpus_error

    path = args.path or getattr(args, "corpus", None) or builtin_corpus_path()
    if str(path) == "-":
        path = Path("/dev/stdin")  # read once, as a pipe or the redirected file, capped like any file
    try:
        corpus = load_corpus(path)
    except CorpusError as err:
        return report_corpus_error(err)
    for warning in warnings(corpus, path):
        print(f"warning: {warning}", file=sys.stderr)
    entries, topics = corpus.entry_count(), len(corpus.topics)
    print(f"OK: {_count(entries, 'entry', 'entries')} in {_count(topics, 'topic', 'topics')}")
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
