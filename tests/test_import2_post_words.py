"""The post's words attributed exactly, in every surface (pane, `show` text/Markdown/JSON,
`cite` in each format), in English and Chinese (sweep 11, item 5).

A post whose text is '[removed]', '[deleted]' or empty was introduced as "its own text,
by the poster" (发帖人自己写的正文) right above "Not the poster's words", with "its text
below" (正文见下) and no text below; a post with text was labelled "the answerer's own
words" in Chinese (答者原话), and its BibTeX said "answers as given by" (回答据), although
the post answers no question. A host's own comment was 答者原话 too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.importer import import_files
from corpus.model import Corpus, Entry
from tests.test_import_post import the_post, thread_with_post
from tui.entry_view import entry_blocks
from tui.linear import entry_json, entry_markdown, entry_text

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def surfaces(corpus: Corpus, entry: Entry, lang: str) -> dict[str, str]:
    """Everything said of `entry` in `lang`: the pane, `show`'s formats, `cite`'s formats."""
    out = {
        "pane": "\n".join(block.plain for block in entry_blocks(corpus, entry, lang)),
        "show text": entry_text(corpus, entry, lang),
        "show markdown": entry_markdown(corpus, entry, lang),
        "show json": json.dumps(entry_json(corpus, entry, lang), ensure_ascii=False),
    }
    for fmt in FORMATS:
        out[f"cite {fmt}"] = cite(corpus, entry.id, fmt, lang, accessed=None)  # type: ignore[arg-type]
    return out


NOT_THE_POSTERS = {
    "en": ["its own text, by the poster", "its text below", "poster's own words", "speaker's own words", "answers as given by"],
    "zh": ["发帖人自己写的正文", "正文见下", "答者", "发帖人原话，", "回答据"],
}
"""Said of a post without its text, each wrongly: that it is the poster's text, that the
text follows, that it is anyone's words, that it is an answer."""


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("body", ["[removed]", "[deleted]", "", " \u200b "])
def test_a_post_without_its_text_is_never_called_the_posters_text(tmp_path: Path, body: str, lang: str) -> None:
    corpus = import_files([thread_with_post(tmp_path, selftext=body, selftext_html=None)]).corpus
    entry = the_post(corpus)
    gone = "deleted or removed" if entry.post == "deleted" else "no text"
    gone_zh = "已删除或移除" if entry.post == "deleted" else "没有正文"
    said = surfaces(corpus, entry, lang)
    for where, text in said.items():
        for wrong in NOT_THE_POSTERS[lang]:
            assert wrong not in text, (where, wrong)
        assert ("Not the poster's words" if lang == "en" else "并非发帖人原话") in text, where
        assert (gone if lang == "en" else gone_zh) in text, where
    pane = said["pane"]
    intro = {
        ("en", "deleted"): "The thread's post, not an answer to a question: its text was deleted or removed.",
        ("en", "empty"): "The thread's post, not an answer to a question: it has no text.",
        ("zh", "deleted"): "帖子本身，并非回答提问：其正文已被删除或移除。",
        ("zh", "empty"): "帖子本身，并非回答提问：该帖没有正文。",
    }[(lang, entry.post)]
    assert intro in pane.splitlines()
    heading = "Not a question: this project's heading for the thread's post." if lang == "en" else "并非提问：本项目为帖子所加的标题。"
    assert heading in pane.splitlines()


@pytest.mark.parametrize(
    ("lang", "posters", "given", "wrong"),
    [
        ("en", "The poster's own words, as the Reddit thread prints them.", "the post as given by", ["speaker's own words", "answers as given by"]),
        ("zh", "发帖人原话，据 Reddit 原帖。", "帖子据 Reddit 原帖", ["答者原话", "回答据"]),
    ],
)
def test_a_post_with_text_is_the_posters_words_everywhere(lang: str, posters: str, given: str, wrong: list[str]) -> None:
    corpus = import_files([THREAD]).corpus
    entry = the_post(corpus)
    said = surfaces(corpus, entry, lang)
    for where, text in said.items():
        assert posters in text, where
        assert not any(w in text for w in wrong), where
    assert "its text below" in said["pane"] or "正文见下" in said["pane"]  # it has one
    for fmt in ("cite bibtex", "cite csl-json"):
        assert given in said[fmt], fmt


@pytest.mark.parametrize(
    ("lang", "hosts", "given", "wrong"),
    [
        ("en", "The host's own words, as the Reddit thread prints them.", "the host's comment as given by", ["speaker's own words", "answers as given by"]),
        ("zh", "主持人原话，据 Reddit 原帖。", "主持人的评论据 Reddit 原帖", ["答者原话", "回答据"]),
    ],
)
def test_a_hosts_own_comment_is_the_hosts_words(lang: str, hosts: str, given: str, wrong: list[str]) -> None:
    """'From the hosts' answers no question either: its text is the host's, not an answerer's."""
    corpus = import_files([THREAD]).corpus
    entry = next(e for e in corpus.entries() if e.from_hosts and not e.post and len(e.answers) == 1)
    said = surfaces(corpus, entry, lang)
    for where, text in said.items():
        assert hosts in text and not any(w in text for w in wrong), where
    assert given in said["cite bibtex"]
