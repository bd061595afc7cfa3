"""`ScanIndex`: the search engine without postings, for a corpus searched before (or
instead of) its index is built.

Building a `SearchIndex` at 100k entries takes ~15 s of Python (every word of every text
into postings and a vocabulary). A `ScanIndex` is ready in about a second: each field
class's texts (case-folded) are joined into one string, entries and fields cut by a NUL
(never in a corpus text, never a word character), and each term is found where it
occurs, by C code (`str.find`, and a regular expression starting with the term's own
letters for word boundaries), a window of about `WINDOW` characters at a time so no single call
holds the GIL for long. Everything else is the engine's own code: query syntax, filters,
ranking, spans, the relevance fallback. The matches are the same, term by term:

- a word matches where it stands whole (exact), at a word's start (prefix), or inside
  one (substring), as its vocabulary lookups find; a typo is looked for in a vocabulary
  collected from the texts, only when the term is no word of the corpus;
- a CJK run, a phrase or a punctuated term matches where it occurs;
- full-width forms of the term's own characters are folded where they occur (a folded
  text matches the term there and nowhere else; word boundaries do not change);
- `^term` and `term$` check every field.

`tests/test_search_scan.py` compares both engines query by query.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, not_
from typing import TYPE_CHECKING, Any

from corpus.query import fold_case, fold_width
from corpus.search.bitmaps import from_indices
from corpus.search.builder import _Builder
from corpus.search.hits import _levels_hits, _TermHits
from corpus.search.index import SearchIndex
from corpus.search.relevance import _getter
from corpus.search.terms import _anchor_check, _wide_forms
from corpus.search.text import _CJK_CHARS, CLASSES, EXACT, FUZZY, FUZZY_MIN, PREFIX, SUBSTRING, WORD_RE, level
from corpus.search.vocabulary import _Vocabulary
from corpus.text import yield_to_other_threads

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from corpus.model import Corpus

WINDOW = 1 << 18
"""About how many characters one C call searches before the GIL may change hands: a
regex over a window of 1M characters held it ~10 ms, and a reader's first start, its
search thread scanning while keys were typed, echoed one 243-261 ms late as the scan
took over (two runs); with a quarter of that, 140-160 ms, nowhere near that hand-over."""

BLOCK = 1000
"""How many entries' fields `_Joined` sorts into its streams in one go (a few thousand
fields: each C call well under a millisecond)."""

_W = f"[^\\W_{_CJK_CHARS}]"
"""A word character, as `WORD_RE` reads words."""
_is_word = re.compile(_W).match
_ASCII_SPLIT = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))


class _Joined:
    """One field class's texts of every entry, in two streams: the ASCII fields and the
    others. A string holding one CJK character stores every character in two bytes, and
    case-folding it goes character by character: at 100k entries folding the answers
    joined whole took 0.7 s, the two streams 0.15 s. Each stream is joined a window of
    entries at a time (no string, no C call over the whole corpus: a loading thread
    shares the GIL with the UI); in each, every field is followed by a NUL, and entry n
    starts at `starts[n]`, counted across its windows (an entry with no field there
    takes no room). `streams` holds, per stream, (starts, pieces), a piece being (the
    offset where a window starts, its text)."""

    def __init__(self, fields: list[str], counts: list[int], fold: bool = False) -> None:
        """`fields`: every entry's fields of the class, in order; `counts`: how many
        each entry has. The fields are sorted into the streams `BLOCK` entries at a time:
        one C call over every field of a class (780k at 100k entries) held the GIL
        30-40 ms, and a key typed meanwhile on a reader's first start echoed 481 ms late."""
        kept: tuple[list[str], list[str]] = ([], [])
        starts: tuple[list[int], list[int]] = ([0], [0])  # where each entry starts, and the end
        # each entry's first kept field, and the end (an array: a list of that many ints
        # took 20-30 ms to free, in one call)
        first = (array("q", [0]), array("q", [0]))
        at = 0
        for e in range(0, len(counts), BLOCK):
            ends = list(accumulate(counts[e : e + BLOCK]))  # the block's entries' ends
            block = fields[at : at + ends[-1]]
            at += ends[-1]
            ascii_ = list(map(str.isascii, block))
            for s, picked in enumerate((ascii_, list(map(not_, ascii_)))):
                chosen = list(compress(block, picked))
                # how many of the block's fields are kept before each entry's end, and where
                # each kept field starts
                before = list(map(list(accumulate(picked, initial=0)).__getitem__, ends))
                offsets = list(accumulate(map(add, map(len, chosen), repeat(1)), initial=starts[s][-1]))
                starts[s].extend(map(offsets.__getitem__, before))
                first[s].extend(map(add, repeat(len(kept[s])), before))
                kept[s].extend(chosen)
            yield_to_other_threads()
        self.streams: list[tuple[list[int], list[tuple[int, str]]]] = []
        for s in (0, 1):
            pieces = []
            for n, m in _windows(starts[s]):  # whole entries, each in one window
                a, b = first[s][n], first[s][m]
                text = "\0".join(kept[s][a:b]) + "\0" if b > a else ""
                pieces.append((starts[s][n], fold_case(text) if fold else text))
                yield_to_other_threads()
            self.streams.append((starts[s], pieces))
            while kept[s]:  # let go a block at a time: freeing a list of 1M fields took ~25 ms
                del kept[s][-BLOCK * 10 :]
                yield_to_other_threads()

    def texts(self) -> Iterator[str]:
        """Every window's text, stream after stream."""
        return (text for _, pieces in self.streams for _, text in pieces)

    def with_texts(self, change: Callable[[str], str]) -> _Joined:
        """The same entries with each window's text changed by `change`, which keeps
        its length (full width folded)."""
        copy = _Joined.__new__(_Joined)
        copy.streams = [(starts, [(base, change(text)) for base, text in pieces]) for starts, pieces in self.streams]
        return copy

    def holds(self, char: str) -> bool:
        """Whether any text holds `char`."""
        return any(char in text for text in self.texts())

    def holding(self, needle: str) -> list[int]:
        """Entries whose texts hold `needle`, in order."""
        return self._entries(str.find, needle)

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Entries whose texts hold a match of `pattern` (which never spans a NUL)."""

        def find(text: str, _: object, pos: int = 0) -> int:
            found = pattern.search(text, pos)
            return -1 if found is None else found.start()

        return self._entries(find, pattern)

    def _entries(self, find: Any, what: Any) -> list[int]:
        """Entries where `find(text, what, pos)` finds something, in order: one C call a
        window, then on from the next entry (an entry is counted once)."""
        out: list[int] = []
        for starts, pieces in self.streams:
            found: list[int] = []
            for base, text in pieces:
                pos = find(text, what)
                while pos >= 0:
                    n = bisect_right(starts, base + pos) - 1
                    found.append(n)
                    pos = find(text, what, starts[n + 1] - base)
                yield_to_other_threads()
            out = sorted(set(out).union(found)) if out and found else out or found
        return out


def _windows(starts: list[int]) -> list[tuple[int, int]]:
    """(first entry, entry after the last) of runs of entries about `WINDOW` characters long."""
    out, n, last = [], 0, len(starts) - 1
    while n < last:
        m = max(min(bisect_right(starts, starts[n] + WINDOW) - 1, last), n + 1)
        out.append((n, m))
        n = m
    return out


class _ScanBuilder(_Builder):
    """The index builder, without postings or blobs: the texts are joined instead."""

    def _index_texts(self, i: int, layout_id: int, texts: tuple[str, ...]) -> None:
        pass

    def finish(self) -> ScanIndex:  # type: ignore[override]
        self._pack_filters()
        index: ScanIndex = self.index  # type: ignore[assignment]
        index.wide = set(range(index.size))  # width folded where the term's own forms occur
        names = [text for _, *titles in index.topics for text in titles if text]
        names += [text for names in index.speakers.values() for text in names if text]
        index.meta_words = frozenset(fold_case(word) for text in names for word in WORD_RE.findall(fold_width(text)))
        return index


class ScanIndex(SearchIndex):
    """A search index holding no postings: terms are found in the joined texts."""

    quick = False  # a term scans every text: tenths of a second at 100k entries

    meta_words: frozenset[str]
    """Folded words of every topic title and speaker name (those of a topic with no
    entries, a speaker with no answers, are words of the corpus too)."""

    @classmethod
    def build(cls, corpus: Corpus) -> ScanIndex:
        """The scan index of `corpus` (its texts are shared, not copied, until joined)."""
        builder = _ScanBuilder(cls(), corpus)
        for topic in corpus.topics:
            builder.add_topic(topic)
            yield_to_other_threads()
        return builder.finish()

    # ------------------------------------------------------------------ joined texts

    def _joined(self, c: int, cs: bool) -> _Joined:
        """Class `c`'s joined texts, case-folded unless `cs` (made on first use)."""
        key = ("joined", c, cs)
        found = self._lazy.get(key)
        if found is None:
            getter = [_getter(fields[c]) for fields in self.class_fields]
            fields: list[str] = []
            extend = fields.extend
            counts = [len(fields[c]) for fields in self.class_fields]
            for layout, texts in zip(self.entry_layout, self.entry_texts):
                extend(getter[layout](texts))
            found = _Joined(fields, list(map(counts.__getitem__, self.entry_layout)), fold=not cs)
            with self._lock:  # (folding keeps lengths: the offsets hold)
                found = self._lazy.setdefault(key, found)
        return found  # type: ignore[no-any-return]

    def prepare(self) -> None:
        """Join the case-folded texts now (a loading thread), not on the first keystroke."""
        for c in CLASSES:
            self._joined(c, False)

    def _width_folded(self, c: int, cs: bool, text: str) -> _Joined:
        """Class `c`'s joined texts with the full-width forms of `text`'s characters
        folded, where any occurs (else the texts as they are)."""
        joined = self._joined(c, cs)
        forms = [form for form in _wide_forms(text) if self._holds(c, cs, form)]
        if not forms:
            return joined
        key = ("width", c, cs, "".join(sorted(forms)))
        found = self._lazy.get(key)
        if found is None:
            pairs = list(zip(forms, fold_width("".join(forms))))

            def plain(text: str) -> str:
                for form, half in pairs:
                    text = text.replace(form, half)
                return text

            copy = joined.with_texts(plain)
            with self._lock:
                found = self._lazy.setdefault(key, copy)
                order = self._lazy.setdefault("width-order", [])
                order.append(key)
                while len(order) > 3:
                    self._lazy.pop(order.pop(0), None)
        return found  # type: ignore[no-any-return]

    def _holds(self, c: int, cs: bool, char: str) -> bool:
        """Whether class `c`'s joined texts hold `char` (asked once per character)."""
        key = ("holds", c, cs, char)
        found = self._lazy.get(key)
        if found is None:
            found = self._lazy[key] = self._joined(c, cs).holds(char)
        return found  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ terms

    def _word(self, text: str, cs: bool, fuzzy: bool, whole_word: bool) -> _TermHits:
        levels: dict[int, int] = {}
        size = self.size
        kinds: dict[int, re.Pattern[str] | None] = dict(_kinds(text, whole_word))
        if len(text) == 1 and not whole_word:  # as the index: the word itself, or inside any
            kinds = {EXACT: kinds[EXACT], SUBSTRING: None}
        for c in CLASSES:
            joined = self._width_folded(c, cs, text)
            for kind, pattern in kinds.items():  # (a word's kinds overlap, as its postings do)
                found = joined.holding(text) if pattern is None else joined.matching(pattern)
                if found:
                    levels[level(kind, c)] = from_indices(found, size)
        hits = None
        if fuzzy and len(text) >= FUZZY_MIN - 1 and not self._is_word(text, cs, levels):
            words = self._fuzzy(fold_case(text))
            if words:
                for c, bits in zip(CLASSES, self._holding_words(list(words))):
                    if bits:
                        levels[level(FUZZY, c)] = bits
                hits = words
        return _levels_hits(levels, fuzzy=hits)

    def _is_word(self, text: str, cs: bool, levels: dict[int, int]) -> bool:
        """Whether `text`, case-folded, is a word of the corpus (no typo is then looked for)."""
        folded = fold_case(text)
        if any(levels.get(level(EXACT, c)) for c in CLASSES) or folded in self.meta_words:
            return True
        return cs and any(self._holding_words([folded]))

    def _holding_words(self, words: list[str]) -> list[int]:
        """Per class, the entries holding any of these folded words whole."""
        out = [0, 0, 0]
        for c in CLASSES:
            for word in words:
                found = self._width_folded(c, False, word).matching(_kinds(word, True)[EXACT])
                out[c] |= from_indices(found, self.size)
        return out

    @property
    def vocab(self) -> _Vocabulary:  # type: ignore[override]
        """Every folded word of the corpus, collected on first use (a typo looked for)."""
        found = self._lazy.get("vocabulary")
        if found is None:
            tokens: set[bytes] = set()
            for c in CLASSES:
                joined = self._joined(c, False)
                for text in joined.texts():  # a window at a time: no long C call
                    tokens.update(text.encode("utf-8", "surrogatepass").translate(_ASCII_SPLIT).split())
                    yield_to_other_threads()
            words = set(self.meta_words)
            words.update(token.decode() for token in tokens if token.isascii())
            wide = [token for token in tokens if not token.isascii()]
            del tokens
            for start in range(0, len(wide), 10_000):
                # in one decode and one scan each; full width folded word by word (it
                # changes no word's bounds: a full-width letter is a word character)
                text = b"\0".join(wide[start : start + 10_000]).decode("utf-8", "surrogatepass")
                words.update(word if word.isascii() else fold_case(fold_width(word)) for word in WORD_RE.findall(text))
                yield_to_other_threads()
            found = self._lazy["vocabulary"] = _Vocabulary(sorted(words))
        return found  # type: ignore[no-any-return]

    @vocab.setter
    def vocab(self, value: _Vocabulary) -> None:
        pass  # IndexState's empty vocabulary: this index collects its own

    def _cjk(self, text: str) -> _TermHits:
        # case and width change no CJK character: whichever joined texts are made will do
        made = [cs for cs in (False, True) if ("joined", 0, cs) in self._lazy]
        cs = made[0] if made else True
        return _levels_hits(
            {level(EXACT, c): from_indices(self._joined(c, cs).holding(text), self.size) for c in CLASSES}
        )

    def _segment_candidates(self, text: str, cs: bool) -> list[Iterable[int]]:
        return [range(self.size)] * 3  # every entry: the scan looks at them all

    def _anchored(self, text: str, term: Any, cs: bool) -> _TermHits:
        check = _anchor_check(text, term.prefix, term.suffix, cs)
        return super()._verified(text, cs, False, [range(self.size)] * 3, check)

    def _verified(
        self, text: str, cs: bool, whole_word: bool, candidates: list[Iterable[int]], check: Any = None
    ) -> _TermHits:
        """A phrase, a CJK run with other characters, a punctuated term: found where it
        occurs, at the level of its best occurrence in each entry."""
        if check is not None:
            return super()._verified(text, cs, whole_word, candidates, check)
        kinds = _kinds(text, whole_word)
        levels: dict[int, int] = {}
        for c in CLASSES:
            joined = self._width_folded(c, cs, text)
            better: set[int] = set()
            for kind, pattern in kinds.items():  # best first: an entry takes its best kind
                found = set(joined.matching(pattern)) - better
                if found:
                    levels[level(kind, c)] = from_indices(sorted(found), self.size)
                    better |= found
        return _levels_hits(levels)


@lru_cache(maxsize=256)
def _kinds(text: str, whole_word: bool) -> dict[int, re.Pattern[str]]:
    """Regexes for the occurrences of `text` of each kind, best first, as `_kind_at` tells
    them: a term starting with a word character is at a word's start when no word
    character comes before it; one ending with a word character ends a word when none
    comes after it. Each begins with the term's own letters (the regex engine's quick
    literal search), its surroundings checked by lookarounds."""
    escaped = re.escape(text)
    left = f"(?<!{_W}{escaped})" if _is_word(text[0]) else ""
    ends = _is_word(text[-1])
    kinds = {EXACT: f"{escaped}{left}(?!{_W})" if ends else f"{escaped}{left}"}
    if not whole_word:
        if ends:
            kinds[PREFIX] = f"{escaped}{left}(?={_W})"
        if left:
            kinds[SUBSTRING] = f"{escaped}(?<={_W}{escaped})"
    return {kind: re.compile(pattern) for kind, pattern in kinds.items()}
