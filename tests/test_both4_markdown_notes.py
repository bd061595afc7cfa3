"""`show --format markdown` carries the notes an imported entry carries in the pane and in
`show`'s text: that the question was deleted or is missing, that the entry is the post or a
host's own comment (no answer), that replies or comments were not loaded. Markdown printed
none of them, so the same entry read as an answer to a question in Markdown and as a host's
own comment in text. Checked on the fixture's thread imported as `kimi-ama-tui import`
does, in every reading language, against the notes the pane shows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.style import Style

from corpus.importer import import_files
from corpus.loader import load_corpus
from corpus.model import Corpus, Entry
from tui.cli import main
from tui.entry_view import entry_blocks
from tui.linear import entry_markdown
from tui.view_styles import Styles

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
NOTE = Style(italic=True, strike=True)
"""A style no other line of the pane has: it picks the notes out."""


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def _notes(corpus: Corpus, entry: Entry, lang: str) -> list[str]:
    """The pane's notes on `entry` (the lines in the note style)."""
    blocks = entry_blocks(corpus, entry, lang, styles=Styles(note=NOTE))
    return [block.plain for block in blocks if block.style == NOTE]


def _thread_with_hidden_replies(tmp_path: Path, missing: bool = False) -> Path:
    """The fixture thread with 4 replies behind 'load more' under answer a3, and (`missing`)
    an answer to a question no file holds."""
    data = json.loads((FIXTURES / "thread.json").read_text(encoding="utf-8"))
    q2 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q2")
    a3 = q2["data"]["replies"]["data"]["children"][0]
    data[0]["data"]["children"][0]["data"]["num_comments"] += 4
    more = {"count": 4, "name": "t1_zz", "id": "zz", "parent_id": "t1_a3", "depth": 2, "children": ["zz"]}
    a3["data"]["replies"] = {"kind": "Listing", "data": {"children": [{"kind": "more", "data": more}]}}
    if missing:
        q1 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q1")
        a1 = next(c for c in q1["data"]["replies"]["data"]["children"] if c["data"]["id"] == "a1")
        data[1]["data"]["children"].append(json.loads(json.dumps(a1)))
        data[1]["data"]["children"][-1]["data"].update(id="a9", parent_id="t1_q9", replies="")
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_markdown_carries_every_note_the_pane_shows(tmp_path: Path, lang: str) -> None:
    corpus = import_files([_thread_with_hidden_replies(tmp_path, missing=True)]).corpus
    seen: set[str] = set()
    for entry in corpus.entries():
        markdown = _unescaped(entry_markdown(corpus, entry, lang))
        for note in _notes(corpus, entry, lang):
            assert f"*{note}*" in markdown, (entry.id, note)
            seen.add(note)
    words = {
        "en": ("deleted or removed; the answers survive", "From the hosts:", "The thread's post:", "4 replies",
               "comments of this thread are not in the imported files", "not in the imported files; this is its address"),
        "zh": ("提问的评论已被删除或移除", "来自主持人：", "帖子本身：", "4 条回复", "条评论不在导入的文件中", "导入的文件中没有这条提问"),
    }
    for one in ("zh", "en") if lang == "both" else (lang,):
        for said in words[one]:
            assert any(said in note for note in seen), said  # each kind of note was checked


def test_show_markdown_against_text_on_an_imported_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kimi-ama-tui import` then `show --format markdown`: the attribution `show` prints."""
    out = tmp_path / "thread.toml"
    assert main(["import", str(FIXTURES / "thread.json"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["--corpus", str(out), "show", "deleted-question-q2", "--lang", "both", "--format", "markdown"]) == 0
    markdown = _unescaped(capsys.readouterr().out)
    assert "*提问的评论已被删除或移除；回答仍在。*" in markdown
    assert "*The question's comment was deleted or removed; the answers survive.*" in markdown
    assert "*8 comments of this thread are not in the imported files" in markdown
    host = next(e for e in load_corpus(out).entries() if e.from_hosts and not e.post)
    assert main(["--corpus", str(out), "show", host.id, "--lang", "en", "--format", "markdown"]) == 0
    assert "*From the hosts: a host's own comment, not an answer to a question.*" in capsys.readouterr().out


def test_markdown_says_what_a_linked_wording_is_and_who_wrote_the_link_descriptions(tmp_path: Path) -> None:
    """The pane's see-also line says what the other entry is (the digest's paraphrase of
    the same exchange, or the thread verbatim), and its links heading that the links'
    descriptions are this project's: Markdown now says both."""
    from tests.test_import_topics import OTHER

    other = tmp_path / "other.toml"
    other.write_text(OTHER, encoding="utf-8")
    corpus = import_files([FIXTURES / "thread.json"], topics_from=load_corpus(other), topics_from_name="other").corpus
    thread = _unescaped(entry_markdown(corpus, corpus.entry("what-s-the-context-length-of-q1"), "en"))
    assert "the paraphrase (意译) of this exchange in the digest" in thread
    digest = _unescaped(entry_markdown(corpus, corpus.entry("context-length"), "en"))
    assert "the same exchange, verbatim in the thread" in digest
    builtin = load_corpus()
    links = entry_markdown(builtin, builtin.entry("why-int4-not-fp4"), "en")
    assert "## Links mentioned (descriptions by this project)" in links
