"""A corpus's ids and references are checked as one yes or no (`references_resolve`),
and listed one problem each (`reference_problems`) only when that says no: the two must
agree on every kind of problem, or a broken corpus would load."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from corpus import model
from corpus.loader import load_corpus
from corpus.model import Corpus, reference_problems, references_resolve
from corpus.outline import BUILTIN_CORPUS


def _entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry for topic in data["topics"] for entry in topic["entries"]]


def _first(data: dict[str, Any], field: str) -> dict[str, Any]:
    """The first entry whose `field` holds anything."""
    return next(entry for entry in _entries(data) if entry.get(field))


def _answer(data: dict[str, Any]) -> dict[str, Any]:
    return dict(_entries(data)[0]["answers"][0])


BREAKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "duplicate source": lambda d: d["sources"].append(dict(d["sources"][0])),
    "duplicate speaker": lambda d: d["speakers"].append(dict(d["speakers"][1])),
    "duplicate topic": lambda d: d["topics"][1].update(id=d["topics"][0]["id"]),
    "duplicate entry": lambda d: d["topics"][-1]["entries"].append(dict(_entries(d)[3])),
    "unknown source": lambda d: _entries(d)[2]["sources"].append("nowhere"),
    "question source not the entry's": lambda d: _entries(d)[4].update(
        sources=[s for s in _entries(d)[4]["sources"] if s != _entries(d)[4]["question_source"]] or ["nowhere"]
    ),
    "unknown asker": lambda d: _entries(d)[5].update(asker="nobody"),
    "answer source not the entry's": lambda d: _entries(d)[6]["answers"].append(
        {**_answer(d), "source": next(s["id"] for s in d["sources"] if s["id"] not in _entries(d)[6]["sources"])}
    ),
    "unknown answer speaker": lambda d: _entries(d)[7]["answers"].append({**_answer(d), "speaker": "nobody"}),
    "unknown reply_to": lambda d: _entries(d)[8]["answers"].append({**_answer(d), "reply_to": "nobody"}),
    "also_asked source": lambda d: _first(d, "also_asked")["also_asked"][0].update(source="nowhere"),
    "highlights source": lambda d: _first(d, "highlights")["highlights"][-1].update(source="nowhere"),
    "links source": lambda d: _first(d, "links")["links"][0].update(source="nowhere"),
    "see_also itself": lambda d: _entries(d)[9]["see_also"].append(_entries(d)[9]["id"]),
    "see_also unknown": lambda d: _entries(d)[-1]["see_also"].append("no-such-entry"),
    "evidence source": lambda d: next(s for s in d["speakers"] if s["evidence"])["evidence"][0].update(source="nowhere"),
}


@pytest.fixture(scope="module")
def builtin() -> dict[str, Any]:
    return load_corpus(BUILTIN_CORPUS).model_dump(mode="json")


def test_the_builtin_corpus_resolves(builtin: dict[str, Any]) -> None:
    corpus = Corpus.model_validate(builtin)
    assert references_resolve(corpus) and not list(reference_problems(corpus))


@pytest.mark.parametrize("kind", BREAKS)
def test_each_kind_of_problem_is_caught_by_both(kind: str, builtin: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    data = model.Corpus.model_validate(builtin).model_dump(mode="json")  # a deep copy
    BREAKS[kind](data)
    with monkeypatch.context() as patched:
        patched.setattr(model, "references_resolve", lambda corpus: True)  # made despite the problem
        corpus = Corpus.model_validate(data)
    assert list(reference_problems(corpus)), kind  # the break is one
    assert not references_resolve(corpus), kind
    with pytest.raises(ValueError, match="not|missing|duplicate|itself"):
        Corpus.model_validate(data)  # and the model refuses it
