"""Loading a corpus file into the reader's compact structs (`corpus.compact`), in slices.

A loading thread shares the GIL with the reader's UI: every step here is a C call over
a bounded slice of the file, with a pause between slices (`yield_to_other_threads`),
never one call over the whole file:

- the bytes are checked a slice at a time (`SLICE_BYTES`): UTF-8 (each slice decoded on
  its own: cut between characters and never inside a run of backslashes), and nothing
  for `clean_text` to change (`corpus.text.piece_needs_no_cleaning`); the decoded text
  is dropped at once (the whole file as a `str` is 450 MB at 100k entries);
- a JSON file's entries are found by their first two keys (`{"id": "...", "question":`,
  the order every export writes; a quote inside a JSON string is always escaped, so
  this cannot match inside a text) and decoded straight into structs a batch of about
  `SLICE_BYTES` at a time; what is left (sources, speakers, the topics with a marker in
  place of their entries) is decoded on its own and must hold exactly one marker per
  topic, in order, or the file is decoded the ordinary way.

A JSON file whose only doubt is its \\u escapes (one written with only ASCII characters)
is decoded, then its strings are checked (`decoded_needs_no_cleaning`).

`load_compact` answers None wherever it is not certain (a file needing cleaning, bad
UTF-8, anything msgspec refuses, keys in another order it cannot tile): the caller then
validates with pydantic, which also words every problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from corpus.compact import Unknown, struct_types
from corpus.limits import Refused, max_bytes, read_corpus_bytes
from corpus.text import piece_needs_no_cleaning, yield_to_other_threads

if TYPE_CHECKING:
    from collections.abc import Iterator

    from corpus.outline import Outline

__all__ = ["CLEAN", "DIRTY", "ESCAPES", "SLICE_BYTES", "cleanliness", "file_cleanliness", "load_compact", "read_file", "struct_fields", "text_needs_no_cleaning"]

SLICE_BYTES = 1 << 20
"""About how many bytes one C call reads before the loading thread pauses."""

_BOM = b"\xef\xbb\xbf"
_ENTRY = re.compile(rb'\{\s*"id"\s*:\s*"[a-z0-9-]*"\s*,\s*"question"\s*:')
_JSON_START = re.compile(rb"\s*\{")
_MAX_END_TRIES = 200
"""How many closing braces are tried as the end of an array's last entry."""


def load_compact(
    path: Path, outline: Outline | None = None, alone: bool = False, checked: bool = True, clean: int | None = None
) -> Any | None:
    """The corpus file at `path` as compact structs, validated as the pydantic model
    validates it; None when the caller should load it with pydantic instead. Questions
    equal to `outline`'s (the file's, already in memory) are kept as the outline's
    strings, the decoded copies dropped at once (~45 MB at 100k entries). `alone`: no
    other thread waits for the GIL (a command), so a JSON file is decoded in one call
    (1.8 s at 100k entries against 2.6 s in slices), and references are not interned (a
    command does not keep the corpus: `struct_types`). `checked=False`: the values as
    they are, unchecked against the models' constraints, for a caller that validates
    the file anyway (`struct_types`); still None for a file that needs cleaning. `clean`:
    the file's `cleanliness`, known already (`file_cleanliness`): not checked again."""
    data = _file_bytes(path)
    if data is None:
        return None
    try:
        types = struct_types(interned=not alone, checked=checked)
        suffix = path.suffix.lower()
        is_json = suffix == ".json" or (suffix != ".toml" and _JSON_START.match(data))
        if alone and is_json:
            return _decode_checked_meanwhile(data, types["Corpus"], clean)
        if clean is None:
            clean = CLEAN if text_needs_no_cleaning(data) else None
        if is_json:
            if clean is None:
                clean = ESCAPES if text_needs_no_cleaning(data, escapes=True) else DIRTY
            if clean == DIRTY:
                return None
            corpus = _decode_json(data, types, _questions(outline))
            return corpus if clean == CLEAN or decoded_needs_no_cleaning(corpus) else None
        if clean != CLEAN:
            return None
        import tomllib

        return msgspec.convert(tomllib.loads(data.decode("utf-8")), types["Corpus"])
    except (msgspec.DecodeError, Unknown, ValueError, TypeError, RecursionError, MemoryError):
        # (ValidationError is a DecodeError; tomllib's errors and UnicodeDecodeError
        # are ValueErrors)
        return None
    except Exception:  # noqa: BLE001 - anything unforeseen: pydantic decides, and words it
        return None


def _decode_checked_meanwhile(data: bytes | bytearray, corpus_type: Any, known: int | None = None) -> Any | None:
    """A command's JSON file decoded in one call while a forked child checks that it
    needs no cleaning (the machine's other core: 0.4 s of a 5 s cold search at 100k
    entries); None when it needs cleaning, or is not UTF-8 (where only its \\u escapes are
    in doubt, the decoded strings are checked). Checked here, in turn, where
    a child cannot be forked (no fork, or other threads running: a fork copies one).
    `known`: the file's cleanliness, known already: not checked."""
    import os
    import threading

    if known is not None or not hasattr(os, "fork") or threading.active_count() > 1:
        status = cleanliness(data) if known is None else known
        corpus = msgspec.json.decode(data, type=corpus_type) if status != DIRTY else None
    else:
        child = os.fork()
        if child == 0:  # the child: its exit status is the answer; nothing else runs here
            status = DIRTY
            try:
                status = cleanliness(data)
            finally:
                os._exit(status)
        try:
            corpus = msgspec.json.decode(data, type=corpus_type)
        except BaseException:
            os.kill(child, 9)
            raise
        finally:
            try:  # (killed or not, the child is reaped)
                answer: int | None = os.waitstatus_to_exitcode(os.waitpid(child, 0)[1])
            except ChildProcessError:  # SIGCHLD ignored: reaped by the kernel, its answer lost
                answer = None
        status = cleanliness(data) if answer is None else answer
    if status == CLEAN:
        return corpus
    return corpus if status == ESCAPES and decoded_needs_no_cleaning(corpus) else None


CLEAN, DIRTY, ESCAPES = 0, 1, 2
"""`cleanliness`' answers (a child's exit status)."""


def file_cleanliness(path: Path) -> int:
    """`cleanliness` of the file at `path` (DIRTY when it cannot be read or is not UTF-8):
    checked once by the reader on a first start, for its own decoding and its search
    child's (`load_compact(clean=...)`: 0.45-0.5 s at 100k entries each)."""
    data = _file_bytes(path)
    if data is None:
        return DIRTY
    try:
        return cleanliness(data)
    except ValueError:  # (UnicodeDecodeError: not UTF-8)
        return DIRTY


def _file_bytes(path: Path) -> bytes | bytearray | None:
    """The file's bytes without a UTF-8 byte order mark; None when it cannot be read."""
    try:
        data = read_file(path)
    except (OSError, Refused):
        return None
    if data is not None and data.startswith(_BOM):
        data = data[len(_BOM) :]
    return data


def cleanliness(data: bytes | bytearray) -> int:
    """CLEAN when `data` needs no cleaning; ESCAPES when only its \\u escapes could make
    a string that does (see `decoded_needs_no_cleaning`); else DIRTY."""
    if text_needs_no_cleaning(data):
        return CLEAN
    return ESCAPES if text_needs_no_cleaning(data, escapes=True) else DIRTY


def read_file(path: Path) -> bytearray | bytes | None:
    """The file's bytes, read a few MB at a time into one growing buffer (neither a
    zero-filled buffer of the whole size nor a join of the pieces: either is one C call
    over the whole file, 90-500 ms at 100k entries); None when it is over the size limit
    (the caller's loader refuses it)."""
    import os
    import stat

    with open(path, "rb", buffering=0) as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return read_corpus_bytes(path)  # a pipe: read once, under its own limits
        limit, data = max_bytes(), bytearray()
        while chunk := handle.read(1 << 22):
            data += chunk
            if len(data) > limit:
                return None
        return data


def slices(data: bytes, size: int = SLICE_BYTES) -> list[tuple[int, int]]:
    """Cut points of `data` about `size` bytes apart, never inside a UTF-8 character
    nor inside (or right after) a run of backslashes, so each slice decodes alone and
    holds whole escapes."""
    cuts, start, end = [], 0, len(data)
    while start < end:
        stop = min(start + size, end)
        while stop < end and (0x80 <= data[stop] < 0xC0 or data[stop - 1] == 0x5C):
            stop += 1
        cuts.append((start, stop))
        start = stop
    return cuts


def text_needs_no_cleaning(data: bytes | bytearray, escapes: bool = False, absent: str = "") -> bool:
    """Whether `data` is UTF-8 holding nothing `clean_text` would change, checked a slice
    at a time (UnicodeDecodeError when it is not UTF-8). `escapes`: but for what its \\u
    escapes stand for. `absent`: and none of these characters (checked on the decoded
    slices: 0.05 s at 100k entries, against 0.15 s a character for the bytes)."""
    view = memoryview(data)
    for start, stop in slices(data):
        piece = str(view[start:stop], "utf-8")
        if not piece_needs_no_cleaning(piece, escapes) or any(char in piece for char in absent):
            return False
        yield_to_other_threads()
    return True


def decoded_needs_no_cleaning(corpus: Any) -> bool:
    """Whether no string of the decoded `corpus` holds anything `clean_text` would change:
    it is encoded again, a batch of entries at a time, and checked as a file is (msgspec
    escapes nothing but a quote, a backslash and the C0 controls, which the check then
    refuses). For a JSON file whose \\u escapes may stand for anything: written with only
    ASCII characters (Python's `json.dump` by default), it was validated by pydantic,
    cleaning every string (2.2x slower at 10k entries, and 3x the memory in the reader)."""
    for part in _parts(corpus):
        try:
            encoded = msgspec.json.encode(part)
        except UnicodeEncodeError:  # a lone surrogate
            return False
        if not piece_needs_no_cleaning(encoded.decode("utf-8")):
            return False
        yield_to_other_threads()
    return True


def _parts(corpus: Any) -> Iterator[Any]:
    """Everything in `corpus`: its fields but the topics, each topic's fields but its
    entries, and its entries about `SLICE_BYTES` of JSON at a time."""
    yield {name: getattr(corpus, name) for name in corpus.__struct_fields__ if name != "topics"}
    for topic in corpus.topics:
        yield {name: getattr(topic, name) for name in topic.__struct_fields__ if name != "entries"}
        for start in range(0, len(topic.entries), _ENCODE_BATCH):
            yield topic.entries[start : start + _ENCODE_BATCH]


_ENCODE_BATCH = 500
"""Entries encoded in one call by `decoded_needs_no_cleaning` (about a MB of JSON)."""


def _questions(outline: Outline | None) -> dict[str, dict[str, str]]:
    """Each entry's question texts in the outline, by entry id."""
    if outline is None:
        return {}
    return {entry.id: dict(entry.question) for topic in outline.topics for entry in topic.entries}


def _share_questions(entries: list[Any], questions: dict[str, dict[str, str]]) -> None:
    """Point freshly decoded entries' questions at the outline's equal strings."""
    setattr_ = msgspec.structs.force_setattr
    for entry in entries:
        known = questions.get(entry.id)
        if known is None:
            continue
        text = entry.question
        for lang in ("zh", "en"):
            value = getattr(text, lang)
            if value is not None and value == known[lang]:
                setattr_(text, lang, known[lang])


def _decode_json(data: bytes, types: dict[str, Any], questions: dict[str, dict[str, str]]) -> Any:
    """A JSON corpus file as structs: its entries in batches, the rest on its own."""
    starts = [found.start() for found in _ENTRY.finditer(data)]
    if starts:
        tiled = _tiled(data, starts, types, questions)
        if tiled is not None:
            return tiled
    return msgspec.json.decode(data, type=types["Corpus"])  # one call (a small file)


def _tiled(data: bytes, starts: list[int], types: dict[str, Any], questions: dict[str, dict[str, str]]) -> Any | None:
    """The corpus from its entries' arrays and the rest, or None when they do not tile
    the file exactly (the caller decodes it whole)."""
    entries = list[types["Entry"]]  # type: ignore[valid-type]
    groups: list[list[Any]] = []
    spans: list[tuple[int, int]] = []
    current: list[Any] = []
    first = starts[0]
    i, count = 0, len(starts)
    while i < count:
        j = i + 1
        while j < count and starts[j] - starts[i] < SLICE_BYTES:
            j += 1
        while True:
            run = _run(data, starts[i], starts[j], entries) if j < count else None
            if run is not None:  # a batch of entries, each followed by a comma
                _share_questions(run, questions)
                current += run
                break
            if j == i + 1:  # entry i ends an array
                end = starts[j] if j < count else len(data)
                last = _last_entry(data, starts[i], end, types["Entry"])
                if last is None:
                    return None
                _share_questions([last[0]], questions)
                current.append(last[0])
                groups.append(current)
                spans.append((first, last[1]))
                current, first = [], end
                break
            j = (i + j) // 2  # an array ends in there: halve the batch
        i = j
        yield_to_other_threads()
    if current:
        return None
    return _assemble(data, groups, spans, types)


def _run(data: bytes, start: int, stop: int, entries: Any) -> list[Any] | None:
    """The entries in `data[start:stop]` when they are array items each followed by a
    comma; None when not (a DecodeError: an array ends in there)."""
    piece = data[start:stop].rstrip()
    if not piece.endswith(b","):
        return None
    try:
        return msgspec.json.decode(b"[" + piece[:-1] + b"]", type=entries)  # type: ignore[no-any-return]
    except msgspec.ValidationError:
        raise
    except msgspec.DecodeError:
        return None


def _last_entry(data: bytes, start: int, stop: int, entry: Any) -> tuple[Any, int] | None:
    """The entry starting at `start` that ends its array, and where it ends: the first
    prefix ending in '}' that decodes (a JSON object has no proper prefix that is one)."""
    at = start
    for _ in range(_MAX_END_TRIES):
        at = data.find(b"}", at, stop) + 1
        if at == 0:
            return None
        try:
            return msgspec.json.decode(data[start:at], type=entry), at
        except msgspec.ValidationError:
            raise
        except msgspec.DecodeError:
            continue
    return None


def _assemble(data: bytes, groups: list[list[Any]], spans: list[tuple[int, int]], types: dict[str, Any]) -> Any | None:
    """Decode the file without its entries (a marker, the group's number, in each array)
    and put the entries back; None unless topic n holds exactly marker n."""
    parts, at = [], 0
    for number, (start, stop) in enumerate(spans):
        parts += [data[at:start], str(number).encode()]
        at = stop
    parts.append(data[at:])
    skeleton = msgspec.json.decode(b"".join(parts), type=struct_types(skeleton=True)["Corpus"])
    if len(skeleton.topics) != len(groups):
        return None
    if any(topic.entries != (number,) for number, topic in enumerate(skeleton.topics)):
        return None
    topic_type, corpus_type = types["Topic"], types["Corpus"]
    topics = [
        topic_type(**{**struct_fields(topic), "entries": tuple(group)})
        for topic, group in zip(skeleton.topics, groups, strict=True)
    ]
    return corpus_type(**{**struct_fields(skeleton), "topics": tuple(topics)})


def struct_fields(struct: Any) -> dict[str, Any]:
    """A struct's fields by name (to make a changed copy)."""
    return {name: getattr(struct, name) for name in struct.__struct_fields__}
