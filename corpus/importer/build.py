"""The corpus an imported thread becomes: source, speakers, entries, topics.

Every text is the author's own, verbatim (cleaned of control characters by the model like
any corpus text); the source's wording is 'original', so the pane and citations say the
words are the speaker's own.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from corpus.importer.entries import Exchange
from corpus.importer.hosts import Host
from corpus.importer.records import DELETED_AUTHORS, DELETED_BODIES, NOT_A_NAME, Comment
from corpus.importer.thread import Thread
from corpus.text import CJK, clean_text

MISSING = {
    "en": "(The comment this answers is not in the imported files.)",
    "zh": "（导入的文件中没有这条回答所回复的评论。）",
}
"""The question of an entry whose question comment no file holds."""
FROM_HOSTS = "From the hosts"
"""The label of a host's own top-level comment, and of the topic that gathers them."""
FROM_HOSTS_ZH = "来自主持人"
"""`FROM_HOSTS` in Chinese (the pane's own words for such a comment start so too)."""
HOSTS_HEADING = {"en": FROM_HOSTS + ": {first}", "zh": FROM_HOSTS_ZH + "：{first}"}
"""The heading (this project's) of a host's own top-level comment's entry."""
GONE_ACCOUNT = {"en": "a deleted account", "zh": "已删除的账号"}
"""Who asked a question whose text survives its account ("Asked by a deleted account")."""
NOT_A_NAME_ACCOUNT = {
    "en": "an account whose name in the file is not a valid Reddit name",
    "zh": "文件中名称不是有效 Reddit 用户名的账号",
}
"""Who asked when the file's author is no Reddit name: Reddit never serves one, so the file
was altered or damaged; no account is named (the name may be anyone's text) and none is
said to be deleted."""


def localized(text: str) -> dict[str, str]:
    """A verbatim text as a corpus LocalizedText: Chinese when it is mostly Chinese."""
    sample = text[:400]
    if not CJK.search(sample):
        return {"en": text, "original": "en"}
    letters = len(sample) - sample.count(" ") - sample.count("\n")
    lang = "zh" if len(CJK.findall(sample)) * 3 > letters else "en"
    return {lang: text, "original": lang}


_WORD_CHARACTER = re.compile(r"\w")


HEADLINE = 100
"""Characters of a host's own comment its heading quotes, at most (then "…")."""


def headline(line: str) -> str:
    """The start of a comment's first line for a heading: whole when short, else cut at
    the last space within `HEADLINE` characters (a word longer than that, inside it),
    marked with an ellipsis."""
    if len(line) <= HEADLINE:
        return line
    cut = line.rfind(" ", HEADLINE // 2, HEADLINE)
    return line[: cut if cut > 0 else HEADLINE - 1].rstrip(" ,;:-—") + "…"


def shown(text: str, empty: str = "(empty comment)") -> str:
    """The text, or a placeholder when nothing printable is left of it."""
    if _WORD_CHARACTER.search(text):  # a letter or digit survives any cleaning
        return text
    return text if clean_text(text).strip() else empty


def when(timestamp: float | None) -> datetime | None:
    """A Unix time as a UTC datetime (whole seconds), or None when there is none or it is absurd."""
    if timestamp is None:
        return None
    try:
        return datetime.fromtimestamp(int(timestamp), tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def edit_time(edited: float | bool | None) -> datetime | bool | None:
    """A comment's `edited` as the corpus keeps it: when it was last edited, True when
    Reddit says it was but not when, None when it was not."""
    if edited is True:
        return True
    return (when(float(edited)) or True) if edited else None


_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, limit: int = 6) -> str:
    """Up to `limit` lower-case ASCII words joined by hyphens ('' when there are none)."""
    return "-".join(_WORD.findall(text.lower())[:limit])


ASKER_ROLE = {"en": "Asked in the thread", "zh": "在帖中提问"}
ASKER_EVIDENCE = {"en": "The author of the comment, as Reddit names it.", "zh": "评论的作者，以 Reddit 所记的名字。"}
POSTER_EVIDENCE = {"en": "The importer: the post's author, as Reddit names it.", "zh": "导入器：帖子的作者，以 Reddit 所记的名字。"}
NO_ACCOUNT_EVIDENCE = {"en": "The importer: the post's author field names no account.", "zh": "导入器：帖子的作者字段未指明任何账号。"}
"""A speaker's role and the evidence for it: this project's words, in both languages."""


def _posted(where: str) -> dict[str, str]:
    """The role of the thread's poster (`where`: the subreddit, in parentheses, or "")."""
    return {"en": f"Posted this thread{where}", "zh": f"发布本帖{where}"}


class Speakers:
    """Speaker ids for handles, unique, as slugs of the handles."""

    def __init__(self) -> None:
        self.by_handle: dict[str, str] = {}
        self.records: list[dict[str, Any]] = []
        self._taken: set[str] = set()

    def host(self, host: Host, subreddit: str) -> str:
        """Add a host (kind person), with why it is one."""
        where = f" (r/{subreddit})" if subreddit else ""
        return self._add(
            host.handle,
            "person",
            {"en": f"Host of this AMA{where}", "zh": f"本次 AMA 的主持人{where}"},
            {"en": f"The importer: {host.reason}.", "zh": f"导入器：{host.reason_zh}。"} if host.reason_zh else {"en": f"The importer: {host.reason}."},
        )

    def poster(self, handle: str, subreddit: str) -> str:
        """The id of the thread's poster: the host's when they are one, else added (an
        account the post's author field names; no name at all when it names no account)."""
        found = self.by_handle.get(handle.lower())
        if found:
            return found
        where = f" (r/{subreddit})" if subreddit else ""
        if handle in DELETED_AUTHORS:
            who = NOT_A_NAME_ACCOUNT if handle == NOT_A_NAME else GONE_ACCOUNT
            speaker_id = self._add("poster", "person", _posted(where), NO_ACCOUNT_EVIDENCE)
            record = self.records[-1]
            del record["handle"], self.by_handle["poster"]
            record["name"] = {**who, "original": "en", "written_by": "project"}
            return speaker_id
        return self._add(handle, "person", _posted(where), POSTER_EVIDENCE)

    def asker(self, handle: str) -> str:
        """The id of an asker, added on first use."""
        found = self.by_handle.get(handle.lower())
        if found:
            return found
        return self._add(handle, "asker", ASKER_ROLE, ASKER_EVIDENCE)

    def _add(self, handle: str, kind: str, role: dict[str, str], evidence: dict[str, str]) -> str:
        """Add a speaker: its role and the evidence for it, this project's words, in
        English and (where written) Chinese."""
        base = slug(handle, 10) or "user"
        speaker_id, n = base, 1
        while speaker_id in self._taken:
            n += 1
            speaker_id = f"{base}-{n}"
        self._taken.add(speaker_id)
        self.by_handle[handle.lower()] = speaker_id
        self.records.append(
            {
                "id": speaker_id,
                "kind": kind,
                "handle": handle,
                "name": {"en": handle, "original": "en"},
                "role": {**role, "original": "en", "written_by": "project"},
                "identified_by": {**evidence, "original": "en", "written_by": "project"},
            }
        )
        return speaker_id


def permalink(subreddit: str, post_id: str, comment_id: str | None = None) -> str:
    """A comment's (or the thread's) address: https://www.reddit.com/r/SUB/comments/POST/_/ID/."""
    base = f"https://www.reddit.com/r/{subreddit}/comments/{post_id}/" if subreddit else f"https://www.reddit.com/comments/{post_id}/"
    return f"{base}_/{comment_id}/" if comment_id else base


def source_record(thread: Thread, source_id: str) -> dict[str, Any]:
    """The thread as the corpus's one source."""
    post, sub = thread.post, thread.subreddit
    given = post.title if post and post.title.strip() else ""
    title = given or f"Reddit thread {thread.id}"
    untitled = "" if given else f" The files give no title: '{title}' is this project's."
    record: dict[str, Any] = {
        "id": source_id,
        "kind": "reddit-thread",
        "title": title,
        "publisher": f"r/{sub} (Reddit)" if sub else "Reddit",
        "url": permalink(sub, thread.id),
        "language": localized(title)["original"],
        "wording": "original",
        "note": {  # the project's words about the source, not the source's
            "en": "Imported with kimi-ama-tui from a saved copy of the thread: every question "
            f"and answer is quoted verbatim, with its own permalink.{untitled}",
            "original": "en",
            "written_by": "project",
        },
    }
    if sub:
        record["subreddit"] = sub
    created = when(post.created if post else None)
    if created:
        record["posted"] = created
    return record


def entry_record(
    exchange: Exchange, thread: Thread, source_id: str, speakers: Speakers
) -> dict[str, Any]:
    """One exchange as a corpus entry."""
    q, sub = exchange.question, thread.subreddit
    entry: dict[str, Any] = {"id": "", "question_source": source_id, "sources": [source_id]}
    if exchange.from_hosts:
        first = next((line for line in q.body.splitlines() if line.strip()), "")
        entry["question"] = heading(HOSTS_HEADING, first=shown(headline(first), "(a comment)"))
        entry["from_hosts"] = True
        entry["id"] = _entry_id("from-hosts " + first, q.id)
    elif exchange.missing:  # the answer survives, the comment it answers is not in the files
        entry["question"] = heading(MISSING)
        entry["question_missing"] = True
        entry["question_permalink"] = permalink(sub, thread.id, q.parent[3:])
        entry["id"] = _entry_id("answer " + q.body, q.id)
    else:
        entry["question"] = localized(shown(q.body))
        entry["id"] = _entry_id(q.body if not q.deleted else "deleted question", q.id)
        entry["question_permalink"] = permalink(sub, thread.id, q.id)
        if posted := when(q.created):
            entry["question_posted"] = posted
        if edited := edit_time(q.edited):
            entry["question_edited"] = edited
        if q.deleted:
            entry["question_deleted"] = True
        if not q.author_gone:
            entry["asker"] = speakers.asker(q.author)
            entry["asked_by"] = {"en": f"u/{q.author}", "original": "en"}
        elif not q.deleted:  # the words survive their account: say so, name no one
            who = NOT_A_NAME_ACCOUNT if q.author == NOT_A_NAME else GONE_ACCOUNT
            entry["asked_by"] = {**who, "original": "en", "written_by": "project"}
    entry["answers"] = [_answer(s.comment, s.role, s.reply_to, thread, source_id, speakers) for s in exchange.said]
    if thread.not_loaded_under:
        ids = [q.id, *(s.comment.id for s in exchange.said)]
        hidden = sum(thread.not_loaded_under.get(i, 0) for i in dict.fromkeys(ids))
        if hidden:
            entry["replies_not_loaded"] = hidden
    return entry


POST_HEADINGS = {
    "text": {"en": "The post: {first}", "zh": "帖子：{first}"},
    "deleted": {"en": "The post: its text was deleted or removed", "zh": "帖子：正文已被删除或移除"},
    "empty": {"en": "The post: it has no text", "zh": "帖子：没有正文"},
    "link": {"en": "The post: a link, {first}", "zh": "帖子：链接 {first}"},
}
"""The heading (this project's) of the entry holding the thread's post, by `Entry.post`
(and 'link': a link post's, its text the link as Reddit gives it)."""
NO_POST_TEXT = {
    "en": "(The post has no text: Reddit gives its body as empty.)",
    "zh": "（该帖没有正文：Reddit 给出的正文为空。）",
}
"""What the post's entry says in place of a text the post does not have."""


def heading(words: dict[str, str], first: str = "") -> dict[str, Any]:
    """This project's words in both languages (a LocalizedText written by the project),
    around `first`, the thread's own words, verbatim in each language."""
    return {**{lang: text.format(first=first) for lang, text in words.items()}, "original": "en", "written_by": "project"}


def post_kind(body: str) -> str:
    """What is left of a post's text (`Entry.post`): text, deleted or empty."""
    if body.strip() in DELETED_BODIES:
        return "deleted"
    return "text" if clean_text(body).strip() else "empty"


def post_record(thread: Thread, source_id: str, speakers: Speakers) -> dict[str, Any] | None:
    """The thread's post as an entry 'From the hosts': its text verbatim, by the poster,
    with the thread's address, date and edit (None when no file holds the post)."""
    post = thread.post
    if post is None:
        return None
    kind = post_kind(post.text)
    first = next((line for line in post.text.splitlines() if line.strip()), "")
    title = heading(POST_HEADINGS[kind], headline(first))
    text = localized(post.text) if kind != "empty" else heading(NO_POST_TEXT)
    if kind == "empty" and clean_text(post.link).strip():  # a link post: the link is what it posted
        kind, title, text = "text", heading(POST_HEADINGS["link"], headline(post.link)), localized(post.link)
    answer: dict[str, Any] = {
        "speaker": speakers.poster(post.author, thread.subreddit),
        "role": "main",
        "source": source_id,
        "text": text,
        "permalink": permalink(thread.subreddit, thread.id),
    }
    _dated(answer, post.created, post.edited)
    return {
        "id": _entry_id("post " + (post.title or first), post.id),
        "question": title,
        "question_source": source_id,
        "sources": [source_id],
        "answers": [answer],
        "from_hosts": True,
        "post": kind,
    }


def _dated(said: dict[str, Any], created: float | None, edited: float | bool | None) -> None:
    """Add when a comment or post was posted and last edited, as far as the file says."""
    if posted := when(created):
        said["posted"] = posted
    if at := edit_time(edited):
        said["edited"] = at


def _entry_id(text: str, comment_id: str) -> str:
    words = slug(clean_text(text[:300]), 6)
    tail = slug(comment_id, 1) or "x"
    return f"{words}-{tail}" if words else f"comment-{tail}"


def _answer(
    comment: Comment, role: str, reply_to: str | None, thread: Thread, source_id: str, speakers: Speakers
) -> dict[str, Any]:
    speaker = speakers.by_handle.get(comment.author.lower()) or speakers.asker(comment.author)
    answer: dict[str, Any] = {
        "speaker": speaker,
        "role": role,
        "source": source_id,
        "text": localized(shown(comment.body)),
        "permalink": permalink(thread.subreddit, thread.id, comment.id),
    }
    _dated(answer, comment.created, comment.edited)
    if comment.score is not None:
        answer["score"] = comment.score
    if reply_to:
        answer["reply_to"] = speakers.by_handle.get(reply_to.lower()) or speakers.asker(reply_to)
    return answer
