"""The search index of a corpus file, cached (marshal, plain data) under the user's cache
directory, keyed by the file's path, size and modification time, so a big corpus is
indexed once, not on every start or search."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.search.index import SearchIndex
from corpus.search.state import FORMAT

if TYPE_CHECKING:
    from corpus.model import Corpus

CACHE_ENV = "KIMI_AMA_TUI_CACHE"
"""Set to a directory to keep index caches there, or to `off` to keep none."""


def cached_index(path: Path, corpus: Corpus | None = None) -> SearchIndex:
    """The search index of the corpus file `path`, from the cache when the file has not
    changed since it was indexed; else built from `corpus` (the file's content, already
    loaded) or from the file, and cached. Raises CorpusError for a bad file."""
    cached = cache_file(Path(path))
    if cached is not None:
        try:
            return SearchIndex.loads(cached.read_bytes())
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            pass  # no cache yet, or one this version cannot read: index the file again
    if corpus is None:
        from corpus.loader import load_corpus

        corpus = load_corpus(Path(path))
    index = SearchIndex.build(corpus)
    if cached is not None:
        _write_atomically(cached, index.dumps())
    return index


def cache_file(file: Path) -> Path | None:
    """Where the index of `file` is cached, named for its path, size and mtime (and for
    the search engine's own modules, so a changed engine never reads an old index);
    None when caching is off or the file cannot be read."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting.lower() == "off":
        return None
    try:
        real = file.resolve(strict=True)
        stat = real.stat()
        engine = [(m.name, m.stat()) for m in sorted(Path(__file__).parent.glob("*.py"))]
    except OSError:
        return None
    base = Path(setting) if setting else _user_cache_dir()
    parts = [FORMAT, *(f"{name}:{s.st_size}:{s.st_mtime_ns}" for name, s in engine)]
    key = "\0".join(map(str, (*parts, real, stat.st_size, stat.st_mtime_ns)))
    return base / f"index-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"


def _user_cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kimi-ama-tui"


def _write_atomically(target: Path, data: bytes) -> None:
    """Write the cache file whole or not at all; a cache that cannot be written is skipped."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError:
        pass
