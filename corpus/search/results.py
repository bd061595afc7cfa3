"""What a search returns: the matching entries best first, with their spans."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    """One matching entry, its score and the matched character spans per field."""

    entry_id: str
    topic_id: str
    score: float
    spans: dict[str, tuple[tuple[int, int], ...]]
    """Field key (`question.en`, `answers.0.zh`, `tags.2`, `speaker.zxytim` for the handle,
    `speaker.zxytim.zh` for the name...) -> half-open (start, end) offsets into that string."""


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query: matches best first, a hint if part of it was malformed."""

    query: str
    matches: tuple[Match, ...]
    hint: str | None
    total: int
    """Entries searched."""
    count: int | None = None
    """Entries that match, before `limit` cut the list (None: len(matches))."""

    @property
    def match_count(self) -> int:
        """How many entries match the query, however many were returned."""
        return len(self.matches) if self.count is None else self.count

