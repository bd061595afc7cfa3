"""Clauses and filters to scores, and scores to a ranking: bit-sliced sums over the
bitmaps, so ranking never loops over entries."""

from __future__ import annotations

from typing import Any

from corpus.query import Filter, Term, fold_case, lang_of
from corpus.search.bitmaps import iter_bits
from corpus.search.terms import TermMatching
from corpus.search.text import TERM_SCORE_MAX


class Ranking(TermMatching):
    """Scores per clause, their sum per entry, and the entries best first."""

    def _clause(
        self, clause: tuple[Term | Filter, ...], cs: bool
    ) -> tuple[dict[int, int], int, list[tuple[Term | Filter, Any]]]:
        """One clause as (score -> entries scoring at least that, every entry it matches,
        items for spans). An entry takes its best alternative's score."""
        scores: dict[int, int] = {}
        any_bits = 0
        found: list[tuple[Term | Filter, Any]] = []
        for item in clause:
            if isinstance(item, Filter):
                bits = self._filter(item, cs)
                if item.negated:
                    bits = self.all_bits & ~bits
                    item_scores = {0: bits}
                else:
                    found.append((item, bits))
                    item_scores = {0: bits}
                    if item.kind == "by":
                        item_scores[1] = bits & self.main_answers(item, cs)
            else:
                hits = self._term(item, cs)
                if item.negated:
                    bits = self.all_bits & ~hits.any
                    item_scores = {0: bits}
                else:
                    bits = hits.any
                    found.append((item, hits))
                    item_scores = hits.scores()
            any_bits |= bits
            for score, entries in item_scores.items():
                scores[score] = scores.get(score, 0) | entries
        return scores, any_bits, found

    def _ranked(
        self, candidates: int, clause_scores: list[dict[int, int]], limit: int | None, top: int = TERM_SCORE_MAX
    ) -> list[tuple[int, int]]:
        """(entry, score) best first, ties in reading order. Each entry's score is the sum
        over clauses of its best score in each (`top` the highest any clause gives),
        computed bit-sliced on the bitmaps (no loop over entries)."""
        width = (top * len(clause_scores) + 1).bit_length()
        slices = [0] * width
        for scores in clause_scores:
            assigned = 0
            value = [0] * width
            for score in sorted(scores, reverse=True):
                bits = scores[score] & candidates & ~assigned
                assigned |= bits
                for b in range(width):
                    if score >> b & 1:
                        value[b] |= bits
            carry = 0
            for b in range(width):
                s, v = slices[b], value[b]
                slices[b] = s ^ v ^ carry
                carry = (s & v) | (carry & (s ^ v))
        out: list[tuple[int, int]] = []
        stack = [(candidates, width - 1, 0)]
        while stack and (limit is None or len(out) < limit):
            bits, b, score = stack.pop()
            if b < 0:
                want = None if limit is None else limit - len(out)
                out += [(i, score) for i in iter_bits(bits, want)]
                continue
            high = bits & slices[b]
            low = bits ^ high
            if low:
                stack.append((low, b - 1, score))
            if high:
                stack.append((high, b - 1, score | 1 << b))
        return out

    def main_answers(self, item: Filter, cs: bool) -> int:
        """Entries whose main answer is by a speaker the `by:` filter names."""
        bits = 0
        for speaker_id in self._speakers_named(item.value, cs):
            bits |= self.filters["by-main"].get(speaker_id, 0)
        return bits

    # ------------------------------------------------------------------ filters

    def _sources_named(self, value: str) -> list[str]:
        """Ids of the sources whose id or kind (`reddit` for reddit-thread) starts with `value`."""
        value = fold_case(value)
        return [
            sid
            for sid, kind in self.source_kinds.items()
            if any(name.startswith(value) for name in (sid, kind, kind.split("-")[0]))
        ]

    def _filter(self, item: Filter, cs: bool) -> int:
        """The entries a field filter selects."""
        value = item.value if cs or item.kind in ("src", "lang") else fold_case(item.value)
        table = self.filters[item.kind]

        def has(text: str | None) -> bool:
            return bool(text) and value in (text if cs else fold_case(text))  # type: ignore[arg-type, operator]

        if item.kind == "by":
            keys = self._speakers_named(item.value, cs)
        elif item.kind == "topic":
            keys = [t[0] for t in self.topics if has(t[0]) or has(t[1]) or has(t[2])]
        elif item.kind == "lang":
            keys = [lang_of(value) or ""]
        else:
            keys = self._sources_named(value)
        bits = 0
        for key in keys:
            bits |= table.get(key, 0)
        return bits

    def _speakers_named(self, value: str, cs: bool) -> list[str]:
        """Ids of the speakers whose id, handle or name contains `value`."""
        value = value if cs else fold_case(value)
        return [
            sid
            for sid, names in self.speakers.items()
            if any(text and value in (text if cs else fold_case(text)) for text in (sid, *names))
        ]

