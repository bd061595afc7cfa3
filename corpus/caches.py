"""Where the reader keeps its caches (the outline and the search index), how a cache file
is named, written and pruned. Plain Python, no heavy imports: the first screen uses it.

A cache is named for the corpus file it belongs to (a tag of its resolved path) and for
the file's content (a hash of its bytes, so a file edited back to the same size and
modification time is never mistaken for the old one). Caches are pruned on every write:
the last few per corpus file are kept, and the total size of a kind is bounded. What is
read back is untrusted: the caller validates it and ignores (and removes) a bad one.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

CACHE_ENV = "KIMI_AMA_TUI_CACHE"
"""Set to a directory to keep every cache there, or to `off` to keep none."""

KEEP_PER_CORPUS = 3
"""How many caches of one kind are kept for one corpus file (its latest versions)."""

MAX_TOTAL_BYTES = {"index": 1 << 30, "outline": 16 << 20, "digest": 1 << 20}
"""The most disk a kind of cache may use, all corpus files together (oldest go first)."""


def cache_root() -> Path | None:
    """The cache folder: $KIMI_AMA_TUI_CACHE, else $XDG_CACHE_HOME/kimi-ama-tui, else
    ~/.cache/kimi-ama-tui; None when caching is off or there is no home to put it in."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "kimi-ama-tui"
    try:
        return Path.home() / ".cache" / "kimi-ama-tui"
    except (RuntimeError, KeyError):  # HOME unset and no passwd entry: no cache
        return None


def content_digest(data: bytes | memoryview, *salt: str) -> str:
    """A hash of a file's bytes (and of `salt`: the format of what is cached from it)."""
    import hashlib

    digest = hashlib.sha256("\0".join(salt).encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()[:32]


def file_digest(real: Path, *salt: str, read: bool = True) -> str:
    """`content_digest` of a file's bytes, read and hashed once per version of the file:
    its sha256 is remembered with the file's identity and change time (device, inode,
    size, mtime and ctime; the kernel sets ctime on every write or utime, and it cannot be
    set back), so a file left untouched is not read again (0.45 s at 181 MB). Raises
    OSError when the file cannot be read, and FileNotFoundError when `read` is false and
    this version of it was never hashed."""
    stat = real.stat()
    ident = [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
    root = cache_root()
    memo = None if root is None else root / f"digest-{path_tag(real)}.json"
    file_hash = _remembered(memo, ident) if memo is not None else None
    if file_hash is None:
        if not read:
            raise FileNotFoundError(f"{real}: not hashed before")
        file_hash = _hash_file(real)
        again = real.stat()
        unchanged = ident == [again.st_dev, again.st_ino, again.st_size, again.st_mtime_ns, again.st_ctime_ns]
        if memo is not None and unchanged:
            record = json.dumps({"stat": ident, "sha256": file_hash})
            write_atomically(memo, [record.encode()])
    import hashlib

    return hashlib.sha256(("\0".join(salt) + "\0" + file_hash).encode()).hexdigest()[:32]


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _remembered(memo: Path, ident: list[int]) -> str | None:
    """The remembered hash if the memo is well formed and made for this very version."""
    try:
        raw = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if type(raw) is not dict or raw.get("stat") != ident or type(raw.get("sha256")) is not str:
        return None
    return raw["sha256"] if _SHA256.fullmatch(raw["sha256"]) else None


def _hash_file(real: Path) -> str:
    import hashlib

    return hashlib.sha256(real.read_bytes()).hexdigest()


def path_tag(path: Path) -> str:
    """A short tag of a corpus file's resolved path: its caches share it."""
    name = str(path).encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(name):08x}{zlib.adler32(name) & 0xFFFF:04x}"


def quick_digest(data: bytes, *salt: str) -> str:
    """A cheap checksum of a trusted file's bytes (the built-in corpus, read before the
    first paint, where importing hashlib costs more than the whole outline): CRC-32 and
    Adler-32 of the bytes and the salt, with the length."""
    salted = "\0".join(salt).encode() + b"\0" + data
    return f"{zlib.crc32(salted):08x}{zlib.adler32(salted):08x}{len(data):x}"


def cache_file(kind: str, path: Path, digest: str, suffix: str) -> Path | None:
    """The cache of `kind` for this version (`digest`) of the corpus file at `path`;
    None when caching is off."""
    root = cache_root()
    if root is None:
        return None
    return root / f"{kind}-{path_tag(path)}-{digest}{suffix}"


def touch(cache: Path) -> None:
    """Mark a cache as just used, so pruning keeps it over older ones."""
    try:
        os.utime(cache)
    except OSError:
        pass


def discard(cache: Path) -> None:
    """Remove a cache that did not validate (it is rebuilt)."""
    try:
        cache.unlink(missing_ok=True)
    except OSError:
        pass


def write_atomically(target: Path, chunks: Iterable[bytes]) -> bool:
    """Write the cache whole or not at all (temp file + os.replace), then prune its kind;
    a cache that cannot be written is skipped. Whether it was written."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temp.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(temp, target)
    except OSError:
        discard(temp)
        return False
    prune(target)
    return True


def prune(latest: Path) -> None:
    """Keep the last KEEP_PER_CORPUS caches of `latest`'s kind and corpus file, and the
    kind's total under MAX_TOTAL_BYTES (oldest removed first; `latest` is always kept)."""
    kind, tag = latest.name.split("-")[:2]
    found: list[tuple[float, int, Path]] = []
    try:
        for cache in latest.parent.glob(f"{kind}-*"):
            stat = cache.stat()
            found.append((stat.st_mtime, stat.st_size, cache))
    except OSError:
        return
    found.sort(reverse=True)  # newest first
    kept_of_corpus = 0
    total = 0
    for _, size, cache in found:
        if cache == latest:
            total += size
            continue
        same_corpus = cache.name.split("-")[1:2] == [tag]
        if same_corpus:
            kept_of_corpus += 1
        too_many = same_corpus and kept_of_corpus >= KEEP_PER_CORPUS
        if too_many or total + size > MAX_TOTAL_BYTES.get(kind, 1 << 30):
            discard(cache)
        else:
            total += size
