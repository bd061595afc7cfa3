"""`kimi-ama-tui schema`: the JSON Schema of the corpus file format."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `schema` subcommand."""
    subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the corpus format",
        description="Print the JSON Schema of the corpus file format (kimi-ama-corpus/1).",
    )


def run(args: argparse.Namespace) -> int:
    """Print the schema, indented."""
    from corpus.model import Corpus
    from tui.cli import write_stdout

    schema = Corpus.model_json_schema()
    write_stdout(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return 0
