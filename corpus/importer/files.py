"""Bytes to text for the importer: reading a file, zstandard frames, UTF-8, JSON and JSON Lines.

Every way the bytes can be unusable (missing, a directory, truncated, damaged, not UTF-8,
not JSON) is an `ImportProblem` of one line naming the file (and line) and what to do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from corpus.importer.records import ImportProblem
from corpus.limits import Refused, max_bytes, read_corpus_bytes

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
"""The first four bytes of a zstandard frame."""
GZIP_MAGIC = b"\x1f\x8b"
"""The first two bytes of a gzip member (`.gz`)."""
MAX_WINDOW = 2**31
"""Pushshift's dumps are compressed with a 2 GiB window (zstd --long=31)."""
WANTED = (
    "save a thread as https://www.reddit.com/r/SUB/comments/ID.json, "
    "or give a Pushshift/Arctic Shift comment dump (JSON Lines, .zst)"
)
"""What the importer reads, said at the end of a line about a file it cannot."""
_STEP = 1 << 16
"""Compressed bytes fed at a time: zstandard expands a step at most ~40,000 times."""



def read_bytes(path: Path) -> bytes:
    """The file's bytes, decompressed when they are zstandard frames or gzip members."""
    name = str(path)
    try:
        data = read_corpus_bytes(path)  # a device refused, a pipe waited for, a size cap
    except Refused as err:
        raise ImportProblem(f"{name}: {err.message}") from None
    except FileNotFoundError:
        raise ImportProblem(f"{name}: no such file: check the path") from None
    except IsADirectoryError:
        raise ImportProblem(f"{name}: is a directory: give the thread's .json file") from None
    except OSError as err:
        raise ImportProblem(f"{name}: cannot read the file: {err.strerror or err}") from None
    if data[:4] == ZSTD_MAGIC:
        return _unzstd(name, data)
    if data[:2] == GZIP_MAGIC:
        return _gunzip(name, data)
    return data


def _gunzip(name: str, data: bytes) -> bytes:
    """A gzip file's bytes (every member), refused past the size limit before it fills memory."""
    import zlib

    try:
        limit = max_bytes()
    except Refused as err:
        raise ImportProblem(f"{name}: {err.message}") from None
    parts: list[bytes] = []
    total, rest = 0, data
    try:
        while rest:  # member by member: `cat a.gz b.gz` is one gzip file
            member = zlib.decompressobj(wbits=31)
            chunk = rest
            while chunk and not member.eof:
                out = member.decompress(chunk, _STEP)
                total += len(out)
                if total > limit:
                    raise ImportProblem(
                        f"{name}: decompresses to more than {limit // 2**20} MiB: extract the "
                        "thread first (zcat FILE | grep t3_ID > thread.jsonl), or raise "
                        "KIMI_AMA_TUI_MAX_BYTES"
                    )
                parts.append(out)
                chunk = member.unconsumed_tail
            if not member.eof:
                raise ImportProblem(f"{name}: the gzip data ends early (truncated file): download it again")
            rest = member.unused_data
            if not rest.strip(b"\0"):  # zero padding after the last member, as gzip ignores it
                break
            if rest[:2] != GZIP_MAGIC:
                raise ImportProblem(f"{name}: bytes that are not gzip follow the gzip data: download the file again")
    except zlib.error as err:
        raise ImportProblem(f"{name}: the gzip data is damaged ({err}): download the file again") from None
    return b"".join(parts)


def _unzstd(name: str, data: bytes) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise ImportProblem(
            f"{name}: zstandard-compressed, and the zstandard package is missing: "
            "pip install zstandard (or decompress it first: zstd -d --long=31 FILE)"
        ) from None
    try:
        limit = max_bytes()
    except Refused as err:
        raise ImportProblem(f"{name}: {err.message}") from None
    dctx = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
    parts: list[bytes] = []
    total, at, view = 0, 0, memoryview(data)
    try:
        while at < len(data):  # frame by frame: an archive may hold several
            frame = dctx.decompressobj()
            while not frame.eof and at < len(data):
                # small input steps: a zstandard bomb is caught before it fills memory
                chunk = view[at : at + _STEP]
                out = frame.decompress(chunk)
                at += len(chunk) - len(frame.unused_data) if frame.eof else len(chunk)
                total += len(out)
                if total > limit:
                    raise ImportProblem(
                        f"{name}: decompresses to more than {limit // 2**20} MiB: extract the "
                        "thread first (zstd -dc FILE | grep t3_ID > thread.jsonl), or raise "
                        "KIMI_AMA_TUI_MAX_BYTES"
                    )
                parts.append(out)
            if not frame.eof:
                raise ImportProblem(
                    f"{name}: the zstandard data ends early (truncated file): download it again"
                )
    except zstandard.ZstdError as err:
        raise ImportProblem(
            f"{name}: the zstandard data is damaged ({err}): download the file again"
        ) from None
    return parts[0] if len(parts) == 1 else b"".join(parts)


def decode(name: str, data: bytes) -> str:
    """The bytes as UTF-8 text (a BOM is dropped)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ImportProblem(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[err.start]:02x}): "
            "save the file as it was downloaded"
        ) from None


def _shaped(shape: type | None) -> tuple[Any, Any]:
    if shape is None:
        return None, ()
    import msgspec

    return msgspec.json.Decoder(shape).decode, msgspec.DecodeError


def try_loads(text: str) -> Any:
    """The JSON value of `text`, or None when it is not JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def loads_whole(name: str, text: str) -> Any:
    """The JSON value of a whole file; a truncated file is told from a broken one."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportProblem(f"{name}: JSON nested too deeply: not a Reddit file") from None
    except json.JSONDecodeError as err:
        if err.pos >= len(text.rstrip()) - 1 or err.msg.startswith("Unterminated string"):
            raise ImportProblem(
                f"{name}: the JSON ends early at line {err.lineno} (truncated file): "
                "save or download it again"
            ) from None
        raise ImportProblem(
            f"{name}:{err.lineno}: not valid JSON ({err.msg} at column {err.colno}): {WANTED}"
        ) from None


def json_lines(name: str, text: str, shape: type | None = None) -> Iterator[tuple[int, Any]]:
    """Each non-blank line's JSON value with its line number; a cut-off last line says so.

    A line that decodes as `shape` (a msgspec Struct) is that; any other is a plain value."""
    loads = json.loads
    lines = text.split("\n")
    last = len(lines)
    fast, failed = _shaped(shape)
    for number, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        if fast is not None:
            try:
                yield number, fast(line)
                continue
            except failed:
                pass  # another shape, or not JSON: json says which
        try:
            yield number, loads(line)
        except (ValueError, RecursionError):
            if number >= last - 1 and not text.endswith("\n"):
                raise ImportProblem(
                    f"{name}:{number}: the last line is cut off (truncated file): "
                    "download it again, or delete that line"
                ) from None
            raise ImportProblem(
                f"{name}:{number}: not a JSON object: a dump has one JSON object a line"
            ) from None
