"""From a thread to entries: hosts and why, questions verbatim, conversations, permalinks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus.importer import ImportProblem, import_files
from corpus.loader import dump_corpus
from corpus.model import Corpus, Entry
from corpus.text import clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, RAW = FIXTURES / "thread.json", FIXTURES / "thread-raw.json"
DUMP, SUBMISSIONS = FIXTURES / "comments.jsonl", FIXTURES / "submissions.jsonl"
PERMALINK = "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/{}/"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return import_files([THREAD]).corpus


def by_comment(corpus: Corpus, comment_id: str) -> Entry:
    """The entry whose question (or host comment) is this comment."""
    url = PERMALINK.format(comment_id)
    return next(
        e for e in corpus.entries()
        if e.question_permalink == url or (e.from_hosts and e.answers[0].permalink == url)
    )


def handles(corpus: Corpus, entry: Entry) -> list[tuple[str | None, str]]:
    return [(corpus.speaker(a.speaker).handle, a.role) for a in entry.answers]


def test_default_hosts_and_why() -> None:
    imported = import_files([THREAD])
    reasons = {h.handle: h.reason for h in imported.hosts}
    assert reasons == {
        "lumen_lab": "posted the thread",
        "ada-lumen": "named in the post as u/ada-lumen",
        "Byte_Smith": "named in the post as u/Byte_Smith",
        "quietcoder": "has the poster's flair 'Lumen Labs'",
    }
    assert "mod_anna" not in reasons  # distinguished: moderation, not answers
    summary = "\n".join(imported.summary())
    assert "u/ada-lumen: named in the post as u/ada-lumen; 3 answers" in summary
    assert "u/Byte_Smith: named in the post as u/Byte_Smith; 2 answers" in summary
    assert "comments not loaded: 8" in summary


def test_conversation_roles_in_order(corpus: Corpus) -> None:
    entry = by_comment(corpus, "q1")
    assert entry.question.get("en") == "What's the context length of Glow-9B, and does it hold up past 32k?"
    assert handles(corpus, entry) == [
        ("ada-lumen", "main"),
        ("lumen_lab", "supplement"),  # a host answering a host
        ("curious_cat", "follow-up"),
        ("ada-lumen", "reply"),
        ("Byte_Smith", "supplement"),  # another host answering the question
    ]
    assert entry.answers[1].reply_to == corpus.speaker(entry.answers[0].speaker).id
    assert corpus.speaker(entry.answers[2].speaker).kind == "asker"
    assert corpus.speaker(entry.asker or "").handle == "curious_cat"
    # the follow-up is no entry of its own; non-host chatter is in no entry
    permalinks = {a.permalink for e in corpus.entries() for a in e.answers}
    assert PERMALINK.format("f1") in permalinks
    assert all(e.question_permalink != PERMALINK.format("f1") for e in corpus.entries())
    assert PERMALINK.format("n1") not in permalinks and PERMALINK.format("x1") not in permalinks


def test_answers_keep_permalink_date_score_edited(corpus: Corpus) -> None:
    entry = by_comment(corpus, "q1")
    main = entry.answers[0]
    assert main.permalink == PERMALINK.format("a1")
    assert main.posted is not None and main.posted.isoformat() == "2025-11-10T16:20:00+00:00"
    assert main.score == 95
    assert main.edited is not None and main.edited is not True
    assert main.edited.isoformat() == "2025-11-10T17:00:00+00:00"
    assert entry.question_permalink == PERMALINK.format("q1")
    assert by_comment(corpus, "q6").answers[0].edited is True  # Reddit did not say when
    assert by_comment(corpus, "q2").answers[0].edited is None
    source = corpus.sources[0]
    assert (source.kind, source.wording, source.subreddit) == ("reddit-thread", "original", "LocalLLaMA")
    assert source.posted is not None and source.posted.isoformat() == "2025-11-10T16:00:00+00:00"
    assert source.comments_not_loaded == 8 and corpus.comments_not_loaded is None  # per thread


def test_deleted_questions_keep_their_answers(corpus: Corpus) -> None:
    deleted, removed = by_comment(corpus, "q2"), by_comment(corpus, "q3")
    assert deleted.question_deleted and deleted.question.get("en") == "[deleted]"
    assert removed.question_deleted and removed.question.get("en") == "[removed]"
    assert deleted.asker is None and deleted.asked_by is None
    assert handles(corpus, removed) == [("quietcoder", "main")]


def test_unanswered_and_moderation_are_not_entries(corpus: Corpus) -> None:
    questions = {e.question_permalink for e in corpus.entries()}
    assert PERMALINK.format("q4") not in questions  # only a non-host replied
    assert PERMALINK.format("m1") not in questions


def test_host_top_level_comment_is_from_the_hosts(corpus: Corpus) -> None:
    entry = by_comment(corpus, "h1")
    assert entry.from_hosts and entry.question.get("en").startswith("From the hosts: Thanks everyone!")
    assert handles(corpus, entry) == [("lumen_lab", "main")]
    assert corpus.topic_of(entry.id).title.get("en") == "From the hosts"
    late = by_comment(corpus, "q7")  # asked under the hosts' comment, answered: an entry
    assert handles(corpus, late) == [("quietcoder", "main")]


def test_stranger_text_is_cleaned_and_literal(corpus: Corpus) -> None:
    entry = by_comment(corpus, "q6")
    raw = "你们会开源训练代码吗？\x1b]0;pwned\x07 \u202eevil"
    assert entry.question.get("zh") == clean_text(raw)
    assert "\x1b" not in entry.question.get("zh") and "\x07" not in entry.question.get("zh")
    q5 = by_comment(corpus, "q5").question.get("en")
    assert "I wrote &gt; literally, and <b>tags</b> too" in q5


def test_escaped_and_raw_thread_give_the_same_corpus() -> None:
    assert dump_corpus(import_files([THREAD]).corpus) == dump_corpus(import_files([RAW]).corpus)


def test_dump_with_submissions_and_thread_merged() -> None:
    imported = import_files([THREAD, DUMP, SUBMISSIONS], thread="1abcde")
    assert imported.not_loaded == 6  # the post counts 30, the files hold 24
    q8 = by_comment(imported.corpus, "q8")  # only in the dump
    assert handles(imported.corpus, q8) == [("ada-lumen", "main")]
    alone = import_files([DUMP, SUBMISSIONS], thread="t3_1abcde").corpus
    assert {e.id for e in alone.entries()} == {e.id for e in imported.corpus.entries()}


def test_a_dump_that_lacks_comments_the_post_counts_says_so(tmp_path: Path) -> None:
    """A dump has no 'load more' stubs: the comments it lacks are those the post counts
    (`num_comments`) and the files do not hold (a real dump said 0 for 23,138)."""
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    kept = [x for x in lines if json.loads(x)["link_id"] != "t3_1abcde" or json.loads(x)["id"] not in ("n1", "n2", "x1")]
    assert len(kept) == len(lines) - 3
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert import_files([path, SUBMISSIONS], thread="1abcde").not_loaded == 6 + 3
    assert import_files([DUMP, SUBMISSIONS], thread="1abcde").not_loaded == 6  # 30 counted, 24 there


def test_dump_without_the_post_with_named_hosts() -> None:
    corpus = import_files([DUMP], thread="1abcde", hosts=["ada-lumen,u/Byte_Smith"]).corpus
    assert {s.handle for s in corpus.speakers if s.kind == "person"} == {"ada-lumen", "Byte_Smith"}
    assert corpus.sources[0].title == "Reddit thread 1abcde"


def test_given_host_who_never_answered_is_an_error() -> None:
    with pytest.raises(ImportProblem, match="u/never_seen never answered") as err:
        import_files([THREAD], hosts=["ada-lumen", "never_seen"])
    assert "most active repliers" in str(err.value)


def test_thread_without_host_answers_is_an_error(tmp_path: Path) -> None:
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    hosts = {"lumen_lab", "ada-lumen", "Byte_Smith", "quietcoder"}

    def prune(listing: dict) -> None:
        children = listing["data"]["children"]
        children[:] = [c for c in children if c["data"].get("author") not in hosts]
        for child in children:
            if isinstance(child["data"].get("replies"), dict):
                prune(child["data"]["replies"])

    prune(data[1])
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportProblem, match="no host answered any comment"):
        import_files([path])


def test_a_named_moderator_answers(tmp_path: Path) -> None:
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    # the moderator replies (distinguished) to gpu_poor's question
    q4 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q4")
    reply = json.loads(json.dumps(q4["data"]["replies"]["data"]["children"][0]))
    reply["data"].update(id="mm1", author="mod_anna", distinguished="moderator", parent_id="t1_q4")
    q4["data"]["replies"]["data"]["children"].append(reply)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    default = import_files([path]).corpus
    assert all(e.question_permalink != PERMALINK.format("q4") for e in default.entries())
    named = import_files([path], hosts=["ada-lumen", "mod_anna"]).corpus
    assert handles(named, by_comment(named, "q4")) == [("mod_anna", "main")]


def _distinguished_thread(tmp_path: Path, post_as: str | None) -> Path:
    """The fixture thread with the poster's reply s1 distinguished as admin, and an admin
    who is not a host (staff_sam) answering q4; the post distinguished as `post_as`."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    data[0]["data"]["children"][0]["data"]["distinguished"] = post_as

    def walk(listing: dict) -> None:
        for child in listing["data"]["children"]:
            if child["data"].get("id") == "s1":
                child["data"]["distinguished"] = "admin"
            if isinstance(child["data"].get("replies"), dict):
                walk(child["data"]["replies"])

    walk(data[1])
    q4 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q4")
    reply = json.loads(json.dumps(q4["data"]["replies"]["data"]["children"][0]))
    reply["data"].update(id="st1", author="staff_sam", distinguished="admin", parent_id="t1_q4", body="Yes, soon.")
    q4["data"]["replies"]["data"]["children"].append(reply)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_admin_run_ama_keeps_the_posters_distinguished_answers(tmp_path: Path) -> None:
    """An AMA posted by an admin (the post distinguished as admin): the poster's replies,
    distinguished the same way, are answers, not moderation (a real r/announcements
    thread lost 5 of its poster's 6 answers, and said nothing)."""
    imported = import_files([_distinguished_thread(tmp_path, "admin")])
    entry = by_comment(imported.corpus, "q1")
    assert ("lumen_lab", "supplement") in handles(imported.corpus, entry)
    assert imported.hosts[0].reason == "posted the thread (distinguished as admin)"
    summary = "\n".join(imported.summary())
    # the other admin is not made a host, but the summary names them and the command
    assert "u/staff_sam (1 reply) replied distinguished as admin, as the post is" in summary
    assert "--host lumen_lab,ada-lumen,Byte_Smith,quietcoder,staff_sam" in summary
    assert all(e.question_permalink != PERMALINK.format("q4") for e in imported.corpus.entries())


def test_a_hosts_distinguished_reply_left_out_is_said(tmp_path: Path) -> None:
    """Under an ordinary post a host's distinguished reply is still moderation, and the
    summary says so, with how to import it."""
    imported = import_files([_distinguished_thread(tmp_path, None)])
    entry = by_comment(imported.corpus, "q1")
    assert ("lumen_lab", "supplement") not in handles(imported.corpus, entry)
    summary = "\n".join(imported.summary())
    assert "1 comment by u/lumen_lab distinguished as admin left out as moderation" in summary
    assert "name u/lumen_lab with --host" in summary
    assert "staff_sam" not in summary  # no claim about admins under an ordinary post
    named = import_files([_distinguished_thread(tmp_path, None)], hosts=["ada-lumen", "lumen_lab"])
    assert ("lumen_lab", "supplement") in handles(named.corpus, by_comment(named.corpus, "q1"))


def test_an_answer_whose_question_is_not_in_the_files_keeps_an_entry(tmp_path: Path) -> None:
    """A saved answer's own page (/comments/POST/_/ANSWER.json) starts below the question."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    children = data[1]["data"]["children"]
    q1 = next(c for c in children if c["data"]["id"] == "q1")
    answer = next(c for c in q1["data"]["replies"]["data"]["children"] if c["data"]["id"] == "a1")
    data[1]["data"]["children"] = [answer]  # a1's parent, q1, is not in the file
    path = tmp_path / "answer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    corpus = import_files([path]).corpus
    (entry,) = [e for e in corpus.entries() if e.question_missing]
    assert entry.question_missing and entry.question.written_by == "project"
    assert entry.question_permalink == PERMALINK.format("q1")
    assert handles(corpus, entry)[:2] == [("ada-lumen", "main"), ("lumen_lab", "supplement")]
    from tui.entry_view import entry_blocks

    lines = [b.plain for b in entry_blocks(corpus, entry, "en")]
    assert "The question is not in the imported files; this is its address." in lines


def test_without_the_post_the_poster_is_whom_reddit_marks_is_submitter(tmp_path: Path) -> None:
    lines = [json.loads(x) for x in DUMP.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    imported = import_files([path], thread="1abcde")  # no submissions file
    title = imported.corpus.title  # made up here: no post, no title of the source's
    assert title.get("en") == "Reddit thread 1abcde" and title.written_by == "project"
    assert import_files([THREAD]).corpus.title.written_by == "source"
    reasons = {h.handle: h.reason for h in imported.hosts}
    assert reasons["lumen_lab"].startswith("posted the thread (Reddit marks")
    assert reasons["quietcoder"] == "has the poster's flair 'Lumen Labs'"
    for line in lines:
        line.pop("is_submitter", None)
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    with pytest.raises(ImportProblem, match="--host"):
        import_files([path], thread="1abcde")


def test_an_entry_counts_the_replies_not_loaded_under_it(corpus: Corpus) -> None:
    entry = by_comment(corpus, "q1")  # a 'continue this thread' stub under x1: not this entry's
    assert entry.replies_not_loaded is None


def _stub_under_a3(tmp_path: Path, count: int) -> Corpus:
    """The fixture thread with a 'load more' stub of `count` replies under answer a3."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    q2 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "q2")
    a3 = q2["data"]["replies"]["data"]["children"][0]
    data[0]["data"]["children"][0]["data"]["num_comments"] += count  # Reddit counts them
    a3["data"]["replies"] = {"kind": "Listing", "data": {"children": [
        {"kind": "more", "data": {"count": count, "name": "t1_zz", "id": "zz", "parent_id": "t1_a3",
                                  "depth": 2, "children": ["zz", "zy"][:count]}},
    ]}}
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return import_files([path]).corpus


def _pane_text(corpus: Corpus, entry: Entry) -> str:
    from tui.entry_view import entry_blocks

    return "\n".join(b.plain for b in entry_blocks(corpus, entry, "en"))


def test_replies_not_loaded_under_an_answer(tmp_path: Path) -> None:
    corpus = _stub_under_a3(tmp_path, 4)
    assert by_comment(corpus, "q2").replies_not_loaded == 4
    assert corpus.sources[0].comments_not_loaded == 12
    text = _pane_text(corpus, by_comment(corpus, "q2"))
    assert "4 replies in this conversation were not loaded" in text
    assert "12 comments of this thread are not in the imported files" in text


def test_one_reply_not_loaded_is_one_reply(tmp_path: Path) -> None:
    corpus = _stub_under_a3(tmp_path, 1)
    text = _pane_text(corpus, by_comment(corpus, "q2"))
    assert "1 reply in this conversation was not loaded" in text
    one = _counted(corpus, 1)
    assert "1 comment of this thread is not in the imported files" in _pane_text(one, by_comment(one, "q2"))
    from tui.entry_view import entry_blocks

    many = _counted(corpus, 27284)  # (was '27284 comments')
    assert "27,284 comments of this thread" in _pane_text(many, by_comment(many, "q2"))
    zh = "\n".join(b.plain for b in entry_blocks(one, by_comment(one, "q2"), "zh"))
    assert "有 1 条回复未载入" in zh and "有 1 条评论不在" in zh


def _counted(corpus: Corpus, n: int) -> Corpus:
    """The corpus with its thread's count of comments not loaded set to `n`."""
    data = corpus.model_dump()
    data["sources"][0]["comments_not_loaded"] = n
    return Corpus.model_validate(data)


def test_a_by_hint_suggests_those_who_answer_not_the_askers() -> None:
    """`by:` finds who answered: the hint suggested askers, whom it then found nowhere."""
    from corpus.search import SearchIndex

    corpus = import_files([THREAD], hosts=["ada-lumen"]).corpus
    hint = SearchIndex.build(corpus).parse("by:zzz").hint or ""
    assert "names no speaker: try by:" in hint
    # the poster (no host here) speaks too: the post's own text
    assert set(re.findall(r"by:([\w-]+)", hint.split("try", 1)[1])) == {"ada-lumen", "lumen_lab"}


@pytest.mark.parametrize("engine", ["index", "scan"])
def test_the_asker_shown_is_searchable(corpus: Corpus, engine: str) -> None:
    """The pane says 'Asked by u/late_arrival'; typing the handle found nothing (the index
    had no field for who asked)."""
    from corpus.search import SearchIndex
    from corpus.search.scan import ScanIndex

    asked = [e for e in corpus.entries() if e.asked_by and e.asked_by.get("en") == "u/late_arrival"]
    assert asked
    index = (SearchIndex if engine == "index" else ScanIndex).build(corpus)  # type: ignore[attr-defined]
    found = index.search("late_arrival")
    assert [m.entry_id for m in found.matches] == [e.id for e in asked] and not found.relaxed
    assert found.matches[0].spans["asked_by.en"] == ((2, 14),)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pane_highlights_the_asker_matched(corpus: Corpus, lang: str) -> None:
    from rich.style import Style

    from corpus.search import SearchIndex
    from tui.entry_view import Styles, entry_blocks

    match = SearchIndex.build(corpus).search("late_arrival").matches[0]
    marked = Style(bgcolor="red")
    blocks = entry_blocks(corpus, corpus.entry(match.entry_id), lang, match.spans, Styles(match=marked))
    line = next(b for b in blocks if "u/late_arrival" in b.plain)
    assert [line.plain[s.start : s.end] for s in line.spans if s.style == marked] == ["late_arrival"]


def test_a_long_host_comment_is_headed_by_whole_words_and_an_ellipsis(tmp_path: Path) -> None:
    """The heading was the first 100 characters, cut mid-word ('… between 6 months and 2 ye')."""
    data = json.loads(THREAD.read_text(encoding="utf-8"))
    h1 = next(c for c in data[1]["data"]["children"] if c["data"]["id"] == "h1")
    words = "Thanks everyone for coming, we will be back next week with the weights between 6 months and 2 years"
    h1["data"]["body"] = words + " from now, and more.\n\nSecond paragraph."  # (cut after "years", 99 + 1)
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    entry = next(e for e in import_files([path]).corpus.entries() if e.from_hosts and not e.post)  # a comment, not the post
    heading = entry.question.get("en")
    assert heading == f"From the hosts: {words}…", heading


@pytest.mark.parametrize("engine", ["index", "scan"])
def test_an_asker_who_followed_up_is_no_speaker_of_the_entry_but_still_found(corpus: Corpus, engine: str) -> None:
    """`search` listed u/curious_cat, who asked and followed up, among the entry's speakers
    (those who answered) beside the hosts; the pane calls its comment a follow-up question.
    The asker's handle still finds the entry, and so does `by:` (by the follow-up)."""
    from corpus.search import SearchIndex
    from corpus.search.scan import ScanIndex
    from tui.commands.search_rows import SearchRows

    index = (SearchIndex if engine == "index" else ScanIndex).build(corpus)  # type: ignore[attr-defined]
    entry = by_comment(corpus, "q1")
    for query in ("curious_cat", "by:curious_cat"):
        found = index.search(query)
        assert entry.id in [m.entry_id for m in found.matches], query
    if engine == "index":
        rows = SearchRows(index, "en", False)
        row = json.loads(rows.json(rows.rows(index.search("by:curious_cat").matches)))[0]
        assert row["speakers"] == ["u/ada-lumen", "u/lumen_lab", "u/Byte_Smith"], row
        assert "curious" not in " ".join(row["speaker_ids"]), row


def test_search_prints_those_who_answered(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--corpus", str(THREAD), "search", "by:curious_cat"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.endswith("(u/ada-lumen, u/lumen_lab, u/Byte_Smith)"), line


def _stub_thread(num_comments: int | None, stub_count: int) -> list[dict[str, object]]:
    """A thread of two comments (a question and a host's answer) and a 'load more' stub."""
    post: dict[str, object] = {"id": "p1", "title": "AMA", "selftext": "", "author": "host_a", "subreddit": "IAmA"}
    if num_comments is not None:
        post["num_comments"] = num_comments
    answer = {"kind": "t1", "data": {"id": "a1", "author": "host_a", "parent_id": "t1_q1", "body": "Yes.", "replies": ""}}
    question = {"kind": "t1", "data": {
        "id": "q1", "author": "asker", "parent_id": "t3_p1", "body": "Will you?",
        "replies": {"kind": "Listing", "data": {"children": [answer]}},
    }}
    more = {"kind": "more", "data": {"id": "m1", "parent_id": "t3_p1", "count": stub_count, "children": ["c1", "c2"]}}
    return [
        {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": post}]}},
        {"kind": "Listing", "data": {"children": [question, more]}},
    ]


@pytest.mark.parametrize(
    ("num_comments", "stub_count", "expected"),
    [(10, 500, 8), (1, 500, 0), (None, 500, 500), (10, 3, 8)],
)
def test_comments_not_loaded_never_exceed_what_the_post_counts(
    tmp_path: Path, num_comments: int | None, stub_count: int, expected: int
) -> None:
    """'load more' stubs overcount (a real thread: 27,284 not loaded of 23,335, 197 read):
    with the post's count, never more than it less those read, never negative; without
    one, the stubs' sum."""
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(_stub_thread(num_comments, stub_count)), encoding="utf-8")
    imported = import_files([path])
    assert imported.not_loaded == expected
    assert imported.corpus.sources[0].comments_not_loaded == expected
