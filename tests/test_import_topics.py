"""Topics of an imported thread: automatic groups, one flat topic, or another corpus's topics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.importer import import_files
from corpus.importer.topics import MAX_TOPICS, auto_topics
from corpus.loader import load_corpus
from corpus.model import Corpus

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD = FIXTURES / "thread.json"


def _entries(n: int) -> list[dict]:
    return [{"id": f"e{i}"} for i in range(n)]


def test_auto_topics_group_by_distinctive_words() -> None:
    texts = (
        ["How is the tokenizer trained?", "Does the tokenizer handle Chinese?", "Tokenizer vocabulary size?"]
        + ["When is the license changing?", "Is the license open for commercial use?"]
        + ["What GPU did you train on?", "How many GPU hours?", "GPU cluster size?"]
        + ["Favourite pizza?"]
    )
    topics = auto_topics(_entries(len(texts)), texts)
    titles = [t["title"]["en"] for t in topics]
    assert all(t["automatic"] for t in topics)
    by_word = {t["title"]["en"].split(" · ")[0]: [e["id"] for e in t["entries"]] for t in topics}
    assert by_word["tokenizer"] == ["e0", "e1", "e2"]
    assert by_word["gpu"] == ["e5", "e6", "e7"]
    assert by_word["license"] == ["e3", "e4"]
    assert titles[-1] == "Other questions" and topics[-1]["entries"] == [{"id": "e8"}]


def test_words_any_thread_uses_do_not_name_a_topic() -> None:
    """A real thread's groups were titled "first", "time", "went", "oh": every question
    held them, none was about them."""
    texts = (
        ["Oh, what was the first time you went to the beach?", "Oh, the first time you went abroad?"]
        + ["Oh, the first time you went hiking?", "Beach or mountains?", "Hiking gear?"]
        + ["Favourite pizza?", "Tabs or spaces?", "Cats or dogs?", "Vim or emacs?", "Tea or coffee?"]
    )
    titles = [t["title"]["en"].split(" · ")[0] for t in auto_topics(_entries(len(texts)), texts)]
    assert not {"oh", "first", "time", "went"} & set(titles)
    assert "beach" in titles and "hiking" in titles


def test_auto_topics_are_at_most_twelve() -> None:
    texts = [f"word{i // 2} question number{i}" for i in range(200)]  # 100 pairs
    topics = auto_topics(_entries(200), texts)
    assert len(topics) <= MAX_TOPICS
    assert sum(len(t["entries"]) for t in topics) == 200
    assert len({t["id"] for t in topics}) == len(topics)


def test_imported_topics_default_auto_and_flat() -> None:
    auto = import_files([THREAD]).corpus
    assert all(t.automatic for t in auto.topics) and len(auto.topics) <= MAX_TOPICS
    flat = import_files([THREAD], topics="flat").corpus
    assert [t.title.get("en") for t in flat.topics] == ["All questions"]
    assert not flat.topics[0].automatic and flat.entry_count() == auto.entry_count()


def _thread_from(corpus: Corpus) -> list[dict]:
    """A Reddit thread whose questions and answers are a corpus's English texts, reworded
    a little (as the real thread and a digest of it differ), one host per speaker."""
    comments = []
    for n, entry in enumerate(corpus.entries()):
        replies = []
        for k, answer in enumerate(entry.answers[:1]):
            speaker = corpus.speaker(answer.speaker)
            replies.append({"kind": "t1", "data": {
                "id": f"a{n}x{k}", "author": speaker.handle or "lab_account", "parent_id": f"t1_q{n}",
                "body": "Well, " + answer.text.get("en"), "created_utc": 1762790400 + n * 60 + 30,
                "replies": "",
            }})
        comments.append({"kind": "t1", "data": {
            "id": f"q{n}", "author": f"asker{n}", "parent_id": "t3_kimi1",
            "body": "Question: " + entry.question.get("en"), "created_utc": 1762790400 + n * 60,
            "replies": {"kind": "Listing", "data": {"children": replies}},
        }})
    post = {"kind": "t3", "data": {"id": "kimi1", "title": "AMA", "selftext": "", "author": "lab_account",
                                    "subreddit": "LocalLLaMA", "created_utc": 1762790400}}
    return [{"kind": "Listing", "data": {"children": [post]}}, {"kind": "Listing", "data": {"children": comments}}]


def test_topics_from_builtin_gives_its_topics_and_links_each_entry(tmp_path: Path) -> None:
    builtin = load_corpus()
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(_thread_from(builtin)), encoding="utf-8")
    hosts = sorted({s.handle or "lab_account" for s in builtin.speakers})
    imported = import_files([path], hosts=hosts, topics_from=builtin, topics_from_name="builtin")
    corpus = imported.corpus
    # its nine topics, and the post (no text) from the hosts
    assert [t.id for t in corpus.topics] == [*(t.id for t in builtin.topics), "from-the-hosts"]
    assert [e.post for e in corpus.topics[-1].entries] == ["empty"]
    assert imported.matched == builtin.entry_count()
    thread = [e for e in corpus.entries() if e.question_permalink]
    assert len(thread) == builtin.entry_count()
    right = 0
    for entry in thread:
        (other_id,) = entry.see_also
        other = corpus.entry(other_id)
        assert entry.id in other.see_also  # the link goes both ways
        assert corpus.topic_of(entry.id).id == corpus.topic_of(other_id).id
        right += other.question.get("en") in entry.question.get("en")
    assert right >= builtin.entry_count() * 0.9
    # a host the corpus already knows is that speaker, with the name it gives
    zxytim = [a for e in thread for a in e.answers if corpus.speaker(a.speaker).handle == "zxytim"]
    assert zxytim and all(a.speaker == "zxytim" for a in zxytim)
    assert corpus.speaker("zxytim").name.get("zh") == "周昕宇"
    # the built-in corpus's own entries are untouched, but for the links
    for original in builtin.entries():
        merged = corpus.entry(original.id)
        assert merged.model_copy(update={"see_also": original.see_also}) == original


def test_topics_from_a_corpus_leaves_the_unmatched_apart(tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    other.write_text(OTHER, encoding="utf-8")
    imported = import_files([THREAD], topics_from=load_corpus(other), topics_from_name=str(other))
    corpus = imported.corpus
    titles = [t.title.get("en") for t in corpus.topics]
    assert titles[0] == "Long context" and titles[-1] == "From the hosts"
    assert f"Not in {other}" in titles
    long_context = [e.id for e in corpus.topics[0].entries]
    assert long_context == ["context-length", "what-s-the-context-length-of-q1"]
    assert corpus.entry("context-length").see_also == ["what-s-the-context-length-of-q1"]
    assert corpus.entry("which-gpus").see_also == []
    assert imported.matched == 1


def test_the_pane_shows_the_link_both_ways(tmp_path: Path) -> None:
    from tui.entry_view import entry_blocks

    other = tmp_path / "other.toml"
    other.write_text(OTHER, encoding="utf-8")
    corpus = import_files([THREAD], topics_from=load_corpus(other), topics_from_name="other").corpus
    digest = "\n".join(b.plain for b in entry_blocks(corpus, corpus.entry("context-length"), "en"))
    assert "→ what-s-the-context-length-of-q1" in digest
    assert "the same exchange, verbatim in the thread" in digest
    thread = "\n".join(b.plain for b in entry_blocks(corpus, corpus.entry("what-s-the-context-length-of-q1"), "en"))
    assert "→ context-length  Glow-9B context length: does it hold up past 32k?" in thread
    assert "the paraphrase (意译) of this exchange in the digest" in thread


OTHER = """\
format = "kimi-ama-corpus/1"
title = "A digest of the Lumen AMA"

[[sources]]
id = "digest"
kind = "digest"
title = "Lumen digest"
publisher = "someone"
language = "en"
wording = "paraphrase"

[[speakers]]
id = "ada"
kind = "person"
handle = "ada-lumen"
name = "Ada"
role = "Researcher"
identified_by = "The digest names her."

[[topics]]
id = "long-context"
title = "Long context"

[[topics.entries]]
id = "context-length"
question = "Glow-9B context length: does it hold up past 32k?"
question_source = "digest"
sources = ["digest"]

[[topics.entries.answers]]
speaker = "ada"
source = "digest"
text = "128k tokens; pretraining at 8k then extension to 128k, rope theta raised."

[[topics]]
id = "hardware"
title = "Hardware"

[[topics.entries]]
id = "which-gpus"
question = "Which accelerators were used for pretraining?"
question_source = "digest"
sources = ["digest"]

[[topics.entries.answers]]
speaker = "ada"
source = "digest"
text = "A cluster of accelerators, details withheld."
"""


def test_no_topic_is_named_after_a_link() -> None:
    """A real thread's automatic topic was titled 'imgur.com · http'."""
    from corpus.importer.topics import words

    text = "My tattoo http://imgur.com/a1.jpg, see www.example.com/x or imgur.com/b2 or a@b.com; node.js"
    assert words(text) == {"tattoo", "node.js"}


def test_topics_from_a_path_is_the_file_typed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--topics-from` was cleaned like text: a path holding a zero-width or bidi character
    named another file (here `other.json`), whose topics the thread then took."""
    from tui.cli import main

    other = tmp_path / "other.json"
    from corpus.loader import dump_corpus

    other.write_text(dump_corpus(load_corpus()), encoding="utf-8")
    typed = str(tmp_path / "other\u200b.json")
    out = tmp_path / "out.json"
    code = main(["import", str(THREAD), "--topics-from", typed, "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert "other\\u200b.json" in err, err  # the path quoted as typed, escaped
