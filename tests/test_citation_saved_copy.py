"""An imported thread's citation gives no access date: its text comes from a saved file.

No one opened the thread's URL on the day a citation is made; the quoted text is the saved
copy's, and Reddit may have changed the thread since. The built-in corpus, whose sources are
documents cited at their URLs, keeps its access date.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import Corpus

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
ENTRY = "what-s-the-context-length-of-q1"
DAY = date(2026, 3, 4)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return import_files([FIXTURES / "thread.json"]).corpus


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_imported_entry_has_no_access_date_and_says_saved_copy(corpus: Corpus, fmt: str, lang: str) -> None:
    text = cite(corpus, ENTRY, fmt, lang, accessed=DAY)  # type: ignore[arg-type]
    assert "2026-03-04" not in text and "2026, 3, 4" not in text.replace("\n", "").replace(" ", "")
    assert "urldate" not in text and "accessed" not in text and "访问于" not in text
    if fmt == "csl-json":
        (item,) = json.loads(text)
        assert "accessed" not in item and item["custom"]["sources"][0]["saved-copy"] is True
        text = item["note"]
    saved = "saved copy" if lang == "en" else "副本"
    assert saved in text


def test_the_built_in_corpus_keeps_its_access_date() -> None:
    builtin = load_corpus()
    entry = "why-int4-not-fp4"
    assert "(accessed 2026-03-04)" in cite(builtin, entry, "text", "en", accessed=DAY)
    assert "urldate      = {2026-03-04}" in cite(builtin, entry, "bibtex", "en", accessed=DAY)
    (item,) = json.loads(cite(builtin, entry, "csl-json", "en", accessed=DAY))
    assert item["accessed"] == {"date-parts": [[2026, 3, 4]]}
    assert all(s["saved-copy"] is False for s in item["custom"]["sources"])
    assert "saved copy" not in item["note"]
