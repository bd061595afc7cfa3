"""A search's spans: each field's made when it is first asked for (the tree asks for the
questions of the few dozen entries it lists, the pane for every field of the one it
shows), and equal to every field's made at once."""

from __future__ import annotations

import pytest

from corpus.loader import load_corpus
from corpus.search import SearchIndex
from corpus.search import spans as spans_module

QUERIES = ["kda", "int4 marlin", "训练", "by:zxytim kda", "tensrboard", '"training cost"', "^will", "cost$"]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(load_corpus())


def _every_field(index: SearchIndex, query: str) -> list[dict[str, tuple[tuple[int, int], ...]]]:
    """Each match's spans as a dict, every field worked out (the mapping read whole)."""
    return [dict(match.spans) for match in index.search(query).matches]


@pytest.mark.parametrize("query", QUERIES)
def test_a_question_alone_is_worked_out_when_only_it_is_asked_for(
    index: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _every_field(index, query)
    assert any(whole), query
    asked: list[str] = []
    real = spans_module._field_spans

    def counting(key: str, *args: object) -> object:
        asked.append(key)
        return real(key, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(spans_module, "_field_spans", counting)
    result = index.search(query)
    questions = [match.spans.get("question.en", ()) for match in result.matches]
    assert asked and set(asked) == {"question.en"}, sorted(set(asked))
    assert questions == [spans.get("question.en", ()) for spans in whole]
    # read whole, each is what every field worked out at once gives, in the layout's order
    assert [dict(match.spans) for match in result.matches] == whole
    assert [list(match.spans) for match in result.matches] == [list(spans) for spans in whole]
    assert all(match.spans == spans for match, spans in zip(result.matches, whole))


def test_a_field_with_no_match_is_not_a_key(index: SearchIndex) -> None:
    match = index.search("kda").matches[0]
    assert "no.such.field" not in match.spans
    with pytest.raises(KeyError):
        match.spans["no.such.field"]
    assert match.spans.get("no.such.field") is None
    assert all(match.spans[key] for key in match.spans)
