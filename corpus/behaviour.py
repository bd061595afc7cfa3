"""What the corpus's objects do, shared by both forms of the model: the pydantic models
(`corpus.model`, which validate and export) and the reader's compact structs
(`corpus.compact`, the same fields and checks in a tenth of the memory).

Plain Python, no import of pydantic or msgspec. Each class here is a mixin with no
state of its own (`__slots__ = ()`); the attributes it reads are the model's fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from corpus import text as _text

if TYPE_CHECKING:
    from corpus.model import Entry, Source, Speaker, Topic

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class LocalizedTextBehaviour:
    """A text in one or more languages (`zh`, `en`), `original` naming the source's own."""

    __slots__ = ()
    if TYPE_CHECKING:  # the fields, declared by each form of the model
        zh: str | None
        en: str | None
        original: Lang
        written_by: str

    def get(self, lang: Lang) -> str:
        """The text in `lang`, or the original when that language is missing."""
        return getattr(self, lang) or getattr(self, self.original)  # type: ignore[no-any-return]

    def has(self, lang: Lang) -> bool:
        """Whether a text exists in `lang`."""
        return getattr(self, lang) is not None

    def is_rendering(self, lang: Lang) -> bool:
        """Whether the `lang` text is this project's rendering, not the source's wording."""
        return lang != self.original and self.has(lang)

    @property
    def by_project(self) -> bool:
        """Whether this project wrote the text itself (no source printed it)."""
        return self.written_by == "project"

    def all_texts(self) -> list[str]:
        """Every language's text, original first."""
        texts = [getattr(self, self.original)]
        texts += [getattr(self, lang) for lang in LANGS if lang != self.original and self.has(lang)]
        return texts


class SpeakerBehaviour:
    """Someone who answered or asked."""

    __slots__ = ()
    if TYPE_CHECKING:
        identification: str
        handle: str | None
        name: Any

    @property
    def hedged(self) -> bool:
        """Whether the name rests on inference or on a hedged source."""
        return self.identification != "stated"

    @property
    def display_handle(self) -> str:
        """`u/handle`, or the team's name when there is no handle."""
        return f"u/{self.handle}" if self.handle else self.name.get("en")  # type: ignore[no-any-return]


def by_asker(answer: Any) -> bool:
    """Whether an answer's words are its asker's (a follow-up question), not an answerer's."""
    return bool(answer.role == "follow-up")


def answerers(answers: Iterable[Any]) -> tuple[str, ...]:
    """The ids of the speakers who answered, each once, in order: an asker who only
    followed up is not one of them."""
    return tuple(dict.fromkeys([answer.speaker for answer in answers if not by_asker(answer)]))


class CorpusBehaviour:
    """Lookups by id over a whole corpus; the lookup tables are made once, by
    `lookup_tables`, when the corpus is built."""

    __slots__ = ()
    if TYPE_CHECKING:
        topics: list[Topic]
        _entries: dict[str, Entry]
        _topic_of: dict[str, Topic]
        _sources: dict[str, Source]
        _speakers: dict[str, Speaker]
        _topics: dict[str, Topic]

    def source(self, source_id: str) -> Source:
        """The source with this id (KeyError if none)."""
        return self._sources[source_id]

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id (KeyError if none)."""
        return self._speakers[speaker_id]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        return self._topics[topic_id]

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id (KeyError if none)."""
        return self._entries[entry_id]

    def topic_of(self, entry_id: str) -> Topic:
        """The topic that holds this entry (KeyError if none)."""
        return self._topic_of[entry_id]

    def entries(self) -> Iterator[Entry]:
        """Every entry, in reading order."""
        for topic in self.topics:
            yield from topic.entries

    def entry_count(self) -> int:
        """How many entries the corpus holds."""
        return sum(len(topic.entries) for topic in self.topics)


def lookup_tables(corpus: Any) -> dict[str, dict[str, Any]]:
    """The tables `CorpusBehaviour` looks ids up in, by attribute name: every id indexed
    once, so lookups stay instant in a corpus of 100,000 entries (made with the UI's turns:
    `corpus.text.by_entry_id`)."""
    entries, topic_of = _text.by_entry_id(corpus.topics)
    return {
        "_entries": entries,
        "_topic_of": topic_of,
        "_sources": {item.id: item for item in corpus.sources},
        "_speakers": {item.id: item for item in corpus.speakers},
        "_topics": {item.id: item for item in corpus.topics},
    }
