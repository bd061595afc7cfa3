"""The corpus outline: topic and entry ids with their titles, and nothing else.

The reader draws its first screen (topic tree, topic overview) from an outline, which is
cheap to get: for the built-in corpus it is read straight from the data file without
importing pydantic, so start-up is not slowed by validation. The validated `Corpus`
arrives a moment later and drives everything else.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.text import pick

if TYPE_CHECKING:
    from corpus.model import Corpus, LocalizedText

BUILTIN_CORPUS = Path(__file__).resolve().parent / "data" / "kimi-ama.toml"
"""The corpus that ships with the reader."""

Titles = tuple[tuple[str, str], ...]
"""A text per language, as (lang, text) pairs."""


def _titles(raw: Any) -> Titles:
    return (("zh", pick(raw, "zh")), ("en", pick(raw, "en")))


def _model_titles(text: LocalizedText) -> Titles:
    return (("zh", text.get("zh")), ("en", text.get("en")))


@dataclass(frozen=True)
class EntryOutline:
    """An entry's id and question."""

    id: str
    question: Titles

    def text(self, lang: str) -> str:
        """The question in `lang`."""
        return dict(self.question)[lang]


@dataclass(frozen=True)
class TopicOutline:
    """A topic's id, title and entries."""

    id: str
    title: Titles
    entries: tuple[EntryOutline, ...]

    def text(self, lang: str) -> str:
        """The title in `lang`."""
        return dict(self.title)[lang]


@dataclass(frozen=True)
class Outline:
    """The corpus title and its topics with their entries, in reading order."""

    title: Titles
    topics: tuple[TopicOutline, ...]

    def text(self, lang: str) -> str:
        """The corpus title in `lang`."""
        return dict(self.title)[lang]

    @property
    def entry_count(self) -> int:
        """How many entries there are."""
        return sum(len(topic.entries) for topic in self.topics)

    def entry_ids(self) -> list[str]:
        """Every entry id in reading order."""
        return [entry.id for topic in self.topics for entry in topic.entries]

    @classmethod
    def from_raw(cls, data: dict[str, Any]) -> Outline:
        """Read an outline from a parsed corpus file (trusted: the built-in corpus)."""
        return cls(
            title=_titles(data["title"]),
            topics=tuple(
                TopicOutline(
                    id=topic["id"],
                    title=_titles(topic["title"]),
                    entries=tuple(
                        EntryOutline(id=entry["id"], question=_titles(entry["question"]))
                        for entry in topic["entries"]
                    ),
                )
                for topic in data["topics"]
            ),
        )

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Outline:
        """The outline of a validated corpus."""
        return cls(
            title=_model_titles(corpus.title),
            topics=tuple(
                TopicOutline(
                    id=topic.id,
                    title=_model_titles(topic.title),
                    entries=tuple(
                        EntryOutline(id=entry.id, question=_model_titles(entry.question))
                        for entry in topic.entries
                    ),
                )
                for topic in corpus.topics
            ),
        )

    @classmethod
    def read_builtin(cls, path: Path) -> Outline:
        """The built-in corpus's outline, from a JSON cache when one matches the file."""
        cache = _cache_path(path)
        if cache is not None:
            try:
                return cls.from_raw(json.loads(cache.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError):
                pass
        import tomllib

        with path.open("rb") as handle:
            data = tomllib.load(handle)
        outline = cls.from_raw(data)
        if cache is not None:
            _write_cache(cache, outline)
        return outline

    def to_raw(self) -> dict[str, Any]:
        """The outline as plain data that `from_raw` reads back."""
        return {
            "title": dict(self.title),
            "topics": [
                {
                    "id": topic.id,
                    "title": dict(topic.title),
                    "entries": [{"id": e.id, "question": dict(e.question)} for e in topic.entries],
                }
                for topic in self.topics
            ],
        }


def _cache_path(path: Path) -> Path | None:
    """Where the outline of this exact file is cached (keyed by size and mtime)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kimi-ama-tui"
    return root / f"outline-{stat.st_size}-{stat.st_mtime_ns}.json"


def _write_cache(cache: Path, outline: Outline) -> None:
    """Write the cache atomically; a read-only home just means no cache."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for old in cache.parent.glob("outline-*.json"):
            old.unlink(missing_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(outline.to_raw(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass
