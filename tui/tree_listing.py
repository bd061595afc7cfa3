"""What the topic tree lists for a topic: its known entries (the filter's matches, best
first, or all of them) and how many are leaves now. Plain Python, no Textual."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus.outline import EntryOutline, TopicOutline

Spans = Mapping[str, Sequence[tuple[int, int]]]
Items = Sequence[tuple[EntryOutline, Spans]]
NO_SPANS: Spans = {}


class Unfiltered(Sequence[tuple[EntryOutline, Spans]]):
    """A topic's entries as tree items, made only for the ones listed (a topic of a big
    corpus has thousands: a list of them all cost ~0.1 s per rebuild at 100k)."""

    def __init__(self, entries: tuple[EntryOutline, ...]) -> None:
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [(entry, NO_SPANS) for entry in self._entries[index]]
        return (self._entries[index], NO_SPANS)


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for: a topic, an entry of a topic, or a line that lists
    more of a topic's entries (`more`: how many are known and not listed yet)."""

    topic_id: str
    entry_id: str | None = None
    more: int | None = None


@dataclass(frozen=True)
class Shown:
    """An entry the filtered tree shows, with the spans to highlight in its label."""

    entry_id: str
    topic_id: str
    spans: Spans


@dataclass
class Listing:
    """A topic's known entries (matches, best first, or all of them) and how many are leaves."""

    topic: TopicOutline
    items: Items = field(default_factory=list)
    listed: int = 0
    filled: bool = False
    """Whether its leaves were added (a closed topic of a big corpus waits to be opened)."""
    _where: dict[str, int] | None = None

    def index_of(self, entry_id: str) -> int | None:
        """Where an entry is among the items (None: not there)."""
        if self._where is None:
            ids = self.topic.entries if isinstance(self.items, Unfiltered) else [entry for entry, _ in self.items]
            self._where = {entry.id: n for n, entry in enumerate(ids)}
        return self._where.get(entry_id)

    def replace_rest(self, items: Items) -> None:
        """Know these as the entries after the listed ones."""
        self.items, self._where = [*self.items[: self.listed], *items], None
