"""A Reddit record's fields, read defensively, and texts unescaped exactly once.

The files are anyone's: a field may be missing, of another type, or hostile. Ids go into
URLs and entry ids, so anything that is not a Reddit id is refused; an author no account
can be called is read as `NOT_A_NAME`. Runs once per comment of a dump: kept lean.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from typing import Any

import msgspec

from corpus.importer.records import NOT_A_NAME, Comment, ImportProblem, Post


_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")


def escaped(texts: Iterable[str], html_hints: Iterable[str] = ()) -> bool:
    """Whether Reddit entity-escaped these texts (served without ?raw_json=1).

    The `*_html` fields say it outright (`&lt;div` versus `<div`); otherwise an escaped
    text never holds a literal `<`, `>` or a bare `&`, and one with an entity is escaped."""
    for hint in html_hints:
        if hint:
            return hint.lstrip().startswith("&lt;")
    seen_entity = False
    for text in texts:
        if "<" in text or ">" in text:
            return False
        if "&" in text:
            if _BARE_AMP.search(text):
                return False
            seen_entity = True
    return seen_entity


def unescape(text: str) -> str:
    """One level of HTML entities removed (`&amp;gt;` -> `&gt;`)."""
    return html.unescape(text) if "&" in text else text



def _str(value: Any) -> str:
    return value if type(value) is str else ""


def _opt_str(value: Any) -> str | None:
    return value if type(value) is str and value else None


def _number(value: Any) -> float | None:
    kind = type(value)
    if kind is int or kind is float:
        return float(value)
    if kind is str:  # some old dumps store created_utc as a string
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _int(value: Any) -> int | None:
    if type(value) is int:
        return int(value)
    number = _number(value)
    return int(number) if number is not None and math.isfinite(number) else None


def _edited(value: Any) -> float | bool | None:
    if value is True:
        return True
    if value is False or value is None:
        return None
    number = _number(value)
    return number if number else None


_ID = re.compile(r"[0-9a-zA-Z_]{1,24}")
_FULLNAME = re.compile(r"t[13]_[0-9a-zA-Z_]{1,24}")
_SUBREDDIT = re.compile(r"[A-Za-z0-9_]{2,32}")


def reddit_id(value: Any, what: str) -> str:
    """A Reddit id (base 36), which goes into URLs and entry ids: anything else is refused."""
    text = _str(value)
    if text[:3] in ("t3_", "t1_"):
        text = text[3:]
    if text.isascii() and text.isalnum() and len(text) <= 24:
        return text
    if not _ID.fullmatch(text):
        shown = repr(value)[:40]
        raise ImportProblem(f"{what} id {shown} is not a Reddit id: the file is not from Reddit")
    return text


_THREAD_URL = re.compile(
    r"(?:https?://)?(?:[A-Za-z0-9-]+\.)*(?:reddit\.com/(?:r/[A-Za-z0-9_]+/)?comments|redd\.it)"
    r"/([0-9A-Za-z]{1,24})(?:\.json)?(?:[/?#].*)?",
    re.ASCII,
)


def thread_id(value: str) -> str:
    """The id in a `--thread` value that is a thread's URL (`reddit.com/r/SUB/comments/ID/...`,
    `redd.it/ID`); any other value as given (`t3_ID` and `ID` are read by the thread picker,
    which names a value it does not know as typed)."""
    found = _THREAD_URL.fullmatch(value.strip())
    return found.group(1) if found else value


def _subreddit(value: Any, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a memo
    if type(value) is not str:
        return ""
    found = cache.get(value)
    if found is None:
        found = cache[value] = value if _SUBREDDIT.fullmatch(value) else ""
    return found


_AUTHOR = re.compile(r"[A-Za-z0-9_-]{1,40}")


def _author(value: Any, known: dict[str, str] = {}) -> str:  # noqa: B006 - a memo
    """A Reddit username, or `NOT_A_NAME` for anything no account can be called (never
    '[deleted]': no source says the account is gone)."""
    if type(value) is not str:
        return ""
    found = known.get(value)
    if found is None:
        found = value if _AUTHOR.fullmatch(value) or value in ("[deleted]", "[removed]") else NOT_A_NAME
        if len(known) < 100_000:
            known[value] = found
    return found


class CommentLine(msgspec.Struct):
    """A dump line shaped as a comment, decoded by msgspec straight from JSON (about 3x
    faster than json.loads to a dict); a line of any other shape is read as a dict."""

    id: str
    link_id: str
    body: str
    parent_id: str | None = None
    author: str | None = None
    created_utc: float | str | None = None
    score: int | float | None = None
    edited: bool | float | None = None
    distinguished: str | None = None
    author_flair_text: str | None = None
    subreddit: str | None = None
    is_submitter: bool | None = None
    score_hidden: bool | None = None
    retrieved_on: float | str | None = None
    retrieved_utc: float | str | None = None


def comment_from(item: Any, post_id: str) -> Comment:
    """A comment of the thread `post_id` (an id already checked), from a dict or a CommentLine."""
    get = item.get if type(item) is dict else item.__getattribute__
    parent = get("parent_id")
    if type(parent) is not str or not (
        parent[:3] in ("t1_", "t3_") and parent[3:].isascii() and parent[3:].isalnum()
    ) and not _FULLNAME.fullmatch(parent):
        parent = f"t3_{post_id}"
    author, body, flair, distinguished = get("author"), get("body"), get("author_flair_text"), get("distinguished")
    created = get("created_utc")
    score = None if get("score_hidden") is True else get("score")  # hidden: a placeholder
    return Comment(  # positional: this runs once per comment of a 200k-comment dump
        reddit_id(get("id"), "a comment's"),
        parent,
        post_id,
        _author(author),
        body if type(body) is str else "",
        float(created) if type(created) is int or type(created) is float else _number(created),
        score if type(score) is int else _int(score),
        _edited(get("edited")),
        distinguished if type(distinguished) is str and distinguished else None,
        flair if type(flair) is str and flair else None,
        _subreddit(get("subreddit")),
        get("is_submitter") is True,
        _number(get("retrieved_on") or get("retrieved_utc")),
    )


def post_from(item: dict[str, Any]) -> Post:
    """A post (t3 or submission record), its id checked."""
    return Post(
        id=reddit_id(item.get("id"), "a post's"),
        title=_str(item.get("title")),
        text=_str(item.get("selftext")),
        author=_author(item.get("author")),
        subreddit=_subreddit(item.get("subreddit")),
        created=_number(item.get("created_utc")),
        flair=_opt_str(item.get("author_flair_text")),
        num_comments=_int(item.get("num_comments")),
        distinguished=_opt_str(item.get("distinguished")) or None,
        edited=_edited(item.get("edited")),
        link=_str(item.get("url")) if item.get("is_self") is False else "",
    )


def unescape_all(post: Post | None, comments: list[Comment]) -> None:
    """Unescape, once, every text of an entity-escaped file."""
    if post is not None:
        post.title, post.text, post.link = unescape(post.title), unescape(post.text), unescape(post.link)
        if post.flair:
            post.flair = unescape(post.flair)
    for comment in comments:
        if "&" in comment.body:
            comment.body = html.unescape(comment.body)
        if comment.flair and "&" in comment.flair:
            comment.flair = html.unescape(comment.flair)
