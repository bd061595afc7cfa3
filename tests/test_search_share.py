"""An index read from its cache, then pointed at the corpus's own strings (`share_texts`):
every text and every one-text blob is the corpus's string afterwards, searches answer the
same, and an index of other texts is left alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus.loader import load_corpus
from corpus.outline import BUILTIN_CORPUS
from corpus.search.builder import entry_fields
from corpus.search.cache import cached_index, cached_index_only, share_texts


def _from_cache(tmp_path: Path) -> tuple[Path, object, object]:
    path = tmp_path / "corpus.toml"
    shutil.copy(BUILTIN_CORPUS, path)
    corpus = load_corpus(path)
    cached_index(path, corpus)  # writes the cache
    index = cached_index_only(path, [e.id for e in corpus.entries()])
    assert index is not None
    return path, corpus, index


def test_texts_and_blobs_become_the_corpus_strings(tmp_path: Path) -> None:
    _, corpus, index = _from_cache(tmp_path)
    mine = [tuple(t for _, _, t in entry_fields(corpus, topic, e)) for topic in corpus.topics for e in topic.entries]
    before = [m.entry_id for m in index.search("训练成本 muon", limit=None).matches]
    assert any(a is not b for a, b in zip(mine[0], index.entry_texts[0]))  # its own copies
    share_texts(index, corpus)
    assert all(a is b for mine_e, theirs in zip(mine, index.entry_texts) for a, b in zip(mine_e, theirs))
    own = {id(t) for entry in mine for t in entry}
    shared = single = 0
    for c, blobs in enumerate(index.blobs):
        for i, blob in enumerate(blobs):
            wide = [mine[i][j] for j in index.class_fields[index.entry_layout[i]][c] if not mine[i][j].isascii()]
            if len(wide) == 1:
                single += 1
                shared += id(blob) in own
    assert single and shared == single
    index.clear_caches()
    assert [m.entry_id for m in index.search("训练成本 muon", limit=None).matches] == before


def test_an_index_of_other_texts_is_left_alone(tmp_path: Path) -> None:
    path, _, index = _from_cache(tmp_path)
    other = load_corpus(path)
    object.__setattr__(other.topics[0].entries[0].question, "zh", "不同的问题")
    kept = list(index.entry_texts)
    share_texts(index, other)
    assert index.entry_texts == kept and all(a is b for a, b in zip(index.entry_texts, kept))
