"""`import --topics-from`: a thread joining another corpus keeps its own attribution, its own
count of comments not loaded, and is linked only where an entry really matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import Corpus
from tests.test_import_topics import OTHER

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD = FIXTURES / "thread.json"
THREAD_TITLE = "AMA with Lumen Labs, makers of Glow-9B & the <Lantern> tokenizer"
DIGEST_TITLE = "A digest of the Lumen AMA"
BUILTIN_TITLE = "Moonshot AI's r/LocalLLaMA AMA on Kimi K2 Thinking"


def _other(tmp_path: Path) -> Corpus:
    path = tmp_path / "other.toml"
    path.write_text(OTHER, encoding="utf-8")
    return load_corpus(path)


def _imported_ids(corpus: Corpus) -> list[str]:
    return [e.id for e in corpus.entries() if e.question_permalink or e.from_hosts]


def _cited(corpus: Corpus, entry_id: str) -> dict[str, str]:
    return {fmt: cite(corpus, entry_id, fmt, accessed=None) for fmt in FORMATS}


@pytest.mark.parametrize("into", ["builtin", "digest"])
def test_an_imported_entry_is_cited_as_published_in_its_thread(tmp_path: Path, into: str) -> None:
    """Every citation of an imported entry named the corpus it was imported into as where it
    was published (BibTeX howpublished, CSL container-title, the text's heading)."""
    other = load_corpus() if into == "builtin" else _other(tmp_path)
    corpus = import_files([THREAD], topics_from=other, topics_from_name=into).corpus
    other_title = BUILTIN_TITLE if into == "builtin" else DIGEST_TITLE
    ids = _imported_ids(corpus)
    assert ids
    for entry_id in ids:
        cited = _cited(corpus, entry_id)
        (item,) = json.loads(cited["csl-json"])
        assert item["container-title"] == THREAD_TITLE
        assert item["source"].startswith(THREAD_TITLE + "; answers as given by")
        assert item["collection-title"] == other_title  # collected there, not published there
        howpublished = next(line for line in cited["bibtex"].splitlines() if "howpublished" in line)
        assert "AMA with Lumen Labs" in howpublished and other_title not in howpublished
        assert f"Collected in {other_title}." in cited["bibtex"]
        heading = cited["text"].split("\nSources:")[0].splitlines()[-1]
        assert heading.startswith(f"{THREAD_TITLE} · collected in {other_title} · "), heading
        md_heading = cited["markdown"].split(" Sources:")[0].splitlines()[-1]
        assert md_heading.startswith("AMA with Lumen Labs, makers of Glow-9B & the \\<Lantern\\> tokenizer · collected in ")
    # the corpus's own entries keep theirs
    own = next(e.id for e in other.entries())
    (item,) = json.loads(cite(corpus, own, "csl-json"))
    assert item["container-title"] == other_title and "collection-title" not in item
    assert f"\n{other_title} · " in cite(corpus, own, "text")


def test_a_plain_import_is_cited_as_before() -> None:
    """Without --topics-from the corpus is the thread: its title, and no 'collected in'."""
    corpus = import_files([THREAD]).corpus
    for entry_id in _imported_ids(corpus):
        cited = _cited(corpus, entry_id)
        (item,) = json.loads(cited["csl-json"])
        assert item["container-title"] == THREAD_TITLE and "collection-title" not in item
        assert "ollected in" not in cited["text"] + cited["markdown"] + cited["bibtex"]
