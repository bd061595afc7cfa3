"""An imported thread claims only what its files say: a spoiler is no quotation, a name no
Reddit account can have is no deleted account, a hidden score is no score, and the
project's own words about the source say they are the project's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.style import Style

from corpus.citation import FORMATS, cite
from corpus.importer import import_files
from corpus.loader import dump_corpus
from corpus.model import Corpus, Entry
from corpus.outline import Outline
from tui.entry_view import entry_blocks
from tui.linear import entry_json, entry_markdown, entry_text
from tui.pane_content import shown_question
from tui.reddit_markdown import QUOTE_BAR, markdown_blocks

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, DUMP = FIXTURES / "thread.json", FIXTURES / "comments.jsonl"
SPOILER = ">!the ending!< and ~~strike~~ after"
"""A question whose first words are a Reddit spoiler (raw Markdown, as Reddit's `body`)."""


def _comment(data: list[Any], comment_id: str) -> dict[str, Any]:
    """The `data` of comment `comment_id` anywhere in a thread's JSON."""
    def walk(children: list[Any]) -> dict[str, Any] | None:
        for child in children:
            found = child["data"]
            if found.get("id") == comment_id:
                return found  # type: ignore[no-any-return]
            replies = found.get("replies")
            if replies and (deeper := walk(replies["data"]["children"])):
                return deeper
        return None

    found = walk(data[1]["data"]["children"])
    assert found is not None
    return found


def _imported(tmp_path: Path, edit: dict[str, dict[str, Any]]) -> Corpus:
    """The fixture thread with some comments' fields changed, imported. q4 gets an answer
    by a host, so that it is an entry."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    _comment(data, "n2")["author"] = "ada-lumen"
    for comment_id, fields in edit.items():
        _comment(data, comment_id).update(fields)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return import_files([path]).corpus


def _entry(corpus: Corpus, comment_id: str) -> Entry:
    return next(e for e in corpus.entries() if (e.question_permalink or "").endswith(f"/{comment_id}/"))


def _pane(corpus: Corpus, entry: Entry, lang: str) -> list[str]:
    return [block.plain for block in entry_blocks(corpus, entry, lang)]


def test_a_spoiler_is_marked_as_one_and_never_quoted() -> None:
    """`>!text!<` got the quote bar (`▌ !text!< …`), which says the words are quoted."""
    source = f"{SPOILER}\n\n> a real quote\n\nmid >!inline **bold**!< end\n\n>!no closing mark"
    blocks = markdown_blocks(source, Style(reverse=True), Style(underline=True))
    lines = [block.plain for block in blocks]
    assert lines[0] == "⟦spoiler: the ending⟧ and strike after"
    assert "▌ a real quote" in lines  # a quote is still one
    assert "mid ⟦spoiler: inline bold⟧ end" in lines
    assert "▌ !no closing mark" in lines  # no spoiler without its end: Markdown's quote
    assert [line for line in lines if line.startswith(QUOTE_BAR)] == ["▌ a real quote", "▌ !no closing mark"]
    spoiled = [span for span in blocks[0].spans if span.start < len("⟦spoiler: the ending⟧")]
    assert spoiled and all(isinstance(s.style, Style) and s.style.dim for s in spoiled)


@pytest.mark.parametrize(("lang", "marker"), [("en", "⟦spoiler: the ending⟧"), ("zh", "⟦剧透：the ending⟧")])
def test_an_imported_spoiler_in_the_pane_show_and_labels(tmp_path: Path, lang: str, marker: str) -> None:
    corpus = _imported(tmp_path, {"q4": {"body": SPOILER.replace(">", "&gt;").replace("<", "&lt;")}})
    entry = _entry(corpus, "q4")
    assert entry.question.get("en") == SPOILER  # stored verbatim
    pane = _pane(corpus, entry, lang)
    assert f"{marker} and strike after" in pane
    assert not any(line.startswith(QUOTE_BAR) for line in pane)
    assert f"{marker} and strike after" in entry_text(corpus, entry, lang, 100)  # `show`
    assert shown_question(Outline.from_corpus(corpus).entry(entry.id), lang) == f"{marker} and strike after"
    assert SPOILER in cite(corpus, entry.id, "text", lang)  # a citation quotes the source's Markdown


BAD_NAME = "[b]intruder[/b]\x1b[31m"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_name_no_reddit_account_can_have_is_no_deleted_account(tmp_path: Path, lang: str) -> None:
    """A dump's author '[b]evil[/b]ESC[31m' was read as '[deleted]', and the question
    said 'Asked by a deleted account': a deletion no source reports."""
    corpus = _imported(tmp_path, {"q4": {"author": BAD_NAME}})
    entry = _entry(corpus, "q4")
    assert entry.asker is None and entry.asked_by is not None and entry.asked_by.written_by == "project"
    said = {"en": "Asked by an account whose name in the file is not a valid Reddit name",
            "zh": "提问者：文件中名称不是有效 Reddit 用户名的账号"}[lang]
    surfaces = {
        "pane": "\n".join(_pane(corpus, entry, lang)),
        "show": entry_text(corpus, entry, lang, 200),
        "markdown": entry_markdown(corpus, entry, lang),
        **{fmt: cite(corpus, entry.id, fmt, lang) for fmt in FORMATS},  # type: ignore[arg-type]
    }
    assert said in surfaces["pane"] and said in surfaces["show"]
    for name, shown in surfaces.items():
        assert "deleted" not in shown and "删除" not in shown, name
        assert "intruder" not in shown and "\x1b" not in shown, name
    assert "intruder" not in dump_corpus(corpus)


def test_reddits_own_deleted_author_is_still_a_deleted_account(tmp_path: Path) -> None:
    """Reddit's own '[deleted]' still says the account is gone."""
    corpus = _imported(tmp_path, {"q4": {"author": "[deleted]"}})
    assert "Asked by a deleted account" in _pane(corpus, _entry(corpus, "q4"), "en")


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_a_hidden_score_is_no_score(tmp_path: Path, lang: str) -> None:
    """`score_hidden: true` comes with a placeholder `score: 1`; it was shown as 'score 1'."""
    corpus = _imported(tmp_path, {"a1": {"score_hidden": True, "score": 1}})
    entry = _entry(corpus, "q1")
    hidden, shown = entry.answers[0], entry.answers[-1]
    assert hidden.permalink and hidden.permalink.endswith("/a1/") and hidden.score is None
    assert shown.score == 33  # a2: not hidden, kept
    surfaces = {
        "pane": "\n".join(_pane(corpus, entry, lang)),
        "show": entry_text(corpus, entry, lang, 200),
        "markdown": entry_markdown(corpus, entry, lang),
        "json": json.dumps(entry_json(corpus, entry, lang), ensure_ascii=False),
        **{fmt: cite(corpus, entry.id, fmt, lang) for fmt in FORMATS},  # type: ignore[arg-type]
    }
    for name, text in surfaces.items():
        line = next((line for line in text.split("\n") if "/_/a1/" in line), "")
        for score in ("score", "得分"):  # (中英 labels it 得分 score)
            assert f"{score} 1" not in line and f"{score} 95" not in line, (name, line)
    pane_a2 = next(line for line in surfaces["pane"].split("\n") if "/_/a2/" in line)
    assert {"en": "score 33", "zh": "得分 33", "both": "得分 score 33"}[lang] in pane_a2
    assert json.loads(surfaces["json"])["answers"][0]["score"] is None


def test_a_hidden_score_in_a_dump_is_no_score(tmp_path: Path) -> None:
    """The same in a Pushshift-style dump, whose lines are decoded another way."""
    lines = [json.loads(line) for line in DUMP.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line.get("id") == "a1":
            line.update(score_hidden=True, score=1)
    path = tmp_path / "comments.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    corpus = import_files([path, FIXTURES / "submissions.jsonl"], thread="1abcde").corpus
    answers = {a.permalink.rsplit("/", 2)[-2]: a for e in corpus.entries() for a in e.answers if a.permalink}
    assert answers["a1"].score is None and answers["a2"].score == 33


def test_the_sources_note_is_the_projects_words() -> None:
    """The note was recorded as the source's words (`written_by` left at 'source')."""
    source = import_files([THREAD]).corpus.sources[0]
    assert source.note is not None and source.note.written_by == "project"
    assert "is this project's" not in (source.note.get("en") or "")
    untitled = import_files([DUMP], thread="1abcde", hosts=["ada-lumen,u/Byte_Smith"]).corpus
    note = untitled.sources[0].note
    assert untitled.sources[0].title == "Reddit thread 1abcde" and untitled.title.written_by == "project"
    assert note is not None and note.written_by == "project"
    assert "The files give no title: 'Reddit thread 1abcde' is this project's." in (note.get("en") or "")


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_palette_shows_an_imported_spoiler_question_once(tmp_path: Path, lang: str) -> None:
    """The palette's entry command added the question's other rendering, which for an
    English-only thread was the same text under the other language's spoiler label
    (`⟦剧透：…⟧` in the English reader)."""
    from tests.reader_support import ready, reader
    from tui.palette import reader_commands

    corpus = _imported(tmp_path, {"q4": {"body": SPOILER.replace(">", "&gt;").replace("<", "&lt;")}})
    path = tmp_path / "imported.json"
    path.write_text(dump_corpus(corpus), encoding="utf-8")
    entry = _entry(corpus, "q4")
    app = reader(corpus_path=path, lang=lang)
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(pilot)
        command = next(c for c in reader_commands(app) if c.help.startswith(f"{entry.id} ·"))
        other = "⟦剧透：" if lang == "en" else "⟦spoiler:"
        assert other not in command.help and other not in command.title, command
