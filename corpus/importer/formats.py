"""Reading Reddit's formats, recognised from the content, never the file name.

- A thread as Reddit serves it (`/r/SUB/comments/ID.json`): a two-element array, a
  Listing holding the `t3` post, then a Listing of `t1` comments with nested `replies`
  and `more` stubs.
- Comment and submission dumps (Pushshift, Arctic Shift): JSON Lines, one object a line,
  possibly zstandard-compressed; also a JSON array of them or an API answer `{"data": [...]}`.

Without `?raw_json=1` Reddit escapes `&`, `<` and `>` in texts as HTML entities; such a
file is unescaped exactly once (`&amp;gt;` becomes `&gt;`, what the author typed).
Every way a file can be unusable is an `ImportProblem` of one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from corpus.importer.fields import (
    CommentLine,
    comment_from,
    escaped,
    post_from,
    reddit_id,
    unescape_all,
)
from corpus.importer.files import (
    WANTED,
    ZSTD_MAGIC,
    decode,
    json_lines,
    loads_whole,
    read_bytes,
    try_loads,
)
from corpus.importer.records import Batch, Comment, ImportProblem, MoreStub, Post

__all__ = ["ZSTD_MAGIC", "escaped", "read_files", "read_into"]


def read_files(paths: Iterable[Path]) -> Batch:
    """Read every file into one batch, merged and deduplicated by id."""
    batch = Batch()
    for path in paths:
        read_into(batch, Path(path))
    return batch


def read_into(batch: Batch, path: Path) -> None:
    """Recognise one file's format and add what it holds to `batch`."""
    name = str(path)
    text = decode(name, read_bytes(path))
    batch.files.append(name)
    head = text.lstrip()[:1]
    if not head:
        raise ImportProblem(f"{name}: the file is empty: save the thread's JSON again")
    if head == "[":
        data = loads_whole(name, text)
        if _is_thread(data):
            _read_thread(batch, name, data)
        elif isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
            _read_records(batch, name, ((i + 1, x) for i, x in enumerate(data)))
        else:
            raise ImportProblem(f"{name}: {_what_json_is(data)}: {WANTED}")
        return
    if head != "{":
        raise ImportProblem(f"{name}: not JSON (it starts with {head!r}): {WANTED}")
    first, _, rest = text.lstrip().partition("\n")
    if rest.strip() and _is_record(try_loads(first)):
        _read_records(batch, name, json_lines(name, text, CommentLine))
        return
    data = loads_whole(name, text)
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        _read_records(batch, name, ((i + 1, x) for i, x in enumerate(data["data"])))
    elif _is_record(data):
        _read_records(batch, name, iter([(1, data)]))
    else:
        raise ImportProblem(f"{name}: {_what_json_is(data)}: {WANTED}")


# ---------------------------------------------------------------- what a JSON value is


def _kind(node: Any) -> str | None:
    return node.get("kind") if isinstance(node, dict) else None


def _children(listing: Any) -> list[Any]:
    data = listing.get("data") if isinstance(listing, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    return children if isinstance(children, list) else []


def _is_thread(data: Any) -> bool:
    return (
        isinstance(data, list)
        and len(data) == 2
        and all(_kind(x) == "Listing" for x in data)
        and any(_kind(c) == "t3" for c in _children(data[0]))
    )


def _is_record(data: Any) -> bool:
    """A dump's comment (body, link_id) or submission (title and selftext or is_self)."""
    return isinstance(data, dict) and (
        ("body" in data and "link_id" in data) or ("title" in data and "id" in data and "kind" not in data)
    )


def _what_json_is(data: Any) -> str:
    if _kind(data) == "Listing":
        kinds = {_kind(c) for c in _children(data)}
        if kinds <= {"t3"}:
            return "a subreddit listing (posts, no comments), not a thread"
        if "t1" in kinds:
            return "a user page or comment search (comments from many threads), not a thread"
        return "a Reddit listing, not a thread"
    if isinstance(data, list) and data and all(_kind(x) == "Listing" for x in data):
        return "Reddit listings without a post, not a thread"
    if isinstance(data, dict) and "format" in data and "topics" in data:
        return "a kimi-ama-tui corpus, not a Reddit thread (read it with --corpus)"
    return "not a Reddit thread or comment dump"


# ---------------------------------------------------------------- a thread's JSON


def _read_thread(batch: Batch, name: str, data: list[Any]) -> None:
    post_data = next(c.get("data") for c in _children(data[0]) if _kind(c) == "t3")
    if not isinstance(post_data, dict) or not isinstance(post_data.get("id"), str):
        raise ImportProblem(f"{name}: the thread's post has no id: save the thread's JSON again")
    post_data["id"] = reddit_id(post_data["id"], f"{name}: the post's")
    comments: list[Comment] = []
    htmls: list[str] = [str(post_data.get("selftext_html") or "")]
    stack = list(reversed(_children(data[1])))
    stubs: list[MoreStub] = []
    post_id = post_data["id"]
    while stack:
        node = stack.pop()
        kind, item = _kind(node), node.get("data") if isinstance(node, dict) else None
        if not isinstance(item, dict):
            continue
        if kind == "more":
            stubs.append(_stub(item, post_id))
        elif kind == "t1":
            try:
                comments.append(comment_from(item, post_id))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}: {problem}") from None
            if len(htmls) < 50:
                htmls.append(str(item.get("body_html") or ""))
            replies = item.get("replies")
            if isinstance(replies, dict):
                stack.extend(reversed(_children(replies)))
    post = post_from(post_data)
    texts = [post.title, post.text] + [c.body for c in comments]
    if escaped(texts, htmls):
        unescape_all(post, comments)
    batch.add_post(post)
    for comment in comments:
        batch.add_comment(comment, name)
    batch.stubs.extend(stubs)


def _stub(item: dict[str, Any], post_id: str) -> MoreStub:
    listed = item.get("children")
    children = [c for c in listed if isinstance(c, str)] if isinstance(listed, list) else []
    count = item.get("count")
    parent = item.get("parent_id")
    return MoreStub(
        post=post_id,
        parent=parent if isinstance(parent, str) else "",
        count=count if type(count) is int and 0 <= count < 10**9 else len(children),
        children=children,
    )


# ---------------------------------------------------------------- dump records


def _read_records(batch: Batch, name: str, records: Iterator[tuple[int, Any]]) -> None:
    posts: list[Post] = []
    comments: list[Comment] = []
    posts_seen: dict[str, str] = {}
    for number, record in records:
        if type(record) is CommentLine:  # the common case, decoded fast
            link = record.link_id
            post_id = posts_seen.get(link)
            try:
                if post_id is None:
                    post_id = posts_seen[link] = reddit_id(link, "a comment's thread")
                comments.append(comment_from(record, post_id))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}:{number}: {problem}") from None
            continue
        if not isinstance(record, dict):
            raise ImportProblem(f"{name}:{number}: not a JSON object: a dump has one object a line")
        if "body" in record:
            if not isinstance(record.get("id"), str) or not isinstance(record.get("link_id"), str):
                raise ImportProblem(f"{name}:{number}: a comment without id or link_id: not a dump")
            try:
                link = record["link_id"]
                post_id = posts_seen.get(link)
                if post_id is None:
                    post_id = posts_seen[link] = reddit_id(link, "a comment's thread")
                comments.append(comment_from(record, post_id))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}:{number}: {problem}") from None
        elif isinstance(record.get("id"), str) and "title" in record:
            try:
                posts.append(post_from(record))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}:{number}: {problem}") from None
    if not posts and not comments:
        raise ImportProblem(f"{name}: no comments or submissions in it: {WANTED}")
    texts = [p.title for p in posts] + [p.text for p in posts] + [c.body for c in comments]
    if escaped(texts):
        for post in posts:
            unescape_all(post, [])
        unescape_all(None, comments)
    for post in posts:
        batch.add_post(post)
    for comment in comments:
        batch.add_comment(comment, name)
