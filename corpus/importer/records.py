"""What the importer reads out of Reddit's formats: posts, comments and 'load more' stubs.

Plain data, no validation: the formats are Reddit's, the files are anyone's. Texts are
already unescaped (exactly once) when they are stored here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NOT_A_NAME = "[not a Reddit name]"
"""The author the importer reads when a file's name is one no Reddit account can have (a
dump is anyone's): no account is named, and none is said to be deleted."""
DELETED_AUTHORS = frozenset({"[deleted]", "[removed]", "", NOT_A_NAME})
"""Author values that name no account: Reddit's for a comment whose account is gone, and
`NOT_A_NAME`."""
DELETED_BODIES = frozenset({"[deleted]", "[removed]", "[ Removed by Reddit ]"})
"""Body values Reddit gives a deleted or removed comment."""


def author_field(author: str, lang: str = "en") -> str:
    """What an author field that names no account holds, in words ("the post's author
    field is '[deleted]'"), for the import's summary; `lang` zh: in Chinese."""
    if lang == "zh":
        if author == NOT_A_NAME:
            return "不是有效的 Reddit 用户名"
        return f"为 {author!r}" if author else "为空"
    if author == NOT_A_NAME:
        return "is not a valid Reddit name"
    return f"is {author!r}" if author else "is empty"


class ImportProblem(Exception):
    """An input the importer cannot use: `str()` is one line saying what and what to do;
    `details` are lines that may follow it (the threads of a dump, to pick one)."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


@dataclass(slots=True)
class Post:
    """A thread's post (a `t3`): its title, text, poster and where it lives."""

    id: str
    title: str = ""
    text: str = ""
    author: str = ""
    subreddit: str = ""
    created: float | None = None
    flair: str | None = None
    num_comments: int | None = None
    distinguished: str | None = None
    """'admin' or 'moderator' when the poster posted in that capacity."""
    edited: float | bool | None = None
    """When the post's text was last edited (Unix time), True when Reddit does not say when."""
    link: str = ""
    """A link post's address (`url` where `is_self` is false): its content, when it has no text."""


@dataclass(slots=True)
class Comment:
    """One comment (a `t1`). `parent` is a fullname: `t1_...` (a comment) or `t3_...` (the post)."""

    id: str
    parent: str
    post: str
    author: str
    body: str
    created: float | None = None
    score: int | None = None
    """None when the file has none, or says Reddit hid it (`score_hidden`: its `score` is a placeholder)."""
    edited: float | bool | None = None
    distinguished: str | None = None
    flair: str | None = None
    subreddit: str = ""
    is_submitter: bool = False
    """Reddit says the author posted the thread (newer threads and dumps carry it)."""
    retrieved: float | None = None
    """When a dump's archiver fetched it (`retrieved_on`, `retrieved_utc`), if it says."""
    order: int = 0
    """Position in the files as read: Reddit's own order for a thread's JSON."""
    file: str = ""
    """The file this copy was read from."""
    copies: int = 1
    """How many copies of it the files hold (a thread and a dump of it: two)."""
    kept: str = ""
    """Why this copy was kept when the copies' texts differ ('' when they agree)."""

    @property
    def deleted(self) -> bool:
        """The body was deleted or removed (the answers to it may survive)."""
        return self.body.strip() in DELETED_BODIES

    @property
    def author_gone(self) -> bool:
        """No account is named (it is gone, or the file's name is none Reddit allows): no
        asker can be named."""
        return self.author in DELETED_AUTHORS


@dataclass(slots=True)
class MoreStub:
    """A 'load more comments' stub: comments the file does not hold."""

    post: str
    parent: str
    count: int
    children: list[str]


@dataclass
class Batch:
    """Everything read from the input files, merged and deduplicated by id."""

    posts: dict[str, Post] = field(default_factory=dict)
    comments: dict[str, Comment] = field(default_factory=dict)
    stubs: list[MoreStub] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def add_post(self, post: Post) -> None:
        """Keep a post, filling what an earlier copy lacked."""
        old = self.posts.get(post.id)
        if old is None:
            self.posts[post.id] = post
            return
        for name in ("title", "text", "author", "subreddit", "created", "flair", "num_comments", "distinguished", "edited"):
            if not getattr(old, name) and getattr(post, name):
                setattr(old, name, getattr(post, name))

    def add_comment(self, comment: Comment, file: str = "") -> None:
        """Keep a comment once: a surviving body beats a deleted one, else the newest copy
        (last edited, then last retrieved, else the later file); what the kept copy lacks
        (an author, is_submitter, a score...) is filled from the other."""
        comment.file = file
        old = self.comments.get(comment.id)
        if old is None:
            comment.order = len(self.comments)
            self.comments[comment.id] = comment
            return
        if old.deleted != comment.deleted:
            keep, drop = (old, comment) if comment.deleted else (comment, old)
            why = "its text survives, the other copy is deleted"
        else:
            newer, why = _newer(comment, old)
            keep, drop = (comment, old) if newer else (old, comment)
        keep.order, keep.copies = old.order, old.copies + 1
        if keep.body != drop.body:
            keep.kept = why
        else:
            keep.kept = keep.kept or drop.kept
        _fill(keep, drop)
        self.comments[comment.id] = keep


def _edit_time(comment: Comment) -> float | None:
    edited = comment.edited
    return None if edited is None or edited is True else float(edited)


def _newer(new: Comment, old: Comment) -> tuple[bool, str]:
    """Whether `new` (read later) is a newer copy than `old`, and why in words: edited later
    (an edited copy is newer than an unedited one), else retrieved later, else read later."""
    new_edit, old_edit = _edit_time(new), _edit_time(old)
    if new_edit is not None and old_edit is not None and new_edit != old_edit:
        return new_edit > old_edit, "edited later"
    if bool(new.edited) != bool(old.edited):
        return bool(new.edited), "edited, the other copy not"
    if new.retrieved is not None and old.retrieved is not None and new.retrieved != old.retrieved:
        return new.retrieved > old.retrieved, "retrieved later"
    return True, "read from the later file"


def _fill(keep: Comment, other: Comment) -> None:
    """Fill what the kept copy lacks from the other copy (an older dump lacks fields)."""
    if keep.author_gone and not other.author_gone:
        keep.author = other.author
    keep.is_submitter = keep.is_submitter or (other.is_submitter and keep.author == other.author)
    if keep.score is None:
        keep.score = other.score
    if keep.created is None:
        keep.created = other.created
    if keep.flair is None and keep.author == other.author:
        keep.flair = other.flair
    if keep.distinguished is None and keep.author == other.author:
        keep.distinguished = other.distinguished
    keep.subreddit = keep.subreddit or other.subreddit


def merge_notes(comments: list[Comment], shown: int = 3) -> list[str]:
    """The summary's line on comments read more than once: how many, and, where the copies'
    texts differ, which copy was kept and why (the first `shown` named)."""
    from corpus.text import plural

    twice = [c for c in comments if c.copies > 1]
    if not twice:
        return []
    differ = [c for c in twice if c.kept]
    line = f"merged: {plural(len(twice), 'comment')} in more than one file"
    if not differ:
        return [line + ", every copy the same text"]
    named = "; ".join(f"{c.id} from {c.file or 'a file'} ({c.kept})" for c in differ[:shown])
    more = f"; {len(differ) - shown} more" if len(differ) > shown else ""
    return [
        f"{line}; {plural(len(differ), 'comment')} with different texts: kept the newest copy "
        f"(last edited, else last retrieved, else the later file; a surviving text over a "
        f"deleted one): {named}{more}"
    ]
