"""Who the hosts of an AMA are, and why: named with --host, or found in the thread.

Without --host the hosts are the poster, every account the post names as `u/NAME` or
`/u/NAME`, and every account whose comments carry the poster's author flair. A comment a
moderator or admin distinguished is moderation, not an answer, unless its author was
named (with --host or in the post), or is the poster of a post distinguished the same way
(an AMA that admins or moderators hold in that capacity). What this leaves out is said in
the import's summary (`passed_over`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus.importer.records import DELETED_AUTHORS, Comment, ImportProblem, Post, author_field
from corpus.text import plural

_NAMED = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{3,20})\b")


@dataclass(frozen=True)
class Host:
    """A host account and the reason it is one, in words for the summary and the corpus."""

    handle: str
    reason: str
    named: bool
    """Named explicitly (--host or u/NAME in the post): even distinguished comments count."""
    speaks_as: str | None = None
    """The poster of a distinguished post: their comments distinguished the same way count."""
    reason_zh: str = ""
    """`reason` in Chinese (the corpus keeps both: the reader shows it in either)."""


def find_hosts(post: Post | None, comments: list[Comment], given: list[str] | None) -> list[Host]:
    """The hosts, spelled as their comments spell them, in the order found."""
    spelled = _spellings(post, comments)
    if given:
        return [
            Host(spelled.get(name.lower(), name), "named with --host", True, reason_zh="由 --host 指名")
            for name in _unique(given)
        ]
    poster = post.author if post is not None and post.author not in DELETED_AUTHORS else None
    why, why_zh = "posted the thread", "发布了本帖"
    if poster is None:  # Reddit marks the poster's comments (is_submitter)
        poster = next((c.author for c in comments if c.is_submitter and not c.author_gone), None)
        why = "posted the thread (Reddit marks their comments is_submitter)"
        why_zh = "发布了本帖（Reddit 将其评论标为 is_submitter）"
        if post is not None:  # the post names no one: it is not credited to them
            why = (
                "Reddit marks their comments as the poster's (is_submitter), but the post's "
                f"author field {author_field(post.author)}"
            )
            why_zh = f"Reddit 将其评论标为发帖人的（is_submitter），但帖子的作者字段{author_field(post.author, 'zh')}"
    if poster is None:
        # shown by `import` and by the reader (`--corpus DUMP`, which takes neither --host
        # nor a second file): the advice is an import command, right in both places
        raise ImportProblem(
            "the post (and so the poster) is not in the files: import it naming the hosts, "
            "kimi-ama-tui import FILE --host NAME[,NAME...] -o OUT.toml "
            "(kimi-ama-tui import FILE --list-authors shows who replied most), "
            "or with the thread's submissions file: kimi-ama-tui import FILE SUBMISSIONS -o OUT.toml"
        )
    capacity = post.distinguished if post is not None and post.author == poster else None
    if capacity:
        why += f" (distinguished as {capacity})"
        why_zh += f"（以 {capacity} 身份标注）"
    hosts = [Host(poster, why, False, capacity, why_zh)]
    named_in = f"{post.title}\n{post.text}" if post is not None else ""
    for name in _NAMED.findall(named_in):
        hosts.append(Host(spelled.get(name.lower(), name), f"named in the post as u/{name}", True, reason_zh=f"帖子中以 u/{name} 提及"))
    flair, why_flair, why_flair_zh = _poster_flair(post, comments, poster)
    if flair:
        for comment in comments:
            if comment.flair == flair and not comment.distinguished:
                hosts.append(Host(comment.author, why_flair, False, reason_zh=why_flair_zh))
    seen: set[str] = set()
    out: list[Host] = []
    for host in hosts:
        key = host.handle.lower()
        if key in seen or host.handle in DELETED_AUTHORS:
            continue
        seen.add(key)
        out.append(host)
    return out


def _poster_flair(post: Post | None, comments: list[Comment], poster: str) -> tuple[str | None, str, str]:
    """The flair that makes its other bearers hosts, and why, in words: the post's author
    flair, else the poster's on their comments. When the post's author field names no one,
    the account Reddit marks is_submitter is not called the poster: the flair is said to be
    theirs ("of u/NAME, whom Reddit marks is_submitter"), or the post's. The reason in
    English, then in Chinese."""
    known = post is None or post.author == poster  # (no post: nothing says otherwise)
    if post is not None and post.flair:
        flair: str | None = post.flair
        whose = "the poster's flair {flair!r}" if known else "the flair {flair!r} the post shows for its author"
        whose_zh = "发帖人的 flair {flair!r}" if known else "帖子为其作者显示的 flair {flair!r}"
    else:
        flair = next((c.flair for c in comments if c.author == poster and c.flair), None)
        whose = "the poster's flair {flair!r}" if known else "the flair {flair!r} of u/{poster}, whom Reddit marks is_submitter"
        whose_zh = "发帖人的 flair {flair!r}" if known else "u/{poster}（Reddit 标为 is_submitter）的 flair {flair!r}"
    return flair, "has " + whose.format(flair=flair, poster=poster), "带有" + whose_zh.format(flair=flair, poster=poster)


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
    return not comment.distinguished or host.named or comment.distinguished == host.speaks_as


def passed_over(hosts: list[Host], comments: list[Comment], post: Post | None) -> list[str]:
    """Notes for the summary: distinguished replies that were not imported, a host's
    (moderation, by the rule above) and, under a distinguished post, other accounts'
    distinguished the same way (an official AMA's other hosts, whom only --host can name)."""
    by_host = {host.handle.lower(): host for host in hosts}
    left: Counter[tuple[str, str]] = Counter()
    others: Counter[str] = Counter()
    for comment in comments:
        if not comment.distinguished or comment.deleted or comment.author_gone:
            continue
        host = by_host.get(comment.author.lower())
        if host is not None:
            if not answers_of(host, comment):
                left[(comment.author, comment.distinguished)] += 1
        elif post is not None and comment.distinguished == post.distinguished and comment.parent[:3] == "t1_":
            others[comment.author] += 1
    notes = [
        f"note: {plural(n, 'comment')} by u/{author} distinguished as {kind} left out as "
        f"moderation; to import them as answers, name u/{author} with --host"
        for (author, kind), n in left.items()
    ]
    if others:
        names = ", ".join(f"u/{a} ({plural(n, 'reply', 'replies')})" for a, n in others.most_common())
        every = ",".join([*(h.handle for h in hosts), *others])
        notes.append(
            f"note: {names} replied distinguished as {post.distinguished}, as the post is, "  # type: ignore[union-attr]
            f"and are not hosts; if they answer for the AMA, import with --host {every}"
        )
    return notes



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
