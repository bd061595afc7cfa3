"""The thread's post (its `selftext`: intro, proof, updates, edits) is kept, verbatim, as
an entry "From the hosts" by the poster: it was read only to find hosts, then dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpus.importer import import_files
from corpus.model import Corpus, Entry
from tests.fixtures.reddit.make import POST_TEXT, T0
from tui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, DUMP, SUBMISSIONS = FIXTURES / "thread.json", FIXTURES / "comments.jsonl", FIXTURES / "submissions.jsonl"
URL = "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/"


def the_post(corpus: Corpus) -> Entry:
    """The entry holding the post (exactly one)."""
    (entry,) = [e for e in corpus.entries() if e.post]
    return entry


def thread_with_post(tmp_path: Path, **fields: Any) -> Path:
    """The fixture thread with these fields of its post changed, saved in `tmp_path`."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    data[0]["data"]["children"][0]["data"].update(fields)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_post_text_is_an_entry_from_the_hosts_by_the_poster() -> None:
    imported = import_files([THREAD])
    corpus = imported.corpus
    entry = the_post(corpus)
    (answer,) = entry.answers
    assert entry.post == "text" and entry.from_hosts
    assert answer.text.get("en") == POST_TEXT  # verbatim, unescaped once ('&amp;' -> '&')
    assert corpus.speaker(answer.speaker).handle == "lumen_lab"
    assert answer.permalink == URL and answer.posted is not None and answer.posted.timestamp() == T0
    assert answer.edited is None and answer.score is None
    topic = corpus.topic_of(entry.id)
    assert topic.title.get("en") == "From the hosts" and topic.entries[0] is entry
    assert entry.question.by_project and entry.question.get("en").startswith("The post: Hi r/LocalLLaMA!")
    assert imported.entries == corpus.entry_count() == 8
    assert f"the post's text: kept, {len(POST_TEXT)} characters (entry {entry.id})" in imported.summary()


def test_an_edited_post_says_when(tmp_path: Path) -> None:
    answer = the_post(import_files([thread_with_post(tmp_path, edited=T0 + 7200)]).corpus).answers[0]
    assert answer.edited is not None and answer.edited is not True and answer.edited.timestamp() == T0 + 7200
    assert the_post(import_files([thread_with_post(tmp_path, edited=True)]).corpus).answers[0].edited is True


@pytest.mark.parametrize(
    ("body", "kind", "said"),
    [
        ("[deleted]", "deleted", "Reddit's placeholder for a post's deleted or removed text"),
        ("[removed]", "deleted", "Reddit's placeholder for a post's deleted or removed text"),
        ("", "empty", "this project's note; the post has no text"),
        (" \u200b ", "empty", "this project's note; the post has no text"),
    ],
)
def test_a_post_without_its_text_says_so(
    tmp_path: Path, body: str, kind: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a deleted question: the entry stays, and nothing calls the placeholder the poster's words."""
    path = thread_with_post(tmp_path, selftext=body, selftext_html=None)
    entry = the_post(import_files([path]).corpus)
    assert entry.post == kind
    assert main(["--corpus", str(path), "show", entry.id]) == 0
    shown = capsys.readouterr().out
    assert said in shown and "The speaker's own words" not in shown.split("The post's text", 1)[1]
    for fmt in ("text", "markdown", "csl-json"):
        assert main(["--corpus", str(path), "cite", entry.id, "--format", fmt]) == 0
        cited = capsys.readouterr().out
        assert said in cited and "The speaker's own words" not in cited, fmt


def test_show_cite_and_search_give_the_post(capsys: pytest.CaptureFixture[str]) -> None:
    entry = the_post(import_files([THREAD]).corpus)
    assert main(["--corpus", str(THREAD), "show", entry.id]) == 0
    shown = capsys.readouterr().out
    assert "The post's text · u/lumen_lab" in shown and "Ask us anything about training & inference" in shown
    assert "The thread's post: its own text, by the poster" in shown
    assert f"{URL}  2025-11-10 16:00 UTC" in shown
    assert main(["--corpus", str(THREAD), "cite", entry.id]) == 0
    cited = capsys.readouterr().out
    assert "The post's text · u/lumen_lab · 2025-11-10" in cited and "we'll stay for 3 hours" in cited
    assert main(["--corpus", str(THREAD), "search", "stay for 3 hours"]) == 0
    assert entry.id in capsys.readouterr().out


def test_a_dump_with_its_submission_keeps_the_post_and_one_without_says_so() -> None:
    with_post = import_files([DUMP, SUBMISSIONS], thread="1abcde")
    assert the_post(with_post.corpus).answers[0].text.get("en") == POST_TEXT
    alone = import_files([DUMP], thread="1abcde", hosts=["ada-lumen"])
    assert not any(e.post for e in alone.corpus.entries())
    assert "the post: not in the files (its text is in the submissions file)" in alone.summary()


def test_the_post_joins_a_corpus_with_topics_from() -> None:
    from corpus.loader import load_corpus

    corpus = import_files([THREAD], topics_from=load_corpus(), topics_from_name="builtin").corpus
    entry = the_post(corpus)
    assert entry.answers[0].text.get("en") == POST_TEXT
    assert corpus.topic_of(entry.id).title.get("en") == "From the hosts" and not entry.see_also


def test_a_poster_who_is_not_a_host_still_speaks_the_post() -> None:
    corpus = import_files([THREAD], hosts=["ada-lumen"]).corpus
    speaker = corpus.speaker(the_post(corpus).answers[0].speaker)
    assert speaker.handle == "lumen_lab" and speaker.kind == "person"
    assert speaker.role.get("en") == "Posted this thread (r/LocalLLaMA)"


async def test_y_in_the_reader_cites_the_post() -> None:
    from tests.reader_support import ready, reader

    entry = the_post(import_files([THREAD]).corpus)
    app = reader(corpus_path=THREAD, entry=entry.id, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert "Ask us anything about training & inference" in app.reader_screen.pane.text.plain  # type: ignore[union-attr]
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "The post's text · u/lumen_lab" in app.clipboard and POST_TEXT.splitlines()[0] in app.clipboard


def test_a_link_post_keeps_its_link(tmp_path: Path) -> None:
    """A link post (`is_self: false`) has no text but its `url`: the entry said "the post has
    no text" and the link was on no surface (found by the tenth sweep, on a real thread)."""
    link = "https://github.com/michael-lazar/rtv"
    corpus = import_files([thread_with_post(tmp_path, selftext="", is_self=False, url=link)]).corpus
    post = the_post(corpus)
    (answer,) = post.answers
    assert answer.text.get("en") == link and answer.text.written_by == "source"
    assert "link" in (post.question.get("en") or "").lower()
    assert "no text" not in (post.question.get("en") or "")


def test_a_self_post_s_own_address_is_not_taken_for_a_link(tmp_path: Path) -> None:
    corpus = import_files([thread_with_post(tmp_path, selftext="", is_self=True)]).corpus
    assert "no text" in (the_post(corpus).question.get("en") or "")
