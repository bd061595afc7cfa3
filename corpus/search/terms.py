"""Matching any query term: dispatch by its shape (one word, a CJK run, a phrase, an
anchored `^term`/`term$`), with candidates from the index checked in their texts;
results cached per term, as the reader re-runs most terms on every keystroke."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate, compress, islice, repeat
from operator import add, contains
from typing import Any

from corpus.query import Term, fold_case, fold_width
from corpus.search.bitmaps import (
    _FLIP_FLAGS,
    _as_bits,
    _union,
    bit_list,
    from_indices,
    iter_bits,
)
from corpus.search.hits import _levels_hits, _TermHits
from corpus.search.text import (
    _CJK_RUN,
    _SEGMENT,
    CJK_RE,
    CLASSES,
    EXACT,
    WORD_RE,
    _anchor_span,
    _has_punctuation,
    _kind_at,
    level,
    normalize,
)
from corpus.search.words import WordMatching


class TermMatching(WordMatching):
    """What each kind of term matches, cached."""

    def _term(self, term: Term, cs: bool) -> _TermHits:
        """What a term matches, cached (the reader re-runs most terms on every keystroke)."""
        text = term.text if cs else fold_case(term.text)
        key = (text, cs, term.fuzzy, term.whole_word, term.prefix, term.suffix)
        with self._lock:
            hits = self._terms.get(key)
            if hits is not None:
                self._terms.move_to_end(key)
                return hits
        if term.prefix or term.suffix:
            hits = self._anchored(text, term, cs)
        elif WORD_RE.fullmatch(text):
            hits = self._word(text, cs, term.fuzzy, term.whole_word)
        elif _CJK_RUN.fullmatch(text):
            hits = self._cjk(text)
        else:
            hits = self._verified(text, cs, term.whole_word, self._segment_candidates(text, cs))
        with self._lock:
            self._terms[key] = hits
            if len(self._terms) > 512:
                self._terms.popitem(last=False)
        return hits

    def _cjk_candidates(self, text: str) -> list[tuple[int | None, list[int]]]:
        """Per class, the entries holding every character of a CJK run (a superset): as a
        bitmap and a list, or only a list when one character is rare."""
        out: list[tuple[int | None, list[int]]] = []
        for c in CLASSES:
            postings = [self.postings.get(ch, (None, None, None))[c] for ch in set(text)]
            if any(p is None for p in postings):
                out.append((0, []))
                continue
            rare: list[list[int]] = [p for p in postings if isinstance(p, list)]
            if rare:
                out.append((None, min(rare, key=len)))
                continue
            bits = self.all_bits
            for p in postings:
                bits &= p  # type: ignore[operator]
            out.append((bits, [] if len(text) == 1 else bit_list(bits)))
        return out

    def _segment_candidates(self, text: str, cs: bool) -> list[Iterable[int]]:
        """Per class, entries holding every word piece and CJK character of a phrase."""
        pieces = set(_SEGMENT.findall(text))
        if not pieces:
            return [range(self.size)] * 3
        bits = [self.all_bits] * 3
        for piece in pieces:
            hits = self._term(Term(piece, exact=True), cs) if not CJK_RE.match(piece) else None
            for c in CLASSES:
                if hits is not None:
                    bits[c] &= hits.per_class[c]
                else:
                    bits[c] &= _as_bits(self.postings.get(piece, (None, None, None))[c], self.size)
        return [iter_bits(b) for b in bits]

    def _anchored(self, text: str, term: Term, cs: bool) -> _TermHits:
        """`^term` / `term$`: candidates from the index of field starts and ends, then checked."""
        cands: list[int] = []
        first, last = _SEGMENT.match(text), _SEGMENT.match(text[::-1])
        for c in CLASSES:
            bits = self.all_bits
            if term.prefix and first:
                key = fold_case(first.group())
                keys = self.start_keys[c]
                if first.end() == len(text) and not CJK_RE.match(key):
                    lo = bisect_left(keys, key)
                    chosen = keys[lo : bisect_left(keys, key + "\U0010ffff", lo)]
                else:
                    chosen = [key]
                bits &= _union((self.starts[c].get(k) for k in chosen), self.size)
            if term.suffix and last:
                key = fold_case(last.group()[::-1])
                if last.end() == len(text) and not CJK_RE.match(key):
                    chosen = [k for k in self.end_keys[c] if k.endswith(key)]
                else:
                    chosen = [key]
                bits &= _union((self.ends[c].get(k) for k in chosen), self.size)
            cands.append(bits)
        if not cs and term.prefix != term.suffix and WORD_RE.fullmatch(text):
            return _levels_hits({level(EXACT, c): b for c, b in zip(CLASSES, cands)})
        check = _anchor_check(text, term.prefix, term.suffix, cs)
        return self._verified(text, cs, False, [iter_bits(b) for b in cands], check)

    def _cjk(self, text: str) -> _TermHits:
        """A run of CJK characters: a plain substring (no case, no width, no fuzzy),
        checked in each candidate's non-ASCII text of the class."""
        levels: dict[int, int] = {}
        for c, (bits, cands) in zip(CLASSES, self._cjk_candidates(text)):
            if len(text) == 1:
                levels[level(EXACT, c)] = bits if bits is not None else from_indices(cands, self.size)
                continue
            holding = getattr(self.blobs[c], "holding", None)  # a cache read lazily: no decoding
            if holding is not None:
                held = holding(cands, text)
            else:
                held = bytes(map(contains, map(self.blobs[c].__getitem__, cands), repeat(text)))
            if bits is not None and held.count(1) * 2 > len(held):  # set the few that missed
                bits &= ~from_indices(compress(cands, held.translate(_FLIP_FLAGS)), self.size)
            else:
                bits = from_indices(compress(cands, held), self.size)
            levels[level(EXACT, c)] = bits
        return _levels_hits(levels)

    def _verified(
        self,
        text: str,
        cs: bool,
        whole_word: bool,
        candidates: list[Iterable[int]],
        check: Any = None,
    ) -> _TermHits:
        """Check candidates against their texts: a phrase, a CJK run or an anchored term.
        Unanchored terms are looked for in batches of candidates' fields joined into one
        text (folded and searched by C code), so the Python work is per occurrence, not
        per field: a common piece like the `4` of `4.6` makes most entries candidates."""
        if check is None:
            return self._found_in_batches(text, cs, whole_word, candidates)
        found: dict[int, list[int]] = {}
        layouts, texts_of, class_fields = self.entry_layout, self.entry_texts, self.class_fields
        punct, wide = _has_punctuation(text), self.wide
        for c, cands in zip(CLASSES, candidates):
            for i in cands:
                texts = texts_of[i]
                width = punct or i in wide
                if any(check(normalize(texts[j], cs, width)) >= 0 for j in class_fields[layouts[i]][c]):
                    found.setdefault(level(EXACT, c), []).append(i)
        return _levels_hits({lv: from_indices(idx, self.size) for lv, idx in found.items()})

    def _found_in_batches(self, text: str, cs: bool, whole_word: bool, candidates: list[Iterable[int]]) -> _TermHits:
        """`_verified` for an unanchored term: the best kind of match per candidate and class."""
        from corpus.search.relevance import _getter  # relevance builds on this module

        found: dict[int, list[int]] = {}
        layouts, texts_of = self.entry_layout, self.entry_texts
        punct, wide = _has_punctuation(text), self.wide
        for c, cands in zip(CLASSES, candidates):
            getters = [_getter(fields[c]) for fields in self.class_fields]
            rest = iter(cands)
            while batch := list(islice(rest, _BATCH_ENTRIES)):
                texts = ["\0".join(getters[layouts[i]](texts_of[i])) for i in batch]
                self._best_kinds(text, cs, whole_word, punct or not wide.isdisjoint(batch), c, batch, texts, found)
        return _levels_hits({lv: from_indices(idx, self.size) for lv, idx in found.items()})

    @staticmethod
    def _best_kinds(
        text: str,
        cs: bool,
        whole_word: bool,
        width: bool,
        c: int,
        batch: list[int],
        texts: list[str],
        found: dict[int, list[int]],
    ) -> None:
        """Add to `found` (level -> entries) the entries of `batch` whose class-`c` texts
        hold `text`, at the level of their best occurrence. Fields and entries are joined
        with a NUL (never in a corpus text, never a word character), so an occurrence's
        neighbours in the joined text are its neighbours in its field."""
        nexts = list(accumulate(map(add, map(len, texts), repeat(1))))  # where each next entry starts
        joined = "\0".join(texts)
        if width and any(form in joined for form in _wide_forms(text)):
            joined = fold_width(joined)  # slow on long texts: only when it can change a match
        if not cs and text.upper() != text:  # a caseless term (4.6, 模型) is found as it is
            joined = fold_case(joined)
        pos = joined.find(text)
        while pos >= 0:
            n = bisect_right(nexts, pos)
            best, stop = -1, nexts[n] - 1
            while 0 <= pos < stop:
                kind = _kind_at(joined, pos, pos + len(text))
                if kind > best and (kind == EXACT or not whole_word):
                    best = kind
                    if best == EXACT:
                        pos = joined.find(text, stop + 1)  # on to the next entry
                        break
                pos = joined.find(text, pos + 1)
            if best >= 0:
                found.setdefault(level(best, c), []).append(batch[n])


_BATCH_ENTRIES = 1000
"""How many candidates' texts are joined and searched at once (a few MB)."""


def _wide_forms(text: str) -> list[str]:
    """The full-width forms of a term's characters: folding a text's width can change
    what matches the term only where one of them occurs (a full-width letter is a word
    character before and after folding, full-width punctuation is none)."""
    return [chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" for ch in set(text) if "!" <= ch <= "~" or ch == " "]


def _anchor_check(text: str, prefix: bool, suffix: bool, cs: bool) -> Any:
    def check(s: str) -> int:
        return EXACT if _anchor_span(s, text, prefix, suffix) else -1

    return check

