"""An index read from its cache, then given the corpus's own strings (`share_texts`):
every text and every one-text blob is the corpus's string afterwards, searches answer the
same. The reader's index, read before the corpus (`cached_index_only`), leaves its texts
in the cache file until then."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from corpus.loader import load_corpus
from corpus.outline import BUILTIN_CORPUS
from corpus.search import SearchIndex
from corpus.search.builder import entry_fields
from corpus.search.cache import cached_index, cached_index_only, share_texts

QUERIES = ["训练成本 muon", "幻觉", "模型", '"scaling ladder"', "4.6", "tensrboard", "how many GPUs do they have"]


def _cached(tmp_path: Path) -> tuple[Path, Any]:
    path = tmp_path / "corpus.toml"
    shutil.copy(BUILTIN_CORPUS, path)
    corpus = load_corpus(path)
    cached_index(path, corpus)  # writes the cache
    return path, corpus


def _texts(corpus: Any) -> list[tuple[str, ...]]:
    return [tuple(t for _, _, t in entry_fields(corpus, topic, e)) for topic in corpus.topics for e in topic.entries]


def _answers(index: SearchIndex) -> list[list[tuple[str, float]]]:
    index.clear_caches()
    return [[(m.entry_id, m.score) for m in index.search(q, limit=None).matches] for q in QUERIES]


def test_the_readers_index_takes_the_corpus_strings_without_reading_its_own(tmp_path: Path) -> None:
    path, corpus = _cached(tmp_path)
    index = cached_index_only(path, [e.id for e in corpus.entries()])
    assert index is not None and type(index.entry_texts) is not list  # still in the cache file
    built = SearchIndex.build(corpus)
    assert _answers(index) == _answers(built)  # read as searches need them
    share_texts(index, corpus)
    mine = _texts(corpus)
    assert type(index.entry_texts) is list
    assert all(a is b for mine_e, theirs in zip(mine, index.entry_texts) for a, b in zip(mine_e, theirs))
    assert index.blobs == built.blobs
    own = {id(t) for entry in mine for t in entry}
    singles = [
        (c, i) for c in range(3) for i in range(index.size)
        if sum(not mine[i][j].isascii() for j in index.class_fields[index.entry_layout[i]][c]) == 1
    ]
    assert singles and all(id(index.blobs[c][i]) in own for c, i in singles)
    assert _answers(index) == _answers(built)


def test_an_index_read_with_its_corpus_at_hand_holds_the_corpus_strings(tmp_path: Path) -> None:
    path, corpus = _cached(tmp_path)
    index = cached_index(path, corpus)  # the cache is read, its texts are not
    mine = _texts(corpus)
    assert all(a is b for mine_e, theirs in zip(mine, index.entry_texts) for a, b in zip(mine_e, theirs))
    assert _answers(index) == _answers(SearchIndex.build(corpus))
