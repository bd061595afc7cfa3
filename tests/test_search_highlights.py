"""A source's one-line summary of an answer (an entry's `highlights`, shown in the pane)
is searched like the answers, and what matched in it is highlighted where it is shown."""

from __future__ import annotations

import pytest
from rich.style import Style

from corpus.loader import load_corpus
from corpus.model import Corpus
from corpus.search import SearchIndex
from tui.entry_view import Styles, entry_blocks


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> SearchIndex:
    return SearchIndex.build(corpus)


def test_words_only_in_a_summary_find_its_entry(corpus: Corpus, index: SearchIndex) -> None:
    entry = corpus.entry("muon-optimizer-at-1t")
    summary = entry.highlights[0].text.get("en")
    assert "scales well" in summary
    others = [a.text.get("en") for a in entry.answers] + [entry.question.get("en")]
    assert not any("scales well" in text for text in others)  # only the summary says so
    result = index.search('"scales well"')
    assert entry.id in [m.entry_id for m in result.matches]


def test_a_match_in_a_summary_is_highlighted_in_the_pane(corpus: Corpus, index: SearchIndex) -> None:
    result = index.search('"scales well"')
    match = next(m for m in result.matches if m.entry_id == "muon-optimizer-at-1t")
    assert "highlights.0.en" in match.spans
    marked = Style(bgcolor="red")
    blocks = entry_blocks(corpus, corpus.entry(match.entry_id), "en", match.spans, Styles(match=marked))
    line = next(b for b in blocks if "scales well" in b.plain)
    hits = [line.plain[s.start : s.end] for s in line.spans if s.style == marked]
    assert hits == ["scales well"]
