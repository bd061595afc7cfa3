"""The fallback for questions: when too few entries hold every term, entries are ranked
by relevance to any of them.

A query is read as a question (`question.py`): stop words dropped, English stemmed,
Chinese cut into the corpus's words or bigrams, each content word joined by its renderings
in the other language (`lexicon.py`). Each unit is matched as a term is (both languages
of every entry, typos, exact > prefix > substring > fuzzy) and scored BM25-style with a
term frequency of one: its rarity (idf) x how it matched x the field class (question >
meta > answer) x a length factor (a short field that holds it says more than a long one).
An entry's score is the sum, over units and field classes, of the unit's best score in
that class. Field filters and exclusions still hold. Scores are summed bit-sliced on the
bitmaps, as the strict ranking is, so the fallback never loops over entries; it runs only
when the strict query finds fewer than `HANDFUL` entries.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from corpus.query import FilterQuery, Term, parse_query
from corpus.search.bitmaps import from_indices
from corpus.search.lexicon import chinese_words, translations
from corpus.search.question import Question, read_question
from corpus.search.ranking import Ranking
from corpus.search.results import Match, SearchResult
from corpus.search.spans import Spans
from corpus.search.hits import _levels_hits, _TermHits
from corpus.search.text import ANSWER, CLASSES, EXACT, FUZZY, META, PREFIX, QUESTION, SUBSTRING, level

HANDFUL = 3
"""The fallback runs when the strict query finds fewer entries than this."""

KIND_WEIGHT = {EXACT: 1.0, PREFIX: 0.9, SUBSTRING: 0.45, FUZZY: 0.6}
"""How a unit matched: the whole word, its start (a stem: consider -> considered),
inside a word, with a typo."""
CLASS_WEIGHT = {QUESTION: 1.0, META: 0.8, ANSWER: 0.5}
"""Where it matched: the question (and also_asked), tags/topic/speakers, the answers."""
K1, B = 1.2, 0.75
"""BM25's saturation and length normalisation."""
BANDS = (0.5, 1.0, 2.0)
"""A field class's length against its average, cut into bands (< 0.5, < 1, < 2, more)."""
SCALE = 64
"""Scores are summed as integers: weights x SCALE, rounded."""
COVERAGE = 96
"""Added for each unit an entry matches at all, so an entry holding more of the
question's words beats one holding a single rare word many times over."""


_DERIVED = ("question-vocabulary",)


class Relevance(Ranking, Spans):
    """The relevance fallback: any term, ranked by rarity, field and match kind."""

    def prepare_questions(self) -> None:
        """Derive what the fallback needs once per index (the cross-language vocabulary,
        the length bands): a few hundred ms at 10k entries, else paid by the first
        question typed. Safe to call from a loading thread."""
        self._question(parse_query(""))
        for cls in (ANSWER, META, QUESTION):
            self._bands(cls)

    def clear_caches(self) -> None:
        """Forget every cached term result; the fallback's derived vocabulary and length
        bands are index data, not term results, and are kept."""
        kept = {key: value for key, value in self._lazy.items() if key in _DERIVED or (isinstance(key, tuple) and key[0] == "bands")}
        super().clear_caches()
        self._lazy.update(kept)

    def _relaxed(self, parsed: FilterQuery, strict_bits: int, limit: int | None, spans: bool) -> SearchResult | None:
        """The fallback's result, or None when it finds no entry beyond the strict
        query's `strict_bits` (the query is all stop words, or a single word the strict
        query covers). The few entries that hold every term come first."""
        strict = strict_bits.bit_count()
        order, count, found = self._relevant(parsed, limit, strict_bits)
        if count <= strict:
            return None
        plan = self._span_plan(list(found), False)
        matches = tuple(
            Match(
                self.entry_ids[i],
                self.topics[self.entry_topics[i]][0],
                float(score),
                self._spans(i, plan, False) if spans else {},
            )
            for i, score in order
        )
        return SearchResult(parsed.text, matches, parsed.hint, self.size, count, relaxed=True, strict_count=strict)

    def _relevant(
        self, parsed: FilterQuery, limit: int | None, first: int = 0
    ) -> tuple[list[tuple[int, int]], int, list[Any]]:
        """(entry, score) best first (the entries of the bitmap `first` ahead of all
        others), how many entries match any unit (and every required filter), and the
        (term, hits) pairs for spans."""
        question = self._question(parsed)
        candidates = self.all_bits
        for clause in question.required:
            candidates &= self._clause(clause, False)[1]
        found: list[tuple[Term, Any]] = []
        scores: list[dict[int, int]] = []
        matched = 0
        for unit in question.units:
            per_class: list[dict[int, int]] = [{}, {}, {}]
            unit_bits = 0
            for term, weight in unit.terms:
                hits, parts = self._unit_term(term)
                df = (hits.any & candidates).bit_count()
                if not df:
                    continue
                unit_bits |= hits.any
                found += parts
                idf = math.log(1 + (self.size - df + 0.5) / (df + 0.5))
                for lv, bits in hits.levels.items():
                    kind, cls = divmod(lv - 1, 3)
                    base = idf * weight * KIND_WEIGHT[kind] * CLASS_WEIGHT[cls] * SCALE
                    for factor, band in self._bands(cls):
                        inside = bits & band & candidates
                        if inside:
                            score = max(1, round(base * factor))
                            per_class[cls][score] = per_class[cls].get(score, 0) | inside
            scores += [s for s in per_class if s]
            if unit_bits:
                scores.append({COVERAGE: unit_bits & candidates})
                matched |= unit_bits
        candidates &= matched
        if not scores:
            return [], 0, found
        top = max(max(s) for s in scores)
        if first & candidates:
            ahead = top * len(scores) + 1  # more than any sum of the other scores
            scores.append({ahead: first & candidates})
            top = ahead
        return self._ranked(candidates, scores, limit, top), candidates.bit_count(), found

    def _unit_term(self, term: Term) -> tuple[_TermHits, list[tuple[Term, _TermHits]]]:
        """What a unit's term matches, and the (term, hits) pairs for spans. A term of
        several words (a translation such as `edge device`) matches the entries holding
        every word in one field class, as a prefix match: adjacency is not checked, which
        keeps it to a few bitmap ANDs where a phrase would be checked in every candidate."""
        words = term.text.split()
        if len(words) == 1:
            hits = self._term(term, False)
            return hits, [(term, hits)]
        parts = [(Term(word, exact=True), self._term(Term(word, exact=True), False)) for word in words]
        per_class = [self.all_bits] * 3
        for _, hits in parts:
            per_class = [a & b for a, b in zip(per_class, hits.per_class)]
        return _levels_hits({level(PREFIX, c): bits for c, bits in zip(CLASSES, per_class)}), parts

    def _question(self, parsed: FilterQuery) -> Question:
        """The query read as a question (cached: the vocabulary is derived once)."""
        vocabulary = self._lazy.get("question-vocabulary")
        if vocabulary is None:
            vocabulary = self._lazy["question-vocabulary"] = (chinese_words(self), translations(self))
        return read_question(parsed, *vocabulary)

    def _bands(self, cls: int) -> list[tuple[float, int]]:
        """(BM25 length factor, entries) per length band of a field class (meta: one band)."""
        key = ("bands", cls)
        found = self._lazy.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        if cls == META:
            found = [(1.0, self.all_bits)]
        else:
            lengths = self._class_lengths(cls)
            mean = sum(lengths) / max(1, len(lengths)) or 1.0
            cuts = [mean * b for b in BANDS]
            members: list[list[int]] = [[] for _ in range(len(cuts) + 1)]
            for i, n in enumerate(lengths):
                members[sum(n >= cut for cut in cuts)].append(i)
            middles = [0.35, 0.75, 1.4, 3.0]
            found = [
                ((K1 + 1) / (1 + K1 * (1 - B + B * middle)), from_indices(idx, self.size))
                for middle, idx in zip(middles, members)
                if idx
            ]
        self._lazy[key] = found
        return found

    def _class_lengths(self, cls: int) -> list[int]:
        """Characters of each entry's fields of one class (stored in a cache read lazily:
        counting them would read every text)."""
        stored = getattr(self.entry_texts, "class_lengths", None)
        if stored is not None:
            return stored(cls)  # type: ignore[no-any-return]
        getters = [_getter(fields[cls]) for fields in self.class_fields]
        return [
            sum(map(len, getters[layout](texts)))
            for layout, texts in zip(self.entry_layout, self.entry_texts)
        ]


def _getter(indices: tuple[int, ...]) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """A function picking the texts at `indices` out of an entry's texts, as a tuple."""
    if not indices:
        return lambda texts: ()
    if len(indices) == 1:
        j = indices[0]
        return lambda texts: (texts[j],)
    return itemgetter(*indices)
