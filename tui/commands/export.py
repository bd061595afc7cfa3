"""`kimi-ama-tui export`: the whole validated corpus as JSON on standard output."""

from __future__ import annotations

import argparse


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="print the whole validated corpus as JSON",
        description=(
            "Print the whole validated corpus (the built-in one, or --corpus PATH) as JSON. "
            "The output is itself a valid corpus file: check and --corpus accept it, and "
            "exporting it again gives the same bytes."
        ),
    )
    parser.add_argument(
        "--format", choices=("json",), default="json", help="output format (default: json)"
    )


def run(args: argparse.Namespace) -> int:
    """Load, validate and print the corpus; 1 with one line per problem if it is bad."""
    from corpus.loader import CorpusError, dump_corpus, load_corpus
    from tui.cli import report_corpus_error, write_stdout

    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as err:
        return report_corpus_error(err)
    write_stdout(dump_corpus(corpus))
    return 0
