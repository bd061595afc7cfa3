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
    order: int = 0
    """Position in the files as read: Reddit's own order for a thread's JSON."""

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

    def add_comment(self, comment: Comment) -> None:
        """Keep a comment once: a surviving body beats a deleted one, the first copy the rest."""
        old = self.comments.get(comment.id)
        if old is None:
            comment.order = len(self.comments)
            self.comments[comment.id] = comment
            return
        if old.deleted and not comment.deleted:
            comment.order = old.order
            self.comments[comment.id] = comment
        elif old.author_gone and not comment.author_gone:
            old.author = comment.author
