"""What a search returns: the matching entries best first, with their spans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    """One matching entry, its score and the matched character spans per field."""

    entry_id: str
    topic_id: str
    score: float
    spans: Mapping[str, tuple[tuple[int, int], ...]]
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
    relaxed: bool = False
    """True when too few entries held every term, so the matches are entries holding
    any of them, ranked by relevance (stop words dropped, rarer terms weigh more):
    not all-terms matches. The reader's status line and `search` say so."""
    strict_count: int | None = None
    """When `relaxed`: how many entries held every term (they may be among the matches)."""

    @property
    def ranking_note(self) -> str | None:
        """One line saying how the matches were chosen when not every term matched
        (for a status line or a terminal), else None."""
        if not self.relaxed:
            return None
        every = "no entry has" if not self.strict_count else f"only {self.strict_count} has" if self.strict_count == 1 else f"only {self.strict_count} have"
        return f"ranked by relevance: {every} every term"

    @property
    def match_count(self) -> int:
        """How many entries match the query, however many were returned."""
        return len(self.matches) if self.count is None else self.count

