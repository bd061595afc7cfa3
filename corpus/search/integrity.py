"""Checking a search index read back from a cache: its contents are untrusted.

A cache file can be damaged, written by another version, or planted. `check_index`
raises ValueError unless every field has the type and shape the engine relies on, the
per-entry tables agree in length, every reference between them is in range, ids are
slugs and titles and names hold no control character; the caller then ignores the cache and indexes again.
An index read lazily is checked in parts: `check_head` when it is opened, then each
block as it is read (`check_postings`, `check_anchors`, `check_letters`, `check_texts`,
`check_blobs`, `check_lengths`). Postings lists are checked for type, not element by element (that would cost as much
as indexing); a posting holding a bad entry number makes a search fail, and the
`search` command then rebuilds too.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING, Any

from corpus.text import yield_to_other_threads

if TYPE_CHECKING:
    from collections.abc import Iterator

    from corpus.search.index import SearchIndex

_SLUG_CHARS = re.compile(r"[a-z0-9\n-]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _fail(what: str) -> None:
    raise ValueError(f"not a valid search index: {what}")


def _require(ok: bool, what: str) -> None:
    if not ok:
        _fail(what)


CHECKED_AT_ONCE = 100_000
"""How many items one C call checks before a loading thread lets the UI have its turn:
a vocabulary's million words or starts checked in one call held the GIL ~40 ms, and a
first start at 100k caught the event loop 143 ms late as a cached index was checked."""


def _parts(items: Any) -> Iterator[list[Any]]:
    """`items` a slice of `CHECKED_AT_ONCE` at a time, the UI's turn between two."""
    items = items if type(items) is list else list(items)
    for start in range(0, len(items), CHECKED_AT_ONCE):
        if start:
            yield_to_other_threads()
        yield items[start : start + CHECKED_AT_ONCE]


def _strs(items: Any, what: str, optional: bool = False) -> None:
    allowed = {str, type(None)} if optional else {str}
    _require(all(set(map(type, part)) <= allowed for part in _parts(items)), what)


def _ints_below(items: Any, bound: int, what: str) -> None:
    """Every item an int in 0 <= item < bound (checked at C speed: type set, min, max)."""
    for part in _parts(items):
        _require(set(map(type, part)) <= {int}, what)
        _require(min(part) >= 0 and max(part) < bound, what)


def _slugs(ids: list[str]) -> bool:
    """Whether every id is a slug (checked on all ids joined: C speed, no regex per id)."""
    if not ids:
        return True
    joined = "\n" + "\n".join(ids) + "\n"
    return (
        _SLUG_CHARS.fullmatch(joined) is not None
        and joined.count("\n") == len(ids) + 1
        and "--" not in joined and "\n-" not in joined and "-\n" not in joined
        and "\n\n" not in joined
    )  # fmt: skip


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
    check_head(index, _TYPES)
    s = index
    size = len(s.entry_ids)
    check_texts(s.entry_texts, entry_widths(s), "entry_texts")
    _check_postings(s, size)
    _require(len(s.blobs) == 3 and all(type(b) is list for b in s.blobs), "blobs are malformed")
    for blob in s.blobs:
        check_blobs(blob, size)


def check_tables(index: SearchIndex) -> None:
    """Raise ValueError unless the index's postings, anchor and letter tables, read whole,
    are safe (its texts and blobs are checked as they are read)."""
    for name in ("postings", "chars"):
        _require(type(getattr(index, name)) is dict, f"{name} is not a dict")
    for name in ("starts", "ends"):
        tables = getattr(index, name)
        _require(type(tables) is list and len(tables) == 3 and all(type(t) is dict for t in tables), f"{name} are malformed")
    _check_postings(index, len(index.entry_ids))


def check_head(index: SearchIndex, types: dict[str, type] | None = None) -> None:
    """Raise ValueError unless the index's small tables (everything but its postings,
    anchor and letter tables, texts and blobs: `types` says which fields to check the
    type of) are safe; the rest is checked as it is read (`check_*`)."""
    s = index
    for name, kind in (types or _HEAD_TYPES).items():
        _require(type(getattr(s, name, None)) is kind, f"{name} is not a {kind.__name__}")
    size = len(s.entry_ids)
    _strs(s.entry_ids, "an entry id is not text")
    _require(_slugs(s.entry_ids), "an entry id is not a slug")
    _require(len(set(s.entry_ids)) == size, "duplicate entry ids")
    for name in ("entry_topics", "entry_layout", "entry_texts"):
        _require(len(getattr(s, name)) == size, f"{name} does not match the entries")
    _check_topics_and_layouts(s, size)
    for filter_kind, table in s.filters.items():
        _require(type(filter_kind) is str and type(table) is dict, "a filter table is malformed")
        _strs(table, "a filter key is not text")
        _require(all(_posting(p, size, optional=False) and type(p) is int for p in table.values()), "a filter is malformed")
    _ints_below(s.wide, size, "a wide entry is out of range")
    _require(len(s.blobs) == 3, "blobs are malformed")
    for blob in s.blobs:
        _require(len(blob) == size, "blobs are malformed")
    _check_words(s, size)


def entry_widths(s: SearchIndex) -> list[int]:
    """How many texts each entry has (its layout says)."""
    widths = list(map(len, s.layouts))
    return [widths[i] for i in s.entry_layout]


def check_texts(rows: Any, widths: list[int], what: str) -> None:
    """Raise ValueError unless `rows` is a list of tuples of texts, of these lengths."""
    _require(type(rows) is list and set(map(type, rows)) <= {tuple}, f"{what}: an entry's texts are not a tuple")
    _require(list(map(len, rows)) == widths, f"{what}: an entry's texts do not match its layout")
    # (texts are not scanned for control characters: that costs more than loading them;
    # the `search` command cleans what it prints, the reader shows the corpus's own text)
    _strs(chain.from_iterable(rows), f"{what}: an entry's text is not text")


def check_blobs(rows: Any, count: int) -> None:
    """Raise ValueError unless `rows` is a list of `count` texts."""
    _require(type(rows) is list and len(rows) == count, "blobs are malformed")
    _strs(rows, "a blob is not text")


def check_lengths(lengths: Any, size: int) -> None:
    """Raise ValueError unless `lengths` is, per field class, a length for each entry."""
    _require(type(lengths) is list and len(lengths) == 3, "field lengths are malformed")
    for of_class in lengths:
        _require(type(of_class) is list and len(of_class) == size, "field lengths are malformed")
        _ints_below(of_class, 1 << 62, "a field length is out of range")


def check_postings(table: Any, size: int) -> None:
    """Raise ValueError unless `table` maps texts to (answer, meta, question) postings."""
    _require(type(table) is dict, "postings are malformed")
    _strs(table, "a posting key is not text")
    triples = list(table.values())
    _require(set(map(type, triples)) <= {tuple} and set(map(len, triples)) <= {3}, "a posting is malformed")
    _require(_postings_ok(list(chain.from_iterable(triples)), size, True), "a posting is malformed")


def check_anchors(table: Any, size: int) -> None:
    """Raise ValueError unless `table` maps texts to postings (an anchor table)."""
    _require(type(table) is dict, "an anchor table is malformed")
    _strs(table, "an anchor key is not text")
    _require(_postings_ok(list(table.values()), size, False), "an anchor posting is malformed")


def check_letters(table: Any, size: int) -> None:
    """Raise ValueError unless `table` maps letters to three bitmaps."""
    _require(type(table) is dict, "a letter table is malformed")
    for key, triple in table.items():
        _require(type(key) is str and type(triple) is tuple and len(triple) == 3, "a letter table is malformed")
        _require(all(type(p) is int and _posting(p, size) for p in triple), "a letter table is malformed")


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

_HEAD_TYPES = {name: kind for name, kind in _TYPES.items() if name not in ("postings", "starts", "ends", "chars", "entry_texts", "blobs")}


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
    # checked a kind at a time (C speed): 100k entries have ~1,400 layouts, ~21,000 fields
    _require(set(map(type, s.layouts)) <= {tuple} and set(map(type, s.class_fields)) <= {tuple}, "a layout is malformed")
    keys = list(chain.from_iterable(s.layouts))
    _require(set(map(type, keys)) <= {tuple} and set(map(len, keys)) <= {2}, "a layout field is malformed")
    _strs([key[0] for key in keys], "a layout field is malformed")
    _ints_below([key[1] for key in keys], 3, "a layout field is malformed")
    _require(set(map(len, s.class_fields)) <= {3}, "a layout is malformed")
    classes = list(chain.from_iterable(s.class_fields))
    _require(set(map(type, classes)) <= {tuple}, "a layout's classes are malformed")
    _require(set(map(type, chain.from_iterable(classes))) <= {int}, "a layout field is out of range")
    for layout, fields in zip(s.layouts, s.class_fields):
        every = (*fields[0], *fields[1], *fields[2])
        _require(not every or (min(every) >= 0 and max(every) < len(layout)), "a layout field is out of range")


def _postings_ok(postings: list[Any], size: int, optional: bool) -> bool:
    """Bitmaps (non-negative ints of at most `size` bits) or lists, or None if optional."""
    kinds = set(map(type, postings))
    if not kinds <= ({int, list, type(None)} if optional else {int, list}):
        return False
    bitmaps = [p for p in postings if type(p) is int]
    return not bitmaps or (min(bitmaps) >= 0 and max(map(int.bit_length, bitmaps)) <= size)


def _check_postings(s: SearchIndex, size: int) -> None:
    check_postings(s.postings, size)
    for tables in (s.starts, s.ends):
        _require(len(tables) == 3, "an anchor table is malformed")
        for table in tables:
            check_anchors(table, size)
    check_letters(s.chars, size)


def _check_words(s: SearchIndex, size: int) -> None:
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
        _require(len(owner) == len(vocab.joined), f"{name} owners do not match its words")
        _require(vocab.joined.count("\n") == len(words) + 1, f"{name} holds a line break")
        _require(len(starts) == len(words), f"{name} starts do not match its words")
        _ints_below(starts, max(1, len(owner)), f"{name} starts out of range")
        _require(not owner or (min(owner) >= 0 and max(owner) < max(1, len(words))), f"{name} owners out of range")
