"""`import --topics-from`: a thread joining another corpus keeps its own attribution, its own
count of comments not loaded, and is linked only where an entry really matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.citation import FORMATS, cite
from corpus.importer import Imported, import_files
from corpus.loader import load_corpus
from corpus.model import Corpus
from tests.test_import_topics import OTHER

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD = FIXTURES / "thread.json"
THREAD_TITLE = "AMA with Lumen Labs, makers of Glow-9B & the <Lantern> tokenizer"
DIGEST_TITLE = "A digest of the Lumen AMA"
BUILTIN_TITLE = "Moonshot AI's r/LocalLLaMA AMA on Kimi K2 Thinking"


def _other(tmp_path: Path) -> Corpus:
    path = tmp_path / "other.toml"
    path.write_text(OTHER, encoding="utf-8")
    return load_corpus(path)


def _imported_ids(corpus: Corpus) -> list[str]:
    return [e.id for e in corpus.entries() if e.question_permalink or e.from_hosts]


def _cited(corpus: Corpus, entry_id: str) -> dict[str, str]:
    return {fmt: cite(corpus, entry_id, fmt, accessed=None) for fmt in FORMATS}


@pytest.mark.parametrize("into", ["builtin", "digest"])
def test_an_imported_entry_is_cited_as_published_in_its_thread(tmp_path: Path, into: str) -> None:
    """Every citation of an imported entry named the corpus it was imported into as where it
    was published (BibTeX howpublished, CSL container-title, the text's heading)."""
    other = load_corpus() if into == "builtin" else _other(tmp_path)
    corpus = import_files([THREAD], topics_from=other, topics_from_name=into).corpus
    other_title = BUILTIN_TITLE if into == "builtin" else DIGEST_TITLE
    ids = _imported_ids(corpus)
    assert ids
    for entry_id in ids:
        cited = _cited(corpus, entry_id)
        (item,) = json.loads(cited["csl-json"])
        assert item["container-title"] == THREAD_TITLE
        given = ("the post", "the host's comment", "answers")  # (no answer: the post, a host's own)
        assert item["source"].startswith(tuple(f"{THREAD_TITLE}; {what} as given by" for what in given))
        assert item["collection-title"] == other_title  # collected there, not published there
        howpublished = next(line for line in cited["bibtex"].splitlines() if "howpublished" in line)
        assert "AMA with Lumen Labs" in howpublished and other_title not in howpublished
        assert f"Collected in {other_title}." in cited["bibtex"]
        heading = cited["text"].split("\nSources:")[0].splitlines()[-1]
        assert heading.startswith(f"{THREAD_TITLE} · collected in {other_title} · "), heading
        md_heading = cited["markdown"].split(" Sources:")[0].splitlines()[-1]
        assert md_heading.startswith("AMA with Lumen Labs, makers of Glow-9B & the \\<Lantern\\> tokenizer · collected in ")
    # the corpus's own entries keep theirs
    own = next(e.id for e in other.entries())
    (item,) = json.loads(cite(corpus, own, "csl-json"))
    assert item["container-title"] == other_title and "collection-title" not in item
    assert f"\n{other_title} · " in cite(corpus, own, "text")


def test_a_plain_import_is_cited_as_before() -> None:
    """Without --topics-from the corpus is the thread: its title, and no 'collected in'."""
    corpus = import_files([THREAD]).corpus
    for entry_id in _imported_ids(corpus):
        cited = _cited(corpus, entry_id)
        (item,) = json.loads(cited["csl-json"])
        assert item["container-title"] == THREAD_TITLE and "collection-title" not in item
        assert "ollected in" not in cited["text"] + cited["markdown"] + cited["bibtex"]


def _thread(post_id: str, title: str, host: str, said: list[tuple[str, str]], own: list[str]) -> list[dict]:
    """A Reddit thread's JSON: each (question, answer) asked by a reader and answered by
    `host`, and the host's own top-level comments `own`."""
    comments = []
    for n, (question, answer) in enumerate(said):
        reply = {"kind": "t1", "data": {
            "id": f"{post_id}a{n}", "author": host, "parent_id": f"t1_{post_id}q{n}", "body": answer,
            "created_utc": 1600000000 + n * 60 + 30, "replies": "",
        }}
        comments.append({"kind": "t1", "data": {
            "id": f"{post_id}q{n}", "author": f"reader{n}", "parent_id": f"t3_{post_id}", "body": question,
            "created_utc": 1600000000 + n * 60, "replies": {"kind": "Listing", "data": {"children": [reply]}},
        }})
    for n, body in enumerate(own):
        comments.append({"kind": "t1", "data": {
            "id": f"{post_id}h{n}", "author": host, "parent_id": f"t3_{post_id}", "body": body,
            "created_utc": 1600000900 + n, "replies": "",
        }})
    post = {"kind": "t3", "data": {
        "id": post_id, "title": title, "selftext": "We grow roses. Ask us anything.", "author": host,
        "subreddit": "gardening", "created_utc": 1600000000, "num_comments": len(comments),
    }}
    return [{"kind": "Listing", "data": {"children": [post]}}, {"kind": "Listing", "data": {"children": comments}}]


GARDEN = _thread(
    "g1rden",
    "We are rose gardeners, AMA",
    "rose_team",
    [
        # a few words of the fixture's post ("team", "stay", "hours", "inference", "training")
        ("Does your team stay outside for hours? Any training or inference about soil?", "About three hours, and we test the soil."),
        # a few words of the fixture's "Will you answer questions posted after the AMA?"
        ("Will you check the roses again on Friday after the rain?", "Yes, we walk the beds after rain."),
        ("Which rose is hardest to prune in winter?", "Climbing roses: cut them back by a third."),
    ],
    # a few words of the fixture's host comment "Thanks everyone! We'll be back tomorrow ..."
    ["Thanks everyone! We'll be back tomorrow with photos of the beds."],
)


def _garden_into(corpus: Corpus, tmp_path: Path) -> Imported:
    """The garden thread imported with `--topics-from` a file holding `corpus`."""
    path = tmp_path / "garden.json"
    path.write_text(json.dumps(GARDEN), encoding="utf-8")
    return import_files([path], topics_from=corpus, topics_from_name="lumen.json")


def test_an_unrelated_thread_is_linked_to_nothing(tmp_path: Path) -> None:
    """An unrelated thread imported into another thread's corpus was linked, both ways, to that
    thread's post and entries on a few shared words, and filed under its 'From the hosts'."""
    first = import_files([THREAD]).corpus
    imported = _garden_into(first, tmp_path)
    corpus = imported.corpus
    assert imported.matched == 0
    for entry in first.entries():  # the first thread's entries: no new link, same topic
        assert corpus.entry(entry.id).see_also == entry.see_also
        assert corpus.topic_of(entry.id).id == first.topic_of(entry.id).id
    garden = [e for e in corpus.entries() if e.sources == ["thread-g1rden"]]
    assert len(garden) == 5 and all(not e.see_also for e in garden)
    for entry in garden:
        topic = corpus.topic_of(entry.id)
        assert all(e.sources == ["thread-g1rden"] for e in topic.entries), topic.title
    titles = [corpus.topic_of(e.id).title.get("en") for e in garden]
    assert titles.count("Not in lumen.json") == 3
    # its post and host comment: the thread's own 'From the hosts', told apart from the other's
    assert titles.count("From the hosts (We are rose gardeners, AMA)") == 2


def test_a_real_match_still_links_and_files(tmp_path: Path) -> None:
    """The fixture thread against a digest of it: the reworded question is linked both ways,
    the unrelated one is not (the built-in corpus's own case: test_import_topics)."""
    imported = import_files([THREAD], topics_from=_other(tmp_path), topics_from_name="digest")
    assert imported.matched == 1
    assert imported.corpus.entry("context-length").see_also == ["what-s-the-context-length-of-q1"]
    assert imported.corpus.entry("which-gpus").see_also == []


def _pane(corpus: Corpus, entry_id: str, lang: str = "en") -> str:
    from tui.entry_view import entry_blocks

    return "\n".join(b.plain for b in entry_blocks(corpus, corpus.entry(entry_id), lang))


NOT_LOADED = "comments of this thread are not in the imported files"


def test_each_thread_shows_its_own_count_of_comments_not_loaded(tmp_path: Path) -> None:
    """The count was one number for the whole corpus, the two imports added together, and
    printed under every thread's entries: the garden thread (all comments read) said that 8
    of its comments were not loaded, which were the fixture thread's."""
    first = import_files([THREAD]).corpus
    imported = _garden_into(first, tmp_path)
    corpus = imported.corpus
    assert imported.not_loaded == 0
    assert [s.comments_not_loaded for s in corpus.sources] == [8, 0]
    assert corpus.comments_not_loaded is None
    garden = next(e.id for e in corpus.entries() if e.sources == ["thread-g1rden"])
    assert "not in the imported files" not in _pane(corpus, garden)
    assert f"8 {NOT_LOADED}" in _pane(corpus, "what-s-the-context-length-of-q1")


def _legacy(corpus: Corpus) -> dict:
    """A corpus as an earlier version wrote it: one count for the whole corpus."""
    data = corpus.model_dump(mode="json")
    counts = [s.pop("comments_not_loaded", None) for s in data["sources"]]
    data["comments_not_loaded"] = sum(c for c in counts if isinstance(c, int))
    return data


def test_a_file_with_one_count_for_the_corpus_still_loads_and_is_shown_truthfully(tmp_path: Path) -> None:
    one = Corpus.model_validate(_legacy(import_files([THREAD]).corpus))
    assert f"8 {NOT_LOADED}" in _pane(one, "what-s-the-context-length-of-q1")  # its only thread
    # a thread imported into it: the old count is the first thread's, not the new one's
    merged = _garden_into(one, tmp_path).corpus
    assert [s.comments_not_loaded for s in merged.sources] == [8, 0]
    garden = next(e.id for e in merged.entries() if e.sources == ["thread-g1rden"])
    assert "not in the imported files" not in _pane(merged, garden)
    # an old file of two threads and one count: said to be of both, not of this thread
    both = Corpus.model_validate(_legacy(merged))
    for entry_id in (garden, "what-s-the-context-length-of-q1"):
        text = _pane(both, entry_id)
        assert NOT_LOADED not in text
        assert "8 comments of the threads imported into this corpus, all of them together" in text


def test_a_dump_without_its_post_says_the_count_is_unknown() -> None:
    """A comment dump without its submissions file has no post to count the comments: the
    summary said 'comments not loaded: 0'."""
    imported = import_files([FIXTURES / "comments.jsonl"], thread="1abcde", hosts=["lumen_lab"])
    assert imported.not_loaded is None
    summary = "\n".join(imported.summary())
    assert "comments not loaded: unknown (no file holds the post, which counts them)" in summary
    assert "comments not loaded: 0" not in summary
    corpus = imported.corpus
    assert corpus.sources[0].comments_not_loaded == "unknown"
    entry = next(e.id for e in corpus.entries())
    assert "is unknown: no file holds the post" in _pane(corpus, entry)
    assert "无从得知" in _pane(corpus, entry, "zh")
    # with the submissions file the post counts them
    counted = import_files([FIXTURES / "comments.jsonl", FIXTURES / "submissions.jsonl"], thread="1abcde")
    assert counted.corpus.sources[0].comments_not_loaded == counted.not_loaded == 6
