"""Who the hosts of an AMA are, and why: named with --host, or found in the thread.

Without --host the hosts are the poster, every account the post names as `u/NAME` or
`/u/NAME`, and every account whose comments carry the poster's author flair. A comment a
moderator or admin distinguished is moderation, not an answer, unless its author was
named (with --host or in the post).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus.importer.records import DELETED_AUTHORS, Comment, ImportProblem, Post

_NAMED = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{3,20})\b")


@dataclass(frozen=True)
class Host:
    """A host account and the reason it is one, in words for the summary and the corpus."""

    handle: str
    reason: str
    named: bool
    """Named explicitly (--host or u/NAME in the post): even distinguished comments count."""


def find_hosts(post: Post | None, comments: list[Comment], given: list[str] | None) -> list[Host]:
    """The hosts, spelled as their comments spell them, in the order found."""
    spelled = _spellings(post, comments)
    if given:
        return [
            Host(spelled.get(name.lower(), name), "named with --host", True)
            for name in _unique(given)
        ]
    poster = post.author if post is not None and post.author not in DELETED_AUTHORS else None
    why = "posted the thread"
    if poster is None:  # Reddit marks the poster's comments (is_submitter)
        poster = next((c.author for c in comments if c.is_submitter and not c.author_gone), None)
        why = "posted the thread (Reddit marks their comments is_submitter)"
    if poster is None:
        raise ImportProblem(
            "the post (and so the poster) is not in the files: name the hosts with "
            "--host NAME[,NAME...] (--list-authors shows who replied most), "
            "or add the submissions file"
        )
    hosts = [Host(poster, why, False)]
    named_in = f"{post.title}\n{post.text}" if post is not None else ""
    for name in _NAMED.findall(named_in):
        hosts.append(Host(spelled.get(name.lower(), name), f"named in the post as u/{name}", True))
    flair = (post.flair if post is not None else None) or next(
        (c.flair for c in comments if c.author == poster and c.flair), None
    )
    if flair:
        for comment in comments:
            if comment.flair == flair and not comment.distinguished:
                hosts.append(Host(comment.author, f"has the poster's flair {flair!r}", False))
    seen: set[str] = set()
    out: list[Host] = []
    for host in hosts:
        key = host.handle.lower()
        if key in seen or host.handle in DELETED_AUTHORS:
            continue
        seen.add(key)
        out.append(host)
    return out


def _spellings(post: Post | None, comments: list[Comment]) -> dict[str, str]:
    spelled = {c.author.lower(): c.author for c in comments}
    if post is not None and post.author:
        spelled.setdefault(post.author.lower(), post.author)
    return spelled


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for raw in names:
        for name in raw.split(","):
            name = name.strip().removeprefix("/").removeprefix("u/")
            if name and name.lower() not in {n.lower() for n in out}:
                out.append(name)
    return out


def answers_of(host: Host, comment: Comment) -> bool:
    """Whether this comment by a host counts as an answer (moderation does not)."""
    return not comment.distinguished or host.named


def top_repliers(comments: list[Comment], limit: int = 20) -> list[tuple[str, int, int, str]]:
    """The most active repliers: (handle, replies, comments, flair), most replies first."""
    replies: Counter[str] = Counter()
    total: Counter[str] = Counter()
    flair: dict[str, str] = {}
    for comment in comments:
        if comment.author in DELETED_AUTHORS:
            continue
        total[comment.author] += 1
        if comment.parent.startswith("t1_"):
            replies[comment.author] += 1
        if comment.flair:
            flair.setdefault(comment.author, comment.flair)
    ranked = sorted(total, key=lambda a: (-replies[a], -total[a], a.lower()))
    return [(a, replies[a], total[a], flair.get(a, "")) for a in ranked[:limit]]
