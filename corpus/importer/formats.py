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

import html
import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from corpus.importer.records import Batch, Comment, ImportProblem, MoreStub, Post
from corpus.limits import Refused, read_corpus_bytes

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
"""The first four bytes of a zstandard frame."""
MAX_WINDOW = 2**31
"""Pushshift's dumps are compressed with a 2 GiB window (zstd --long=31)."""


def read_files(paths: Iterable[Path]) -> Batch:
    """Read every file into one batch, merged and deduplicated by id."""
    batch = Batch()
    for path in paths:
        read_into(batch, Path(path))
    return batch


def read_into(batch: Batch, path: Path) -> None:
    """Recognise one file's format and add what it holds to `batch`."""
    name = str(path)
    text = _decode(name, _read_bytes(path))
    batch.files.append(name)
    head = text.lstrip()[:1]
    if not head:
        raise ImportProblem(f"{name}: the file is empty: save the thread's JSON again")
    if head == "[":
        data = _loads_whole(name, text)
        if _is_thread(data):
            _read_thread(batch, name, data)
        elif isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
            _read_records(batch, name, ((i + 1, x) for i, x in enumerate(data)))
        else:
            raise ImportProblem(f"{name}: {_what_json_is(data)}: {_WANTED}")
        return
    if head != "{":
        raise ImportProblem(f"{name}: not JSON (it starts with {head!r}): {_WANTED}")
    first, _, rest = text.lstrip().partition("\n")
    if rest.strip() and _is_record(_try_loads(first)):
        _read_records(batch, name, _json_lines(name, text))
        return
    data = _loads_whole(name, text)
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        _read_records(batch, name, ((i + 1, x) for i, x in enumerate(data["data"])))
    elif _is_record(data):
        _read_records(batch, name, iter([(1, data)]))
    else:
        raise ImportProblem(f"{name}: {_what_json_is(data)}: {_WANTED}")


_WANTED = (
    "save a thread as https://www.reddit.com/r/SUB/comments/ID.json, "
    "or give a Pushshift/Arctic Shift comment dump (JSON Lines, .zst)"
)


# ---------------------------------------------------------------- bytes and text


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        data = read_corpus_bytes(path)  # a device refused, a pipe waited for, a size cap
    except Refused as err:
        raise ImportProblem(f"{name}: {err.message}") from None
    except FileNotFoundError:
        raise ImportProblem(f"{name}: no such file: check the path") from None
    except IsADirectoryError:
        raise ImportProblem(f"{name}: is a directory: give the thread's .json file") from None
    except OSError as err:
        raise ImportProblem(f"{name}: cannot read the file: {err.strerror or err}") from None
    if data[:4] == ZSTD_MAGIC:
        return _unzstd(name, data)
    return data


def _unzstd(name: str, data: bytes) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise ImportProblem(
            f"{name}: zstandard-compressed, and the zstandard package is missing: "
            "pip install zstandard (or decompress it first: zstd -d --long=31 FILE)"
        ) from None
    dctx = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
    parts: list[bytes] = []
    rest = data
    try:
        while rest:  # frame by frame: an archive may hold several
            frame = dctx.decompressobj()
            parts.append(frame.decompress(rest))
            if not frame.eof:
                raise ImportProblem(
                    f"{name}: the zstandard data ends early (truncated file): download it again"
                )
            rest = frame.unused_data
    except zstandard.ZstdError as err:
        raise ImportProblem(
            f"{name}: the zstandard data is damaged ({err}): download the file again"
        ) from None
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ImportProblem(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[err.start]:02x}): "
            "save the file as it was downloaded"
        ) from None


def _try_loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _loads_whole(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportProblem(f"{name}: JSON nested too deeply: not a Reddit file") from None
    except json.JSONDecodeError as err:
        if err.pos >= len(text.rstrip()) - 1 or err.msg.startswith("Unterminated string"):
            raise ImportProblem(
                f"{name}: the JSON ends early at line {err.lineno} (truncated file): "
                "save or download it again"
            ) from None
        raise ImportProblem(
            f"{name}:{err.lineno}: not valid JSON ({err.msg} at column {err.colno}): {_WANTED}"
        ) from None


def _json_lines(name: str, text: str) -> Iterator[tuple[int, Any]]:
    loads = json.loads
    lines = text.split("\n")
    last = len(lines)
    for number, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        try:
            yield number, loads(line)
        except (ValueError, RecursionError):
            if number >= last - 1 and not text.endswith("\n"):
                raise ImportProblem(
                    f"{name}:{number}: the last line is cut off (truncated file): "
                    "download it again, or delete that line"
                ) from None
            raise ImportProblem(
                f"{name}:{number}: not a JSON object: a dump has one JSON object a line"
            ) from None


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


# ---------------------------------------------------------------- unescaping, exactly once

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


# ---------------------------------------------------------------- a thread's JSON


def _read_thread(batch: Batch, name: str, data: list[Any]) -> None:
    post_data = next(c.get("data") for c in _children(data[0]) if _kind(c) == "t3")
    if not isinstance(post_data, dict) or not isinstance(post_data.get("id"), str):
        raise ImportProblem(f"{name}: the thread's post has no id: save the thread's JSON again")
    post_data["id"] = _id(post_data["id"], f"{name}: the post's")
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
                comments.append(_comment(item, post_id))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}: {problem}") from None
            if len(htmls) < 50:
                htmls.append(str(item.get("body_html") or ""))
            replies = item.get("replies")
            if isinstance(replies, dict):
                stack.extend(reversed(_children(replies)))
    post = _post(post_data)
    texts = [post.title, post.text] + [c.body for c in comments]
    if escaped(texts, htmls):
        _unescape_all(post, comments)
    batch.add_post(post)
    for comment in comments:
        batch.add_comment(comment)
    batch.stubs.extend(stubs)


def _stub(item: dict[str, Any], post_id: str) -> MoreStub:
    children = [str(c) for c in item.get("children") or [] if isinstance(c, str)]
    count = item.get("count")
    return MoreStub(
        post=post_id,
        parent=str(item.get("parent_id") or ""),
        count=count if isinstance(count, int) else len(children),
        children=children,
    )


# ---------------------------------------------------------------- dump records


def _read_records(batch: Batch, name: str, records: Iterator[tuple[int, Any]]) -> None:
    posts: list[Post] = []
    comments: list[Comment] = []
    posts_seen: dict[str, str] = {}
    for number, record in records:
        if not isinstance(record, dict):
            raise ImportProblem(f"{name}:{number}: not a JSON object: a dump has one object a line")
        if "body" in record:
            if not isinstance(record.get("id"), str) or not isinstance(record.get("link_id"), str):
                raise ImportProblem(f"{name}:{number}: a comment without id or link_id: not a dump")
            try:
                link = record["link_id"]
                post_id = posts_seen.get(link)
                if post_id is None:
                    post_id = posts_seen[link] = _id(link, "a comment's thread")
                comments.append(_comment(record, post_id))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}:{number}: {problem}") from None
        elif isinstance(record.get("id"), str) and "title" in record:
            try:
                posts.append(_post(record))
            except ImportProblem as problem:
                raise ImportProblem(f"{name}:{number}: {problem}") from None
    if not posts and not comments:
        raise ImportProblem(f"{name}: no comments or submissions in it: {_WANTED}")
    texts = [p.title for p in posts] + [p.text for p in posts] + [c.body for c in comments]
    if escaped(texts):
        for post in posts:
            _unescape_all(post, [])
        _unescape_all(None, comments)
    for post in posts:
        batch.add_post(post)
    for comment in comments:
        batch.add_comment(comment)


# ---------------------------------------------------------------- fields


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


def _id(value: Any, what: str) -> str:
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


def _subreddit(value: Any, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a memo
    if type(value) is not str:
        return ""
    found = cache.get(value)
    if found is None:
        found = cache[value] = value if _SUBREDDIT.fullmatch(value) else ""
    return found


_AUTHOR = re.compile(r"[A-Za-z0-9_-]{1,40}")


def _author(value: Any, known: dict[str, str] = {}) -> str:  # noqa: B006 - a memo
    """A Reddit username, or '[deleted]' for anything no account can be called."""
    if type(value) is not str:
        return ""
    found = known.get(value)
    if found is None:
        found = value if _AUTHOR.fullmatch(value) or value in ("[deleted]", "[removed]") else "[deleted]"
        if len(known) < 100_000:
            known[value] = found
    return found


def _comment(item: dict[str, Any], post_id: str) -> Comment:
    """A comment of the thread `post_id` (an id already checked)."""
    parent = item.get("parent_id")
    if type(parent) is not str or not (
        parent[:3] in ("t1_", "t3_") and parent[3:].isascii() and parent[3:].isalnum()
    ) and not _FULLNAME.fullmatch(parent):
        parent = f"t3_{post_id}"
    get = item.get
    author, body, flair, distinguished = get("author"), get("body"), get("author_flair_text"), get("distinguished")
    created, score = get("created_utc"), get("score")
    return Comment(  # positional: this runs once per comment of a 200k-comment dump
        _id(get("id"), "a comment's"),
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
    )


def _post(item: dict[str, Any]) -> Post:
    return Post(
        id=_id(item.get("id"), "a post's"),
        title=_str(item.get("title")),
        text=_str(item.get("selftext")),
        author=_author(item.get("author")),
        subreddit=_subreddit(item.get("subreddit")),
        created=_number(item.get("created_utc")),
        flair=_opt_str(item.get("author_flair_text")),
        num_comments=_int(item.get("num_comments")),
    )


def _unescape_all(post: Post | None, comments: list[Comment]) -> None:
    if post is not None:
        post.title, post.text = unescape(post.title), unescape(post.text)
        if post.flair:
            post.flair = unescape(post.flair)
    for comment in comments:
        if "&" in comment.body:
            comment.body = html.unescape(comment.body)
        if comment.flair and "&" in comment.flair:
            comment.flair = html.unescape(comment.flair)
