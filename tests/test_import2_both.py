"""`--lang both` (中英) shows both halves of the importer's bilingual words, as a built-in
entry shows both languages: the pane and `show` gave only the Chinese half of a post's or
host comment's heading, of its note and of the empty post's note, while `cite --lang both`
gave both (sweep 11, item 7). The thread's own words stay once, as written."""

from __future__ import annotations

from pathlib import Path

from corpus.citation import cite
from corpus.importer import import_files
from tests.test_import_post import the_post, thread_with_post
from tui.entry_view import entry_blocks
from tui.linear import entry_markdown, entry_text

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def pane(corpus, entry) -> list[str]:  # type: ignore[no-untyped-def]
    """The pane's lines for `entry` under `both`."""
    return [block.plain for block in entry_blocks(corpus, entry, "both")]


def test_the_posts_heading_and_its_note_in_both_languages() -> None:
    corpus = import_files([THREAD]).corpus
    entry = the_post(corpus)
    lines = pane(corpus, entry)
    zh, en = entry.question.get("zh"), entry.question.get("en")
    assert zh.startswith("帖子：") and en.startswith("The post: ")
    assert lines.index(zh) + 1 == lines.index(en)  # Chinese first, as a built-in entry
    assert "并非提问：本项目为帖子所加的标题，正文见下。" in lines
    assert "Not a question: this project's heading for the thread's post, its text below." in lines
    text = entry_text(corpus, entry, "both")
    assert zh in text and en in text
    # the post's text is the poster's own Markdown, once; its wording line in each language
    assert text.count("Ask us anything about training") == 1
    assert lines.index("发帖人原话，据 Reddit 原帖。") + 1 == lines.index("The poster's own words, as the Reddit thread prints them.")
    cited = cite(corpus, entry.id, "text", "both", accessed=None)
    assert zh in cited and en in cited


def test_a_hosts_own_comment_heading_in_both_languages() -> None:
    corpus = import_files([THREAD]).corpus
    entry = next(e for e in corpus.entries() if e.from_hosts and not e.post)
    lines = pane(corpus, entry)
    assert entry.question.get("zh") in lines and entry.question.get("en") in lines
    assert "Not a question: this project's heading for a host's own comment, quoted below." in lines
    markdown = entry_markdown(corpus, entry, "both")
    assert entry.question.get("zh") in markdown and "Not a question: this project" in markdown


def test_an_empty_posts_note_in_both_languages(tmp_path: Path) -> None:
    corpus = import_files([thread_with_post(tmp_path, selftext="", selftext_html=None)]).corpus
    lines = pane(corpus, the_post(corpus))
    for said in (
        "帖子：没有正文",
        "The post: it has no text",
        "并非发帖人原话：本项目的说明；该帖没有正文。",
        "Not the poster's words: this project's note; the post has no text.",
        "（该帖没有正文：Reddit 给出的正文为空。）",
        "(The post has no text: Reddit gives its body as empty.)",
    ):
        assert said in lines, said


def test_the_threads_own_words_stay_once(tmp_path: Path) -> None:
    """A question and a removed post's placeholder are the thread's, in one language: once.
    What the placeholder is (this project's note) is said in each language (sweep 12, item 2)."""
    corpus = import_files([thread_with_post(tmp_path, selftext="[removed]", selftext_html=None)]).corpus
    lines = pane(corpus, the_post(corpus))
    assert lines.count("[removed]") == 1
    assert sum(line.startswith(("Not the poster's words", "并非发帖人原话")) for line in lines) == 2
    asked = next(e for e in corpus.entries() if e.asker and e.answers)
    lines = pane(corpus, asked)
    assert sum(line.startswith(asked.question.get("en")[:12]) for line in lines) == 1
    assert sum("原话" in line or "own words" in line for line in lines[:4]) == 2  # its wording, zh and en
