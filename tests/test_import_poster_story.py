"""Who posted the thread, told one way: the summary, the post's topic and its credit agree.

A post whose author field is "[deleted]" is credited to a deleted account and put under
"The post"; the account Reddit marks `is_submitter` is a host, but the summary no longer
says it "posted the thread" (that credit is the post's, and the post names no one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.citation.facts import build
from corpus.importer import import_files
from corpus.loader import load_corpus
from tests.test_import_post import thread_with_post
from tui.cli import main

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"
POST = "post-ama-with-lumen-labs-makers-1abcde"


def test_a_deleted_posters_thread_is_told_one_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The summary said 'u/lumen_lab: posted the thread (Reddit marks their comments
    is_submitter)' while the post was credited to a deleted account under 'The post'."""
    out = tmp_path / "ama.json"
    assert main(["import", str(thread_with_post(tmp_path, author="[deleted]")), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    (host,) = [line for line in err if line.startswith("  u/lumen_lab:")]
    assert "posted the thread" not in host  # the post names no one: no named account posted it
    assert "Reddit marks their comments as the poster's (is_submitter)" in host
    assert "the post's author field is '[deleted]'" in host
    (post,) = [line for line in err if line.startswith("the post's text:")]
    assert post.endswith(
        f"(entry {POST}), under 'The post', credited to a deleted account, "
        "as the post's author field is '[deleted]'"
    )
    assert not [line for line in err if "posted the thread" in line]
    corpus = load_corpus(out)
    assert corpus.topic_of(POST).id == "the-post"
    assert build(corpus, corpus.entry(POST)).answers[0].credit == "a deleted account, who posted the thread"
    lumen = next(s for s in corpus.speakers if s.handle == "lumen_lab")
    assert "posted the thread" not in lumen.identified_by.get("en")
    assert "is_submitter" in lumen.identified_by.get("en")


def test_a_post_with_no_valid_author_name_says_so(tmp_path: Path) -> None:
    """A name no Reddit account can have is not called deleted, in the summary either."""
    imported = import_files([thread_with_post(tmp_path, author="bad name!")])
    summary = imported.summary()
    assert any("author field is not a valid Reddit name" in line for line in summary if "u/lumen_lab" in line)
    (post,) = [line for line in summary if line.startswith("the post's text:")]
    assert "credited to an account whose name in the file is not a valid Reddit name" in post
    assert "deleted" not in post


def test_a_poster_left_out_by_host_is_named_as_no_host() -> None:
    """With --host leaving the poster out, the summary says where the post went and whose it is."""
    (post,) = [line for line in import_files([THREAD], hosts=["ada-lumen"]).summary() if line.startswith("the post's text:")]
    assert post.endswith(", under 'The post', credited to u/lumen_lab, who is not one of the hosts")


def test_a_hosts_post_says_nothing_more() -> None:
    (post,) = [line for line in import_files([THREAD]).summary() if line.startswith("the post's text:")]
    assert post.endswith(f"(entry {POST})")


def test_without_the_post_is_submitter_still_names_the_poster() -> None:
    """No post in the files: nothing contradicts Reddit's is_submitter mark."""
    dump = THREAD.parent / "comments.jsonl"
    reasons = {h.handle: h.reason for h in import_files([dump], thread="1abcde").hosts}
    assert reasons["lumen_lab"] == "posted the thread (Reddit marks their comments is_submitter)"
