"""The index cache's file: the index's small tables in one frame, read when the file is
opened, and its big parts cut into blocks, each read when a search first needs it.

A search of the 100k-entry corpus needs a few dozen of the postings and the question
texts of the entries it prints, not the whole index (62 MB compressed, 270 MB of plain
data: 1.3 s to read, check and unpack). The file is:

- a header: `MAGIC`, the content hash the cache was made for, a newline;
- the length of the table of contents (8 bytes, little-endian), then the table itself;
- frames, each a zstd frame of a marshalled value (plain data only: reading runs no
  code), found through the table: `head` (entry ids, topics, layouts, vocabulary ...),
  the keyed tables (`postings`, `starts.C`, `ends.C`, `chars`) cut into blocks of
  consecutive keys (the table lists each block's first key), the per-entry rows
  (`texts`, `questions`: each entry's question in both languages, `blobs.C`: UTF-8)
  cut into blocks of 2**`SHIFT` entries, and `lengths`
  (the characters of each entry's fields per class, for the relevance fallback).

What a frame holds is untrusted: `lazy` checks each block as it is read
(`integrity.check_*`), and a block that fails raises ValueError.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Iterator
from typing import Any

from corpus.search.state import FORMAT
from corpus.search.text import CLASSES

MAGIC = b"kimi-ama-index/3\n"
HEADER = len(MAGIC) + 33  # the magic, the content hash (32 hex digits) and a newline
SHIFT = 10
"""A block of a per-entry part holds 2**SHIFT entries (the file says how many)."""
BLOCK_CHARS = 4_000_000
"""Fewer entries a block when 2**SHIFT of them hold more characters than this."""
BLOCK_BYTES = 200_000
"""About how much plain data a block of a keyed table holds."""
MAX_FRAME = 256_000_000
"""The most a frame may say it unpacks to: a cache is untrusted, and a frame is ~1 MB
(at most ~16 MB of texts, `BLOCK_CHARS`; the head of a corpus of a million entries ~50 MB)."""

HEAD = (
    "entry_ids", "entry_topics", "topics", "speakers", "layouts", "class_fields", "entry_layout",
    "filters", "source_kinds", "wide", "variants", "start_keys", "end_keys", "vocab", "vocab_cs",
)  # fmt: skip
"""The index's fields read when the file is opened."""
TABLES = ("postings", *(f"{name}.{c}" for name in ("starts", "ends") for c in CLASSES), "chars")
ROW_PARTS = ("texts", "questions", *(f"blobs.{c}" for c in CLASSES))

Span = tuple[int, int]


def file_parts(digest: str, plain: tuple[str, dict[str, Any]], source: dict[str, Any] | None = None) -> list[bytes]:
    """The cache file of an index's `plain()` data, as byte strings to write in turn.
    The parts derived from the texts (each entry's question texts, the lengths of its
    fields, how many entries a block holds) come from `source`, by default `plain`'s own
    state."""
    import zstandard

    _, state = plain
    shift = _shift((source or state)["entry_texts"])
    rows_per_block = 1 << shift
    compress = zstandard.ZstdCompressor(level=1).compress
    frames: list[bytes] = []
    offset = 0

    def put(value: Any) -> Span:
        nonlocal offset
        frame = compress(marshal.dumps(value))
        frames.append(frame)
        offset += len(frame)
        return offset - len(frame), len(frame)

    size = len(state["entry_ids"])
    toc: dict[str, Any] = {"format": FORMAT, "size": size, "shift": shift}
    toc["head"] = put({name: state[name] for name in HEAD})
    toc["tables"] = {name: _put_table(put, table) for name, table in _tables(state).items()}
    toc["rows"] = {
        name: [put(pack(rows[i : i + rows_per_block])) for i in range(0, size, rows_per_block)]
        for name, rows, pack in _rows(state, source or state)
    }
    toc["lengths"] = put(_lengths(source or state))
    contents = compress(marshal.dumps(toc))
    return [MAGIC, digest.encode() + b"\n", len(contents).to_bytes(8, "little"), contents, *frames]


def _shift(texts: list[tuple[str, ...]]) -> int:
    """2**SHIFT entries a block, or fewer where that many hold over `BLOCK_CHARS`
    characters (a corpus of long answers): a frame stays well under `MAX_FRAME`."""
    weights = [sum(map(len, entry)) for entry in texts]
    shift = SHIFT
    while shift > 0 and any(
        sum(weights[i : i + (1 << shift)]) > BLOCK_CHARS for i in range(0, len(weights), 1 << shift)
    ):
        shift -= 1
    return shift


def _tables(state: dict[str, Any]) -> dict[str, dict[str, Any]]:
    tables = {"postings": state["postings"], "chars": state["chars"]}
    for name in ("starts", "ends"):
        tables.update({f"{name}.{c}": state[name][c] for c in CLASSES})
    return tables


def _rows(state: dict[str, Any], source: dict[str, Any]) -> list[tuple[str, list[Any], Callable[[Any], Any]]]:
    """(name, a value per entry, how a block of them is written) of each per-entry part."""
    keep: Callable[[Any], Any] = list
    rows: list[tuple[str, list[Any], Callable[[Any], Any]]] = [
        ("texts", state["entry_texts"], keep),
        ("questions", question_pairs(source), _packed),
    ]
    rows += [(f"blobs.{c}", state["blobs"][c], _joined_bytes) for c in CLASSES]
    return rows


def _joined_bytes(texts: list[str]) -> tuple[bytes, bytes]:
    """A block of blobs as their UTF-8 joined by NULs (a CJK run is looked for in the
    bytes, never decoded: UTF-8 keeps substrings substrings) and where each ends."""
    from array import array
    from itertools import accumulate

    encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
    ends = accumulate((len(data) + 1 for data in encoded), initial=-1)
    return b"\0".join(encoded), array("I", list(ends)[1:]).tobytes()


def question_pairs(state: dict[str, Any]) -> list[tuple[str, str]]:
    """Each entry's (Chinese, English) question ("" for a language it lacks)."""
    where = [_question_fields(layout) for layout in state["layouts"]]
    return [
        tuple(texts[j] if j is not None else "" for j in where[layout])  # type: ignore[misc]
        for layout, texts in zip(state["entry_layout"], state["entry_texts"])
    ]


def _question_fields(layout: tuple[tuple[str, int], ...]) -> tuple[int | None, int | None]:
    """Where a layout keeps the question's Chinese and English texts (None: not there)."""
    keys = [key for key, _ in layout]
    return tuple(keys.index(key) if key in keys else None for key in ("question.zh", "question.en"))  # type: ignore[return-value]


def _packed(pairs: list[tuple[str, str]]) -> tuple[str, bytes, str, bytes]:
    """A block of question pairs as each language's texts joined and where each ends
    (unsigned 32-bit ints): two strings to unmarshal, not two per entry."""
    from array import array
    from itertools import accumulate

    out: list[Any] = []
    for lang in (0, 1):
        texts = [pair[lang] for pair in pairs]
        out += ["".join(texts), array("I", accumulate(map(len, texts))).tobytes()]
    return out[0], out[1], out[2], out[3]


def _lengths(state: dict[str, Any]) -> list[list[int]]:
    """Per field class, the characters of each entry's fields of that class."""
    return [
        [
            sum(len(texts[j]) for j in state["class_fields"][layout][c])
            for layout, texts in zip(state["entry_layout"], state["entry_texts"])
        ]
        for c in CLASSES
    ]


def _put_table(put: Callable[[Any], Span], table: dict[str, Any]) -> tuple[list[str], list[Span]]:
    """A keyed table cut into blocks of consecutive keys: (first keys, spans)."""
    firsts: list[str] = []
    spans: list[Span] = []
    block: dict[str, Any] = {}
    weight = 0
    for key in sorted(table):
        if weight >= BLOCK_BYTES:
            spans.append(put(block))
            block, weight = {}, 0
        if not block:
            firsts.append(key)
        block[key] = table[key]
        weight += len(key) + _weight(table[key])
    if block:
        spans.append(put(block))
    return firsts, spans


def _weight(value: Any) -> int:
    """About how many bytes a posting (or a tuple of them) takes marshalled."""
    if type(value) is int:
        return 8 + value.bit_length() // 8
    if type(value) is tuple:
        return 8 + sum(map(_weight, value))
    if type(value) is list:
        return 8 + 5 * len(value)
    return 1


class IndexFile:
    """An open index cache: its table of contents, and any frame read on demand
    (`os.pread` on a descriptor kept open, so a cache replaced meanwhile is still read
    whole). Raises ValueError when the file is not one of this version made for
    `digest`, OSError when it cannot be read."""

    def __init__(self, path: os.PathLike[str] | str, digest: str) -> None:
        import weakref

        import zstandard

        self._decompress = zstandard.ZstdDecompressor().decompress
        self._content_size = zstandard.frame_content_size
        self._errors = (zstandard.ZstdError, EOFError, ValueError, TypeError, MemoryError, OverflowError)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        weakref.finalize(self, os.close, fd)
        self._fd = fd
        self._whole: bytes | None = None if hasattr(os, "pread") else os.read(fd, os.fstat(fd).st_size)
        self._end = os.fstat(fd).st_size
        start = self._read(0, HEADER + 8)
        if start[:HEADER] != MAGIC + digest.encode() + b"\n":
            raise ValueError("made for another file, or by another version")
        length = int.from_bytes(start[HEADER:], "little")
        self._base = HEADER + 8 + length
        self.toc = _checked_toc(self.frame((-length, length)), self._end - self._base)

    def _read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0 or offset + length > self._end:
            raise ValueError("a frame runs past the end of the file")
        if self._whole is not None:
            return self._whole[offset : offset + length]
        data = os.pread(self._fd, length, offset)
        if len(data) != length:
            raise ValueError("the file is shorter than it says")
        return data

    def frame(self, span: Span) -> Any:
        """The value of the frame at `span` (offset from the first frame, length);
        ValueError if it is not a zstd frame of a marshalled value of a sane size."""
        try:
            data = self._read(self._base + span[0], span[1])
            if not 0 < self._content_size(data) <= MAX_FRAME:
                raise ValueError("a frame of no stated size, or too big")
            return marshal.loads(self._decompress(data))
        except self._errors as err:
            raise ValueError(f"not a valid index frame: {err!r}") from None


def _checked_toc(toc: Any, room: int) -> dict[str, Any]:
    """The table of contents if it is one of this version, every span inside the file."""

    def spans_ok(spans: Any) -> bool:
        return type(spans) is list and all(
            type(s) is tuple and len(s) == 2 and type(s[0]) is int and type(s[1]) is int
            and s[0] >= 0 and 0 < s[1] and s[0] + s[1] <= room
            for s in spans
        )  # fmt: skip

    if type(toc) is not dict or toc.get("format") != FORMAT:
        raise ValueError("not an index of this version")
    size, shift = toc.get("size"), toc.get("shift")
    ok = type(size) is int and size >= 0 and type(shift) is int and 0 <= shift <= 24
    ok = ok and spans_ok([toc.get("head"), toc.get("lengths")])
    tables, rows = toc.get("tables"), toc.get("rows")
    ok = ok and type(tables) is dict and sorted(tables) == sorted(TABLES)
    ok = ok and type(rows) is dict and sorted(rows) == sorted(ROW_PARTS)
    if ok and isinstance(tables, dict) and isinstance(rows, dict) and isinstance(size, int) and isinstance(shift, int):
        for firsts, spans in (v if type(v) is tuple and len(v) == 2 else ((), ()) for v in tables.values()):
            ok = ok and type(firsts) is list and all(type(k) is str for k in firsts) and spans_ok(spans)
            ok = ok and len(firsts) == len(spans) and all(a < b for a, b in zip(firsts, firsts[1:]))
        blocks = -(-size >> shift)
        ok = ok and all(spans_ok(spans) and len(spans) == blocks for spans in rows.values())
    if not ok:
        raise ValueError("a malformed table of contents")
    return toc
