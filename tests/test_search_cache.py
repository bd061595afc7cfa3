"""The index cache on the reader's side: a `--corpus` file is indexed once, later starts
load its index from the cache, and a changed file is indexed again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import corpus.loader
from corpus.model import Corpus
from corpus.search import SearchIndex, cached_index
from tests.reader_support import reader, ready

_real_build = SearchIndex.build


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh index cache for this test only."""
    path = tmp_path / "cache"
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(path))
    return path


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the indexes built (one item per `SearchIndex.build`, its entry count)."""
    count: list[int] = []

    def counting(cls: type[SearchIndex], corpus: Corpus) -> SearchIndex:
        index = _real_build(corpus)
        count.append(index.size)
        return index

    monkeypatch.setattr(SearchIndex, "build", classmethod(counting))
    return count


def _refuse_to_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(cls: type[SearchIndex], corpus: Corpus) -> SearchIndex:
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(SearchIndex, "build", classmethod(refuse))


async def _reader_index(**options: Any) -> SearchIndex:
    """Start the reader, wait for its corpus and index, and hand the index back."""
    app = reader(**options)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.index is not None
        return app.index


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [match.entry_id for match in index.search(query).matches]


async def test_reader_loads_a_corpus_file_index_from_the_cache_the_second_time(
    small_corpus: Path, cache_dir: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await _reader_index(corpus_path=small_corpus)
    assert builds == [3]
    assert len(list(cache_dir.glob("index-*.marshal"))) == 1
    _refuse_to_build(monkeypatch)
    second = await _reader_index(corpus_path=small_corpus)
    assert second is not first
    assert _ids(second, "int4") == _ids(first, "int4") == ["why-int4"]
    assert second.search("int4") == first.search("int4")


async def test_reader_indexes_a_changed_corpus_file_again(
    small_corpus: Path, cache_dir: Path, builds: list[int]
) -> None:
    first = await _reader_index(corpus_path=small_corpus)
    assert _ids(first, "nesterov") == []
    text = small_corpus.read_text(encoding="utf-8")
    small_corpus.write_text(text.replace('en = "Why INT4?"', 'en = "Why INT4 and Nesterov?"'), encoding="utf-8")
    os.utime(small_corpus, ns=(1, 1))
    second = await _reader_index(corpus_path=small_corpus)
    assert builds == [3, 3]
    assert _ids(second, "nesterov") == ["why-int4"]
    assert len(list(cache_dir.glob("index-*.marshal"))) == 2


async def test_reader_indexes_the_builtin_corpus_without_the_cache(cache_dir: Path, builds: list[int]) -> None:
    index = await _reader_index()
    assert builds == [index.size]
    assert not list(cache_dir.glob("index-*"))  # (the outline cache lives there too)


def test_cached_index_builds_from_the_corpus_it_is_given(
    small_corpus: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = corpus.loader.load_corpus(small_corpus)

    def refuse(path: Path | None = None) -> Corpus:
        raise AssertionError("the corpus given should have been indexed, not the file read again")

    monkeypatch.setattr(corpus.loader, "load_corpus", refuse)
    built = cached_index(small_corpus, loaded)
    assert _ids(built, "int4") == ["why-int4"]
    _refuse_to_build(monkeypatch)
    assert cached_index(small_corpus).search("int4") == built.search("int4")


def test_an_index_from_the_cache_shares_the_corpus_strings(small_corpus: Path, cache_dir: Path) -> None:
    loaded = corpus.loader.load_corpus(small_corpus)
    built = cached_index(small_corpus, loaded)
    again = cached_index(small_corpus, loaded)
    assert again is not built and again.entry_texts == built.entry_texts
    question = loaded.entry("why-int4").question.en
    texts = again.entry_texts[0]
    assert any(text is question for text in texts)  # the very string, not a copy
    assert again.search("int4") == built.search("int4")
    zh = loaded.entry("k3").answers[0].text.zh
    assert any(blob is zh for blob in again.blobs[0])


def test_caching_off_hashes_nothing(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With caching off there is no cache to find: the file is not read to hash it (0.25 s
    of a cold search at 100k entries)."""
    import corpus.search.cache as cache

    def no_hash(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("the file was hashed")

    monkeypatch.setattr(cache, "file_digest", no_hash)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    assert cache.index_cache(small_corpus) is None


def test_a_version_never_hashed_is_not_read_to_look_for_its_index(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first start's search child asks whether the file is indexed without reading it
    (`read=False`, 0.35 s at 100k entries): a version never hashed has no index; one
    hashed before is known by its remembered hash."""
    import corpus.caches as caches
    import corpus.search.cache as cache

    def no_read(real: Path) -> str:
        raise AssertionError("the file was read")

    real_hash = caches._hash_file
    monkeypatch.setattr(caches, "_hash_file", no_read)
    assert cache.index_cache(small_corpus, read=False) is None
    monkeypatch.setattr(caches, "_hash_file", real_hash)
    found = cache.index_cache(small_corpus)
    monkeypatch.setattr(caches, "_hash_file", no_read)
    assert found is not None and cache.index_cache(small_corpus, read=False) == found


def test_a_cold_search_hashes_the_file_once(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A search with no cached index hashes the file to look for the cache, then starts
    the background build with that hash: not hashed a second time (0.25 s at 100k)."""
    import subprocess

    import corpus.caches as caches
    import corpus.search.cache as cache
    import tui.commands.search as command
    from tui.cli import main

    hashed: list[object] = []
    real = cache.file_digest

    def counting(*args: Any, **kwargs: Any) -> str:
        hashed.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(cache, "file_digest", counting)
    monkeypatch.setattr(command, "SCAN_MIN_BYTES", 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kwargs: None)  # (no child started)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    assert caches.cache_root() is not None
    assert main(["--corpus", str(small_corpus), "search", "int4"]) == 0
    assert "why-int4" in capsys.readouterr().out
    assert len(hashed) == 1, hashed


def test_indexing_and_sharing_texts_give_the_ui_its_turns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A loading thread lets the UI have its turn (`yield_to_other_threads`) every
    `ENTRIES_BETWEEN_TURNS` entries as it indexes the outline's questions or a corpus and
    as it gives a cached index the corpus's texts, not once per topic, or never: 8k
    entries a topic at 100k held a key's echo ~100 ms."""
    import json
    import sys

    import corpus.search.builder as builder
    import corpus.text
    from corpus.compactload import load_compact
    from corpus.search.cache import share_texts
    from corpus.search.scan import ScanIndex

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from gen_corpus import generate

    every = 50  # (500 in use: a corpus of 1500 entries, topics of 125, stands in for a big one)
    for module in (builder, corpus.text):
        monkeypatch.setattr(module, "ENTRIES_BETWEEN_TURNS", every)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(generate(1500, seed=3), ensure_ascii=False), encoding="utf-8")
    loaded = load_compact(path)
    assert loaded is not None and min(len(topic.entries) for topic in loaded.topics) > 2 * every
    turns = [0]

    def turn() -> None:
        turns[0] += 1

    monkeypatch.setattr(builder, "yield_to_other_threads", turn, raising=False)
    monkeypatch.setattr(corpus.text, "yield_to_other_threads", turn)
    monkeypatch.setattr("corpus.search.scan.yield_to_other_threads", lambda: None)  # (per topic, and its joins)
    scan = ScanIndex.build(loaded)
    assert turns[0] >= 1500 // every - len(loaded.topics)
    turns[0] = 0
    share_texts(scan, loaded)
    assert turns[0] >= 2 * 1500 // every - 2


def test_a_cached_index_s_big_tables_are_checked_with_the_ui_s_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A vocabulary's million words or starts checked in one C call held the GIL ~40 ms
    (the event loop 143 ms late on a first start at 100k): checked `CHECKED_AT_ONCE` at a
    time, with the UI's turn between, and a bad item in the last part still refused."""
    import corpus.search.integrity as integrity

    turns = [0]

    def turn() -> None:
        turns[0] += 1

    monkeypatch.setattr(integrity, "yield_to_other_threads", turn, raising=False)
    many = 2 * integrity.CHECKED_AT_ONCE + 1
    integrity._ints_below(range(many), many, "starts")
    assert turns[0] == 2
    integrity._strs(["word"] * many, "words")
    assert turns[0] == 4
    with pytest.raises(ValueError, match="starts"):
        integrity._ints_below([*range(many - 1), many], many, "starts")
    with pytest.raises(ValueError, match="words"):
        integrity._strs([*["word"] * (many - 1), 7], "words")
    integrity._ints_below([], 0, "none")  # (nothing to check)


def _generated(entries: int, seed: int) -> dict[str, Any]:
    """A corpus of `entries` entries from bench/gen_corpus.py, as parsed JSON."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from gen_corpus import generate

    return generate(entries, seed=seed)  # type: ignore[no-any-return]


def _counted_turns(monkeypatch: pytest.MonkeyPatch, every: int) -> list[int]:
    """The UI's turns (`corpus.text.yield_to_other_threads`) counted from now, one every
    `every` entries."""
    import corpus.text

    monkeypatch.setattr(corpus.text, "ENTRIES_BETWEEN_TURNS", every)
    turns = [0]

    def turn() -> None:
        turns[0] += 1

    monkeypatch.setattr(corpus.text, "yield_to_other_threads", turn)
    return turns


def test_the_outline_s_lookups_are_made_with_the_ui_s_turns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The outline's lookups by entry id, made by the loading thread as the first keys
    come, give the UI its turn every `ENTRIES_BETWEEN_TURNS` entries (made in one go, the
    event loop was 100 ms late at 100k), and are the lookups made when first asked."""
    import json

    from corpus.outline import Outline

    data = _generated(1500, seed=5)
    every = 50
    turns = _counted_turns(monkeypatch, every)
    made, asked = Outline.from_raw(data), Outline.from_raw(json.loads(json.dumps(data)))
    made.make_lookups()
    assert turns[0] >= 1500 // every
    ids = made.entry_ids()
    assert len(ids) == 1500
    for entry_id in ids[::37] + ids[-3:]:
        assert made.entry(entry_id) == asked.entry(entry_id)
        assert made.topic_of(entry_id).id == asked.topic_of(entry_id).id
        assert made.has_entry(entry_id)
    assert not made.has_entry("no-such-entry")


def test_the_question_vocabulary_is_derived_with_the_ui_s_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The relevance fallback's vocabulary, derived in the loading thread as a big
    corpus's whole index arrives, gives the UI its turn every `BETWEEN_TURNS` entries
    (derived in one go, the event loop was 75 ms late at 100k), and is the same."""
    import corpus.search.lexicon as lexicon
    from corpus.loader import load_corpus
    from corpus.search import SearchIndex

    index = SearchIndex.build(load_corpus())
    words, translations = lexicon.chinese_words(index), lexicon.translations(index)
    turns = _counted_turns(monkeypatch, 500)
    monkeypatch.setattr(lexicon, "BETWEEN_TURNS", 5, raising=False)
    assert lexicon.chinese_words(index) == words
    assert lexicon.translations(index) == translations
    assert index.size >= 30 and turns[0] >= 3 * (index.size // 5)


def test_a_corpus_s_references_and_lookups_are_made_with_the_ui_s_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decoding a corpus checks its references and makes its lookups by id in the loading
    thread as keys come: both give the UI its turn every `ENTRIES_BETWEEN_TURNS` entries
    (checked in one go, the event loop was 150 ms late on a second start at 100k), and
    the lookups are every entry's."""
    import json

    from corpus.behaviour import lookup_tables
    from corpus.compactload import load_compact
    from corpus.model import references_resolve

    path = tmp_path / "c.json"
    path.write_text(json.dumps(_generated(1500, seed=4), ensure_ascii=False), encoding="utf-8")
    loaded = load_compact(path)
    assert loaded is not None
    every = 50
    turns = _counted_turns(monkeypatch, every)
    assert references_resolve(loaded)
    assert turns[0] >= 1500 // every - 1
    turns[0] = 0
    tables = lookup_tables(loaded)
    assert turns[0] >= 1500 // every
    every_entry = [(entry, topic) for topic in loaded.topics for entry in topic.entries]
    assert len(every_entry) == 1500
    assert all(tables["_entries"][entry.id] is entry and tables["_topic_of"][entry.id] is topic for entry, topic in every_entry)
