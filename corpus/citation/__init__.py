"""Citations of one entry: plain text, Markdown, BibTeX and CSL-JSON.

Plain Python, no Textual import. A citation names the question, who answered (handle and
name, or the team when the source names no one), the sources with URL and publisher, and
the entry id, and says what each quoted text is: the digest's paraphrase (意译), the
article's Chinese translation, or an English rendering made by this project. It never
puts a paraphrase in a speaker's mouth ("X said:"). The quoted text is always the whole
answer, whatever filter the reader has on.

`cite` is the way in. The facts are gathered in `corpus.citation.facts`; plain text and
Markdown are rendered by `corpus.citation.prose`, BibTeX and CSL-JSON by
`corpus.citation.records`. Every public name of those is importable from here.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Literal

from corpus.citation.facts import (
    ROLE_LABELS,
    TOOL,
    Citation,
    CitedAnswer,
    CitedSource,
    CiteLang,
    Quoted,
    build,
    citation_key,
    publisher_words,
    shown_lang,
    source_name,
    wording,
    wordings,
)
from corpus.citation.prose import md_escape, to_markdown, to_text
from corpus.citation.records import bib_escape, dumps, to_bibtex, to_csl_json
from corpus.model import Corpus

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "RENDER",
    "ROLE_LABELS",
    "TOOL",
    "Citation",
    "CitationFormat",
    "CiteLang",
    "CitedAnswer",
    "CitedSource",
    "Quoted",
    "bib_escape",
    "build",
    "citation_key",
    "cite",
    "closest_entry_id",
    "dumps",
    "md_escape",
    "publisher_words",
    "shown_lang",
    "source_name",
    "to_bibtex",
    "to_csl_json",
    "to_markdown",
    "to_text",
    "wording",
    "wordings",
]

CitationFormat = Literal["text", "markdown", "bibtex", "csl-json"]
FORMATS: tuple[CitationFormat, ...] = ("text", "markdown", "bibtex", "csl-json")
FORMAT_NAMES: dict[str, str] = {
    "text": "plain text",
    "markdown": "Markdown",
    "bibtex": "BibTeX",
    "csl-json": "CSL-JSON",
}
"""How each format is named to the reader."""


RENDER = {
    "text": to_text,
    "markdown": to_markdown,
    "bibtex": to_bibtex,
    "csl-json": to_csl_json,
}
"""Each format's renderer."""


def cite(
    corpus: Corpus,
    entry_id: str,
    fmt: CitationFormat = "text",
    lang: CiteLang = "en",
    accessed: date | None = None,
    note: str | None = None,
) -> str:
    """The citation of an entry in a format, ending with one newline (KeyError if no entry).

    Sources are cited as accessed on `accessed` (default: today); `note`, a reading note,
    goes where the format has a place for one.
    """
    citation = build(corpus, corpus.entry(entry_id), lang, accessed, note)
    return RENDER[fmt](citation)


def closest_entry_id(corpus: Corpus, wrong: str) -> str | None:
    """The entry id most like `wrong`, for a 'did you mean' hint, or None."""
    ids = [entry.id for entry in corpus.entries()]
    close = difflib.get_close_matches(wrong.lower(), ids, n=1, cutoff=0.6)
    if close:
        return close[0]
    words = [w for w in re.split(r"[^a-z0-9]+", wrong.lower()) if w]
    scored = [(sum(w in i for w in words), i) for i in ids]
    best = max(scored, key=lambda pair: pair[0], default=(0, ""))
    return best[1] if best[0] else None
