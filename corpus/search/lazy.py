"""A search index read from its cache file (`store`): either whole (`whole_index`, the
reader's: every frame read and checked at once) or lazily (`lazy_index`, the `search`
command's: the small tables at once, each block of postings, anchors, texts and blobs
when a search first touches it, and checked then).

The lazy index is a plain `SearchIndex` whose big fields are `LazyTable`s (read-only
dicts) and `LazyRows` (read-only lists), so the matching code runs unchanged. A block
that fails its checks raises ValueError from inside a search; the `search` command
then removes the cache and answers from a fresh index.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from corpus.search.integrity import (
    check_anchors,
    check_head,
    check_index,
    check_lengths,
    check_letters,
    check_postings,
    check_texts,
    entry_widths,
)
from corpus.search.state import FORMAT
from corpus.search.store import HEAD, IndexFile, Span
from corpus.search.text import CLASSES
from corpus.text import yield_to_other_threads

if TYPE_CHECKING:
    from corpus.search.index import SearchIndex

_MISSING = object()


class LazyTable(Mapping[str, Any]):
    """A read-only dict kept in blocks of consecutive keys, each read (and checked) the
    first time a key in it is looked up."""

    def __init__(self, file: IndexFile, firsts: list[str], spans: list[Span], check: Callable[[Any], None]) -> None:
        self._file, self._firsts, self._spans, self._check = file, firsts, spans, check
        self._blocks: dict[int, dict[str, Any]] = {}

    def _block(self, b: int) -> dict[str, Any]:
        found = self._blocks.get(b)
        if found is None:
            found = self._file.frame(self._spans[b])
            self._check(found)
            after = self._firsts[b + 1] if b + 1 < len(self._firsts) else None
            if not found or min(found) != self._firsts[b] or (after is not None and max(found) >= after):
                raise ValueError("not a valid search index: a block holds keys out of its range")
            self._blocks[b] = found
        return found

    def get(self, key: str, default: Any = None) -> Any:
        """The value of `key`, or `default`: reads the key's block if not read yet."""
        b = bisect_right(self._firsts, key) - 1
        return default if b < 0 else self._block(b).get(key, default)

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return type(key) is str and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        for b in range(len(self._spans)):
            yield from self._block(b)

    def __len__(self) -> int:
        return sum(len(self._block(b)) for b in range(len(self._spans)))


class LazyRows(Sequence[Any]):
    """A read-only list of one value per entry, kept in blocks of 2**SHIFT entries, each
    read (and checked) the first time an entry in it is asked for."""

    def __init__(self, file: IndexFile, spans: list[Span], size: int, check: Callable[[Any, int, int], Any]) -> None:
        self._file, self._spans, self._size, self._check = file, spans, size, check
        self._shift: int = file.toc["shift"]
        self._mask = (1 << self._shift) - 1
        self._blocks: dict[int, list[Any]] = {}

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i: Any) -> Any:
        try:
            return self._blocks[i >> self._shift][i & self._mask]
        except (KeyError, TypeError, IndexError):
            return self._slow(i)

    def _slow(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        i = int(i)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("entry out of range")
        return self._block(i >> self._shift)[i & self._mask]

    def _block(self, b: int) -> Any:
        found = self._blocks.get(b)
        if found is None:
            first = b << self._shift
            found = self._blocks[b] = self._read(self._file.frame(self._spans[b]), first, min(1 << self._shift, self._size - first))
        return found

    def _read(self, block: Any, first: int, count: int) -> Any:
        """A block as read from the file, checked (ValueError if it is not well formed)."""
        self._check(block, first, count)
        return block

    def __iter__(self) -> Iterator[Any]:
        for b in range(len(self._spans)):
            yield from self._block(b)


class LazyTexts(LazyRows):
    """`entry_texts` read lazily, with what a command asks of the texts without reading
    them all: each entry's question in both languages (`questions`, a block of them is
    ~1/10 of a block of texts) and the characters per field class (`class_lengths`)."""

    def __init__(self, file: IndexFile, index: SearchIndex) -> None:
        toc, size = file.toc, file.toc["size"]
        widths: list[int] = []

        def check(rows: Any, first: int, count: int) -> None:
            if not widths:
                widths.extend(entry_widths(index))
            check_texts(rows, widths[first : first + count], "entry texts")

        super().__init__(file, toc["rows"]["texts"], size, check)
        self.questions = LazyQuestions(file, toc["rows"]["questions"], size)
        self._lengths_span: Span = toc["lengths"]
        self._lengths: list[list[int]] | None = None

    def class_lengths(self, cls: int) -> list[int]:
        """Characters of each entry's fields of one class."""
        if self._lengths is None:
            found = self._file.frame(self._lengths_span)
            check_lengths(found, self._size)
            self._lengths = found
        return self._lengths[cls]


class LazyQuestions(LazyRows):
    """Each entry's (Chinese, English) question, "" for a language it lacks: a block is
    each language's questions joined and where each ends (`store._packed`). Called with
    a list of entry numbers."""

    def __init__(self, file: IndexFile, spans: list[Span], size: int) -> None:
        super().__init__(file, spans, size, _unpacked_questions)

    def __call__(self, entries: list[int]) -> list[tuple[str, str]]:
        blocks, shift, mask = self._blocks, self._shift, self._mask
        out = []
        for i in entries:
            zh, zh_ends, en, en_ends = blocks.get(i >> shift) or self._slow_block(i)
            k = i & mask
            if k:
                out.append((zh[zh_ends[k - 1] : zh_ends[k]], en[en_ends[k - 1] : en_ends[k]]))
            else:
                out.append((zh[: zh_ends[0]], en[: en_ends[0]]))
        return out

    def _slow_block(self, i: int) -> Any:
        if not 0 <= i < self._size:
            raise IndexError("entry out of range")
        return self._block(i >> self._shift)

    def _read(self, block: Any, first: int, count: int) -> Any:
        return _unpacked_questions(block, first, count)


def _unpacked_questions(block: Any, first: int, count: int) -> tuple[str, Any, str, Any]:
    """A block of packed questions, its ends as arrays; ValueError if malformed."""
    from array import array

    ok = type(block) is tuple and len(block) == 4 and tuple(map(type, block)) == (str, bytes, str, bytes)
    if not ok or len(block[1]) != 4 * count or len(block[3]) != 4 * count:
        raise ValueError("not a valid search index: a block of questions is malformed")
    zh_ends, en_ends = array("I"), array("I")
    zh_ends.frombytes(block[1])
    en_ends.frombytes(block[3])
    # (ends out of order only cut a question wrong: it is cleaned before it is printed)
    return block[0], zh_ends, block[2], en_ends


def lazy_index(file: IndexFile) -> SearchIndex:
    """The index in `file`, its small tables read and checked now, the rest when used."""
    toc, size = file.toc, file.toc["size"]
    state = _head(file)

    def table(name: str, check: Callable[..., None]) -> LazyTable:
        firsts, spans = toc["tables"][name]
        return LazyTable(file, firsts, spans, partial(check, size=size))

    state["postings"] = table("postings", check_postings)
    for name in ("starts", "ends"):
        state[name] = [table(f"{name}.{c}", check_anchors) for c in CLASSES]
    state["chars"] = table("chars", check_letters)
    state["blobs"] = [LazyBlobs(file, toc["rows"][f"blobs.{c}"], size) for c in CLASSES]
    state["entry_texts"] = []
    index = _index(state)
    index.entry_texts = LazyTexts(file, index)  # type: ignore[assignment]  # a list, to the engine
    check_head(index)
    return index


def whole_index(file: IndexFile) -> SearchIndex:
    """The index in `file`, every frame read now (yielding to other threads between
    them, so the reader's UI keeps running) and checked as a whole."""
    toc = file.toc
    state = _head(file)
    tables = {name: _merged(file, spans) for name, (_, spans) in toc["tables"].items()}
    state["postings"], state["chars"] = tables["postings"], tables["chars"]
    for name in ("starts", "ends"):
        state[name] = [tables[f"{name}.{c}"] for c in CLASSES]
    state["entry_texts"] = _joined(file, toc["rows"]["texts"])
    state["blobs"] = [_decoded(file, toc["rows"][f"blobs.{c}"]) for c in CLASSES]
    index = _index(state)
    check_index(index)
    return index


def early_index(file: IndexFile) -> SearchIndex:
    """The index in `file` for the reader before its corpus is in: the tables read now
    (typing needs them all), the texts and blobs when a search needs them, and replaced by
    the corpus's own strings once it is in (`cache.share_texts`): never a second copy of
    every text in the reader (the copies, freed, kept its resident size ~100 MB higher)."""
    from corpus.search.integrity import check_tables

    toc, size = file.toc, file.toc["size"]
    state = _head(file)
    tables = {name: _merged(file, spans) for name, (_, spans) in toc["tables"].items()}
    state["postings"], state["chars"] = tables["postings"], tables["chars"]
    for name in ("starts", "ends"):
        state[name] = [tables[f"{name}.{c}"] for c in CLASSES]
    state["blobs"] = [LazyBlobs(file, toc["rows"][f"blobs.{c}"], size) for c in CLASSES]
    state["entry_texts"] = []
    index = _index(state)
    index.entry_texts = LazyTexts(file, index)  # type: ignore[assignment]  # a list, to the engine
    check_head(index)
    check_tables(index)
    return index


def _head(file: IndexFile) -> dict[str, Any]:
    head = file.frame(file.toc["head"])
    if type(head) is not dict or sorted(head) != sorted(HEAD):
        raise ValueError("not a valid search index: its head is malformed")
    return head


def _index(state: dict[str, Any]) -> SearchIndex:
    from corpus.search.index import SearchIndex

    try:
        return SearchIndex.from_plain((FORMAT, state))
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as err:
        raise ValueError(f"not a valid search index: {err!r}") from None


def _merged(file: IndexFile, spans: list[Span]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for span in spans:
        block = file.frame(span)
        if type(block) is not dict:
            raise ValueError("not a valid search index: a block is not a table")
        out.update(block)
        yield_to_other_threads()
    return out


def _joined(file: IndexFile, spans: list[Span]) -> list[Any]:
    out: list[Any] = []
    for span in spans:
        block = file.frame(span)
        if type(block) is not list:
            raise ValueError("not a valid search index: a block is not a list")
        out += block
        yield_to_other_threads()
    return out


def _decoded(file: IndexFile, spans: list[Span]) -> list[str]:
    out: list[str] = []
    for span in spans:
        out += _blob_block(file.frame(span), 1 << 62)[0].decode("utf-8", "surrogatepass").split("\0")
        yield_to_other_threads()
    return out


def _blob_block(block: Any, count: int) -> tuple[bytes, Any]:
    """A block of blobs (their UTF-8 joined by NULs, where each ends) with its ends as
    an array; ValueError if malformed (`count` entries, unless it is unknown)."""
    from array import array

    ok = type(block) is tuple and len(block) == 2 and type(block[0]) is bytes and type(block[1]) is bytes
    if not ok or len(block[1]) % 4 or (count < 1 << 62 and len(block[1]) != 4 * count):
        raise ValueError("not a valid search index: a block of blobs is malformed")
    ends = array("I")
    ends.frombytes(block[1])
    if ends and ends[-1] != len(block[0]):
        raise ValueError("not a valid search index: a block of blobs is malformed")
    return block[0], ends


class LazyBlobs(LazyRows):
    """One field class's blobs (`SearchIndex.blobs[c]`) read lazily, kept as UTF-8 (see
    `store._joined_bytes`): `holding` tells which entries hold a text without decoding."""

    def __init__(self, file: IndexFile, spans: list[Span], size: int) -> None:
        super().__init__(file, spans, size, _no_check)

    def _read(self, block: Any, first: int, count: int) -> Any:
        return _blob_block(block, count)

    def __getitem__(self, i: Any) -> Any:
        i = int(i)
        if not 0 <= i < self._size:
            raise IndexError("entry out of range")
        data, ends = self._block(i >> self._shift)
        k = i & self._mask
        start = ends[k - 1] + 1 if k else 0
        return data[start : ends[k]].decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[Any]:
        return (self[i] for i in range(self._size))

    def holding(self, entries: list[int], text: str) -> bytes:
        """1 for each of `entries` whose blob holds `text` (which holds no NUL), else 0:
        found in each block's UTF-8 at C speed, an entry at a time."""
        needle = text.encode("utf-8", "surrogatepass")
        found: set[int] = set()
        for b in {i >> self._shift for i in entries}:
            if not 0 <= b < len(self._spans):
                raise IndexError("entry out of range")
            data, ends = self._block(b)
            first = b << self._shift
            pos = data.find(needle)
            while pos >= 0:
                k = bisect_right(ends, pos)
                found.add(first + k)
                # on past this entry (and always on: ends from a planted cache may be out of order)
                pos = data.find(needle, max(ends[k], pos) + 1) if k < len(ends) else -1
        return bytes(i in found for i in entries)


def _no_check(rows: Any, first: int, count: int) -> None:
    """Blocks are checked as they are unpacked (`_read`)."""
