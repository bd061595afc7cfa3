"""Under `--lang both` (中英) the line saying whose words an imported text is (this
project's words) comes in Chinese, then English, though the text itself, the thread's
own words, is shown once: it was in Chinese only, so a reader of English in 中英 mode
was not told whose words they read (the brief after sweep 12, item 2)."""

from __future__ import annotations

from corpus.importer import import_files
from tests.test_import_post import THREAD
from tui.entry_view import entry_blocks
from tui.linear import entry_markdown, entry_text

QUESTION = "What's the context length of Glow-9B, and does it hold up past 32k?"
ANSWER = "Adding to Ada: the long-context data mix is in the report, section 4."
ASKER = ("提问者原话，据 Reddit 原帖。", "The asker's own words, as the Reddit thread prints them.")
SPEAKER = ("答者原话，据 Reddit 原帖。", "The speaker's own words, as the Reddit thread prints them.")


def test_an_imported_texts_wording_in_both_languages_the_text_once() -> None:
    corpus = import_files([THREAD]).corpus
    entry = next(e for e in corpus.entries() if e.question.get("en") == QUESTION)
    shown = {
        "pane": [block.plain for block in entry_blocks(corpus, entry, "both")],
        "show": entry_text(corpus, entry, "both", width=400).splitlines(),
        "markdown": [line.strip("*") for line in entry_markdown(corpus, entry, "both").splitlines() if line],
    }
    for where, lines in shown.items():
        assert sum(QUESTION in line for line in lines) == 1, where  # the thread's words, once
        assert sum(line.endswith(ANSWER) for line in lines) == 1, where
        zh, en = ASKER
        assert lines.index(zh) + 1 == lines.index(en), where  # Chinese first
        at = next(n for n, line in enumerate(lines) if line.endswith(ANSWER))
        assert lines[at - 2 : at] == list(SPEAKER), where  # the answer's wording, just above it
    for lang, one, other in (("zh", 0, 1), ("en", 1, 0)):
        lines = [block.plain for block in entry_blocks(corpus, entry, lang)]
        assert ASKER[one] in lines and ASKER[other] not in lines
