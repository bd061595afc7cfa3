"""`kimi-ama-tui cite ENTRY_ID`: print an entry's citation, the same text `y` copies in the reader."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.citation import CiteLang

FORMAT_CHOICES = ("text", "markdown", "bibtex", "csl-json")
LANG_CHOICES = ("zh", "en", "both")


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `cite` subcommand."""
    parser = subparsers.add_parser(
        "cite",
        help="print the citation of an entry",
        description=(
            "Print the citation of one entry: the question, who answered, what the quoted "
            "text is (a paraphrase, a translation, or this project's English rendering), "
            "the sources and the entry id. The same text the reader's y copies."
        ),
    )
    parser.add_argument(
        "entry_id", metavar="ENTRY_ID", nargs="?", help="the entry's id, e.g. kda-next-flagship"
    )
    parser.add_argument(
        "--bookmarks",
        action="store_true",
        help="cite every bookmarked entry (m in the reader), with its note",
    )
    parser.add_argument(
        "--format",
        dest="cite_format",
        choices=FORMAT_CHOICES,
        default="text",
        help="text (default), markdown, bibtex or csl-json",
    )
    parser.add_argument(
        "--lang",
        dest="cite_lang",
        choices=LANG_CHOICES,
        help="language of the citation (default: --lang before the command, else the locale)",
    )


def run(args: argparse.Namespace) -> int:
    """Print the citation; 1 with one line (and a close id) when there is no such entry."""
    from corpus.citation import cite, closest_entry_id
    from corpus.loader import CorpusError, load_corpus
    from corpus.text import visible
    from tui.cli import report_corpus_error, write_stdout

    if bool(args.entry_id) == bool(args.bookmarks):
        print(
            "kimi-ama-tui cite: give one ENTRY_ID or --bookmarks (kimi-ama-tui cite --help)",
            file=sys.stderr,
        )
        return 2
    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as err:
        return report_corpus_error(err)
    lang: CiteLang = args.cite_lang or getattr(args, "lang", None) or _locale_lang()
    if args.bookmarks:
        from tui.commands.cite_bookmarks import cite_bookmarks

        return cite_bookmarks(corpus, args.cite_format, lang)
    try:
        text = cite(corpus, args.entry_id, args.cite_format, lang)
    except KeyError:
        close = closest_entry_id(corpus, args.entry_id)
        hint = (
            f"; did you mean {close!r}?"
            if close
            else "; entry ids look like 'kda-next-flagship'"
        )
        print(
            f"kimi-ama-tui cite: no entry with id {visible(repr(args.entry_id))}{hint}",
            file=sys.stderr,
        )
        return 1
    write_stdout(text)  # UTF-8 whatever the locale: the same bytes y copies
    return 0


def _locale_lang() -> CiteLang:
    """The reader's default language (`tui.options.default_lang`), so `cite` and `y` agree."""
    from tui.options import default_lang

    return "zh" if default_lang() == "zh" else "en"
