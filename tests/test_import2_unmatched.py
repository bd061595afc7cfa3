"""'Not in ...' (`import --topics-from`) says why its questions are there: they matched
nothing in that corpus. Its overview gave the reason of `--topics auto`'s leftover, "the
questions it put in no group of shared words" (sweep 11, item 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import LocalizedText
from corpus.outline import Outline
from tui.pane_content import AUTOMATIC, made_by, overview_content

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("en", "the questions that matched no entry of that corpus", "no group of shared words"),
        ("zh", "与该语料库中任何条目都不匹配的提问", "共有词分组"),
    ],
)
def test_not_in_the_other_corpus_says_they_matched_nothing(lang: str, said: str, not_said: str) -> None:
    """The built-in corpus: its 'Not in' overview gives the --topics-from reason, in en and zh."""
    corpus = import_files([THREAD], topics_from=load_corpus(), topics_from_name="builtin").corpus
    topic = next(t for t in corpus.topics if t.title.get("en") == "Not in the built-in corpus")
    assert made_by(topic) == "unmatched"
    lines = [t.plain for t in overview_content(Outline.from_corpus(corpus), topic.id, lang, made_by(topic))]
    assert any(said in line for line in lines) and not any(not_said in line for line in lines)
    assert AUTOMATIC["unmatched"][lang] in lines


def test_another_imported_corpus_and_a_taken_title(tmp_path: Path) -> None:
    """An imported corpus as the other one: its own 'Other questions' stays the auto
    leftover; the garden thread's 'Not in lumen.json' (or, the title taken, 'Not in
    lumen.json (THREAD)') is the unmatched one."""
    from tests.test_topics_from import _garden_into

    corpus = _garden_into(import_files([THREAD]).corpus, tmp_path).corpus
    kinds = {t.title.get("en"): made_by(t) for t in corpus.topics if t.leftover}
    assert kinds == {"Other questions": "leftover", "Not in lumen.json": "unmatched"}
    topic = next(t for t in corpus.topics if t.title.get("en") == "Not in lumen.json")
    title = {"en": "Not in lumen.json (We are rose gardeners, AMA)", "original": "en", "written_by": "project"}
    taken = topic.model_copy(update={"title": LocalizedText.model_validate(title)})
    assert made_by(taken) == "unmatched"


def test_other_questions_keeps_its_reason() -> None:
    """`--topics auto`: 'Other questions' is still what no group of shared words took."""
    corpus = import_files([THREAD]).corpus
    topic = next(t for t in corpus.topics if t.title.get("en") == "Other questions")
    assert made_by(topic) == "leftover"
