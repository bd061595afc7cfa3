"""`SearchIndex`: an index built once per corpus, searched from any thread."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from corpus.query import Filter, FilterQuery, Term, parse_query
from corpus.search.builder import _Builder
from corpus.search.relevance import HANDFUL, Relevance
from corpus.search.results import Match, SearchResult

if TYPE_CHECKING:
    from corpus.model import Corpus


class SearchIndex(Relevance):
    """An immutable search index over one corpus; `search` is safe from several threads."""

    quick = True
    """A search takes milliseconds (the reader's screen waits a moment for one)."""

    @classmethod
    def build(cls, corpus: Corpus) -> SearchIndex:
        """Index every entry of `corpus`."""
        builder = _Builder(cls(), corpus)
        for topic in corpus.topics:
            builder.add_topic(topic)
        return builder.finish()

    # ------------------------------------------------------------------ searching

    def search(
        self, query: str, limit: int | None = None, spans: bool = True, relax: bool = True, keep: str | None = None
    ) -> SearchResult:
        """Entries matching `query`, best first, at most `limit` of them, with their spans
        (`spans=False` leaves them empty: the command line prints none). When fewer than
        `HANDFUL` entries hold every term, entries holding any of them, ranked by relevance
        (`result.relaxed`), unless `relax=False`. `keep`: an entry id listed last, past
        `limit`, when it matches but is not among the best (the entry a reader reads)."""
        parsed = self.parse(query)
        live = [self._clause(clause, parsed.case_sensitive) for clause in parsed.clauses]
        hint = parsed.hint
        if not live:
            matches = self._everything_matches(limit)
            return SearchResult(query, matches, hint, self.size, self.size)
        candidates = self.all_bits
        for _, any_bits, _ in live:
            candidates &= any_bits
        strict = candidates.bit_count()
        # 'exact, ^prefix, suffix$ and "a phrase" ask for precisely that: what holds it is the answer
        precise = any(isinstance(item, Term) and not item.fuzzy and not item.negated for clause in parsed.clauses for item in clause)
        if strict < HANDFUL and relax and not (precise and strict):
            relaxed = self._relaxed(parsed, candidates, limit, spans)
            if relaxed is not None:
                return relaxed
        order = self._ranked(candidates, [levels for levels, _, _ in live], limit)
        kept = self.positions().get(keep) if keep is not None and limit is not None else None
        if kept is not None and candidates >> kept & 1 and all(i != kept for i, _ in order):
            order.append((kept, 0))
        plan = self._span_plan([pair for _, _, found in live for pair in found], parsed.case_sensitive)
        matches = tuple(
            Match(
                self.entry_ids[i],
                self.topics[self.entry_topics[i]][0],
                float(score),
                self._spans(i, plan, parsed.case_sensitive) if spans else {},
            )
            for i, score in order
        )
        return SearchResult(query, matches, hint, self.size, strict)

    def parse(self, query: str) -> FilterQuery:
        """The query as this corpus reads it: `parse_query`, and a `src:` value that names
        no source of the corpus dropped with a hint. `is_empty` when nothing is left."""
        parsed = parse_query(query)
        hints = list(parsed.hints)
        clauses = []
        for clause in parsed.clauses:
            kept = []
            for item in clause:
                if isinstance(item, Filter) and item.kind == "src" and not self._sources_named(item.value):
                    kinds = sorted({kind.split("-")[0] for kind in self.source_kinds.values()})
                    hints.append(f"src:{item.value} is not a source: use src:{', src:'.join(kinds)}")
                    continue
                if isinstance(item, Filter) and item.kind == "by" and not self._speakers_named(item.value, False):
                    hints.append(f"by:{item.value} names no speaker: try {self._speaker_examples()}")
                kept.append(item)
            if kept:
                clauses.append(tuple(kept))
        return replace(parsed, clauses=tuple(clauses), hints=tuple(dict.fromkeys(hints)))

    def _speaker_examples(self) -> str:
        """A few `by:` values this corpus knows, for a hint: speakers who give a main answer
        (not an imported thread's askers, whom `by:` finds only by their follow-ups)."""
        answering = self.filters["by-main"]
        names = [f"by:{handle or sid}" for sid, (handle, *_rest) in self.speakers.items() if sid in answering]
        return ", ".join(names[:4]) + (" …" if len(names) > 4 else "")

    def examples(self) -> tuple[str | None, str | None]:
        """A `by:` value (the first speaker who gives a main answer) and a `src:` value (the
        last source's kind) of this corpus, for the filter bar's hint."""
        by = next(iter(self.filters["by-main"]), None)
        handle = self.speakers[by][0] if by in self.speakers else None
        kinds = list(self.source_kinds.values())
        return handle or by, kinds[-1].split("-")[0] if kinds else None

    def _everything_matches(self, limit: int | None) -> tuple[Match, ...]:
        """Every entry in reading order, no spans (made once, or only the first `limit`)."""
        if self._everything is not None:
            return self._everything[:limit]
        count = self.size if limit is None else min(limit, self.size)
        matches = tuple(
            Match(self.entry_ids[i], self.topics[self.entry_topics[i]][0], 0.0, {})
            for i in range(count)
        )
        if limit is None:
            self._everything = matches
        return matches

