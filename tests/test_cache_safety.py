"""Caches are untrusted and keyed by content (issue 10, items 4 and 9): a stale, planted
or malformed index or outline cache is ignored and rebuilt, never served; caching off
means no cache at all; caches of different checkouts and corpora live side by side and
are pruned."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import corpus.caches
from corpus.loader import load_corpus
from corpus.outline import BUILTIN_CORPUS, Outline
from corpus.search import FORMAT, SearchIndex, cached_index
from corpus.search.lazy import whole_index
from corpus.search.store import IndexFile, file_parts
from tests.reader_support import reader, ready, settle
from tui.cli import main


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder for this test only (index and outline caches both)."""
    path = tmp_path / "cache"
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(path / "xdg"))
    return path


def _search(corpus_file: Path, query: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["--corpus", str(corpus_file), "search", query])
    out, err = capsys.readouterr()
    return status, out, err


def _ids(out: str) -> list[str]:
    return [line.split()[1] for line in out.splitlines()]


def _rename_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    assert len(old) == len(new)
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


def _index_caches(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("index-*.marshal"))


def _header(data: bytes) -> bytes:
    """A cache file's header (magic and content hash lines)."""
    assert data.startswith(b"kimi-ama-index/3\n")
    return data[: data.index(b"\n", 17) + 1]


def _digest(cache: Path) -> str:
    return _header(cache.read_bytes())[17:-1].decode()


def _state(cache: Path) -> dict[str, object]:
    found, state = whole_index(IndexFile(cache, _digest(cache))).plain()
    assert found == FORMAT
    return state


def _plant(cache: Path, state_change: dict[str, object]) -> None:
    """Rewrite a cache file's index with some fields replaced, keeping its header (the
    question texts and field lengths derived from the changed state where they can be,
    else from the original)."""
    original = _state(cache)
    state = dict(original, **state_change)
    try:
        parts = file_parts(_digest(cache), (FORMAT, state))
    except (TypeError, IndexError, KeyError, AttributeError):
        parts = file_parts(_digest(cache), (FORMAT, state), source=original)
    cache.write_bytes(b"".join(parts))


def test_search_never_serves_the_index_of_a_file_edited_back_to_the_same_size_and_mtime(
    small_corpus: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _ids(_search(small_corpus, "int4", capsys)[1]) == ["why-int4"]
    _rename_keeping_size_and_mtime(small_corpus, "why-int4", "why-int5")
    status, out, err = _search(small_corpus, "int4", capsys)
    assert (status, _ids(out), err) == (0, ["why-int5"], "")


async def test_reader_with_a_stale_cache_searches_the_corpus_it_shows(small_corpus: Path, cache_dir: Path) -> None:
    cached_index(small_corpus)
    _rename_keeping_size_and_mtime(small_corpus, "why-int4", "why-int5")
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.index is not None
        assert app.index.entry_ids == ["why-int5", "kda-next-flagship", "k3"]
        await pilot.press("/", "i", "n", "t", "4")
        await settle(pilot, "int4")
        assert app.return_code is None  # still running: no KeyError on the keystroke


def test_a_cache_planted_under_the_right_name_is_checked_against_the_corpus(
    small_corpus: Path, cache_dir: Path, tmp_path: Path
) -> None:
    """The reader holds the corpus: an index whose entries are not the corpus's is rebuilt."""
    other = tmp_path / "other.toml"
    other.write_text(small_corpus.read_text(encoding="utf-8").replace("why-int4", "why-fp8x"), encoding="utf-8")
    cached_index(other)
    (planted,) = _index_caches(cache_dir)
    cached_index(small_corpus)
    mine = [p for p in _index_caches(cache_dir) if p != planted][0]
    header = _header(mine.read_bytes())
    mine.write_bytes(header + planted.read_bytes()[len(header) :])  # right header, other index
    index = cached_index(small_corpus, load_corpus(small_corpus))
    assert index.entry_ids == ["why-int4", "kda-next-flagship", "k3"]


@pytest.mark.parametrize(
    "change",
    [
        {"entry_ids": [5, 6, 7]},
        {"entry_topics": ["a", "b", "c"]},
        {"postings": {"int4": ("x", None, None)}},
        {"entry_texts": [("a",), ("b",), ("c",)]},
        {"wide": {10**6}},
        {"blobs": [[], [], []]},
        {"topics": "architecture"},
        {"vocab": (["int4"], [1], b"")},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_well_formed_cache_with_wrong_types_is_ignored_and_rebuilt(
    small_corpus: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object]
) -> None:
    _search(small_corpus, "int4", capsys)
    (cache,) = _index_caches(cache_dir)
    _plant(cache, change)
    status, out, err = _search(small_corpus, "int4", capsys)
    assert (status, _ids(out), err) == (0, ["why-int4"], "")
    assert cached_index(small_corpus).entry_ids == ["why-int4", "kda-next-flagship", "k3"]  # rebuilt


def test_a_posting_with_a_bad_entry_number_makes_search_rebuild(
    small_corpus: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _search(small_corpus, "int4", capsys)
    (cache,) = _index_caches(cache_dir)
    state = _state(cache)
    postings = {key: tuple(["nine"] if p is not None else None for p in triple) for key, triple in state["postings"].items()}  # type: ignore[attr-defined]
    _plant(cache, {"postings": postings})
    status, out, err = _search(small_corpus, "int4", capsys)
    assert (status, _ids(out), err) == (0, ["why-int4"], "")


def test_ids_and_texts_with_escapes_in_a_cache_never_reach_stdout(
    small_corpus: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _search(small_corpus, "int4", capsys)
    (cache,) = _index_caches(cache_dir)
    state = _state(cache)
    texts = [tuple(t.replace("INT4", "INT4\x1b]0;PWNED\x07") for t in texts) for texts in state["entry_texts"]]  # type: ignore[attr-defined]
    _plant(cache, {"entry_ids": ["why-int4\x1b]0;X\x07", "kda-next-flagship", "k3"], "entry_texts": texts})
    status, out, err = _search(small_corpus, "int4", capsys)
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert _ids(out) == ["why-int4"]


def test_a_damaged_cache_is_removed_and_rebuilt(small_corpus: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _search(small_corpus, "int4", capsys)
    (cache,) = _index_caches(cache_dir)
    cache.write_bytes(cache.read_bytes()[:200])
    assert _ids(_search(small_corpus, "int4", capsys)[1]) == ["why-int4"]
    assert _index_caches(cache_dir) == [cache] and len(cache.read_bytes()) > 200


# ---------------------------------------------------------------- the outline cache


def _outline_caches(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("outline-*.json"))


@pytest.mark.parametrize(
    "poison",
    [
        {"title": 5, "topics": []},
        {"title": {"zh": "x", "en": "y"}, "topics": [{"id": "a", "title": 1, "entries": []}]},
        {"title": {"zh": "x", "en": "y"}, "topics": [{"id": "A B", "title": {"zh": "x", "en": "y"}, "entries": [{"id": "e", "question": {"zh": "q", "en": "q"}}]}]},
        [1, 2, 3],
        "not json",
    ],
    ids=["title-int", "title-type", "bad-id", "list", "text"],
)
def test_a_poisoned_outline_cache_is_ignored_and_rebuilt(cache_dir: Path, poison: object) -> None:
    expected = Outline.read_builtin(BUILTIN_CORPUS)
    (cache,) = _outline_caches(cache_dir)
    cache.write_text(poison if isinstance(poison, str) else json.dumps(poison), encoding="utf-8")
    assert Outline.read_builtin(BUILTIN_CORPUS) == expected
    assert json.loads(cache.read_text(encoding="utf-8")) == expected.to_raw()


async def test_the_reader_starts_with_a_poisoned_outline_cache(cache_dir: Path) -> None:
    Outline.read_builtin(BUILTIN_CORPUS)
    (cache,) = _outline_caches(cache_dir)
    cache.write_text('{"title":5,"topics":[]}', encoding="utf-8")
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.outline.entry_count == app.corpus.entry_count()  # type: ignore[union-attr]


def test_cache_off_stops_the_outline_cache_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_corpus: Path) -> None:
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    Outline.read_builtin(BUILTIN_CORPUS)
    cached_index(small_corpus)
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_two_checkouts_keep_their_own_outline_cache(cache_dir: Path, tmp_path: Path) -> None:
    checkouts = []
    for name in ("one", "two"):
        copy = tmp_path / name / "kimi-ama.toml"
        copy.parent.mkdir()
        shutil.copy(BUILTIN_CORPUS, copy)
        checkouts.append(copy)
    checkouts[1].write_text(checkouts[1].read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    for copy in checkouts:
        Outline.read_builtin(copy)
    first = _outline_caches(cache_dir)
    assert len(first) == 2
    for copy in checkouts:
        Outline.read_builtin(copy)
    assert _outline_caches(cache_dir) == first  # neither evicted the other


# ---------------------------------------------------------------- pruning


def test_index_caches_keep_the_last_few_versions_of_each_corpus(small_corpus: Path, cache_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    shutil.copy(small_corpus, other)
    cached_index(other)
    for n in range(6):
        small_corpus.write_text(small_corpus.read_text(encoding="utf-8") + f"\n# version {n}\n", encoding="utf-8")
        cached_index(small_corpus)
    caches = _index_caches(cache_dir)
    assert len(caches) == corpus.caches.KEEP_PER_CORPUS + 1  # the other corpus's cache stays
    latest = cached_index(small_corpus)
    assert latest.entry_ids == ["why-int4", "kda-next-flagship", "k3"]


def test_index_caches_are_bounded_in_total_size(
    small_corpus: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_index(small_corpus)
    (one,) = _index_caches(cache_dir)
    size = one.stat().st_size
    monkeypatch.setitem(corpus.caches.MAX_TOTAL_BYTES, "index", int(size * 2.5))
    for n in range(4):
        copy = tmp_path / f"copy{n}.toml"
        shutil.copy(small_corpus, copy)
        cached_index(copy)
    caches = _index_caches(cache_dir)
    assert len(caches) == 2
    assert sum(p.stat().st_size for p in caches) <= size * 2.5


def test_an_untouched_file_is_hashed_once_and_a_touched_one_again(
    small_corpus: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.search.cache import index_cache

    hashed: list[Path] = []
    real_hash = corpus.caches._hash_file

    def counting(path: Path) -> str:
        hashed.append(path)
        return real_hash(path)

    monkeypatch.setattr(corpus.caches, "_hash_file", counting)
    first = index_cache(small_corpus)
    assert index_cache(small_corpus) == first and len(hashed) == 1
    _rename_keeping_size_and_mtime(small_corpus, "why-int4", "why-int5")  # ctime moves on
    second = index_cache(small_corpus)
    assert len(hashed) == 2 and second is not None and first is not None and second[1] != first[1]
    (memo,) = cache_dir.glob("digest-*.json")
    memo.write_text(json.dumps({"stat": json.loads(memo.read_text())["stat"], "sha256": "0" * 63 + "\x1b"}))
    assert index_cache(small_corpus) == second and len(hashed) == 3  # a bad memo is not used


# ---------------------------------------------------------------- the index file


def _small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 2 entries and keyed tables of ~1 key a block: every part is cut."""
    import corpus.search.store as store

    monkeypatch.setattr(store, "SHIFT", 1)
    monkeypatch.setattr(store, "BLOCK_BYTES", 1)


def test_an_index_cut_in_small_blocks_reads_back_the_same(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.search.lazy as lazy

    _small_blocks(monkeypatch)
    index = SearchIndex.build(load_corpus(small_corpus))
    path = tmp_path / "index"
    path.write_bytes(b"".join(file_parts("0" * 32, index.plain())))
    file = IndexFile(path, "0" * 32)
    assert len(file.toc["tables"]["postings"][1]) > 20 and len(file.toc["rows"]["texts"]) == 2
    pauses: list[None] = []
    monkeypatch.setattr(lazy, "yield_to_other_threads", lambda: pauses.append(None))
    back = whole_index(file)
    assert len(pauses) > 40  # the reading thread yields between frames
    assert back.plain() == index.plain()
    assert back.search("int4") == index.search("int4")
    assert lazy.lazy_index(file).search("int4") == index.search("int4")


def _damaged(data: bytes, damage: str) -> bytes:
    import marshal

    import zstandard

    import corpus.search.store as store

    header = len(store.MAGIC) + 33
    toc_end = header + 8 + int.from_bytes(data[header : header + 8], "little")
    if damage == "truncate":
        return data[: len(data) // 2]
    if damage == "garble":
        return data[:toc_end] + b"\xff" * 40 + data[toc_end + 40 :]
    if damage == "garble-toc":
        return data[: header + 10] + b"\xff" * 20 + data[header + 30 :]
    if damage == "huge":
        frame = zstandard.ZstdCompressor().compress(b"\0" * (store.MAX_FRAME + 1))
    else:  # a table of contents whose spans point past the end
        frame = zstandard.ZstdCompressor().compress(marshal.dumps({"format": FORMAT, "size": 3, "shift": 1, "head": (0, 10**9)}))
    return data[:header] + len(frame).to_bytes(8, "little") + frame + data[toc_end:]


@pytest.mark.parametrize("damage", ["truncate", "garble", "garble-toc", "huge", "bad-toc"])
def test_a_damaged_index_file_is_refused(small_corpus: Path, tmp_path: Path, damage: str) -> None:
    from corpus.search.lazy import lazy_index

    data = b"".join(file_parts("0" * 32, SearchIndex.build(load_corpus(small_corpus)).plain()))
    path = tmp_path / "index"
    path.write_bytes(_damaged(data, damage))
    with pytest.raises(ValueError):
        file = IndexFile(path, "0" * 32)
        whole_index(file)
    with pytest.raises(ValueError):
        index = lazy_index(IndexFile(path, "0" * 32))
        for query in ("int4", "架构", "a", "^kda", "k3$"):
            index.search(query)
        index.entry_texts[2]
        index.blobs[0][2]
