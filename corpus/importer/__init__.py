"""Importing a Reddit AMA (a thread's JSON, comment dumps) as a corpus, verbatim.

Plain Python, no Textual import. `import_files` is the way in: it reads the files
(`corpus.importer.formats`), picks the thread (`.thread`), finds the hosts (`.hosts`),
turns what they answered into entries (`.entries`, `.build`) and groups them into topics
(`.topics`, `.matching`). Every unusable input is an `ImportProblem` of one line.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from corpus.importer.files import GZIP_MAGIC, MAX_WINDOW
from corpus.importer.formats import ZSTD_MAGIC, read_files
from corpus.importer.records import ImportProblem

if TYPE_CHECKING:
    from corpus.importer.hosts import Host
    from corpus.model import Corpus

__all__ = ["ImportProblem", "Imported", "import_files", "is_reddit_file", "list_authors"]

TopicMode = Literal["auto", "flat"]


@dataclass
class Imported:
    """An imported thread: the corpus, and what the summary tells the user."""

    corpus: Corpus
    hosts: list[Host]
    answering: dict[str, int]
    """Answers per host handle (hosts that never answered are absent)."""
    entries: int
    answers: int
    not_loaded: int | None
    """Comments of the thread no file holds; None when the files cannot tell (no post)."""
    comments: int
    matched: int | None = None
    """Entries placed under a --topics-from corpus's topic (None without --topics-from)."""
    notes: list[str] = field(default_factory=list)
    post: str = ""
    """What became of the post's own text, in words (a line of the summary)."""

    def summary(self) -> list[str]:
        """The lines printed on stderr after an import."""
        from corpus.text import plural

        lines = [f"hosts: {len(self.hosts)}"]
        for host in self.hosts:
            n = self.answering.get(host.handle, 0)
            answered = plural(n, "answer") if n else "no answer"
            lines.append(f"  u/{host.handle}: {host.reason}; {answered}")
        not_loaded = (
            "unknown (no file holds the post, which counts them)"
            if self.not_loaded is None
            else f"{self.not_loaded}"
        )
        lines.append(
            f"entries: {self.entries}, answers: {self.answers}, "
            f"comments read: {self.comments}, comments not loaded: {not_loaded}"
        )
        if self.post:
            lines.append(self.post)
        if self.matched is not None:
            lines.append(f"matched to the other corpus: {self.matched} of {self.entries} entries")
        return lines + self.notes


def import_files(
    paths: Sequence[Path],
    hosts: list[str] | None = None,
    thread: str | None = None,
    topics: TopicMode = "auto",
    topics_from: Corpus | None = None,
    topics_from_name: str = "",
    for_reader: bool = False,
) -> Imported:
    """Import the thread in `paths` as a validated corpus (ImportProblem if it cannot be).

    `for_reader`: the problem is shown by the reader (`--corpus FILE`), which takes no
    import option: its advice is an `import` command rather than an option to add."""
    from corpus.importer.build import Speakers, entry_record, post_record, source_record
    from corpus.importer.entries import build_exchanges
    from corpus.importer.hosts import find_hosts, passed_over
    from corpus.importer.records import merge_notes
    from corpus.importer.thread import select_thread

    enabled = gc.isenabled()
    gc.disable()  # many small objects: the cyclic GC would double the time
    try:
        picked = select_thread(read_files(paths), thread)
        found = find_hosts(picked.post, picked.comments, hosts)
        exchanges = build_exchanges(picked, found)
        answering: dict[str, int] = {}
        spelled = {h.handle.lower(): h.handle for h in found}
        for exchange in exchanges:
            for said in exchange.said:
                handle = spelled.get(said.comment.author.lower())
                if handle and said.role != "follow-up":
                    answering[handle] = answering.get(handle, 0) + 1
        _check_answered(found, answering, hosts is not None and bool(hosts), picked, for_reader)
        source_id = f"thread-{picked.id.lower()}" if picked.id.isalnum() else "reddit-thread"
        speakers = Speakers()
        host_ids = {speakers.host(host, picked.subreddit) for host in found}
        entries = [entry_record(e, picked, source_id, speakers) for e in exchanges]
        texts = [_about(e) for e in exchanges]
        post = post_record(picked, source_id, speakers)
        if post is not None:  # first: the hosts' own words open the thread
            entries.insert(0, post)
            texts.insert(0, "")  # grouped with no question, matched to no entry
        poster_hosts = post is None or post["answers"][0]["speaker"] in host_ids
        matched: int | None = None
        grouped: list[dict[str, Any]] = []
        if topics_from is not None:
            pass  # the thread joins that corpus, below
        elif topics == "flat":
            from corpus.importer.topics import flat_topic

            grouped = flat_topic(entries)
        else:
            from corpus.importer.topics import auto_topics

            grouped = auto_topics(entries, texts, poster_hosts)
        source = source_record(picked, source_id)
        source["comments_not_loaded"] = "unknown" if picked.not_loaded is None else picked.not_loaded
        data: dict[str, Any] = {
            "format": "kimi-ama-corpus/1",
            "title": {
                source["language"]: source["title"],
                "original": source["language"],
                # no post in the files: "Reddit thread ID" is this project's, not the source's
                **({} if picked.post and picked.post.title.strip() else {"written_by": "project"}),
            },
            "sources": [source],
            "speakers": speakers.records,
            "topics": grouped,
        }
        if topics_from is not None:
            from corpus.importer.matching import merge_into

            data, matched = merge_into(
                topics_from, topics_from_name, source, speakers.records, entries, texts, poster_hosts
            )
        from pydantic import ValidationError

        from corpus.model import Corpus

        try:
            corpus = Corpus.model_validate(data)
        except ValidationError as err:  # a file no test foresaw: still one line, no traceback
            first = err.errors()[0]
            where = ".".join(str(part) for part in first["loc"][:6])
            raise ImportProblem(
                f"thread {picked.id}: the imported corpus is not valid at {where}: {first['msg']} "
                "(please report this file)"
            ) from None
    finally:
        if enabled:
            gc.enable()
    answers = sum(1 for e in exchanges for s in e.said if s.role != "follow-up")
    notes = [
        f"note: u/{h.handle} ({h.reason}) never answered"
        for h in found
        if h.handle not in answering
    ]
    notes += passed_over(found, picked.comments, picked.post)
    notes += merge_notes(picked.comments)  # the comments read more than once, and the copy kept
    return Imported(
        corpus, found, answering, len(entries), answers, picked.not_loaded,
        len(picked.comments), matched, notes, _post_line(post, corpus, poster_hosts, picked.post),
    )


def _post_line(post: dict[str, Any] | None, corpus: Corpus, poster_hosts: bool, given: Any) -> str:
    """What became of the post's own text, for the summary; and, when its poster is no
    host, whom it is credited to and where it went (the hosts' lines name who hosted)."""
    if post is None:
        return "the post: not in the files (its text is in the submissions file)"
    kind, where = post["post"], f"entry {post['id']}"
    if kind == "text":
        size = len(next(v for k, v in post["answers"][0]["text"].items() if k in ("en", "zh")))
        line = f"the post's text: kept, {size:,} characters ({where})"
    elif kind == "deleted":
        line = f"the post's text: deleted or removed, Reddit's placeholder kept ({where})"
    else:
        line = f"the post's text: none, the post has no text ({where})"
    if poster_hosts:
        return line
    from corpus.importer.records import author_field

    poster = corpus.speaker(post["answers"][0]["speaker"])
    who = (
        f"u/{poster.handle}, who is not one of the hosts"
        if poster.handle
        else f"{poster.name.get('en')}, as the post's author field {author_field(given.author)}"
    )
    return f"{line}, under '{corpus.topic_of(post['id']).title.get('en')}', credited to {who}"


def _about(exchange: Any) -> str:
    """What an entry is about, for grouping: the question and the main answer's start."""
    main = exchange.said[0].comment.body if exchange.said else ""
    asked = "" if exchange.question.deleted else exchange.question.body
    return f"{_cut(asked)} {_cut(main)}"


def _cut(text: str, limit: int = 400) -> str:
    """The first `limit` characters, ending at a word boundary (no word cut in two)."""
    return text if len(text) <= limit else text[:limit].rsplit(None, 1)[0]


def _check_answered(
    found: list[Host], answering: dict[str, int], given: bool, picked: Any, for_reader: bool
) -> None:
    """ImportProblem when a host named with --host, or every host, never answered."""
    from corpus.importer.hosts import top_repliers

    if given:
        silent = [h.handle for h in found if h.handle not in answering]
        if silent:
            names = ", ".join(f"u/{n}" for n in silent)
            top = ", ".join(f"u/{a}" for a, *_ in top_repliers(picked.comments, 5)) or "none"
            raise ImportProblem(
                f"{names} never answered a comment in thread {picked.id} (most active "
                f"repliers: {top}): check the spelling, or see --list-authors"
            )
    if not answering:
        names = ", ".join(f"u/{h.handle}" for h in found)
        advice = (
            "import it naming the hosts: kimi-ama-tui import FILE --host NAME[,NAME...] -o OUT.json "
            "(kimi-ama-tui import FILE --list-authors shows who replied most)"
            if for_reader
            else "name the hosts with --host NAME[,NAME...] (--list-authors shows who replied most)"
        )
        raise ImportProblem(
            f"no host answered any comment in thread {picked.id} (hosts tried: {names}): {advice}"
        )


def list_authors(paths: Sequence[Path], thread: str | None = None) -> list[str]:
    """The thread's most active repliers, one line each, to help choose --host."""
    from corpus.importer.hosts import top_repliers
    from corpus.text import plural
    from corpus.importer.thread import select_thread

    picked = select_thread(read_files(paths), thread)
    posters = {picked.post.author} if picked.post and picked.post.author else set()
    posters |= {c.author for c in picked.comments if c.is_submitter}
    kinds: dict[str, set[str]] = {}
    for comment in picked.comments:
        if comment.distinguished:
            kinds.setdefault(comment.author, set()).add(comment.distinguished)
    lines = []
    for handle, replies, total, flair in top_repliers(picked.comments):
        marks = [f"flair {flair!r}"] if flair else []
        if handle in posters:
            marks.append("poster")
        marks += [f"distinguished as {kind}" for kind in sorted(kinds.get(handle, ()))]
        extra = f"  ({', '.join(marks)})" if marks else ""
        lines.append(f"u/{handle}  {plural(replies, 'reply', 'replies')}, {plural(total, 'comment')}{extra}")
    return lines


def is_reddit_file(head: bytes) -> bool:
    """Whether a file starting with `head` is a Reddit thread or dump rather than a corpus.

    A compressed file (zstandard, gzip: as `import` reads them) is told by the start of
    what it holds; one whose start cannot be decompressed here is the importer's to word."""
    if head.startswith((ZSTD_MAGIC, GZIP_MAGIC)):
        inner = compressed_start(head)
        return inner is None or is_reddit_file(inner)
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return '"kind"' in text[:200] and '"Listing"' in text[:200]
    if text.startswith("{"):
        start = text[:2000]
        if '"format"' in start and "kimi-ama-corpus" in start:
            return False
        return any(key in start for key in ('"link_id"', '"kind": "Listing"', '"kind":"Listing"', '"selftext"'))
    return False


def compressed_start(head: bytes, size: int = 4096) -> bytes | None:
    """The first decompressed bytes of a zstandard or gzip file starting with `head`
    (None when they cannot be had: damaged, cut inside the first zstandard block, or the
    zstandard package missing)."""
    import zlib

    if head.startswith(GZIP_MAGIC):
        try:
            return zlib.decompressobj(wbits=31).decompress(head, size)
        except zlib.error:
            return None
    try:
        import zstandard
    except ImportError:
        return None
    import io

    dctx = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
    try:  # `size` bytes out at most: a small head can expand a millionfold
        with dctx.stream_reader(io.BytesIO(head)) as reader:
            return reader.read(size) or None  # (none: the head ends inside the first block)
    except zstandard.ZstdError:
        return None
