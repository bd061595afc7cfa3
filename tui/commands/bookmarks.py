"""`kimi-ama-tui bookmarks [--json]`: the bookmarks of a corpus, with their notes.

Bookmarks are made in the reader (`m`, and `M` for a note); they live in
`$XDG_DATA_HOME/kimi-ama-tui/bookmarks/`. `cite --bookmarks` prints their citations.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING

from corpus.text import FORMAT_CHARACTERS, visible

if TYPE_CHECKING:
    from tui.userdata.bookmarks import Bookmarks


SHARED_OPTIONS = ("corpus",)
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `bookmarks` subcommand."""
    parser = subparsers.add_parser(
        "bookmarks",
        help="list the bookmarked entries and their notes",
        description=(
            "List the entries bookmarked in the reader (m; M adds a note): entry id, "
            "question, note and when, oldest first. `cite --bookmarks` cites them all."
        ),
    )
    parser.add_argument("--json", dest="as_json", action="store_true", help="print them as JSON")


def run(args: argparse.Namespace) -> int:
    """Print the bookmarks; a damaged bookmarks file or journal line is reported in one
    line, status 1, and left as it is (the reader sets it aside): only listing, this
    command moves and writes nothing."""
    from corpus.loader import CorpusError, load_corpus
    from tui.cli import report_corpus_error, write_stdout
    from tui.linear import safe
    from tui.userdata import corpus_bookmarks

    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as err:
        return report_corpus_error(err)
    marks = corpus_bookmarks(corpus, read_only=True)
    if marks.problem:
        print(f"kimi-ama-tui bookmarks: {safe(marks.problem)}", file=sys.stderr)
    items = []
    for bookmark in marks.items:
        try:
            question = corpus.entry(bookmark.entry_id).question.get("en")
            present = True
        except KeyError:
            question, present = bookmark.question, False
        items.append((bookmark, question, present))
    if args.as_json:
        listed = [
            {"entry": bookmark.entry_id, "question": safe(question), "note": bookmark.shown_note, "added": bookmark.shown_added, "in_corpus": present}
            for bookmark, question, present in items
        ]
        write_stdout(as_json(listed) + "\n")
    elif items:
        lines = []
        for bookmark, question, present in items:
            gone = "" if present else "  (no longer in the corpus)"
            lines.append(f"{bookmark.shown_id}  {bookmark.shown_added}{gone}")
            lines.extend(f"  {line}" for line in safe(question).splitlines() if line.strip())
            for note_line in bookmark.shown_note.splitlines():
                lines.append(f"  > {note_line}")
        write_stdout("\n".join(lines) + "\n")
    elif not marks.unread:  # (unread: the problem line says nothing could be read from the file)
        print(f"No bookmarks for {corpus.title.get('en')} (m in the reader bookmarks an entry){set_aside_said(marks)}.", file=sys.stderr)
    return 1 if marks.problem else 0


def set_aside_said(bookmarks: Bookmarks) -> str:
    """Said after "no bookmarks": where the file set aside as damaged is, when one was
    (the bookmarks it held are there, none read from it), escaped; "" when none was."""
    aside = bookmarks.kept_aside()
    return visible(f"; a damaged bookmarks file was set aside as {aside}: nothing could be read from it") if aside else ""


UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f\ud800-\udfff\u2028\u2029{FORMAT_CHARACTERS}]")
"""What `json.dumps` leaves as it is in a string and a terminal acts on or hides (it
escapes C0 controls itself): C1 controls, lone surrogates, line separators, format
characters (bidi, zero-width)."""


def as_json(value: object) -> str:
    """`value` as indented JSON, with what a terminal would act on or hide written as a
    JSON escape (`\\u001b`, `\\u202e`): an entry id is printed as the file holds it, so a
    script matches it to the file's (it was printed as its escaped spelling, `"\\\\x1b…"`,
    an id no file holds); the texts are printed cleaned."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if all(map(str.isprintable, text.split("\n"))):  # (4x faster than the search at 200k bookmarks)
        return text
    return UNSAFE_IN_JSON.sub(lambda found: json.dumps(found[0])[1:-1], text)
