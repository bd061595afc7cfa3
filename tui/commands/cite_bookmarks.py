"""`kimi-ama-tui cite --bookmarks`: the citations of every bookmarked entry, notes included.

Reading notes for a write-up: each note goes where its format has a place for one (a
"Reading note" line in text and Markdown, BibTeX `annote`, CSL-JSON `annote`).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.citation import CiteLang
    from corpus.model import Corpus

SEPARATOR = {"text": "\n" + "-" * 40 + "\n\n", "markdown": "\n---\n\n", "bibtex": "\n"}
"""What goes between two citations in each format (CSL-JSON is one list)."""


def cite_bookmarks(corpus: Corpus, fmt: str, lang: CiteLang) -> int:
    """Print the citations; 1 with one line when there are none or the file or its journal
    was damaged (left as it is: the reader sets it aside)."""
    from corpus.citation import cite
    from tui.cli import write_stdout
    from tui.commands.bookmarks import set_aside_said
    from tui.linear import safe
    from tui.userdata import corpus_bookmarks

    marks = corpus_bookmarks(corpus, read_only=True)  # only reads: damage reported, left for the reader
    if marks.problem:
        print(f"kimi-ama-tui cite: {safe(marks.problem)}", file=sys.stderr)
    texts: list[str] = []
    for bookmark in marks.items:
        try:
            texts.append(cite(corpus, bookmark.entry_id, fmt, lang, note=bookmark.shown_note))  # type: ignore[arg-type]
        except KeyError:
            print(
                f"kimi-ama-tui cite: bookmarked entry '{bookmark.shown_id}' is no longer "
                "in the corpus; skipped",
                file=sys.stderr,
            )
    if not texts:
        if not marks.unread:  # (unread: the problem line says nothing could be read)
            print(
                f"kimi-ama-tui cite: no bookmarks for {corpus.title.get('en')} "
                f"(m in the reader bookmarks an entry){set_aside_said(marks)}",
                file=sys.stderr,
            )
        return 1
    if fmt == "csl-json":
        items = [item for text in texts for item in json.loads(text)]
        write_stdout(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(SEPARATOR[fmt].join(texts))
    return 1 if marks.problem else 0
