"""`kimi-ama-tui import FILE...`: a Reddit thread or comment dump as a corpus, verbatim.

The corpus goes to -o (TOML or JSON by its suffix, written atomically, only when the
import succeeds) or to stdout as JSON; the summary (hosts and why, entries, answers,
comments not loaded) goes to stderr. A bad input is one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Corpus


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `import` subcommand."""
    parser = subparsers.add_parser(
        "import",
        help="import a Reddit thread or comment dump as a corpus",
        description=(
            "Import an AMA: a thread's JSON as Reddit serves it (https://www.reddit.com/r/SUB/"
            "comments/ID.json), or Pushshift/Arctic Shift comment dumps (JSON Lines, .zst or .gz), "
            "several files merged. Each question a host answered becomes an entry, quoted "
            "verbatim with every answer's permalink. The format is read from the content."
        ),
    )
    parser.set_defaults(command="import_")
    parser.add_argument("files", metavar="FILE", nargs="+", type=Path, help="thread JSON or dump files")
    parser.add_argument(
        "--host",
        metavar="NAME[,NAME...]",
        action="append",
        help="the hosts (default: the poster, accounts the post names as u/NAME, and the poster's flair)",
    )
    parser.add_argument(
        "--thread",
        metavar="ID",
        help="the thread to import from a dump of several: its id, t3_ID or its URL",
    )
    parser.add_argument(
        "--topics",
        choices=("auto", "flat"),
        default="auto",
        help="auto: at most 12 groups by distinctive words (default); flat: one topic",
    )
    parser.add_argument(
        "--topics-from",
        metavar="CORPUS",
        help=(
            "add the thread to CORPUS (a path, or builtin): each entry under the topic of the "
            "entry it matches best, the two linked both ways"
        ),
    )
    parser.add_argument(
        "--list-authors", action="store_true", help="print the most active repliers and stop"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", type=Path, help="write the corpus here (.toml or .json)"
    )


def run(args: argparse.Namespace) -> int:
    """Import, then print or write the corpus; 1 with one line when the input is unusable."""
    from corpus.importer import ImportProblem, import_files, list_authors
    from corpus.importer.fields import thread_id
    from corpus.text import clean_text
    from tui.cli import write_stdout

    thread = thread_id(args.thread) if args.thread else args.thread

    for given in args.host or ():
        if not given.replace(",", " ").replace("u/", " ").strip(" /"):
            print(
                f"kimi-ama-tui import: --host {_safe(repr(given))} names no account: give one, e.g. "
                "--host NAME[,NAME...], or leave --host out for the default hosts",
                file=sys.stderr,
            )
            return 1
    if args.output is not None and args.output.is_dir():
        print(f"kimi-ama-tui import: -o {_safe(str(args.output))} is a directory: name a .toml or .json file in it", file=sys.stderr)
        return 1
    if args.output is not None and _is_an_input(args.output, [*args.files, args.topics_from]):
        print(
            f"kimi-ama-tui import: -o {_safe(str(args.output))} is one of the input files: "
            "write the corpus to another file (the input would be replaced)",
            file=sys.stderr,
        )
        return 1
    if args.output is not None and args.output.suffix.lower() not in (".json", ".toml") and not args.list_authors:
        # said before the import, not after it has run
        suffix = args.output.suffix or "a file without suffix"
        print(
            f"kimi-ama-tui import: -o {_safe(str(args.output))}: write a .toml or a .json file, not {_safe(repr(suffix))}",
            file=sys.stderr,
        )
        return 1
    unwritable = _unwritable(args.output) if args.output is not None and not args.list_authors else None
    if unwritable:  # said before the import, not after its summary
        print(f"kimi-ama-tui import: {unwritable}", file=sys.stderr)
        return 1
    try:
        if args.list_authors:
            write_stdout("".join(clean_text(line) + "\n" for line in list_authors(args.files, thread)))
            return 0
        other, other_name = _topics_from(args.topics_from)
        imported = import_files(
            args.files, args.host, thread, args.topics, other, other_name
        )
    except ImportProblem as problem:
        print(f"kimi-ama-tui import: {_safe(str(problem))}", file=sys.stderr)
        for line in problem.details:
            print(_safe(line), file=sys.stderr)
        return 1
    except _TopicsFromError as err:
        for line in err.lines:
            print(line, file=sys.stderr)
        return 1
    if args.output is None:
        from corpus.loader import dump_corpus

        _print_summary(imported.summary())
        write_stdout(dump_corpus(imported.corpus))
        return 0
    failed = _write(args.output, imported.corpus)
    if failed:  # the error alone: a summary above it would read as if it worked
        print(f"kimi-ama-tui import: {failed}", file=sys.stderr)
        return 1
    _print_summary(imported.summary())
    print(f"wrote {_safe(str(args.output))}", file=sys.stderr)
    return 0


def _print_summary(lines: list[str]) -> None:
    for line in lines:
        print(_safe(line), file=sys.stderr)


def _unwritable(output: Path) -> str | None:
    """Why no file can be written at `output` (its folder is missing or read-only), if so."""
    folder = output.parent
    if not folder.is_dir():
        return f"cannot write {_safe(str(output))}: no directory {_safe(str(folder))} (create it, or name another -o)"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {_safe(str(output))}: permission denied in {_safe(str(folder))} (name another -o)"
    return None


def _is_an_input(output: Path, inputs: list[Path | str | None]) -> bool:
    """Whether `output` is (another name of) one of the files read."""
    import os

    for given in inputs:
        try:
            if given and str(given) != "-" and os.path.samefile(given, output):
                return True
        except OSError:  # one of them does not exist (yet): not the same file
            continue
    return False


class _TopicsFromError(Exception):
    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _topics_from(value: str | None) -> tuple[Corpus | None, str]:
    if value is None:
        return None, ""
    from corpus.loader import CorpusError, load_corpus
    from corpus.text import clean_text

    path = None if value == "builtin" else Path(value)
    try:
        return load_corpus(path), clean_text(value)  # (named in the topics' titles)
    except CorpusError as err:
        raise _TopicsFromError([f"--topics-from: {problem}" for problem in err.problems]) from None


def _write(path: Path, corpus: Corpus) -> str | None:
    """Write atomically (a temporary file beside the target, then os.replace); why it
    failed, if it did."""
    from corpus.importer.writing import corpus_text

    try:
        text = corpus_text(corpus, path.suffix.lower())
    except ValueError as err:
        return f"{_safe(str(path))}: {_safe(str(err))}"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        return f"cannot write {_safe(str(path))}: {_safe(str(err.strerror or err))}"
    return None


def _safe(line: str) -> str:
    """A line for the terminal: control and bidi characters shown as escapes, never sent."""
    from corpus.text import visible

    return visible(line)
