"""`show --format markdown --lang both`: the English question and answers still ended with
`（本项目的英文译文 this project's English rendering）` under a wording line that already says so
in English; the pane drops that label (a text its wording line covers is labelled once)."""

from __future__ import annotations

import pytest

from corpus.citation import md_escape
from corpus.loader import load_corpus
from corpus.model import Corpus
from tui.entry_view import entry_blocks, rendering_label
from tui.linear import entry_markdown

LABEL = rendering_label("both", "en")
"""`（本项目的英文译文 this project's English rendering）`"""


@pytest.fixture(scope="module")
def builtin() -> Corpus:
    return load_corpus(None)


def test_both_labels_the_question_and_answers_as_the_pane_does(builtin: Corpus) -> None:
    """Under `both` a wording line in each language says what the question and each answer
    are: in Markdown as in the pane, no rendering of them carries a label of its own."""
    checked = 0
    for entry in builtin.entries():
        markdown = entry_markdown(builtin, entry, "both")
        pane = "\n".join(block.plain for block in entry_blocks(builtin, entry, "both"))
        for text in [entry.question, *(answer.text for answer in entry.answers)]:
            for one in ("zh", "en"):
                if text.has(one) and text.is_rendering(one):
                    end = text.get(one).split("\n")[-1]
                    labelled = end + rendering_label("both", one)
                    assert md_escape(end) in markdown and end in pane, (entry.id, end)
                    assert md_escape(labelled) not in markdown and labelled not in pane, (entry.id, end)
                    checked += 1
    assert checked > 40
    heading = entry_markdown(builtin, builtin.entry("why-openai-burns-money"), "both").splitlines()[0]
    assert heading.endswith("or do you think there is another reason?"), heading


def test_a_text_no_wording_line_covers_keeps_its_label(builtin: Corpus) -> None:
    """The article's wording of a question has no wording line: labelled in both languages
    (the question itself, covered by one, not)."""
    markdown = entry_markdown(builtin, builtin.entry("k3-when"), "both")
    assert f"> When will K3 come out?{LABEL}" in markdown
    assert markdown.startswith("## K3 何时？ / When is K3 coming?\n")
