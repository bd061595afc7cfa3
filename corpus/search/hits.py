"""What one query term matched: entries per score level and per field class."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class _TermHits:
    """What one term matched: bitmaps per score level, and what the spans need."""

    levels: dict[int, int]
    any: int
    per_class: tuple[int, int, int]
    fuzzy: dict[str, int] | None = None

    def scores(self) -> dict[int, int]:
        """Score -> entries: 4 x the best level, plus the number of field classes that
        matched at all (a tie-breaker: the word in the question AND the tags beats the
        question alone)."""
        a, m, q = self.per_class
        three = a & m & q
        two = ((a & m) | (a & q) | (m & q)) & ~three
        counts = ((3, three), (2, two), (1, self.any & ~(two | three)))
        out: dict[int, int] = {}
        assigned = 0
        for lv in sorted(self.levels, reverse=True):
            bits = self.levels[lv] & ~assigned
            assigned |= bits
            for count, entries in counts:
                if bits & entries:
                    out[4 * lv + count] = bits & entries
        return out


def _levels_hits(levels: dict[int, int], fuzzy: dict[str, int] | None = None) -> _TermHits:
    levels = {lv: bits for lv, bits in levels.items() if bits}
    per_class = [0, 0, 0]
    for lv, bits in levels.items():
        per_class[(lv - 1) % 3] |= bits
    a, m, q = per_class
    return _TermHits(levels, a | m | q, (a, m, q), fuzzy)

