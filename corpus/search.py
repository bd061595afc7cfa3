"""The search engine shared by the reader's filter bar and `kimi-ama-tui search`.

Plain Python (rapidfuzz for typos), no Textual import. `SearchIndex.build(corpus)` makes
an index once; `search(query, limit)` is safe to call from worker threads.

Design, for speed at 100k entries (see bench/bench_search.py for the figures):
- Texts are kept as the model has them; matching folds width (ＩＮＴ４ = INT4) and case
  in a length-preserving way, so spans index the model's own strings. Fields fall in
  three classes, best first: the question (and also_asked), the entry's meta (topic
  title, tags, speaker handles and names), the answers.
- An inverted index maps each word (case kept) and each CJK character to the entries
  holding it, per class, as a bitmap (a Python int, bit i = entry i) or, for rare keys, a
  list. A term is matched against the unique-word vocabulary, never against documents:
  a scan of the joined vocabulary finds the words that contain it, rapidfuzz finds the
  words (and word prefixes) one typo away. One-letter terms use bitmaps made at build.
  A CJK run is checked, for the entries holding all its characters, in each entry's
  non-ASCII text of the class; phrases and anchored terms are checked likewise.
- A term scores 4 x (match kind x 3 + field class + 1) + the number of field classes
  it matched in; scores are summed over the query's clauses with bit-sliced arithmetic
  on the bitmaps, so ranking never loops over entries. Spans are computed only for the
  matches returned, so `limit` bounds the work.
- Term results are cached; a term that extends the previous keystroke's term scans only
  the words that matched before.
"""

from __future__ import annotations

import marshal
import re
import string
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict, defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress, islice, repeat
from operator import contains
from typing import Any

from corpus.model import Corpus, Entry, Topic
from corpus.query import Filter, FilterQuery, Term, fold_case, fold_width, lang_of, parse_query

ANSWER, META, QUESTION = 0, 1, 2
"""Field classes; the number is the class's rank (a question match outranks the rest)."""
CLASSES = (ANSWER, META, QUESTION)
FUZZY, SUBSTRING, PREFIX, EXACT = 0, 1, 2, 3
"""Match kinds, worst to best: a typo, inside a word, at a word's start, the whole word."""

_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
WORD_RE = re.compile(rf"[^\W_{_CJK_CHARS}]+")
CJK_RE = re.compile(rf"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(rf"[{_CJK_CHARS}]+")
_SEGMENT = re.compile(rf"[^\W_{_CJK_CHARS}]+|[{_CJK_CHARS}]")
_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_WIDE_WORD = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
TRAILING = " \t\n.,;:!?。，；：！？…、」』）)\"'”’"
"""What `word$` ignores at the end of a field."""
FORMAT = "kimi-ama-search/1"
"""Version of `SearchIndex.dumps()` output; bump when the index's data changes shape."""
FUZZY_MIN = 5
TERM_SCORE_MAX = 4 * 12 + 3
"""The highest score one clause can give: best level x 4 + field classes matched."""
"""Shortest term that may match with a typo; 4-letter terms allow only a transposition."""


def level(kind: int, cls: int) -> int:
    """A term's score for one kind of match in one field class (1..12)."""
    return kind * 3 + cls + 1


@dataclass(frozen=True)
class Match:
    """One matching entry, its score and the matched character spans per field."""

    entry_id: str
    topic_id: str
    score: float
    spans: dict[str, tuple[tuple[int, int], ...]]
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

    @property
    def match_count(self) -> int:
        """How many entries match the query, however many were returned."""
        return len(self.matches) if self.count is None else self.count


Posting = int | list[int]


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


class _Bits:
    """An accumulating union of postings (bitmaps OR'd at once, lists scattered at the end)."""

    __slots__ = ("bits", "lists")

    def __init__(self) -> None:
        self.bits = 0
        self.lists: list[list[int]] = []

    def add(self, posting: Posting | None) -> None:
        if posting is None:
            return
        if isinstance(posting, int):
            self.bits |= posting
        else:
            self.lists.append(posting)

    def value(self, size: int) -> int:
        if not self.lists:
            return self.bits
        return self.bits | from_indices((i for lst in self.lists for i in lst), size)


def from_indices(indices: Iterable[int], size: int) -> int:
    """A bitmap with the given bits set."""
    flags = bytearray(b"0") * size
    deque(map(flags.__setitem__, indices, repeat(49)), 0)
    return int(flags[::-1], 2)


def iter_bits(bits: int, limit: int | None = None) -> Iterator[int]:
    """The set bits of a bitmap in ascending order (at most `limit` of them)."""
    if limit is not None and limit <= 16:
        while bits and limit > 0:
            low = bits & -bits
            yield low.bit_length() - 1
            bits ^= low
            limit -= 1
        return
    found = compress(range(bits.bit_length()), _flags(bits))
    yield from found if limit is None else islice(found, limit)


def bit_list(bits: int) -> list[int]:
    """The set bits of a bitmap in ascending order, as a list."""
    return list(compress(range(bits.bit_length()), _flags(bits)))


def _flags(bits: int) -> bytes:
    """One byte per bit, lowest first: 1 where the bit is set, else 0."""
    return format(bits, "b")[::-1].encode("ascii").translate(_DIGIT_FLAGS)


_DIGIT_FLAGS = bytes.maketrans(b"01", b"\x00\x01")
_FLIP_FLAGS = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def normalize(text: str, case_sensitive: bool, width: bool = True) -> str:
    """A text as the matcher compares it: width-folded, lower-cased unless case-sensitive.
    Length-preserving, so offsets into it are offsets into `text`. `width=False` skips
    the width fold, for texts known to hold no full-width letter or digit when the term
    holds no punctuation."""
    if width and _WIDE.search(text):
        text = fold_width(text)
    return text if case_sensitive else fold_case(text)


def _has_punctuation(text: str) -> bool:
    return _SEGMENT.sub("", text) != ""


def entry_fields(corpus: Corpus, topic: Topic, entry: Entry) -> list[tuple[str, int, str]]:
    """Every searchable (field key, class, text) of an entry, texts as the model has them."""
    out: list[tuple[str, int, str]] = []
    add = out.append
    texts = [("question", QUESTION, entry.question)]
    texts += [(f"also_asked.{i}", QUESTION, asked.text) for i, asked in enumerate(entry.also_asked)]
    texts.append(("topic", META, topic.title))
    for i, tag in enumerate(entry.tags):
        add((f"tags.{i}", META, tag))
    for speaker_id in dict.fromkeys(answer.speaker for answer in entry.answers):
        speaker = corpus.speaker(speaker_id)
        if speaker.handle:
            add((f"speaker.{speaker_id}", META, speaker.handle))
        texts.append((f"speaker.{speaker_id}", META, speaker.name))
    texts += [(f"answers.{i}", ANSWER, answer.text) for i, answer in enumerate(entry.answers)]
    for key, cls, text in texts:
        if text.zh:
            add((key + ".zh", cls, text.zh))
        if text.en:
            add((key + ".en", cls, text.en))
    return out


class SearchIndex:
    """An immutable search index over one corpus; `search` is safe from several threads."""

    def __init__(self) -> None:
        self.entry_ids: list[str] = []
        self.entry_topics: list[int] = []
        self.topics: list[tuple[str, str | None, str | None]] = []
        self.speakers: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.layouts: list[tuple[tuple[str, int], ...]] = []
        self.class_fields: list[tuple[tuple[int, ...], ...]] = []
        self.entry_layout: list[int] = []
        self.entry_texts: list[tuple[str, ...]] = []
        self.postings: dict[str, tuple[Posting | None, Posting | None, Posting | None]] = {}
        self.starts: list[dict[str, Posting]] = [{}, {}, {}]
        self.ends: list[dict[str, Posting]] = [{}, {}, {}]
        self.filters: dict[str, dict[str, int]] = {}
        self.source_kinds: dict[str, str] = {}
        self.wide: set[int] = set()
        self.blobs: list[list[str]] = [[], [], []]
        self.chars: dict[str, tuple[int, int, int]] = {}
        self.vocab = _Vocabulary([])
        """Folded words; `variants` maps each to the words (case kept) it stands for."""
        self.vocab_cs = _Vocabulary([])
        self.variants: dict[str, tuple[str, ...]] = {}
        self.start_keys: list[list[str]] = [[], [], []]
        self.end_keys: list[list[str]] = [[], [], []]
        self._init_caches()

    def clear_caches(self) -> None:
        """Forget every cached term result (for benchmarks; searching never needs it)."""
        self._init_caches()

    def _init_caches(self) -> None:
        self._lock = threading.Lock()
        self._terms: OrderedDict[tuple[Any, ...], _TermHits] = OrderedDict()
        self._lazy: dict[Any, Any] = {}
        self._everything: tuple[Match, ...] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        for key in ("_lock", "_terms", "_lazy", "_everything"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._init_caches()

    def dumps(self) -> bytes:
        """The index as bytes (marshal: plain data only, so loading runs no code)."""
        state = self.__getstate__()
        for name in ("vocab", "vocab_cs"):
            state[name] = state[name].state()
        return marshal.dumps((FORMAT, state))

    @classmethod
    def loads(cls, data: bytes) -> SearchIndex:
        """An index from `dumps()`; ValueError if the bytes are not one of this version."""
        try:
            found, state = marshal.loads(data)
        except (EOFError, ValueError, TypeError) as err:
            raise ValueError(f"not a search index: {err}") from None
        if found != FORMAT:
            raise ValueError(f"search index format {found!r}, expected {FORMAT!r}")
        for name in ("vocab", "vocab_cs"):
            state[name] = _Vocabulary.from_state(state[name])
        index = cls.__new__(cls)
        index.__setstate__(state)
        return index

    @property
    def size(self) -> int:
        """Number of entries indexed."""
        return len(self.entry_ids)

    @property
    def all_bits(self) -> int:
        """The bitmap of every entry."""
        return (1 << self.size) - 1


    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, corpus: Corpus) -> SearchIndex:
        """Index every entry of `corpus`."""
        builder = _Builder(cls(), corpus)
        for topic in corpus.topics:
            builder.add_topic(topic)
        return builder.finish()

    # ------------------------------------------------------------------ searching

    def search(self, query: str, limit: int | None = None, spans: bool = True) -> SearchResult:
        """Entries matching `query`, best first, at most `limit` of them, with their spans
        (`spans=False` leaves them empty: the command line prints none)."""
        parsed = self.parse(query)
        live = [self._clause(clause, parsed.case_sensitive) for clause in parsed.clauses]
        hint = parsed.hint
        if not live:
            matches = self._everything_matches(limit)
            return SearchResult(query, matches, hint, self.size, self.size)
        candidates = self.all_bits
        for _, any_bits, _ in live:
            candidates &= any_bits
        order = self._ranked(candidates, [levels for levels, _, _ in live], limit)
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
        return SearchResult(query, matches, hint, self.size, candidates.bit_count())

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
                kept.append(item)
            if kept:
                clauses.append(tuple(kept))
        return replace(parsed, clauses=tuple(clauses), hints=tuple(dict.fromkeys(hints)))

    def topic_of(self, entry_id: str) -> tuple[str, str | None, str | None]:
        """The topic (id, Chinese title, English title) an entry is filed under."""
        return self.topics[self.entry_topics[self._position(entry_id)]]

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
        self, candidates: int, clause_scores: list[dict[int, int]], limit: int | None
    ) -> list[tuple[int, int]]:
        """(entry, score) best first, ties in reading order. Each entry's score is the sum
        over clauses, computed bit-sliced on the bitmaps (no loop over entries)."""
        width = (TERM_SCORE_MAX * len(clause_scores) + 1).bit_length()
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
            low, high = bits & ~slices[b], bits & slices[b]
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

    # ------------------------------------------------------------------ terms

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
        from rapidfuzz import process  # noqa: PLC0415
        from rapidfuzz.distance import OSA  # noqa: PLC0415

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
        """Check candidates against their texts: a phrase, a CJK run or an anchored term."""
        found: dict[int, list[int]] = {}
        layouts, texts_of, class_fields = self.entry_layout, self.entry_texts, self.class_fields
        punct, wide = _has_punctuation(text), self.wide
        for c, cands in zip(CLASSES, candidates):
            for i in cands:
                texts = texts_of[i]
                best = -1
                width = punct or i in wide
                for j in class_fields[layouts[i]][c]:
                    s = normalize(texts[j], cs, width)
                    kind = check(s) if check else _best_kind(s, text, whole_word)
                    if kind > best:
                        best = kind
                        if kind == EXACT:
                            break
                if best >= 0:
                    found.setdefault(level(best, c), []).append(i)
        levels = {lv: from_indices(idx, self.size) for lv, idx in found.items()}
        return _levels_hits(levels)

    # ------------------------------------------------------------------ spans

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

    def _spans(self, i: int, plan: list[tuple[Any, ...]], cs: bool) -> dict[str, tuple[tuple[int, int], ...]]:
        """For each field of entry `i`, the characters the query's terms matched."""
        layout = self.layouts[self.entry_layout[i]]
        out: dict[str, tuple[tuple[int, int], ...]] = {}
        width = i in self.wide or any(_has_punctuation(step[1]) for step in plan)
        for (key, _), text in zip(layout, self.entry_texts[i]):
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
            if spans:
                out[key] = _merge(spans)
        return out

    # ------------------------------------------------------------------ fields

    def fields(self, entry_id: str) -> dict[str, str]:
        """Every searchable field of an entry: span key -> the text the spans index."""
        i = self._position(entry_id)
        layout = self.layouts[self.entry_layout[i]]
        return {key: text for (key, _), text in zip(layout, self.entry_texts[i])}

    def _position(self, entry_id: str) -> int:
        positions = self._lazy.get("positions")
        if positions is None:
            positions = self._lazy["positions"] = {e: i for i, e in enumerate(self.entry_ids)}
        return positions[entry_id]  # type: ignore[no-any-return]


class _Vocabulary:
    """Sorted unique words joined in one string, so one scan finds every word holding a term."""

    def __init__(self, words: list[str], starts: list[int] | None = None, owner: bytes = b"") -> None:
        self.words = words
        self.members = frozenset(words)
        self.joined = "\n" + "\n".join(words) + "\n"
        if starts is None:
            starts = []
            found = array("i", [0])
            for wid, word in enumerate(words):
                starts.append(len(found))
                found.extend(repeat(wid, len(word) + 1))
        else:
            found = array("i")
            found.frombytes(owner)
        self.starts = starts
        self.owner = found
        self._prefixes: dict[int, list[str]] = {}
        self._lengths: dict[int, list[str]] = {}

    def state(self) -> tuple[list[str], list[int], bytes]:
        """Plain data to rebuild this vocabulary from."""
        return self.words, self.starts, self.owner.tobytes()

    @classmethod
    def from_state(cls, state: tuple[list[str], list[int], bytes]) -> _Vocabulary:
        """The vocabulary `state()` describes."""
        return cls(*state)

    def containing(self, text: str) -> list[tuple[str, int]]:
        """(word, kind) for every word that contains `text` (which holds no newline)."""
        joined, owner, starts, words = self.joined, self.owner, self.starts, self.words
        out: list[tuple[str, int]] = []
        n = len(text)
        pos = joined.find(text)
        while pos >= 0:
            wid = owner[pos]
            start, word = starts[wid], words[wid]
            out.append((word, (EXACT if len(word) == n else PREFIX) if pos == start else SUBSTRING))
            pos = joined.find(text, start + len(word) + 1)
        return out

    @staticmethod
    def narrow(previous: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
        """`containing(text)` from the words that contained a prefix of `text`."""
        out: list[tuple[str, int]] = []
        n = len(text)
        for word, _ in previous:
            pos = word.find(text)
            if pos >= 0:
                out.append((word, (EXACT if len(word) == n else PREFIX) if pos == 0 else SUBSTRING))
        return out

    def with_prefix(self, prefix: str) -> list[str]:
        """Every word starting with `prefix`."""
        lo = bisect_left(self.words, prefix)
        return self.words[lo : bisect_left(self.words, prefix + "\U0010ffff", lo)]

    def prefixes(self, length: int) -> list[str]:
        """Distinct `length`-character prefixes of the words (whole words of that length too)."""
        found = self._prefixes.get(length)
        if found is None:
            found = list(dict.fromkeys(w[:length] for w in self.words if len(w) >= length))
            self._prefixes[length] = found
        return found

    def of_length(self, length: int) -> list[str]:
        """The words of exactly `length` characters."""
        found = self._lengths.get(length)
        if found is None:
            found = self._lengths[length] = [w for w in self.words if len(w) == length]
        return found


_is_word = re.compile(rf"[^\W_{_CJK_CHARS}]").match
_ASCII_WORD = re.compile(r"[0-9A-Za-z]+")
_ASCII_SPLIT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_WIDE_WORDS = frozenset(chr(c) for c in range(0xFF10, 0xFF5B) if chr(c).isalnum())


@cache
def _cjk_set() -> frozenset[str]:
    """Every CJK character of the Basic Multilingual Plane (for set intersections)."""
    ranges = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


@cache
def _plain_set() -> frozenset[str]:
    """ASCII and the punctuation of CJK text: characters that make no word of their own."""
    ranges = ((0x2000, 0x206F), (0x3000, 0x303F), (0xFE30, 0xFE4F), (0xFF00, 0xFF65))
    marks = {chr(c) for lo, hi in ranges for c in range(lo, hi + 1) if not chr(c).isalnum()}
    return frozenset(marks | {chr(c) for c in range(128)} | set("·•—…“”‘’"))


def text_keys(text: str) -> tuple[set[str], bool]:
    """The index keys of a text (its words, case kept, and its CJK characters), and
    whether it holds a full-width letter or digit (keys are taken after folding it)."""
    if text.isascii():
        return set(text.translate(_ASCII_SPLIT).split()), False
    chars = set(text)
    wide = not chars.isdisjoint(_WIDE_WORDS)
    if wide:
        text = fold_width(text)
        chars = set(text)
    cjk = _cjk_set()
    keys = chars & cjk
    if not (chars - cjk) <= _plain_set():
        keys.update(WORD_RE.findall(text))
        keys.update(CJK_RE.findall(text))
    else:
        keys.update(_ASCII_WORD.findall(text))
    return keys, wide


def _end_keys(text: str) -> tuple[str | None, str | None]:
    """The folded first and last word (or CJK character) of a field, for `^` and `$`."""
    first = _SEGMENT.match(text)
    last = _SEGMENT.match(text[-40:].rstrip(TRAILING)[::-1])
    return (_fold_key(first.group()) if first else None, _fold_key(last.group()[::-1]) if last else None)


def _fold_key(key: str) -> str:
    return key.lower() if key.isascii() else normalize(key, False)


class _Builder:
    """Collects postings as lists while entries are added, then packs them into the index."""

    def __init__(self, index: SearchIndex, corpus: Corpus) -> None:
        self.index, self.corpus = index, corpus
        index.speakers = {s.id: (s.handle, s.name.zh, s.name.en) for s in corpus.speakers}
        index.source_kinds = {s.id: s.kind for s in corpus.sources}
        self.keys: list[defaultdict[str, list[int]]] = [defaultdict(list) for _ in CLASSES]
        self.starts: list[defaultdict[str, list[int]]] = [defaultdict(list) for _ in CLASSES]
        self.ends: list[defaultdict[str, list[int]]] = [defaultdict(list) for _ in CLASSES]
        self.filters: dict[str, defaultdict[str, list[int]]] = {
            kind: defaultdict(list) for kind in ("by", "by-main", "topic", "src", "lang")
        }
        self.layouts: dict[tuple[tuple[str, int], ...], int] = {}
        self.indexed: list[tuple[tuple[int, ...], ...]] = []
        self.langs: list[tuple[str, ...]] = []

    def add_topic(self, topic: Topic) -> None:
        """Add a topic and its entries, in reading order."""
        index = self.index
        index.topics.append((topic.id, topic.title.zh, topic.title.en))
        t = len(index.topics) - 1
        for entry in topic.entries:
            i = len(index.entry_ids)
            fields = entry_fields(self.corpus, topic, entry)
            layout_id = self._layout(tuple((key, c) for key, c, _ in fields))
            texts = tuple(text for _, _, text in fields)
            index.entry_ids.append(entry.id)
            index.entry_topics.append(t)
            index.entry_layout.append(layout_id)
            index.entry_texts.append(texts)
            for c, indexed in zip(CLASSES, self.indexed[layout_id]):
                if indexed:
                    self._add_texts(i, c, [texts[j] for j in indexed])
            for c, fields_of_class in zip(CLASSES, index.class_fields[layout_id]):
                wide = [texts[j] for j in fields_of_class if not texts[j].isascii()]
                index.blobs[c].append(wide[0] if len(wide) == 1 else "\n".join(wide))
            filters = self.filters
            for speaker_id in dict.fromkeys(answer.speaker for answer in entry.answers):
                filters["by"][speaker_id].append(i)
            for speaker_id in dict.fromkeys(a.speaker for a in entry.answers if a.role == "main"):
                filters["by-main"][speaker_id].append(i)
            filters["topic"][topic.id].append(i)
            for source_id in dict.fromkeys(entry.sources):
                filters["src"][source_id].append(i)
            for lang in self.langs[layout_id]:
                filters["lang"][lang].append(i)

    def _layout(self, layout: tuple[tuple[str, int], ...]) -> int:
        """The id of an entry's field layout; most entries share a few layouts."""
        found = self.layouts.get(layout)
        if found is None:
            index = self.index
            found = self.layouts[layout] = len(index.layouts)
            index.layouts.append(layout)
            index.class_fields.append(
                tuple(tuple(j for j, (_, c) in enumerate(layout) if c == k) for k in CLASSES)
            )
            # Topic titles and speakers are indexed once each, in finish(), not per entry.
            self.indexed.append(
                tuple(
                    tuple(j for j, (key, c) in enumerate(layout) if c == k and key[:5] not in ("topic", "speak"))
                    for k in CLASSES
                )
            )
            self.langs.append(
                tuple(lang for lang in ("zh", "en") if any(key.endswith("." + lang) and c != META for key, c in layout))
            )
        return found

    def _add_texts(self, i: int, c: int, texts: list[str]) -> None:
        keys: set[str] = set()
        for text in texts:
            found, wide = text_keys(text)
            keys |= found
            if wide:
                self.index.wide.add(i)
        postings = self.keys[c]
        for key in keys:
            postings[key].append(i)
        for text in texts:
            for table, end in zip((self.starts[c], self.ends[c]), _end_keys(text)):
                if end is not None:
                    bucket = table[end]
                    if not bucket or bucket[-1] != i:
                        bucket.append(i)

    def finish(self) -> SearchIndex:
        """Pack the postings (bitmaps for common keys, lists for rare ones) and the vocabulary."""
        index, size = self.index, self.index.size
        dense = max(1, size // 256)

        def pack(indices: list[int]) -> Posting:
            return from_indices(indices, size) if len(indices) >= dense else indices

        index.filters = {
            kind: {k: from_indices(v, size) for k, v in table.items()} for kind, table in self.filters.items()
        }
        meta: tuple[defaultdict[str, int], ...] = (defaultdict(int), defaultdict(int), defaultdict(int))
        entities: list[tuple[tuple[str | None, ...], int]] = [
            (texts[1:], index.filters["topic"].get(texts[0], 0)) for texts in index.topics
        ]
        entities += [(names, index.filters["by"].get(sid, 0)) for sid, names in index.speakers.items()]
        for texts, bits in entities:
            for text in filter(None, texts):
                found, wide = text_keys(text)
                if wide:
                    index.wide.update(iter_bits(bits))
                for key in found:
                    meta[0][key] |= bits
                for table, end in zip(meta[1:], _end_keys(text)):
                    if end is not None:
                        table[end] |= bits

        def merged(lists: defaultdict[str, list[int]], extra: dict[str, int]) -> dict[str, Posting]:
            out = {k: pack(v) for k, v in lists.items()}
            for k, bits in extra.items():
                out[k] = _as_bits(out.get(k), size) | bits
            return out

        packed = [
            {k: pack(v) for k, v in self.keys[ANSWER].items()},
            merged(self.keys[META], meta[0]),
            {k: pack(v) for k, v in self.keys[QUESTION].items()},
        ]
        every: set[str] = set().union(*packed)
        index.postings = {key: (packed[0].get(key), packed[1].get(key), packed[2].get(key)) for key in every}
        index.starts = [{k: pack(v) for k, v in self.starts[c].items()} for c in CLASSES]
        index.ends = [{k: pack(v) for k, v in self.ends[c].items()} for c in CLASSES]
        index.starts[META] = merged(self.starts[META], meta[1])
        index.ends[META] = merged(self.ends[META], meta[2])
        words = sorted(k for k in every if not CJK_RE.match(k))
        index.vocab_cs = _Vocabulary(words)
        variants: dict[str, list[str]] = {}
        for word in words:
            variants.setdefault(fold_case(word), []).append(word)
        index.variants = {k: tuple(v) for k, v in variants.items()}
        index.vocab = _Vocabulary(sorted(variants))
        index.start_keys = [sorted(d) for d in index.starts]
        index.end_keys = [sorted(d) for d in index.ends]
        index.chars = {ch: _word_char_bits(index, ch) for ch in string.ascii_letters + string.digits}
        return index


def _word_char_bits(index: SearchIndex, char: str) -> tuple[int, int, int]:
    """Per class, the entries with a word (case kept) containing `char`."""
    acc: dict[int, _Bits] = {}
    index._collect(acc, [(w, SUBSTRING) for w, _ in index.vocab_cs.containing(char)], True)
    return tuple(  # type: ignore[return-value]
        acc[level(SUBSTRING, c)].value(index.size) if level(SUBSTRING, c) in acc else 0 for c in CLASSES
    )


def _levels_hits(levels: dict[int, int], fuzzy: dict[str, int] | None = None) -> _TermHits:
    levels = {lv: bits for lv, bits in levels.items() if bits}
    per_class = [0, 0, 0]
    for lv, bits in levels.items():
        per_class[(lv - 1) % 3] |= bits
    a, m, q = per_class
    return _TermHits(levels, a | m | q, (a, m, q), fuzzy)


def _as_bits(posting: Posting | None, size: int) -> int:
    if posting is None:
        return 0
    return posting if isinstance(posting, int) else from_indices(posting, size)


def _union(postings: Iterable[Posting | None], size: int) -> int:
    acc = _Bits()
    for posting in postings:
        acc.add(posting)
    return acc.value(size)


def _kind_at(s: str, start: int, end: int) -> int:
    """How an occurrence s[start:end] sits among the words around it."""
    left = start == 0 or not _is_word(s[start - 1]) or not _is_word(s[start])
    right = end == len(s) or not _is_word(s[end]) or not _is_word(s[end - 1])
    return (EXACT if right else PREFIX) if left else SUBSTRING


def _best_kind(s: str, text: str, whole_word: bool) -> int:
    """The best kind of any occurrence of `text` in `s`, or -1."""
    best = -1
    pos = s.find(text)
    while pos >= 0:
        kind = _kind_at(s, pos, pos + len(text))
        if kind > best and (kind == EXACT or not whole_word):
            best = kind
            if best == EXACT:
                break
        pos = s.find(text, pos + 1)
    return best


def _anchor_check(text: str, prefix: bool, suffix: bool, cs: bool) -> Any:
    def check(s: str) -> int:
        return EXACT if _anchor_span(s, text, prefix, suffix) else -1

    return check


def _anchor_span(s: str, text: str, prefix: bool, suffix: bool) -> tuple[int, int] | None:
    """Where an anchored term sits in a field (`$` ignores trailing punctuation), or None."""
    if prefix and not s.startswith(text):
        return None
    if not suffix:
        return (0, len(text))
    stripped = s.rstrip(TRAILING)
    end = len(s) if s.endswith(text) else len(stripped) if stripped.endswith(text) else -1
    if end < 0 or (prefix and end != len(text)):
        return None
    return (end - len(text), end)


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
