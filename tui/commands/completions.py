"""`kimi-ama-tui completions bash|zsh|fish`: a shell completion script.

Generated from the argument parser, so every subcommand and option is there; entry ids
(for `--entry`, `cite` and `show`) are asked of `kimi-ama-tui completions --entry-ids`
when completing, so they follow the corpus (`--corpus` on the line being completed).
"""

from __future__ import annotations

import argparse
import sys

SHELLS = ("bash", "zsh", "fish")


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `completions` subcommand."""
    parser = subparsers.add_parser(
        "completions",
        help="print a shell completion script (bash, zsh, fish)",
        description=(
            "Print a completion script. bash: add `eval \"$(kimi-ama-tui completions bash)\"` "
            "to ~/.bashrc; zsh: the same with zsh in ~/.zshrc; fish: "
            "`kimi-ama-tui completions fish > ~/.config/fish/completions/kimi-ama-tui.fish`."
        ),
    )
    parser.add_argument("shell", nargs="?", choices=SHELLS, help="the shell")
    parser.add_argument(
        "--entry-ids", action="store_true", help="print the corpus's entry ids, one a line (used by the scripts)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the script, or the entry ids."""
    from tui.cli import build_parser, write_stdout

    if args.entry_ids:
        return _print_entry_ids(args)
    if not args.shell:
        print("kimi-ama-tui completions: name a shell: bash, zsh or fish", file=sys.stderr)
        return 2
    from tui.completion_scripts import script

    write_stdout(script(args.shell, build_parser()))
    return 0


def _print_entry_ids(args: argparse.Namespace) -> int:
    from tui.cli import write_stdout

    if args.corpus is None:
        from corpus.outline import BUILTIN_CORPUS, Outline

        ids = Outline.read_builtin(BUILTIN_CORPUS).entry_ids()
    else:
        from corpus.loader import CorpusError, load_corpus

        try:
            ids = [entry.id for entry in load_corpus(args.corpus).entries()]
        except CorpusError:
            return 1
    write_stdout("".join(f"{i}\n" for i in ids))
    return 0
