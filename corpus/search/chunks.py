"""An index's plain data (`SearchIndex.plain()`) written as a series of small marshal
records and read back one at a time, so a thread loading a big index from its cache
never holds the GIL for long (one `marshal.loads` of the 100k corpus's 250 MB index held
it for 0.6-1.6 s, and the reader's UI froze meanwhile).

Each record is a zstd frame (the cache is a quarter of the corpus file's size; text
compresses well) of a marshalled (path, kind, value): `path` says where in the data the value goes (keys and
positions from the top), `kind` is "whole" (the value itself), "dict" (some items of a
dict) or "list" (the next items of a list), "tuple"/"list-of" (a container whose parts
follow as records of their own). Plain data only: reading runs no code.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator
from typing import Any

from corpus.text import yield_to_other_threads

ITEMS = 20_000
"""Items of a dict or list per record at most."""

RECORD_BYTES = 1_000_000
"""About how big a record is (a few ms to unmarshal)."""

MAX_RECORD_BYTES = 64_000_000
"""The most a record may say it holds: a cache is untrusted, and a record is ~1 MB."""

_END = ("", "end", None)


def records(plain: Any) -> Iterator[bytes]:
    """The marshal records of `plain`, then an end record, each compressed (zstd level 1:
    the 100k index is 62 MB instead of 273 MB, 0.35 s to decompress) after its length."""
    import zstandard

    compress = zstandard.ZstdCompressor(level=1).compress
    for record in (*_records((), plain), marshal.dumps(_END)):
        frame = compress(record)
        yield len(frame).to_bytes(8, "little") + frame


def _records(path: tuple[Any, ...], value: Any) -> Iterator[bytes]:
    kind = type(value)
    if kind is dict and len(value) > ITEMS:
        yield marshal.dumps((path, "dict", {}))
        yield from _slices(path, "dict", list(value.items()))
    elif kind in (list, tuple) and _big(value):
        yield marshal.dumps((path, "tuple" if kind is tuple else "list-of", len(value)))
        for i, part in enumerate(value):
            yield from _records((*path, i), part)
    elif kind is dict and _big(list(value.values())):
        yield marshal.dumps((path, "dict", {}))
        for key, part in value.items():
            yield from _records((*path, key), part)
    elif kind is list and len(value) > ITEMS:
        yield marshal.dumps((path, "list", []))
        yield from _slices(path, "list", value)
    else:
        yield marshal.dumps((path, "whole", value))


def _slices(path: tuple[Any, ...], kind: str, items: list[Any]) -> Iterator[bytes]:
    """Records of consecutive items, each about RECORD_BYTES (items per record adapt)."""
    i, step = 0, ITEMS
    while i < len(items):
        part = items[i : i + step]
        record = marshal.dumps((path, kind, dict(part) if kind == "dict" else part))
        if len(record) > 2 * RECORD_BYTES and step > 1:
            step = max(1, step * RECORD_BYTES // len(record))
            continue
        yield record
        i += len(part)


def _big(parts: Any) -> bool:
    """Whether a container holds, at any depth, a part big enough to be cut (then each
    part is a record of its own)."""
    return any(type(p) in (dict, list, tuple) and (len(p) > ITEMS or _big(p.values() if type(p) is dict else p)) for p in parts)


def read_records(data: bytes | memoryview) -> Any:
    """The plain data `records` wrote, unmarshalled a record at a time, yielding to other
    threads between records; ValueError if it is not such a series."""
    import zstandard

    decompress = zstandard.ZstdDecompressor().decompress
    view = memoryview(data)
    root: list[Any] = [None]
    pos = 0
    try:
        while True:
            size = int.from_bytes(view[pos : pos + 8], "little")
            if size <= 0 or pos + 8 + size > len(view):
                raise EOFError("a record runs past the end")
            frame = view[pos + 8 : pos + 8 + size]
            if not 0 < zstandard.frame_content_size(frame) <= MAX_RECORD_BYTES:
                raise ValueError("a record of no stated size, or too big")
            path, kind, value = marshal.loads(decompress(frame))
            pos += 8 + size
            if kind == "end":
                return _finish(root[0])
            _place(root, path, kind, value)
            yield_to_other_threads()
    except (EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError, zstandard.ZstdError) as err:
        raise ValueError(f"not a series of index records: {err!r}") from None


class _Parts(list):  # type: ignore[type-arg]
    """A tuple or list whose parts are still arriving."""

    def __init__(self, size: int, is_tuple: bool) -> None:
        super().__init__([None] * size)
        self.is_tuple = is_tuple


def _place(root: list[Any], path: Any, kind: str, value: Any) -> None:
    if type(path) is not tuple:
        raise TypeError("a record's path is not a tuple")
    holder, key = root, 0
    for step in path:
        holder, key = holder[key], step
    current = holder.get(key) if type(holder) is dict else holder[key]
    if kind == "whole":
        holder[key] = value
    elif kind in ("tuple", "list-of"):
        holder[key] = _Parts(int(value), kind == "tuple")
    elif kind == "dict" and type(value) is dict:
        if current is None:
            holder[key] = current = {}
        current.update(value)
    elif kind == "list" and type(value) is list:
        if current is None:
            holder[key] = current = []
        current.extend(value)
    else:
        raise TypeError(f"a record of unknown kind {kind!r}")


def _finish(value: Any) -> Any:
    """Containers that arrived in parts become what they were."""
    if isinstance(value, _Parts):
        parts = [_finish(p) for p in value]
        return tuple(parts) if value.is_tuple else parts
    if type(value) is dict:
        for key, part in value.items():
            if isinstance(part, (_Parts, dict)):
                value[key] = _finish(part)
    return value
