"""The `kimi-ama-tui` command line: the reader, and the subcommands under `tui/commands/`.

Start-up speed matters, so this module imports argparse and nothing heavy: pydantic,
Textual and the corpus are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__
from tui.arguments import ArgumentParser, clean_arguments
from tui.options import CLIPBOARD_CHOICES, LANG_CHOICES, ReaderOptions
from tui.output import StdoutClosedError, guard_standard_streams, report_corpus_error, stdout_to_terminal, write_stdout

__all__ = ["build_parser", "entry", "main", "options_from_args", "report_corpus_error", "write_stdout"]

if TYPE_CHECKING:
    from corpus.loader import CorpusError

COMMANDS = (
    "export", "check", "schema", "search", "cite", "import_", "show", "bookmarks", "config", "completions",
)
"""Subcommand modules under `tui.commands`, in help order."""

INTERRUPTED_STATUS = 130
"""Exit status after Ctrl-C (SIGINT), as a shell reports it."""

SIGPIPE_STATUS = 141
"""Exit status when the reader of our output went away (`| head`), as a shell reports it."""


def _add_corpus(parser: argparse._ActionsContainer, **extra: Any) -> None:
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        type=Path,
        help="read this corpus file (TOML or JSON, or a Reddit thread or comment dump) instead of the built-in one",
        **extra,
    )


def _add_lang(parser: argparse._ActionsContainer, **extra: Any) -> None:
    parser.add_argument(
        "--lang", choices=LANG_CHOICES, help="language to show (default: follow the locale)", **extra
    )


def _add_config(parser: argparse._ActionsContainer, **extra: Any) -> None:
    parser.add_argument(
        "--config",
        metavar="PATH",
        type=Path,
        help="read this config file (default: $KIMI_AMA_TUI_CONFIG, else "
        "$XDG_CONFIG_HOME/kimi-ama-tui/config.toml)",
        **extra,
    )


SHARED = {"corpus": _add_corpus, "lang": _add_lang, "config": _add_config}
"""Options a subcommand may take before or after its name; it lists them in `SHARED_OPTIONS`
(every subcommand takes `--config`)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every subcommand registered.

    An option that applies to a subcommand (its module's `SHARED_OPTIONS`) works before or
    after the subcommand's name and is in its --help: the subcommand's copy has no default,
    so it never overwrites a value given before the name."""
    parser = ArgumentParser(
        prog="kimi-ama-tui",
        description=(
            "A terminal reader of AMA threads, starting with Moonshot AI's r/LocalLLaMA AMA "
            "on Kimi K2 Thinking. With no command, starts the reader."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kimi-ama-tui {__version__}")
    _add_corpus(parser)
    _add_config(parser)
    reader = parser.add_argument_group("reader options")
    reader.add_argument("--theme", metavar="NAME", help="a Textual theme, e.g. textual-light")
    reader.add_argument("--filter", metavar="QUERY", default="", help="start with this filter")
    reader.add_argument("--entry", metavar="ID", help="open the entry with this id first")
    reader.add_argument(
        "--no-mouse",
        dest="mouse",
        action="store_false",
        default=None,  # not given: the config file decides (tui.settings)
        help="leave the mouse to the terminal (to select text)",
    )
    _add_lang(reader)
    reader.add_argument(
        "--clipboard",
        choices=CLIPBOARD_CHOICES,
        help="how copying reaches the clipboard (default: auto, or the config file's)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"tui.commands.{name}")
        module.register(subparsers)
        command = subparsers.choices[name.rstrip("_")]
        for option in ("config", *getattr(module, "SHARED_OPTIONS", ())):
            SHARED[option](command, default=argparse.SUPPRESS)
    return parser


def options_from_args(args: argparse.Namespace) -> ReaderOptions:
    """The reader's options from parsed arguments."""
    return ReaderOptions(
        corpus_path=args.corpus,
        theme=args.theme,
        filter=args.filter,
        entry=args.entry,
        mouse=args.mouse is not False,
        lang=args.lang,
        clipboard=args.clipboard or "auto",
    )


def main(argv: list[str] | None = None) -> int:
    """Run `kimi-ama-tui` with these arguments; return the exit status."""
    guard_standard_streams()  # `>&-`, `2>&-`: one line, never a traceback
    args = clean_arguments(build_parser().parse_args(argv))
    if not args.command:
        from tui.settings import apply_config, with_config

        config = apply_config(args)  # what the command line left out, from the config file
        stdout_to_terminal()  # `>&-`: the reader's stdout is its terminal
        try:
            return _start_reader(with_config(options_from_args(args), config))
        except KeyboardInterrupt:  # Ctrl-C while the corpus loads, before the screen is up
            return INTERRUPTED_STATUS
    global _ran_command
    _ran_command = True
    if args.command != "config":  # `config` reports on the file itself
        from tui.settings import apply_config

        apply_config(args, check_keys=False)
    try:
        status = int(importlib.import_module(f"tui.commands.{args.command}").run(args))
        sys.stdout.flush()
        return status
    except StdoutClosedError as err:  # `>&-`: the command had output to give
        print(f"kimi-ama-tui: {err}", file=sys.stderr)
        return 1
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
    from tui.loading import start_search_child

    server = start_search_child(options)  # (before Textual is imported: 0.23 s sooner)
    from tui.app import run_reader

    try:
        return run_reader(options, server)
    # Evaluated only when an exception escapes: the happy path never imports the loader.
    except _corpus_error() as err:
        return report_corpus_error(err)


def _corpus_error() -> type[CorpusError]:
    from corpus.loader import CorpusError

    return CorpusError


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
