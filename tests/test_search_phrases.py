"""Terms checked in the entries' texts (phrases, terms with punctuation such as `4.6`):
what the engine finds equals a plain field-by-field scan of every entry, on a seeded
corpus full of near misses (case, full-width forms, word boundaries, repeats)."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from corpus.model import Corpus
from corpus.query import Term, fold_case, fold_width
from corpus.search import SearchIndex
from corpus.search import terms
from corpus.search.text import CLASSES, EXACT, _kind_at, level
from tests.test_search import CORPUS, answer, entry, text

WORDS = [
    "4.6", "4", "6", "k2.5", "K2", "e-mail", "the", "The", "model", "models", "remodel", "THE MODEL",
    "Ｋ２．５", "４．６", "４", "x.y", "fp8", "fp-8", "模型", "训练", "，", "。", "(4.6)", "4.60",
]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))


def _corpus(seed: int, size: int) -> Corpus:
    rng = random.Random(seed)
    data = copy.deepcopy(CORPUS)
    entries = [
        entry(
            f"e{i}",
            text(_sentence(rng), _sentence(rng)),
            [answer("zxytim", _sentence(rng), _sentence(rng)) for _ in range(rng.randint(1, 3))],
            tags=[_sentence(rng)] if rng.random() < 0.3 else [],
        )
        for i in range(size)
    ]
    data["topics"].append({"id": "generated", "title": text("生成", "Generated"), "entries": entries})
    return Corpus.model_validate(data)


def _scan(index: SearchIndex, term: str, cs: bool, whole_word: bool) -> dict[int, set[int]]:
    """Level -> entries, by looking at every field of every entry."""
    folded = term if cs else fold_case(term)
    out: dict[int, set[int]] = {}
    for i, texts in enumerate(index.entry_texts):
        for c in CLASSES:
            best = -1
            for j in index.class_fields[index.entry_layout[i]][c]:
                s = fold_width(texts[j])
                s = s if cs else fold_case(s)
                pos = s.find(folded)
                while pos >= 0:
                    kind = _kind_at(s, pos, pos + len(folded))
                    if kind == EXACT or not whole_word:
                        best = max(best, kind)
                    pos = s.find(folded, pos + 1)
            if best >= 0:
                out.setdefault(level(best, c), set()).add(i)
    return out


def _found(index: SearchIndex, term: str, cs: bool, whole_word: bool) -> dict[int, set[int]]:
    index.clear_caches()
    hits = index._term(Term(term, exact=not whole_word, whole_word=whole_word), cs)
    return {lv: {i for i in range(index.size) if bits >> i & 1} for lv, bits in hits.levels.items() if bits}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_corpus(seed=13, size=400))


@pytest.mark.parametrize("term", ["4.6", "4.", "k2.5", "e-mail", "the model", "x.y", "fp-8", "(4.6)", "模型 4", "2.5"])
@pytest.mark.parametrize("cs", [False, True])
@pytest.mark.parametrize("whole_word", [False, True])
def test_checked_terms_match_a_plain_scan(index: SearchIndex, term: str, cs: bool, whole_word: bool) -> None:
    expected = _scan(index, term, cs, whole_word)
    assert _found(index, term, cs, whole_word) == expected
    assert expected or whole_word or term == "模型 4"  # the corpus holds the others somewhere


def test_checked_terms_are_found_across_batches(index: SearchIndex, monkeypatch: Any) -> None:
    """Batches cut between any two entries find the same entries."""
    for batch in (1, 7, 100):
        monkeypatch.setattr(terms, "_BATCH_ENTRIES", batch)
        for term in ("4.6", "the model", "k2.5"):
            assert _found(index, term, False, False) == _scan(index, term, False, False), (batch, term)
