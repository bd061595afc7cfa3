"""The search index of a corpus file, cached (zstd frames of marshalled plain data, see
`store`) under the user's cache directory, so a big corpus is indexed once, not on
every start or search. The reader reads a cached index whole; the `search` command
reads it lazily (`lazy=True`: what a query touches, see `lazy`).

A cache is keyed by the file's content (a hash of its bytes) and by the search engine's
own modules, never by size and modification time alone; it carries that hash in its
header. What it holds is untrusted: it is checked (`integrity`: read whole, all of it at
once; read lazily, its small tables at once and each block as it is read) and, when a
corpus is at hand, its entries are compared with the corpus's; a cache that fails is
removed and the file indexed again (a block that fails in the middle of a search raises
ValueError: the `search` command then drops the cache and searches a fresh index). `KIMI_AMA_TUI_CACHE=off` keeps no cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from corpus.caches import CACHE_ENV, cache_file, cache_root, discard, file_digest, touch, write_atomically
from corpus.limits import Refused, max_bytes
from corpus.search.index import SearchIndex
from corpus.search.state import FORMAT
from corpus.search.store import file_parts

if TYPE_CHECKING:
    from corpus.model import Corpus

__all__ = ["CACHE_ENV", "build_index", "cached_index", "index_cache"]


def cached_index(path: Path, corpus: Corpus | None = None, lazy: bool = False) -> SearchIndex:
    """The search index of the corpus file `path`, from the cache when one was made from
    these exact bytes (and checks out); else built from `corpus` (the file's content,
    already loaded) or from the file, and cached. `lazy`: the cached index's big parts
    are read (and checked) when a search needs them, and may raise ValueError then.
    Raises CorpusError for a bad file."""
    found = index_cache(Path(path))
    if found is not None:
        cache, digest = found
        # with the corpus at hand, its texts replace the cache's (never read): `early`
        index = _read(cache, digest, corpus, lazy and corpus is None, early=corpus is not None)
        if index is not None:
            if corpus is not None:
                share_texts(index, corpus)
            return index
    return build_index(Path(path), corpus, found)[0]


def build_index(path: Path, corpus: Corpus | None, found: tuple[Path, str] | None) -> tuple[SearchIndex, bool]:
    """The index of the corpus file `path` built from `corpus` (its content, loaded here
    when None), and cached atomically where `found` (`index_cache`) says; the index, and
    whether the cache was written. Raises CorpusError for a bad file."""
    if corpus is None:
        # compact structs, validated as the model validates (3x faster, a third of the
        # memory at 100k entries); pydantic when they cannot be made, and to word errors
        from corpus.compactload import load_compact
        from corpus.loader import load_corpus

        compact = load_compact(path)
        corpus = compact if compact is not None else load_corpus(path)
    index = SearchIndex.build(corpus)
    written = False
    if found is not None:
        cache, digest = found
        written = write_atomically(cache, file_parts(digest, index.plain()))
    return index, written


def cached_index_only(path: Path, entry_ids: list[str]) -> SearchIndex | None:
    """The cached index of these exact bytes of `path`, if there is one that checks out and
    holds exactly `entry_ids` (the file's outline), read before the corpus is validated:
    the reader filters with it while validation goes on. None when there is none."""
    found = index_cache(Path(path))
    if found is None:
        return None
    index = _read(*found, None, early=True)
    if index is None or index.entry_ids != entry_ids:
        return None
    return index


def index_cache(file: Path, read: bool = True) -> tuple[Path, str] | None:
    """Where the index of this version of `file` is cached, and the hash of its content
    (with the search engine's modules, so a changed engine never reads an old index);
    None when caching is off or the file cannot be read (or, `read` false, when this
    version was never hashed: it has no index cached)."""
    if cache_root() is None:
        return None  # caching is off: nothing to hash the file for
    try:
        real = file.resolve(strict=True)
        if not real.is_file():  # a pipe is read once, by the loader; a device never
            return None
        if real.stat().st_size > max_bytes():
            return None  # the loader refuses it
        engine = [(m.name, m.stat()) for m in sorted(Path(__file__).parent.glob("*.py"))]
        salt = [FORMAT, *(f"{name}:{s.st_size}:{s.st_mtime_ns}" for name, s in engine)]
        digest = file_digest(real, *salt, read=read)
    except (OSError, Refused):
        return None  # the loader says why
    cache = cache_file("index", real, digest, ".marshal")
    return None if cache is None else (cache, digest)


def _read(
    cache: Path, digest: str, corpus: Corpus | None, lazy: bool = False, early: bool = False
) -> SearchIndex | None:
    """The cached index if it is there, made for this content, well formed and (when the
    corpus is given) of the same entries; else None, and a bad cache is removed. `lazy`:
    everything but its small tables read when used (a command's one search); `early`:
    its texts and blobs (the reader's, before the corpus brings its own strings)."""
    from corpus.search.lazy import early_index, lazy_index, whole_index
    from corpus.search.store import IndexFile

    try:
        file = IndexFile(cache, digest)
    except FileNotFoundError:
        return None  # no cache yet
    except OSError:
        return None
    except ValueError:
        discard(cache)
        return None
    try:
        # whole: a frame at a time, yielding between them, so a loading thread never
        # holds the GIL for long (one marshal.loads of a 100k index held it 0.6-1.6 s)
        index = lazy_index(file) if lazy else early_index(file) if early else whole_index(file)
        if corpus is not None and index.entry_ids != [entry.id for entry in corpus.entries()]:
            raise ValueError("its entries are not the corpus's")
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, MemoryError):
        discard(cache)
        return None
    touch(cache)
    return index


def share_texts(index: SearchIndex, corpus: Corpus) -> None:
    """Give an index read `early` from a cache (its texts and blobs still in the file,
    which is of the same bytes as the corpus) the corpus's own strings, and blobs made of
    them, without reading its own: the reader holds each text once. An entry at a time,
    from the loading thread (one call over every text held the GIL, froze the UI)."""
    from corpus.search.builder import EntryFields, entry_blobs
    from corpus.text import ENTRIES_BETWEEN_TURNS, yield_to_other_threads

    fields_of = EntryFields(corpus).of
    texts: list[tuple[str, ...]] = []
    for topic in corpus.topics:
        for entry in topic.entries:
            texts.append(fields_of(topic, entry)[1])
            if not len(texts) % ENTRIES_BETWEEN_TURNS:
                yield_to_other_threads()
    if len(texts) != len(index.entry_texts):
        return
    blobs: list[list[str]] = [[], [], []]
    for n, (entry, layout) in enumerate(zip(texts, index.entry_layout), 1):
        for c, blob in enumerate(entry_blobs(entry, index.class_fields[layout])):
            blobs[c].append(blob)
        if not n % ENTRIES_BETWEEN_TURNS:
            yield_to_other_threads()
    index.entry_texts, index.blobs = texts, blobs


def drop_index_cache(file: Path) -> None:
    """Remove the cached index of `file` (it failed when searched: it is rebuilt)."""
    found = index_cache(file)
    if found is not None:
        discard(found[0])
