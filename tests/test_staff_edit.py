"""An imported comment holding a note that Reddit staff edited it (the Obama AMA: "EDIT
(by staff): As promised http://…", "[edit: link fixed by staff]") is not called the
speaker's own words without a word about it: what staff wrote or changed is not theirs.
Every surface saying whose words a text is says it (the pane, each citation format)."""

from __future__ import annotations


import pytest

from corpus.citation import FORMATS, cite
from corpus.model import Corpus
from tests.conftest import imported_thread
from tui.entry_view import entry_blocks

STAFF = "EDIT (by staff): As promised http://example.com/recipe"
ENTRY = "what-s-the-context-length-of-q1"  # answered by a1
OTHER = "does-the-tokenizer-keep-a-lt-q5"  # answered by a5: no such note


def _add_staff_note(nodes: list[dict]) -> None:
    for node in nodes:
        if node["kind"] != "t1":
            continue
        if node["data"]["id"] == "a1":
            node["data"]["body"] += "\n\n" + STAFF
        replies = node["data"].get("replies")
        if isinstance(replies, dict):
            _add_staff_note(replies["data"]["children"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return imported_thread(tmp_path_factory.mktemp("staff"), _add_staff_note, raw=True)


SAYS = {"en": "Reddit staff edited", "zh": "Reddit 工作人员"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pane_says_staff_edited_the_answer(corpus: Corpus, lang: str) -> None:
    answer = next(a for a in corpus.entry(ENTRY).answers if STAFF in (a.text.get("en") or ""))
    assert answer.speaker  # (the staff note is in a host's answer)
    lines = [b.plain for b in entry_blocks(corpus, corpus.entry(ENTRY), lang)]  # type: ignore[arg-type]
    labels = [line for line in lines if SAYS[lang] in line]
    assert len(labels) == 1, lines
    assert "EDIT (by staff)" in labels[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_citation_format_says_it(corpus: Corpus, fmt: str, lang: str) -> None:
    text = cite(corpus, ENTRY, fmt, lang)  # type: ignore[arg-type]
    assert SAYS[lang] in text, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_answer_with_no_such_note_says_nothing_of_staff(corpus: Corpus, lang: str) -> None:
    entry = corpus.entry(OTHER)
    lines = [b.plain for b in entry_blocks(corpus, entry, lang)]  # type: ignore[arg-type]
    assert not any(SAYS[lang] in line for line in lines)
    assert SAYS[lang] not in cite(corpus, entry.id, "text", lang)  # type: ignore[arg-type]
