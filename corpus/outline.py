"""The corpus outline: topic and entry ids with their titles, and nothing else.

The reader draws its first screen (topic tree, topic overview) from an outline, which is
cheap to get: for the built-in corpus it is read straight from the data file without
importing pydantic, so start-up is not slowed by validation. The validated `Corpus`
arrives a moment later and drives everything else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus import text as _text
from corpus.text import pick

if TYPE_CHECKING:
    from corpus.model import Corpus, LocalizedText

BUILTIN_CORPUS = Path(__file__).resolve().parent / "data" / "kimi-ama.toml"
"""The corpus that ships with the reader."""

Titles = tuple[tuple[str, str], ...]
"""A text per language, as (lang, text) pairs."""


def _titles(raw: Any) -> Titles:
    return (("zh", pick(raw, "zh")), ("en", pick(raw, "en")))


def is_imported(entry: Any) -> bool:
    """Whether an entry (the model's or a compact struct) came from `kimi-ama-tui import`:
    its texts are the Reddit comments' own Markdown."""
    return entry.question_permalink is not None or bool(entry.from_hosts)


def _model_titles(text: LocalizedText) -> Titles:
    return (("zh", text.get("zh")), ("en", text.get("en")))


@dataclass(frozen=True)
class EntryOutline:
    """An entry's id and question."""

    id: str
    question: Titles
    markdown: bool = field(default=False, compare=False)
    """Whether the question is an imported comment's Markdown (shown rendered in labels)."""

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

    def make_lookups(self) -> None:
        """Make the lookups by entry id now (a loading thread does, behind the first
        screen): made when first asked, each took 55 ms of the UI thread at 100k entries
        (250 ms on a busy machine: a key typed meanwhile echoed 210 ms late). Made here a
        slice at a time, the UI given its turn between (`yield_to_other_threads`): made in
        one go each, as the first keys came, the event loop was 100 ms late on a first
        start at 100k, the UI styling the focused filter at half its speed."""
        entry_of, topic_of = _text.by_entry_id(self.topics)
        # (what the UI thread may have made meanwhile, when first asked, is the same)
        self.__dict__.setdefault("_topic_of", topic_of)
        self.__dict__.setdefault("_entry_of", entry_of)

    @cached_property
    def _topic_of(self) -> dict[str, TopicOutline]:
        return {entry.id: topic for topic in self.topics for entry in topic.entries}

    def has_entry(self, entry_id: str) -> bool:
        """Whether an entry with this id exists."""
        return entry_id in self._topic_of

    def topic_of(self, entry_id: str) -> TopicOutline:
        """The topic holding this entry (KeyError if none)."""
        return self._topic_of[entry_id]

    @cached_property
    def _entry_of(self) -> dict[str, EntryOutline]:
        return {entry.id: entry for topic in self.topics for entry in topic.entries}

    def entry(self, entry_id: str) -> EntryOutline:
        """The entry with this id (KeyError if none)."""
        return self._entry_of[entry_id]

    def topic(self, topic_id: str) -> TopicOutline:
        """The topic with this id (StopIteration if none)."""
        return next(topic for topic in self.topics if topic.id == topic_id)

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
                        EntryOutline(id=entry["id"], question=_titles(entry["question"]), markdown=entry.get("markdown") is True)
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
                        EntryOutline(id=entry.id, question=_model_titles(entry.question), markdown=is_imported(entry))
                        for entry in topic.entries
                    ),
                )
                for topic in corpus.topics
            ),
        )

    @classmethod
    def read_builtin(cls, path: Path) -> Outline:
        """The built-in corpus's outline, from a JSON cache made from these exact bytes
        when one checks out (a cache is untrusted: a bad one is removed and made again)."""
        data = path.read_bytes()
        cache = _cache_path(path, data)
        if cache is not None:
            outline = _read_cache(cache)
            if outline is not None:
                return outline
        import tomllib

        outline = cls.from_raw(tomllib.loads(data.decode("utf-8-sig")))
        if cache is not None:
            _write_cache(cache, outline)
        return outline

    @classmethod
    def read_validated(cls, path: Path) -> Outline | None:
        """The outline of a corpus file whose exact bytes passed validation before (cached
        then, see `remember_validated`), so the reader can draw it at once and validate
        again in the background; None when there is no such cache."""
        cache = _validated_cache_path(path)
        return None if cache is None else _read_cache(cache)

    def remember_validated(self, path: Path) -> None:
        """Cache this outline as that of the corpus file `path`, just validated."""
        cache = _validated_cache_path(path)
        if cache is not None:
            _write_cache(cache, self)

    def to_raw(self) -> dict[str, Any]:
        """The outline as plain data that `from_raw` reads back."""
        return {
            "title": dict(self.title),
            "topics": [
                {
                    "id": topic.id,
                    "title": dict(topic.title),
                    "entries": [{"id": e.id, "question": dict(e.question), "markdown": e.markdown} for e in topic.entries],
                }
                for topic in self.topics
            ],
        }


def _cache_path(path: Path, data: bytes) -> Path | None:
    """Where the outline of this file's content is cached (None: caching is off)."""
    from corpus.caches import cache_file, quick_digest

    return cache_file("outline", path.resolve(), quick_digest(data, "outline/2"), ".json")


def _validated_cache_path(path: Path) -> Path | None:
    """Where the outline of a validated corpus file's content is cached."""
    from corpus.caches import cache_file, file_digest
    from corpus.limits import Refused, max_bytes

    try:
        real = path.resolve(strict=True)
        if not real.is_file() or real.stat().st_size > max_bytes():
            return None  # a pipe is read once, by the loader; a device never; too big: refused
        return cache_file("outline", real, file_digest(real, "outline/2", "validated"), ".json")
    except (OSError, Refused):
        return None


def _read_cache(cache: Path) -> Outline | None:
    """The cached outline if it is there and well formed; a bad one is removed."""
    from corpus.caches import discard, touch

    try:
        raw = json.loads(cache.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        discard(cache)
        return None
    if not _well_formed(raw):
        discard(cache)
        return None
    touch(cache)
    return Outline.from_raw(raw)


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _titles_ok(raw: Any) -> bool:
    return type(raw) is dict and set(raw) == {"zh", "en"} and all(type(v) is str for v in raw.values())


def _well_formed(raw: Any) -> bool:
    """Whether cached data has exactly the shape `to_raw` writes, with slug ids."""
    if type(raw) is not dict or set(raw) != {"title", "topics"} or not _titles_ok(raw["title"]):
        return False
    topics = raw["topics"]
    if type(topics) is not list or not topics:
        return False
    for topic in topics:
        if type(topic) is not dict or set(topic) != {"id", "title", "entries"}:
            return False
        entries = topic["entries"]
        if type(topic["id"]) is not str or not _SLUG.fullmatch(topic["id"]) or not _titles_ok(topic["title"]):
            return False
        if type(entries) is not list or not entries:
            return False
        for entry in entries:
            if type(entry) is not dict or set(entry) != {"id", "question", "markdown"} or type(entry["markdown"]) is not bool:
                return False
            if type(entry["id"]) is not str or not _SLUG.fullmatch(entry["id"]) or not _titles_ok(entry["question"]):
                return False
    return True


def _write_cache(cache: Path, outline: Outline) -> None:
    """Write the cache atomically (and prune old ones); a read-only home means no cache."""
    from corpus.caches import write_atomically

    write_atomically(cache, [json.dumps(outline.to_raw(), ensure_ascii=False).encode("utf-8")])
