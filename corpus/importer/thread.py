"""Picking one thread out of what was read, and counting the comments the files lack."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from corpus.importer.records import Batch, Comment, ImportProblem, Post
from corpus.text import plural


@dataclass
class Thread:
    """One thread: its post (when a file holds it), its comments in file order, and what is missing."""

    id: str
    post: Post | None
    comments: list[Comment]
    not_loaded: int | None
    """Comments that no file holds: the post's count (`num_comments`) less those read, when
    the post gives one; else the comments behind 'load more' stubs (at least this many);
    None when neither is in the files (a comment dump without its post: unknown)."""
    not_loaded_under: dict[str, int]
    """The same, by the id of the comment they reply to (a top-level stub is not here)."""

    @property
    def subreddit(self) -> str:
        """The subreddit, from the post or else the comments."""
        if self.post and self.post.subreddit:
            return self.post.subreddit
        return next((c.subreddit for c in self.comments if c.subreddit), "")


def thread_counts(batch: Batch) -> Counter[str]:
    """Comments per thread id, most first."""
    return Counter(c.post for c in batch.comments.values())


def describe_threads(batch: Batch, counts: Counter[str]) -> list[str]:
    """One line per thread: id, comment count and title when known."""
    lines = []
    for post_id, count in counts.most_common():
        post = batch.posts.get(post_id)
        title = f"  {post.title[:70]!r}" if post and post.title else ""
        lines.append(f"  {post_id}  {plural(count, 'comment')}{title}")
    return lines


def select_thread(batch: Batch, wanted: str | None) -> Thread:
    """The thread `wanted` (an id, with or without 't3_'), or the only one in the files."""
    counts = thread_counts(batch)
    files = ", ".join(batch.files)
    if wanted:
        post_id = wanted.strip().removeprefix("t3_")
        if not counts.get(post_id):
            found = ", ".join(f"{p} ({plural(n, 'comment')})" for p, n in counts.most_common(10)) or "none"
            raise ImportProblem(
                f"{files}: no comments of thread {post_id!r} in the files (threads found: "
                f"{found}): check --thread, or add the dump that holds it"
            )
    elif not counts:
        raise ImportProblem(f"{files}: no comments in the files: add the comments file")
    elif len(counts) > 1:
        top = ", ".join(f"{p}: {plural(n, 'comment')}" for p, n in counts.most_common(5))
        more = ", ..." if len(counts) > 5 else ""
        raise ImportProblem(
            f"{files}: {len(counts)} threads in the files ({top}{more}): "
            "pick one with kimi-ama-tui import FILE --thread ID",
            describe_threads(batch, counts),
        )
    else:
        post_id = next(iter(counts))
    # the batch keeps comments in the order read (a replaced copy keeps its place)
    if len(counts) == 1:
        comments = list(batch.comments.values())
    else:
        comments = [c for c in batch.comments.values() if c.post == post_id]
    under: dict[str, int] = {}
    total: int | None = _not_loaded(batch, post_id, under)
    post = batch.posts.get(post_id)
    if post is not None and post.num_comments:
        # Reddit's own count: what it counts and the files lack (a dump has no stubs; the
        # stubs of a thread's JSON count some comments twice, and deleted ones)
        total = max(0, post.num_comments - len(comments))
    elif post is None and not any(stub.post == post_id for stub in batch.stubs):
        total = None  # no post to count them, no stub: the files cannot tell
    return Thread(post_id, post, comments, total, under)


def _not_loaded(batch: Batch, post_id: str, under: dict[str, int]) -> int:
    total = 0
    parents: set[str] | None = None
    for stub in batch.stubs:
        if stub.post != post_id:
            continue
        missing = [c for c in stub.children if c not in batch.comments]
        if stub.children and len(missing) < len(stub.children):
            count = len(missing)  # a dump filled in part of what the stub hid
        elif stub.children or stub.count:
            count = max(stub.count, len(stub.children))
        else:  # 'continue this thread': at least one reply lies behind it
            if parents is None:
                parents = {c.parent for c in batch.comments.values()}
            count = int(stub.parent not in parents)
        total += count
        if count and stub.parent.startswith("t1_"):
            under[stub.parent[3:]] = under.get(stub.parent[3:], 0) + count
    return total
