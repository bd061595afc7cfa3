"""A search index of a corpus's outline alone (topic titles and questions), for the
reader's filter while the answers are still being read and indexed.

On the first start of a big file no index is cached yet: validating it and indexing every
answer takes tens of seconds at 100k entries, while the outline is decoded in one. This
index makes the questions searchable in a second; the reader says that only the
questions are searched, and swaps in the whole index when it is built. A query naming
what only the whole corpus knows (`by:`, `src:`, `lang:`) waits for it (`answers_only`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from corpus.query import Filter, parse_query

if TYPE_CHECKING:
    from corpus.outline import Outline, Titles
    from corpus.search import SearchIndex


@dataclass(frozen=True)
class _Text:
    zh: str | None
    en: str | None


@dataclass(frozen=True)
class _Entry:
    """What the index builder reads of an entry: its question, and nothing else."""

    id: str
    question: _Text
    asked_by: None = None
    also_asked: tuple[Any, ...] = ()
    tags: tuple[str, ...] = ()
    answers: tuple[Any, ...] = ()
    sources: tuple[str, ...] = ()
    highlights: tuple[Any, ...] = ()


@dataclass(frozen=True)
class _Topic:
    id: str
    title: _Text
    entries: tuple[_Entry, ...]


@dataclass(frozen=True)
class _Questions:
    """A corpus as the index builder reads it, made of an outline: no speaker, no source."""

    topics: tuple[_Topic, ...]
    speakers: tuple[Any, ...] = ()
    sources: tuple[Any, ...] = ()


def questions_index(outline: Outline) -> SearchIndex:
    """The search index of the outline's topic titles and questions: a scan of them
    (`ScanIndex`, ~0.5 s at 100k entries against ~3 s to index them)."""
    from corpus.search.scan import ScanIndex

    corpus = _Questions(
        tuple(
            _Topic(topic.id, _text(topic.title), tuple(_Entry(entry.id, _text(entry.question)) for entry in topic.entries))
            for topic in outline.topics
        )
    )
    index = ScanIndex.build(corpus)  # type: ignore[arg-type]
    index.prepare()
    return index


def answers_only(query: str) -> bool:
    """Whether `query` names what the outline does not hold: a speaker, a source or a
    language (answered by the whole index only)."""
    return any(
        isinstance(item, Filter) and item.kind != "topic" for clause in parse_query(query).clauses for item in clause
    )


def _text(titles: Titles) -> _Text:
    """An outline text: it gives both languages, one standing in for a missing other."""
    zh, en = dict(titles)["zh"], dict(titles)["en"]
    return _Text(zh or None, en if en and en != zh else None)
