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
    from_hosts: bool
    said: list[Said] = field(default_factory=list)


class _Tree:
    def __init__(self, thread: Thread, hosts: list[Host]) -> None:
        self.hosts = {host.handle.lower(): host for host in hosts}
        self.children: dict[str, list[Comment]] = defaultdict(list)
        for comment in thread.comments:
            self.children[comment.parent].append(comment)
        for replies in self.children.values():
            replies.sort(key=lambda c: (c.created or 0.0, c.order))
        loaded = {f"t1_{c.id}" for c in thread.comments}
        self.roots = [c for c in thread.comments if c.parent not in loaded]
        self.answers = {id(c) for c in thread.comments if self._answers(c)}

    def replies(self, comment: Comment) -> list[Comment]:
        return self.children.get(f"t1_{comment.id}", [])

    def host_of(self, comment: Comment) -> Host | None:
        return self.hosts.get(comment.author.lower())

    def _answers(self, comment: Comment) -> bool:
        host = self.host_of(comment)
        return host is not None and not comment.deleted and answers_of(host, comment)

    def is_answer(self, comment: Comment) -> bool:
        """A host's comment that counts as an answer (not deleted, not moderation)."""
        return id(comment) in self.answers


def build_exchanges(thread: Thread, hosts: list[Host]) -> list[Exchange]:
    """Every entry of the thread, in reading order (the files' order of their questions)."""
    tree = _Tree(thread, hosts)
    exchanges: list[Exchange] = []
    consumed: set[str] = set()
    stack = list(reversed(tree.roots))
    while stack:  # pre-order, so a question comes before any follow-up inside it
        comment = stack.pop()
        stack.extend(reversed(tree.replies(comment)))
        if comment.id in consumed:
            continue
        if tree.is_answer(comment):
            if comment.parent.startswith("t3_"):
                exchange = Exchange(comment, True, [Said(comment, "main")])
                _conversation(tree, exchange, comment, None, consumed)
                exchanges.append(exchange)
            continue
        if tree.host_of(comment) is not None:
            continue  # a host's moderation, not a question
        if not any(tree.is_answer(r) for r in tree.replies(comment)):
            continue
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
                if node is question and not exchange.from_hosts:
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
                and any(tree.is_answer(r) for r in tree.replies(reply))
            ):
                consumed.add(reply.id)
                exchange.said.append(Said(reply, "follow-up"))
                visit(reply, "follow-up")

    visit(root, "question")
