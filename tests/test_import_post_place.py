"""The post's entry when its poster is no host (--host leaving them out): it is not put
'From the hosts'; and a post whose author's account is gone is cited as the poster's."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.citation.facts import build
from corpus.importer import import_files
from corpus.loader import warnings

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"
POST = "post-ama-with-lumen-labs-makers-1abcde"


def _topic_ids(hosts: list[str] | None, path: Path = THREAD) -> dict[str, list[str]]:
    corpus = import_files([path], hosts=hosts).corpus
    return {t.id: [e.id for e in t.entries] for t in corpus.topics}


def test_the_post_of_a_poster_left_out_by_host_has_its_own_topic() -> None:
    """With --host ada-lumen the post (by u/lumen_lab) sat under 'From the hosts'."""
    topics = _topic_ids(["ada-lumen"])
    assert next(iter(topics.items())) == ("the-post", [POST])
    assert "from-the-hosts" not in topics or POST not in topics["from-the-hosts"]
    corpus = import_files([THREAD], hosts=["ada-lumen"]).corpus
    topic = corpus.topics[0]
    # made by no grouping: not marked automatic (whose overview says 'the hosts' own posts'),
    # and titled in both languages so `check` finds no gap
    assert not topic.automatic and topic.title.has("en") and topic.title.has("zh")
    assert not [w for w in warnings(corpus) if "the-post" in w.where]


def test_the_post_of_a_host_stays_from_the_hosts() -> None:
    topics = _topic_ids(None)
    assert topics["from-the-hosts"][0] == POST and "the-post" not in topics
    assert _topic_ids(["lumen_lab", "ada-lumen"])["from-the-hosts"][0] == POST


def test_a_post_whose_author_deleted_their_account_is_cited_as_the_posters(tmp_path: Path) -> None:
    """Its citation said "a deleted account (Reddit thread names no one who answered)"."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    data[0]["data"]["children"][0]["data"]["author"] = "[deleted]"
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    corpus = import_files([path], hosts=["ada-lumen"]).corpus
    post = corpus.entry(POST)
    assert corpus.topic_of(POST).id == "the-post"
    en, zh = build(corpus, post).answers[0], build(corpus, post, "zh").answers[0]
    assert en.credit == "a deleted account, who posted the thread"
    assert zh.credit == "已删除的账号（发帖人）"
    assert "no one who answered" not in en.credit and "没有写明" not in zh.credit


def test_topics_from_keeps_a_post_of_no_host_under_the_post(tmp_path: Path) -> None:
    """With --topics-from and --host leaving the poster out, the post joined 'From the
    hosts'; it goes under 'The post' as without --topics-from."""
    from corpus.loader import load_corpus

    first = import_files([THREAD], hosts=["ada-lumen"], topics_from=load_corpus(), topics_from_name="builtin")
    corpus = first.corpus
    topic = corpus.topic_of(POST)
    assert topic.id == "the-post" and [e.id for e in topic.entries] == [POST]
    assert topic.title.get("en") == "The post" and topic.title.get("zh") == "帖子"
    assert not topic.automatic and not [w for w in warnings(corpus) if "the-post" in w.where]
    assert all(POST not in [e.id for e in t.entries] for t in corpus.topics if t.title.get("en") == "From the hosts")
    # the same thread again into that corpus: its post's topic is told apart by the thread's title
    saved = tmp_path / "first.json"
    saved.write_text(corpus.model_dump_json(), encoding="utf-8")
    again = import_files([THREAD], hosts=["ada-lumen"], topics_from=load_corpus(saved), topics_from_name=str(saved))
    (post,) = [e for e in again.corpus.entries() if e.post and e.id != POST]
    title = again.corpus.topic_of(post.id).title
    assert title.get("en") == f"The post ({again.corpus.sources[-1].title})"
    assert title.get("zh") == f"帖子（{again.corpus.sources[-1].title}）"
    # a host's post still goes 'From the hosts'
    hosted = import_files([THREAD], topics_from=load_corpus(), topics_from_name="builtin").corpus
    assert hosted.topic_of(POST).title.get("en") == "From the hosts"


def test_topics_from_takes_a_post_whose_author_is_deleted(tmp_path: Path) -> None:
    """It raised KeyError: 'handle' (a traceback): the deleted poster's speaker has no handle."""
    from corpus.loader import load_corpus

    data = json.loads(THREAD.read_text(encoding="utf-8"))
    data[0]["data"]["children"][0]["data"]["author"] = "[deleted]"
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    corpus = import_files([path], topics_from=load_corpus(), topics_from_name="builtin").corpus
    post = corpus.entry(POST)
    assert corpus.topic_of(POST).id == "the-post"
    assert build(corpus, post).answers[0].credit == "a deleted account, who posted the thread"
