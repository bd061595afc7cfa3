"""A longer result for the same filter, when the tree wants more of a topic's matches.

A keystroke asks the engine for the best `MAX_SHOWN` matches only (their spans cost
time); enter on a topic's 'more' line past them asks for four times as many, and so on,
until the topic has the matches wanted or the result holds every match. Plain Python:
the screen runs it in a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.search import SearchIndex, SearchResult
    from corpus.search.scan_server import RemoteIndex

GROWTH = 4
"""How much longer each further search is."""


def longer_result(index: SearchIndex | RemoteIndex, result: SearchResult, topic_id: str, want: int) -> SearchResult:
    """`result`'s query again with more matches: at least `want` of `topic_id`, or all."""
    current = result
    while current.match_count > len(current.matches):
        if sum(1 for match in current.matches if match.topic_id == topic_id) >= want:
            break
        limit = min(current.match_count, max(len(current.matches) * GROWTH, want * GROWTH))
        current = index.search(result.query, limit=limit)
    return current
