"""The thread as entries: each question a host answered, with the conversation under it.

A non-host comment that a host answered is an entry: the question is that comment,
verbatim; the first host reply is the main answer; other hosts' replies to it, and hosts'
replies to a host's answer, are supplements; the asker's follow-ups that a host answered
stay in the entry, in order, with the answers to them. A host's own top-level comment is
an entry of its own ("From the hosts").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from corpus.importer.hosts import Host, answers_of
from corpus.importer.records import Comment
from corpus.importer.thread import Thread


@dataclass
class Said:
    """One comment of an entry's conversation, and its part in it."""

    comment: Comment
    role: str
    """main, supplement, follow-up or reply (as `corpus.model.AnswerRole`)."""
    reply_to: str | None = None
    """The handle of the host this one answers, when that is not the asker."""


@dataclass
class Exchange:
    """A question (or a host's own comment) and the conversation under it."""

    question: Comment
    """The question's comment; for a host's own comment or an answer whose question is
    missing, the host's comment itself."""
    from_hosts: bool
    said: list[Said] = field(default_factory=list)
    missing: bool = False
    """The comment a host answered is not in the files: `question` is the answer."""


_NONE: list[Comment] = []


class _Tree:
    def __init__(self, thread: Thread, hosts: list[Host]) -> None:
        self.hosts = {host.handle.lower(): host for host in hosts}
        self.loaded = {c.id for c in thread.comments}
        authors = {c.author for c in thread.comments}
        self.host_by_author = {a: self.hosts[a.lower()] for a in authors if a.lower() in self.hosts}
        """Each spelling of a host's name in the thread, to its host."""
        self.answers: set[int] = set()
        """The comments that are host answers (by object id)."""
        self.answered: set[str] = set()
        """Ids of the comments a host answered."""
        answer_ids: set[str] = set()
        for comment in thread.comments:
            host = self.host_by_author.get(comment.author)
            if host is not None and not comment.deleted and answers_of(host, comment):
                self.answers.add(id(comment))
                answer_ids.add(comment.id)
                if comment.parent[:3] == "t1_":
                    self.answered.add(comment.parent[3:])
        # a conversation only ever goes down from a question, an answer or a follow-up
        # (which a host answered): only their replies are needed
        needed = self.answered | answer_ids
        self.children: dict[str, list[Comment]] = defaultdict(list)
        """Replies by the id of the comment they answer."""
        for comment in thread.comments:
            parent = comment.parent
            if parent[:3] == "t1_" and parent[3:] in needed:
                self.children[parent[3:]].append(comment)
        for replies in self.children.values():
            if len(replies) > 1:
                replies.sort(key=lambda c: (c.created or 0.0, c.order))

    def replies(self, comment: Comment) -> list[Comment]:
        return self.children.get(comment.id, _NONE)

    def is_answer(self, comment: Comment) -> bool:
        """A host's comment that counts as an answer (not deleted, not moderation)."""
        return id(comment) in self.answers


def build_exchanges(thread: Thread, hosts: list[Host]) -> list[Exchange]:
    """Every entry of the thread, in reading order (the files' order of their questions)."""
    tree = _Tree(thread, hosts)
    exchanges: list[Exchange] = []
    consumed: set[str] = set()
    # the files' order puts a comment after the one it answers (a thread's JSON is in
    # tree order, a dump in time order), so a question comes before its follow-ups
    answers, answered = tree.answers, tree.answered
    for comment in thread.comments:
        is_answer = id(comment) in answers
        if not is_answer and comment.id not in answered:
            continue  # most comments: neither a host's answer nor answered by one
        if comment.id in consumed:
            continue
        if is_answer:
            top = comment.parent[:3] == "t3_"
            if top or comment.parent[3:] not in tree.loaded:  # a host's own, or an orphan
                exchange = Exchange(comment, top, [Said(comment, "main")], missing=not top)
                _conversation(tree, exchange, comment, None, consumed)
                exchanges.append(exchange)
            continue
        if comment.author in tree.host_by_author:
            continue  # a host's moderation, not a question
        exchange = Exchange(comment, False)
        asker = None if comment.author_gone else comment.author
        _conversation(tree, exchange, comment, asker, consumed)
        exchanges.append(exchange)
    return exchanges


def _conversation(
    tree: _Tree, exchange: Exchange, root: Comment, asker: str | None, consumed: set[str]
) -> None:
    """Add, in order, the host answers and answered follow-ups under `root`."""
    question = exchange.question

    def visit(node: Comment, node_role: str) -> None:
        for reply in tree.replies(node):
            if tree.is_answer(reply):
                if node is question and not (exchange.from_hosts or exchange.missing):
                    has_main = any(s.role == "main" for s in exchange.said)
                    said = Said(reply, "supplement" if has_main else "main")
                elif node_role == "follow-up":
                    said = Said(reply, "reply")
                else:  # a host answering a host
                    said = Said(reply, "supplement", reply_to=node.author)
                exchange.said.append(said)
                visit(reply, said.role)
            elif (
                asker is not None
                and reply.author == asker
                and node_role != "follow-up"
                and node is not question
                and reply.id in tree.answered
            ):
                consumed.add(reply.id)
                exchange.said.append(Said(reply, "follow-up"))
                visit(reply, "follow-up")

    visit(root, "question")
