"""Checking a search index read back from a cache: its contents are untrusted.

A cache file can be damaged, written by another version, or planted. `check_index`
raises ValueError unless every field has the type and shape the engine relies on, the
per-entry tables agree in length, every reference between them is in range, ids are
slugs and titles and names hold no control character; the caller then ignores the cache and indexes again.
Postings lists are checked for type, not element by element (that would cost as much
as indexing); a posting holding a bad entry number makes a search fail, and the
`search` command then rebuilds too.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.search.index import SearchIndex

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _fail(what: str) -> None:
    raise ValueError(f"not a valid search index: {what}")


def _require(ok: bool, what: str) -> None:
    if not ok:
        _fail(what)


def _strs(items: Any, what: str, optional: bool = False) -> None:
    allowed = {str, type(None)} if optional else {str}
    _require(set(map(type, items)) <= allowed, what)


def _ints_below(items: Any, bound: int, what: str) -> None:
    """Every item an int in 0 <= item < bound (checked at C speed: type set, min, max)."""
    items = list(items)
    _require(set(map(type, items)) <= {int}, what)
    _require(not items or (min(items) >= 0 and max(items) < bound), what)


def _text_ok(value: str | None) -> bool:
    return value is None or not _CONTROL.search(value)


def _posting(value: Any, size: int, optional: bool = True) -> bool:
    if value is None:
        return optional
    if type(value) is int:
        return value >= 0 and value.bit_length() <= size
    return type(value) is list


def check_index(index: SearchIndex) -> None:
    """Raise ValueError unless `index` (loaded from a cache) is safe to search and show."""
    s = index
    for name, kind in _TYPES.items():
        _require(type(getattr(s, name, None)) is kind, f"{name} is not a {kind.__name__}")
    size = len(s.entry_ids)
    _strs(s.entry_ids, "an entry id is not text")
    _require(all(_SLUG.fullmatch(e) for e in s.entry_ids), "an entry id is not a slug")
    _require(len(set(s.entry_ids)) == size, "duplicate entry ids")
    for name in ("entry_topics", "entry_layout", "entry_texts"):
        _require(len(getattr(s, name)) == size, f"{name} does not match the entries")
    _check_topics_and_layouts(s, size)
    _check_postings(s, size)
    _check_words(s, size)


_TYPES: dict[str, type] = {
    "entry_ids": list,
    "entry_topics": list,
    "topics": list,
    "speakers": dict,
    "layouts": list,
    "class_fields": list,
    "entry_layout": list,
    "entry_texts": list,
    "postings": dict,
    "starts": list,
    "ends": list,
    "filters": dict,
    "source_kinds": dict,
    "wide": set,
    "blobs": list,
    "chars": dict,
    "variants": dict,
    "start_keys": list,
    "end_keys": list,
}


def _check_topics_and_layouts(s: SearchIndex, size: int) -> None:
    topics, layouts = len(s.topics), len(s.layouts)
    for topic in s.topics:
        _require(type(topic) is tuple and len(topic) == 3, "a topic is not (id, zh, en)")
        _strs(topic[:1], "a topic id is not text")
        _strs(topic[1:], "a topic title is not text", optional=True)
        _require(all(map(_text_ok, topic)), "a topic holds a control character")
    for sid, names in s.speakers.items():
        _require(type(sid) is str and type(names) is tuple and len(names) == 3, "a speaker is malformed")
        _strs(names, "a speaker name is not text", optional=True)
        _require(all(map(_text_ok, (sid, *names))), "a speaker holds a control character")
    _strs(s.source_kinds, "a source id is not text")
    _strs(s.source_kinds.values(), "a source kind is not text")
    _ints_below(s.entry_topics, topics, "an entry's topic is out of range")
    _ints_below(s.entry_layout, layouts, "an entry's layout is out of range")
    _require(len(s.class_fields) == layouts, "class_fields does not match the layouts")
    widths = []
    for layout, fields in zip(s.layouts, s.class_fields):
        _require(type(layout) is tuple and type(fields) is tuple and len(fields) == 3, "a layout is malformed")
        for key in layout:
            _require(type(key) is tuple and len(key) == 2, "a layout field is malformed")
            _require(type(key[0]) is str and type(key[1]) is int and 0 <= key[1] < 3, "a layout field is malformed")
        for of_class in fields:
            _require(type(of_class) is tuple, "a layout's classes are malformed")
            _require(all(type(j) is int and 0 <= j < len(layout) for j in of_class), "a layout field is out of range")
        widths.append(len(layout))
    _require(set(map(type, s.entry_texts)) <= {tuple}, "an entry's texts are not a tuple")
    _require(list(map(len, s.entry_texts)) == [widths[i] for i in s.entry_layout], "an entry's texts do not match its layout")
    # (texts are not scanned for control characters: that costs more than loading them;
    # the `search` command cleans what it prints, the reader shows the corpus's own text)
    _strs(chain.from_iterable(s.entry_texts), "an entry's text is not text")


def _postings_ok(postings: list[Any], size: int, optional: bool) -> bool:
    """Bitmaps (non-negative ints of at most `size` bits) or lists, or None if optional."""
    kinds = set(map(type, postings))
    if not kinds <= ({int, list, type(None)} if optional else {int, list}):
        return False
    bitmaps = [p for p in postings if type(p) is int]
    return not bitmaps or (min(bitmaps) >= 0 and max(map(int.bit_length, bitmaps)) <= size)


def _check_postings(s: SearchIndex, size: int) -> None:
    _strs(s.postings, "a posting key is not text")
    triples = list(s.postings.values())
    _require(set(map(type, triples)) <= {tuple} and set(map(len, triples)) <= {3}, "a posting is malformed")
    _require(_postings_ok(list(chain.from_iterable(triples)), size, True), "a posting is malformed")
    for tables in (s.starts, s.ends):
        _require(len(tables) == 3 and all(type(t) is dict for t in tables), "an anchor table is malformed")
        for table in tables:
            _strs(table, "an anchor key is not text")
            _require(_postings_ok(list(table.values()), size, False), "an anchor posting is malformed")
    for kind, table in s.filters.items():
        _require(type(kind) is str and type(table) is dict, "a filter table is malformed")
        _strs(table, "a filter key is not text")
        _require(all(_posting(p, size, optional=False) and type(p) is int for p in table.values()), "a filter is malformed")
    _ints_below(s.wide, size, "a wide entry is out of range")
    for key, triple in s.chars.items():
        _require(type(key) is str and type(triple) is tuple and len(triple) == 3, "a letter table is malformed")
        _require(all(type(p) is int and _posting(p, size) for p in triple), "a letter table is malformed")


def _check_words(s: SearchIndex, size: int) -> None:
    _require(len(s.blobs) == 3 and all(type(b) is list and len(b) == size for b in s.blobs), "blobs are malformed")
    for blob in s.blobs:
        _strs(blob, "a blob is not text")
    for name in ("start_keys", "end_keys"):
        tables = getattr(s, name)
        _require(len(tables) == 3 and all(type(t) is list for t in tables), f"{name} is malformed")
        for table in tables:
            _strs(table, f"{name} holds a non-text key")
    _strs(s.variants, "a word variant is not text")
    _require(set(map(type, s.variants.values())) <= {tuple}, "a word variant is malformed")
    _strs(chain.from_iterable(s.variants.values()), "a word variant is not text")
    for name in ("vocab", "vocab_cs"):
        vocab = getattr(s, name)
        words, starts, owner = vocab.words, vocab.starts, vocab.owner
        _require(type(words) is list and type(starts) is list, f"{name} is malformed")
        _strs(words, f"{name} holds a non-word")
        _require(not any("\n" in w for w in words), f"{name} holds a line break")
        _require(len(starts) == len(words), f"{name} starts do not match its words")
        _require(len(owner) == len(vocab.joined), f"{name} owners do not match its words")
        _ints_below(starts, max(1, len(owner)), f"{name} starts out of range")
        _require(not owner or (min(owner) >= 0 and max(owner) < max(1, len(words))), f"{name} owners out of range")
