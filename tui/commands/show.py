"""`kimi-ama-tui show ENTRY_ID` and `show --all`: an entry, or the whole corpus, as linear output.

What the answer pane shows, for `less`, `grep`, a screen reader or a braille display:
plain text (wrapped to the terminal's width on a terminal, not when piped), Markdown or JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

FORMAT_CHOICES = ("text", "markdown", "json")
LANG_CHOICES = ("zh", "en", "both")


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `show` subcommand."""
    parser = subparsers.add_parser(
        "show",
        help="print an entry (or --all) as the reader shows it",
        description=(
            "Print an entry as the answer pane shows it: the question, every answer with its "
            "speaker, main answer or supplement, whose words the text is, the sources with "
            "their URLs and the links. --all prints every entry in reading order."
        ),
    )
    parser.add_argument("entry_id", metavar="ENTRY_ID", nargs="?", help="the entry's id, e.g. k3-when")
    parser.add_argument("--all", dest="show_all", action="store_true", help="every entry, in reading order")
    parser.add_argument(
        "--format", dest="show_format", choices=FORMAT_CHOICES, default="text", help="text (default), markdown or json"
    )
    parser.add_argument(
        "--lang",
        dest="show_lang",
        choices=LANG_CHOICES,
        help="language to show (default: --lang before the command, else the locale)",
    )


def run(args: argparse.Namespace) -> int:
    """Print the entry or the corpus; 1 with one line when there is no such entry, 2 for a usage error."""
    from corpus.citation import closest_entry_id
    from corpus.loader import CorpusError, load_corpus
    from tui.cli import report_corpus_error, write_stdout
    from tui.options import default_lang

    if bool(args.entry_id) == bool(args.show_all):
        print("kimi-ama-tui show: give one ENTRY_ID or --all (kimi-ama-tui show --help)", file=sys.stderr)
        return 2
    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as err:
        return report_corpus_error(err)
    lang = args.show_lang or getattr(args, "lang", None) or default_lang()
    if args.show_all:
        entries = list(corpus.entries())
    else:
        try:
            entries = [corpus.entry(args.entry_id)]
        except KeyError:
            from corpus.text import visible

            close = closest_entry_id(corpus, args.entry_id)
            hint = f"; did you mean {close!r}?" if close else "; `kimi-ama-tui search WORDS` finds ids"
            print(f"kimi-ama-tui show: no entry with id {visible(repr(args.entry_id))}{hint}", file=sys.stderr)
            return 1
    write_stdout(render(corpus, entries, args.show_format, lang, args.show_all, terminal_width()))
    return 0


def terminal_width() -> int | None:
    """The terminal's width when stdout is one (not when piped); stale $COLUMNS is ignored."""
    try:
        if not sys.stdout.isatty():
            return None
        return max(20, os.get_terminal_size(sys.stdout.fileno()).columns)
    except (OSError, ValueError):
        return None


def render(corpus, entries, fmt: str, lang: str, whole: bool, width: int | None) -> str:  # type: ignore[no-untyped-def]
    """The entries in a format; `whole` adds the corpus and topic headings."""
    from tui.linear import corpus_heading, entry_json, entry_markdown, entry_text, topic_heading

    if fmt == "json":
        items = [entry_json(corpus, entry, lang) for entry in entries]
        value = {"corpus": corpus_heading(corpus, lang), "entries": items} if whole else items[0]
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    parts: list[str] = []
    topic = None
    if whole:
        title = corpus_heading(corpus, lang)
        parts.append(f"# {title}\n" if fmt == "markdown" else _underlined(title, "=", width))
    for entry in entries:
        this = corpus.topic_of(entry.id).id
        if whole and this != topic:
            topic = this
            heading = topic_heading(corpus, this, lang)
            parts.append(f"\n## {heading}\n" if fmt == "markdown" else "\n" + _underlined(heading, "-", width))
        if fmt == "markdown":
            shown = entry_markdown(corpus, entry, lang, level=3 if whole else 2)
        else:
            shown = entry_text(corpus, entry, lang, width)
        parts.append(("\n" if whole else "") + shown)  # (a Markdown heading glued to the id line above)
    return "".join(parts)


def _underlined(heading: str, rule: str, width: int | None) -> str:
    """A heading wrapped to `width` (None: as it is), underlined as wide as its widest line
    (a Chinese title was underlined by 60 characters, whatever its width)."""
    from rich.cells import cell_len

    from tui.wrap import wrap_lines

    lines = [heading[line.start : line.end] for line in wrap_lines(heading, width)] if width else [heading]
    return "\n".join(lines) + "\n" + rule * max(map(cell_len, lines)) + "\n"
