"""Building a search index from a corpus: postings collected as lists while entries
are added, then packed (bitmaps for common keys, lists for rare ones) with the vocabulary."""

from __future__ import annotations

import string
from collections import defaultdict
from typing import TYPE_CHECKING

from corpus.behaviour import answerers
from corpus.query import fold_case
from corpus.search.bitmaps import Posting, _as_bits, from_indices, iter_bits
from corpus.search.text import (
    ANSWER,
    CJK_RE,
    CLASSES,
    META,
    QUESTION,
    _end_keys,
    text_keys,
)
from corpus.search.vocabulary import _Vocabulary
from corpus.search.words import _word_char_bits
from corpus.text import ENTRIES_BETWEEN_TURNS, yield_to_other_threads

if TYPE_CHECKING:
    from corpus.model import Corpus, Entry, LocalizedText, Topic
    from corpus.search.index import SearchIndex


def entry_fields(corpus: Corpus, topic: Topic, entry: Entry) -> list[tuple[str, int, str]]:
    """Every searchable (field key, class, text) of an entry, texts as the model has them."""
    out: list[tuple[str, int, str]] = []
    add = out.append
    texts = [("question", QUESTION, entry.question)]
    if entry.asked_by:
        texts.append(("asked_by", META, entry.asked_by))
    texts += [(f"also_asked.{i}", QUESTION, asked.text) for i, asked in enumerate(entry.also_asked)]
    texts.append(("topic", META, topic.title))
    for i, tag in enumerate(entry.tags):
        add((f"tags.{i}", META, tag))
    for speaker_id in answerers(entry.answers):  # (an asker who followed up: `asked_by`)
        speaker = corpus.speaker(speaker_id)
        if speaker.handle:
            add((f"speaker.{speaker_id}", META, speaker.handle))
        texts.append((f"speaker.{speaker_id}", META, speaker.name))
    texts += [(f"answers.{i}", ANSWER, answer.text) for i, answer in enumerate(entry.answers)]
    texts += [(f"highlights.{i}", ANSWER, highlight.text) for i, highlight in enumerate(entry.highlights)]
    for key, cls, text in texts:
        if text.zh:
            add((key + ".zh", cls, text.zh))
        if text.en:
            add((key + ".en", cls, text.en))
    return out


class EntryFields:
    """Each entry's searchable texts, as `entry_fields` gives them, with their layout (the
    field keys and classes). `entry_fields` formats a key for every text of every entry
    (~15 µs an entry, 1.5 s at 100k): here an entry's texts are picked out and its shape
    noted (how many of each list, which speakers, which languages each text has), and a
    layout is worked out by `entry_fields` once per shape; most entries share a few."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.layouts: dict[tuple[object, ...], tuple[tuple[str, int], ...]] = {}
        self.speakers: dict[tuple[str, ...], tuple[list[str], list[LocalizedText]]] = {}

    def of(self, topic: Topic, entry: Entry) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
        """(layout, texts) of an entry of `topic`."""
        answers, also_asked, highlights, tags = entry.answers, entry.also_asked, entry.highlights, entry.tags
        speaker_ids = answerers(answers)
        named = self.speakers.get(speaker_ids)
        if named is None:
            named = self.speakers[speaker_ids] = self._speakers(speaker_ids)
        handles, names = named
        texts = [*tags, *handles]
        add = texts.append
        present: list[int] = []
        mark = present.append
        asked_by = (entry.asked_by,) if entry.asked_by else ()
        for text in (
            entry.question,
            *asked_by,
            *[asked.text for asked in also_asked],
            topic.title,
            *names,
            *[answer.text for answer in answers],
            *[highlight.text for highlight in highlights],
        ):
            zh, en = text.zh, text.en
            if zh:
                add(zh)
            if en:
                add(en)
            mark(bool(zh) + 2 * bool(en))
        shape = (len(asked_by), len(also_asked), len(tags), speaker_ids, len(answers), len(highlights), bytes(present))
        layout = self.layouts.get(shape)
        if layout is None:
            layout = self.layouts[shape] = tuple((key, c) for key, c, _ in entry_fields(self.corpus, topic, entry))
        return layout, tuple(texts)

    def _speakers(self, speaker_ids: tuple[str, ...]) -> tuple[list[str], list[LocalizedText]]:
        """The handles (those who have one) and names of these speakers."""
        speakers = [self.corpus.speaker(speaker_id) for speaker_id in speaker_ids]
        return [s.handle for s in speakers if s.handle], [s.name for s in speakers]


def entry_blobs(texts: tuple[str, ...], class_fields: tuple[tuple[int, ...], ...]) -> list[str]:
    """Per field class, an entry's non-ASCII text (its one such field's own string, or
    several joined), where a CJK run is looked for."""
    out = []
    for fields in class_fields:
        wide = [texts[j] for j in fields if not texts[j].isascii()]
        out.append(wide[0] if len(wide) == 1 else "\n".join(wide))
    return out


class _Builder:
    """Collects postings as lists while entries are added, then packs them into the index."""

    def __init__(self, index: SearchIndex, corpus: Corpus) -> None:
        self.index, self.corpus = index, corpus
        self.fields = EntryFields(corpus)
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
        by, by_main, src, lang_of = (self.filters[kind] for kind in ("by", "by-main", "src", "lang"))
        in_topic = self.filters["topic"][topic.id]
        fields_of = self.fields.of
        for n, entry in enumerate(topic.entries, 1):
            if not n % ENTRIES_BETWEEN_TURNS:
                yield_to_other_threads()
            i = len(index.entry_ids)
            layout, texts = fields_of(topic, entry)
            layout_id = self._layout(layout)
            index.entry_ids.append(entry.id)
            index.entry_topics.append(t)
            index.entry_layout.append(layout_id)
            index.entry_texts.append(texts)
            self._index_texts(i, layout_id, texts)
            answers = entry.answers
            if answers:
                for speaker_id in dict.fromkeys([answer.speaker for answer in answers]):
                    by[speaker_id].append(i)
                for speaker_id in dict.fromkeys([a.speaker for a in answers if a.role == "main"]):
                    by_main[speaker_id].append(i)
            in_topic.append(i)
            for source_id in dict.fromkeys(entry.sources):
                src[source_id].append(i)
            for lang in self.langs[layout_id]:
                lang_of[lang].append(i)

    def _index_texts(self, i: int, layout_id: int, texts: tuple[str, ...]) -> None:
        """Add entry `i`'s texts to the postings, and its blobs."""
        for c, indexed in zip(CLASSES, self.indexed[layout_id]):
            if indexed:
                self._add_texts(i, c, [texts[j] for j in indexed])
        for c, blob in zip(CLASSES, entry_blobs(texts, self.index.class_fields[layout_id])):
            self.index.blobs[c].append(blob)

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

    def _pack_filters(self) -> None:
        """The field filters' entry lists as bitmaps."""
        size = self.index.size
        self.index.filters = {
            kind: {k: from_indices(v, size) for k, v in table.items()} for kind, table in self.filters.items()
        }

    def finish(self) -> SearchIndex:
        """Pack the postings (bitmaps for common keys, lists for rare ones) and the vocabulary."""
        index, size = self.index, self.index.size
        dense = max(1, size // 256)

        def pack(indices: list[int]) -> Posting:
            return from_indices(indices, size) if len(indices) >= dense else indices

        self._pack_filters()
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

