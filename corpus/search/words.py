"""Matching a one-word term against the vocabulary, never against the texts: whole
word, prefix, inside a word, and (rapidfuzz) one or two typos away."""

from __future__ import annotations

from collections import deque

from corpus.query import fold_case
from corpus.search.bitmaps import _Bits
from corpus.search.hits import _levels_hits, _TermHits
from corpus.search.state import IndexState
from corpus.search.text import CLASSES, EXACT, FUZZY, FUZZY_MIN, SUBSTRING, level
from corpus.search.vocabulary import _Vocabulary


class WordMatching(IndexState):
    """Term lookups in the vocabulary, for one word."""

    def _word(self, text: str, cs: bool, fuzzy: bool, whole_word: bool) -> _TermHits:
        """A term that is one word: looked up in the vocabulary, never in the texts."""
        size = self.size
        acc: dict[int, _Bits] = {}
        vocab = self.vocab_cs if cs else self.vocab
        if len(text) == 1 and not whole_word:
            per_class = self._char_bits(text, cs)
            self._collect(acc, [(text, EXACT)] if text in vocab.members else [], cs)
            levels = {lv: bits.value(size) for lv, bits in acc.items()}
            for c in CLASSES:
                levels[level(SUBSTRING, c)] = per_class[c]
            return _levels_hits(levels)
        words = self._containing(vocab, text, cs)
        if whole_word:
            words = [(w, k) for w, k in words if k == EXACT]
        self._collect(acc, words, cs)
        found = None
        if fuzzy and fold_case(text) not in self.vocab.members:
            found = self._fuzzy(fold_case(text))
            if found:
                self._collect(acc, [(w, FUZZY) for w in found], False)
        levels = {lv: bits.value(size) for lv, bits in acc.items()}
        return _levels_hits(levels, fuzzy=found)

    def _collect(self, acc: dict[int, _Bits], words: list[tuple[str, int]], cs: bool) -> None:
        postings = self.postings
        for word, kind in words:
            for variant in (word,) if cs else self.variants[word]:
                found = postings[variant]
                for c in CLASSES:
                    if found[c] is not None:
                        lv = level(kind, c)
                        bits = acc.get(lv)
                        if bits is None:
                            bits = acc[lv] = _Bits()
                        bits.add(found[c])

    def _containing(self, vocab: _Vocabulary, text: str, cs: bool) -> list[tuple[str, int]]:
        """Vocabulary words containing `text`, with the kind of match; narrowed from the
        previous keystroke's list when `text` extends it."""
        key = ("words", text, cs)
        found = self._lazy.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        previous = self._lazy.get(("words", text[:-1], cs)) if len(text) > 1 else None
        found = vocab.narrow(previous, text) if previous is not None else vocab.containing(text)
        with self._lock:
            self._lazy[key] = found
            order = self._lazy.setdefault("word-order", deque())
            order.append(key)
            while len(order) > 256:
                self._lazy.pop(order.popleft(), None)
        return found

    def _char_bits(self, char: str, cs: bool) -> list[int]:
        """Per class, the entries with a word containing `char` (precomputed for ASCII)."""
        out = [0, 0, 0]
        for variant in {char} if cs else {char.lower(), char.upper()}:
            found = self.chars.get(variant) or self._lazy.get(("char", variant))
            if found is None:
                found = self._lazy["char", variant] = _word_char_bits(self, variant)
            out = [a | b for a, b in zip(out, found)]
        return out

    def _fuzzy(self, text: str) -> dict[str, int]:
        """Folded words one typo away from `text` (two for 8+ letters), whole or as a
        prefix: word -> length of the part that matched. 4 letters: a transposition only."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        n = len(text)
        if n < FUZZY_MIN - 1:
            return {}
        k = 1 if n < 8 else 2
        lengths = range(n, n + 1) if n < FUZZY_MIN else range(max(1, n - k), n + k + 1)
        vocab = self.vocab
        out: dict[str, int] = {}
        for length in lengths:
            # shorter: whole words only; as long or longer: word prefixes too (typing on)
            choices = vocab.prefixes(length) if length >= n else vocab.of_length(length)
            for choice, _, _ in process.extract(
                text, choices, scorer=OSA.distance, score_cutoff=k, limit=None
            ):
                if n < FUZZY_MIN and sorted(choice) != sorted(text):
                    continue  # four letters: a transposition (moun -> muon) and nothing else
                for word in vocab.with_prefix(choice) if length >= n else [choice]:
                    if out.get(word, 0) < length and text not in word:
                        out[word] = length
        return out


def _word_char_bits(index: WordMatching, char: str) -> tuple[int, int, int]:
    """Per class, the entries with a word (case kept) containing `char`."""
    acc: dict[int, _Bits] = {}
    index._collect(acc, [(w, SUBSTRING) for w, _ in index.vocab_cs.containing(char)], True)
    return tuple(  # type: ignore[return-value]
        acc[level(SUBSTRING, c)].value(index.size) if level(SUBSTRING, c) in acc else 0 for c in CLASSES
    )

