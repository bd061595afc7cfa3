"""Whose flair made a host, worded exactly when the post's author field names no one.

With the post's author '[deleted]', the account Reddit marks is_submitter is not called
the poster; the summary still said another host 'has the poster's flair', crediting the
post to that account after all (sweep 11, item 6).
"""

from __future__ import annotations

from pathlib import Path

from corpus.importer import import_files
from tests.test_import_post import thread_with_post

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def reasons(path: Path) -> dict[str, str]:
    """Each host's reason, by handle."""
    return {h.handle: h.reason for h in import_files([path]).hosts}


def test_the_flair_of_the_account_reddit_marks_is_submitter(tmp_path: Path) -> None:
    """The post has no flair: the flair is u/lumen_lab's, said so, in the summary and the corpus."""
    path = thread_with_post(tmp_path, author="[deleted]", author_flair_text=None)
    imported = import_files([path])
    why = "has the flair 'Lumen Labs' of u/lumen_lab, whom Reddit marks is_submitter"
    assert {h.handle: h.reason for h in imported.hosts}["quietcoder"] == why
    assert f"  u/quietcoder: {why}; 2 answers" in imported.summary()
    quiet = next(s for s in imported.corpus.speakers if s.handle == "quietcoder")
    assert quiet.identified_by.get("en") == f"The importer: {why}."
    assert not any("poster's flair" in line for line in imported.summary())


def test_the_flair_the_post_shows_for_its_deleted_author(tmp_path: Path) -> None:
    """The post carries the flair, its author gone: the flair is the post's, no one's named."""
    path = thread_with_post(tmp_path, author="[deleted]")
    assert reasons(path)["quietcoder"] == "has the flair 'Lumen Labs' the post shows for its author"


def test_a_named_poster_s_flair_is_still_the_poster_s() -> None:
    """The post names its author: 'the poster's flair' is exact, and stays."""
    assert reasons(THREAD)["quietcoder"] == "has the poster's flair 'Lumen Labs'"
