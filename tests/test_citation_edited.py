"""Citations of an imported comment edited after posting say so, with the edit's date.

The fixture thread's answer a1 was edited an hour after posting (2025-11-10 17:00 UTC) and
a6 was edited with no date given; here the question q1 is also edited, two days later.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.model import Corpus
from tests.conftest import imported_thread
from tui.entry_view import entry_blocks
from tui.linear import entry_json

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
EDITED_Q = 1762790400 + 2 * 86400 + 60  # 2025-11-12 16:01 UTC
ENTRY = "what-s-the-context-length-of-q1"  # q1, answered by a1 (edited 2025-11-10)
UNDATED = "comment-q6"  # q6, answered by a6 (edited, Reddit gives no date)


def _edit_q1(nodes: list[dict]) -> None:
    for node in nodes:
        if node["kind"] == "t1" and node["data"]["id"] == "q1":
            node["data"]["edited"] = float(EDITED_Q)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return imported_thread(tmp_path_factory.mktemp("edited"), _edit_q1)


def _undated_id(corpus: Corpus) -> str:
    return next(e.id for e in corpus.entries() if e.question_permalink and e.question_permalink.endswith("/q6/"))


def test_the_import_keeps_when_the_question_was_edited(corpus: Corpus) -> None:
    entry = corpus.entry(ENTRY)
    assert entry.question_edited is not None and entry.question_edited is not True
    assert entry.question_edited.isoformat() == "2025-11-12T16:01:00+00:00"
    lines = [b.plain for b in entry_blocks(corpus, entry, "en")]
    assert "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/q1/  2025-11-10 16:05 UTC · edited 2025-11-12 16:01 UTC" in lines
    assert entry_json(corpus, entry, "en")["question_edited"] == "2025-11-12T16:01:00+00:00"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_says_the_answer_and_question_were_edited_and_when(corpus: Corpus, fmt: str, lang: str) -> None:
    text = cite(corpus, ENTRY, fmt, lang)  # type: ignore[arg-type]
    edited = "Edited after it was posted" if lang == "en" else "发布后经过编辑"
    as_edited = "not as first posted" if lang == "en" else "并非最初发布的原样"
    if fmt == "csl-json":
        (item,) = json.loads(text)
        assert item["custom"]["answers"][0]["edited"] == "2025-11-10"
        assert item["custom"]["question-edited"] == "2025-11-12"
        text = item["note"]  # the note says it in words
    last = "last edited {}" if lang == "en" else "最后编辑于 {}"
    assert text.count(edited) >= 2 and as_edited in text  # the question and the answer
    assert last.format("2025-11-10") in text and last.format("2025-11-12") in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_edit_without_a_date_is_still_said(corpus: Corpus, fmt: str) -> None:
    entry_id = _undated_id(corpus)
    for lang, words in (("en", "Reddit gives no date for the edit"), ("zh", "Reddit 未给出编辑日期")):
        text = cite(corpus, entry_id, fmt, lang)  # type: ignore[arg-type]
        if fmt == "csl-json":
            (item,) = json.loads(text)
            assert item["custom"]["answers"][0]["edited"] is True
            text = item["note"]
        assert words in text, (fmt, lang)


def test_text_and_markdown_date_the_edit_next_to_the_answer(corpus: Corpus) -> None:
    text = cite(corpus, ENTRY, "text", "en")
    assert "Main answer · u/ada-lumen · 2025-11-10 · edited 2025-11-10\n" in text
    assert "— https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/q1/ (2025-11-10, edited 2025-11-12)" in text
    markdown = cite(corpus, ENTRY, "markdown", "en")
    assert "[permalink, edited 2025-11-10](https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a1/)" in markdown


def test_an_unedited_answer_is_not_said_to_be_edited(corpus: Corpus) -> None:
    entry_id = next(e.id for e in corpus.entries() if e.question_permalink and e.question_permalink.endswith("/q5/"))
    for fmt in FORMATS:
        text = cite(corpus, entry_id, fmt, "en")
        assert "Edited after" not in text and "edited 20" not in text, fmt
