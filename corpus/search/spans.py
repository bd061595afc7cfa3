"""The character spans a query matched in each field, computed only for the matches
returned, so `limit` bounds the work, and for each of them only the fields asked for."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from corpus.query import Filter, Term, fold_case
from corpus.search.state import IndexState
from corpus.search.text import (
    EXACT,
    WORD_RE,
    _anchor_span,
    _has_punctuation,
    _kind_at,
    normalize,
)


class Spans(IndexState):
    """Spans for one entry, from a plan worked out once per search."""

    @staticmethod
    def _span_plan(found: list[tuple[Term | Filter, Any]], cs: bool) -> list[tuple[Any, ...]]:
        """What to look for in each field, worked out once per search, not per entry:
        (field key prefix or None for any, text, whole word, prefix, suffix, fuzzy words)."""
        plan: list[tuple[Any, ...]] = []
        for item, hits in found:
            if isinstance(item, Filter):
                if item.kind in ("by", "topic"):
                    where = "speaker." if item.kind == "by" else "topic."
                    plan.append((where, item.value if cs else fold_case(item.value), False, False, False, None))
                continue
            text = item.text if cs else fold_case(item.text)
            plan.append((None, text, item.whole_word, item.prefix, item.suffix, hits.fuzzy))
        return plan

    def _spans(self, i: int, plan: list[tuple[Any, ...]], cs: bool) -> FieldSpans:
        """For each field of entry `i`, the characters the query's terms matched (each
        field's worked out when first asked for)."""
        width = i in self.wide or any(_has_punctuation(step[1]) for step in plan)
        return FieldSpans(self.layouts[self.entry_layout[i]], self.entry_texts[i], plan, cs, width)


class FieldSpans(Mapping[str, tuple[tuple[int, int], ...]]):
    """One entry's spans per field key, only the fields where a term matched; a field's
    are worked out when first asked for. The tree asks for the questions of the few dozen
    entries it lists, the pane for every field of the entry it shows: a keystroke at 100k
    no longer works out the answers of fifty entries (most of a search's time). Holds the
    entry's texts, not the index."""

    __slots__ = ("_layout", "_texts", "_plan", "_cs", "_width", "_made", "_whole")

    def __init__(
        self,
        layout: tuple[tuple[str, int], ...],
        texts: tuple[str, ...],
        plan: list[tuple[Any, ...]],
        cs: bool,
        width: bool,
    ) -> None:
        self._layout, self._texts, self._plan, self._cs, self._width = layout, texts, plan, cs, width
        self._made: dict[str, tuple[tuple[int, int], ...]] = {}
        self._whole = False

    def __getitem__(self, key: str) -> tuple[tuple[int, int], ...]:
        found = self._made.get(key)
        if found is None:
            found = ()
            if not self._whole:
                for (field, _), text in zip(self._layout, self._texts):
                    if field == key:
                        found = _field_spans(key, text, self._plan, self._cs, self._width)
                        break
            self._made[key] = found
        if not found:
            raise KeyError(key)
        return found

    def _all(self) -> dict[str, tuple[tuple[int, int], ...]]:
        if not self._whole:
            for (key, _), text in zip(self._layout, self._texts):
                if key not in self._made:
                    self._made[key] = _field_spans(key, text, self._plan, self._cs, self._width)
            self._whole = True
        return self._made

    def __iter__(self) -> Iterator[str]:
        made = self._all()
        return iter([key for key, _ in self._layout if made.get(key)])

    def __len__(self) -> int:
        return sum(1 for spans in self._all().values() if spans)

    def __repr__(self) -> str:
        return repr(dict(self))


def _field_spans(
    key: str, text: str, plan: list[tuple[Any, ...]], cs: bool, width: bool
) -> tuple[tuple[int, int], ...]:
    """The characters of one field's `text` the query's terms matched (none: ())."""
    s = normalize(text, cs, width)
    spans: list[tuple[int, int]] = []
    for where, t, whole_word, prefix, suffix, fuzzy in plan:
        if where is not None and not key.startswith(where):
            continue
        if prefix or suffix:
            span = _anchor_span(s, t, prefix, suffix)
            if span:
                spans.append(span)
            continue
        if t in s:
            spans += _occurrences(s, t, whole_word)
        if fuzzy:
            spans += _fuzzy_spans(normalize(text, False, width) if cs else s, fuzzy)
    return _merge(spans) if spans else ()


def _occurrences(s: str, text: str, whole_word: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not text:
        return out
    pos = s.find(text)
    while pos >= 0:
        end = pos + len(text)
        if not whole_word or _kind_at(s, pos, end) == EXACT:
            out.append((pos, end))
        pos = s.find(text, end)
    return out


def _fuzzy_spans(folded: str, fuzzy: dict[str, int]) -> list[tuple[int, int]]:
    """The matched part of every whole word of `folded` that is a fuzzy match."""
    out: list[tuple[int, int]] = []
    if len(fuzzy) <= 16:
        for word, length in fuzzy.items():
            for start, end in _occurrences(folded, word, False):
                if _kind_at(folded, start, end) == EXACT:
                    out.append((start, start + length))
        return out
    for found in WORD_RE.finditer(folded):
        length = fuzzy.get(found.group(), 0)
        if length:
            out.append((found.start(), found.start() + length))
    return out


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    spans.sort()
    out = [spans[0]]
    for start, end in spans[1:]:
        if start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)

