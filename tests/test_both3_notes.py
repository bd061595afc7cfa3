"""Under `--lang both` (中英) every note this project writes about an imported entry is said
in Chinese, then English, in the pane and in `show`: that the post or a host's comment is
not an answer, that the post's text is gone, that a question was deleted, that comments
were not loaded, and what a '[removed]' placeholder is. These were in Chinese only (sweep 12,
item 2). The thread's own words (a question, a '[removed]' placeholder) stay once."""

from __future__ import annotations

from pathlib import Path

from corpus.importer import import_files
from corpus.model import Corpus, Entry
from tests.test_import_post import THREAD, the_post, thread_with_post
from tui.entry_view import entry_blocks
from tui.linear import entry_text

NOTES = {
    "removed": (
        "帖子本身，并非回答提问：其正文已被删除或移除。",
        "The thread's post, not an answer to a question: its text was deleted or removed.",
    ),
    "empty": (
        "帖子本身，并非回答提问：该帖没有正文。",
        "The thread's post, not an answer to a question: it has no text.",
    ),
    "host": (
        "来自主持人：主持人自己的评论，并非回答提问。",
        "From the hosts: a host's own comment, not an answer to a question.",
    ),
    "deleted": (
        "提问的评论已被删除或移除；回答仍在。",
        "The question's comment was deleted or removed; the answers survive.",
    ),
    "not_loaded": (
        "本帖有 8 条评论不在导入的文件中（在 Reddit 的“加载更多”之后，离线无法展开；或数据转储中没有）。",
        "8 comments of this thread are not in the imported files (behind Reddit's 'load more' links, which cannot be opened offline, or missing from a dump).",
    ),
    "asker_placeholder": (
        "并非提问者原话：Reddit 为已删除或移除的评论显示的占位文字。",
        "Not the asker's words: Reddit's placeholder for a deleted or removed comment.",
    ),
    "placeholder": (
        "并非发帖人原话：Reddit 为已删除或移除的帖子正文显示的占位文字。",
        "Not the poster's words: Reddit's placeholder for a post's deleted or removed text.",
    ),
}


def _shown(corpus: Corpus, entry: Entry, lang: str) -> dict[str, list[str]]:
    """The pane's lines and `show`'s lines for `entry` in `lang`."""
    return {
        "pane": [block.plain for block in entry_blocks(corpus, entry, lang)],
        "show": entry_text(corpus, entry, lang, width=400).splitlines(),
    }


def _both_in_order(lines: list[str], zh: str, en: str) -> None:
    """`zh` and `en` each once, the English straight after the Chinese."""
    assert lines.count(zh) == 1 and lines.count(en) == 1, (zh, en)
    assert lines.index(zh) + 1 == lines.index(en), (zh, en)


def _check(corpus: Corpus, entry: Entry, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """Under `both`, each note of `keys` in both languages, Chinese first, in the pane and
    `show`; under `zh` and `en`, in that language alone."""
    both = _shown(corpus, entry, "both")
    for lines in both.values():
        for key in keys:
            _both_in_order(lines, *NOTES[key])
    for lang, (mine, other) in (("zh", (0, 1)), ("en", (1, 0))):
        for lines in _shown(corpus, entry, lang).values():
            for key in keys:
                assert NOTES[key][mine] in lines and NOTES[key][other] not in lines, (lang, key)
    return both


def test_a_removed_posts_notes_in_both_languages_its_placeholder_once(tmp_path: Path) -> None:
    corpus = import_files([thread_with_post(tmp_path, selftext="[removed]", selftext_html=None)]).corpus
    both = _check(corpus, the_post(corpus), ("removed", "placeholder", "not_loaded"))
    for lines in both.values():
        assert lines.count("[removed]") == 1  # the thread's words, once


def test_an_empty_posts_note_in_both_languages(tmp_path: Path) -> None:
    corpus = import_files([thread_with_post(tmp_path, selftext="", selftext_html=None)]).corpus
    _check(corpus, the_post(corpus), ("empty",))


def test_a_hosts_own_comment_note_in_both_languages() -> None:
    corpus = import_files([THREAD]).corpus
    entry = next(e for e in corpus.entries() if e.from_hosts and not e.post)
    _check(corpus, entry, ("host", "not_loaded"))


def test_a_deleted_questions_notes_in_both_languages_its_placeholder_once() -> None:
    corpus = import_files([THREAD]).corpus
    entry = next(e for e in corpus.entries() if e.question_deleted and e.question.get("en") == "[deleted]")
    both = _check(corpus, entry, ("asker_placeholder", "deleted"))
    for lines in both.values():
        assert sum(line.endswith("[deleted]") for line in lines) == 1  # the thread's words, once
