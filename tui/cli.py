"""The `kimi-ama-tui` command line: the reader, and the subcommands under `tui/commands/`.

Start-up speed matters, so this module imports argparse and nothing heavy: pydantic,
Textual and the corpus are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__
from tui.arguments import ArgumentParser, clean_arguments
from tui.options import CLIPBOARD_CHOICES, LANG_CHOICES, ReaderOptions

if TYPE_CHECKING:
    from corpus.loader import CorpusError

COMMANDS = ("export", "check", "schema", "search", "cite", "import_")
"""Subcommand modules under `tui.commands`, in help order; one not written yet is skipped."""

INTERRUPTED_STATUS = 130
"""Exit status after Ctrl-C (SIGINT), as a shell reports it."""

SIGPIPE_STATUS = 141
"""Exit status when the reader of our output went away (`| head`), as a shell reports it."""


def available_commands() -> list[str]:
    """The listed subcommands whose module exists."""
    return [name for name in COMMANDS if importlib.util.find_spec(f"tui.commands.{name}")]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every available subcommand registered."""
    parser = ArgumentParser(
        prog="kimi-ama-tui",
        description=(
            "A terminal reader of Moonshot AI's r/LocalLLaMA AMA on Kimi K2 Thinking. "
            "With no command, starts the reader."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kimi-ama-tui {__version__}")
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        type=Path,
        help="read this corpus file (TOML or JSON) instead of the built-in one",
    )
    reader = parser.add_argument_group("reader options")
    reader.add_argument("--theme", metavar="NAME", help="a Textual theme, e.g. textual-light")
    reader.add_argument("--filter", metavar="QUERY", default="", help="start with this filter")
    reader.add_argument("--entry", metavar="ID", help="open the entry with this id first")
    reader.add_argument(
        "--no-mouse",
        dest="mouse",
        action="store_false",
        help="leave the mouse to the terminal (to select text)",
    )
    reader.add_argument(
        "--lang", choices=LANG_CHOICES, help="language to show (default: follow the locale)"
    )
    reader.add_argument(
        "--clipboard",
        choices=CLIPBOARD_CHOICES,
        default="auto",
        help="how copying reaches the clipboard (default: auto)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in available_commands():
        importlib.import_module(f"tui.commands.{name}").register(subparsers)
    return parser


def options_from_args(args: argparse.Namespace) -> ReaderOptions:
    """The reader's options from parsed arguments."""
    return ReaderOptions(
        corpus_path=args.corpus,
        theme=args.theme,
        filter=args.filter,
        entry=args.entry,
        mouse=args.mouse,
        lang=args.lang,
        clipboard=args.clipboard,
    )


def report_corpus_error(err: CorpusError) -> int:
    """Print each problem of a bad corpus file on its own line to stderr; return 1."""
    for problem in err.problems:
        print(problem, file=sys.stderr)
    return 1


def write_stdout(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale says: JSON is UTF-8 by definition."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def main(argv: list[str] | None = None) -> int:
    """Run `kimi-ama-tui` with these arguments; return the exit status."""
    args = clean_arguments(build_parser().parse_args(argv))
    if not args.command:
        try:
            return _start_reader(options_from_args(args))
        except KeyboardInterrupt:  # Ctrl-C while the corpus loads, before the screen is up
            return INTERRUPTED_STATUS
    global _ran_command
    _ran_command = True
    try:
        status = int(importlib.import_module(f"tui.commands.{args.command}").run(args))
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # the reader of our output went away (`| head`)
        _drop_stdout()
        return SIGPIPE_STATUS
    except OSError as err:  # the output could not be written (disk full, device gone)
        _drop_stdout()
        print(f"kimi-ama-tui: cannot write the output: {err.strerror or err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C while a big corpus loads: no traceback
        return INTERRUPTED_STATUS


def _start_reader(options: ReaderOptions) -> int:
    if importlib.util.find_spec("tui.app") is None:
        return _print_summary(options)
    from tui.app import run_reader

    try:
        return run_reader(options)
    # Evaluated only when an exception escapes: the happy path never imports the loader.
    except _corpus_error() as err:
        return report_corpus_error(err)


def _corpus_error() -> type[CorpusError]:
    from corpus.loader import CorpusError

    return CorpusError


def _print_summary(options: ReaderOptions) -> int:
    """Stand-in for the reader until `tui.app` exists: the corpus title and its counts."""
    from corpus.loader import CorpusError, load_corpus

    try:
        corpus = load_corpus(options.corpus_path)
    except CorpusError as err:
        return report_corpus_error(err)
    lines = [corpus.title.get("en")]
    if corpus.title.has("zh"):
        lines.append(corpus.title.get("zh"))
    lines.append(f"{corpus.entry_count()} entries in {len(corpus.topics)} topics")
    lines += [f"  {_both(topic.title)}: {len(topic.entries)}" for topic in corpus.topics]
    write_stdout("\n".join(lines) + "\n")
    return 0


def _both(text: Any) -> str:
    zh, en = text.get("zh"), text.get("en")
    return zh if zh == en else f"{zh} ({en})"


def _drop_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def entry() -> None:
    """The `kimi-ama-tui` console script: `main` with Python's cyclic collector off while a
    corpus loads (it made loading a big corpus up to 2.7x slower; the reader turns it
    back on once loaded), and, after a command, an exit that skips tearing down what it
    loaded (seconds for a big corpus) once the output is flushed."""
    import gc

    gc.disable()
    status = main()
    if _ran_command:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            _drop_stdout()
        os._exit(status)
    raise SystemExit(status)


_ran_command = False
"""Whether `main` ran a command (not the reader), so `entry` may exit at once."""


if __name__ == "__main__":
    entry()
