"""Grouping imported entries into topics: automatic, flat, or after an existing corpus.

Automatic: at most 12 groups of related questions. The most widespread distinctive word
(in 2 or more questions, in no more than 40% of them) opens a group of every question
holding it, then the next among the rest, and so on; each group is titled by the words
most particular to it, and marked automatic. What is left is 'Other questions'; the
hosts' own comments are 'From the hosts', with the post when its poster is a host (else
the post is 'The post').
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from corpus.importer.build import FROM_HOSTS, FROM_HOSTS_ZH

MAX_TOPICS = 12
THE_POST = "The post"
"""The topic of the thread's post when its poster is no host (--host leaving them out)."""
THE_POST_ZH = "帖子"
"""`THE_POST` in Chinese."""
OTHER_QUESTIONS = {"en": "Other questions", "zh": "其他问题"}
"""The automatic topic of the questions no group took."""
QUESTIONS = {"en": "Questions", "zh": "问题"}
"""The one topic of the questions when no group formed."""
_TOKEN = re.compile(r"[a-z][a-z0-9+.#-]*[a-z0-9+#]|[a-z]|\d+[a-z]+[a-z0-9]*|[\u3400-\u9fff]{2}")

STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    below between both but by can could did do does doing done don down during each else even
    ever every few for from further get got had has have having he her here hers him his how
    i if in into is it its itself just know let like ll make many may me might more most much
    must my need no nor not now of off on once one only or other our ours out over own please
    re really same see she should so some still such than thank thanks that the their them
    then there these they thing things think this those though through to too under until up
    us use used using ve very want was way we well were what when where which while who whom
    why will with would yes yet you your yours guys team ama question questions answer hi hey
    lot great love s t d m going any anything something deleted removed edit
    first last time times went go goes come came new good best better right back say said
    says take took look day days year years people ok okay oh yeah sure actually maybe
    probably always never often today tomorrow yesterday bit kind sort put give gave tell
    told try tried ask asked""".split()
)
"""Words too common in any thread to name a topic (a real thread's groups were titled
"first", "time", "went" and "oh")."""


_ADDRESS = re.compile(r"(?:https?://|www\.)\S*|\S+\.(?:com|org|net|io|ai|co|be|ly)\b\S*|\S+@\S+", re.IGNORECASE)
"""A URL, a bare domain or an email address: no topic is named after a link (a real
thread's group was titled 'imgur.com · http')."""


def words(text: str) -> set[str]:
    """The distinct meaningful words of a text (links left out), lower-cased, a plural as
    its singular."""
    return {
        w[:-1] if len(w) > 4 and w[-1] == "s" and w[-2] not in "su'" and "." not in w else w
        for w in _TOKEN.findall(_ADDRESS.sub(" ", text).lower())
        if w not in STOPWORDS and len(w) > 1
    }


def auto_topics(
    entries: Sequence[dict[str, Any]], texts: Sequence[str], poster_hosts: bool = True
) -> list[dict[str, Any]]:
    """At most 12 automatic topics over `entries` (`texts[i]` is what entry i is about).

    `poster_hosts`: the poster is one of the hosts. When not (--host leaving them out),
    the post is no host's words: it opens the thread in a topic of its own, 'The post'."""
    post = [e for e in entries if e.get("post") and not poster_hosts]
    hosts = [e for e in entries if e.get("from_hosts") and not (post and e is post[0])]
    asked = [i for i, e in enumerate(entries) if not e.get("from_hosts")]
    bags = {i: words(texts[i]) for i in asked}
    df: Counter[str] = Counter(w for i in asked for w in bags[i])
    budget = MAX_TOPICS - (1 if hosts else 0) - 1
    upper = max(2, int(len(asked) * 0.4))
    groups: list[tuple[str, list[int]]] = []
    rest = set(asked)
    counts = Counter(df)  # how many of the questions left hold each word
    while rest and len(groups) < budget:
        candidates = [(n, w) for w, n in counts.items() if 2 <= n <= upper]
        if not candidates:
            break
        n, word = max(candidates, key=lambda c: (c[0], -df[c[1]], c[1]))
        members = sorted(i for i in rest if word in bags[i])
        groups.append((word, members))
        rest -= set(members)
        for i in members:
            counts.subtract(bags[i])
    topics = [
        _topic(_title(word, members, bags, df, len(asked)), [entries[i] for i in members])
        for word, members in groups
    ]
    if rest:
        title = OTHER_QUESTIONS if groups else QUESTIONS
        topics.append({**_topic(title["en"], [entries[i] for i in sorted(rest)], title["zh"]), "leftover": True})
    if hosts:
        topics.append(_topic(FROM_HOSTS, hosts, FROM_HOSTS_ZH))
    if post:  # made by no grouping: not automatic, and so titled in both languages
        both = {"en": THE_POST, "zh": THE_POST_ZH, "original": "en", "written_by": "project"}
        topics.insert(0, {"id": "the-post", "title": both, "entries": post})
    return _unique_ids(topics)


def _title(
    word: str, members: list[int], bags: dict[int, set[str]], df: Counter[str], total: int
) -> str:
    """The group's word, then up to two more words particular to it (tf-idf within the group)."""
    inside: Counter[str] = Counter(w for i in members for w in bags[i])
    scored = sorted(
        (
            (n * math.log((total + 1) / (df[w] + 1)), w)
            for w, n in inside.items()
            if w != word and n >= 2
        ),
        reverse=True,
    )
    return " · ".join([word] + [w for _, w in scored[:2]])


def flat_topic(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every entry in one topic, in reading order."""
    title = {"en": "All questions", "zh": "全部问题", "original": "en", "written_by": "project"}
    return [{"id": "all-questions", "title": title, "entries": list(entries)}]


def _topic(title: str, entries: list[dict[str, Any]], zh: str = "") -> dict[str, Any]:
    """An automatic topic titled `title` (the thread's words, or this project's with its
    Chinese `zh`)."""
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())) or "topic"
    lang = "zh" if re.search(r"[\u3400-\u9fff]", title) else "en"
    return {
        "id": slug,
        "title": {lang: title, **({"zh": zh} if zh else {}), "original": lang, "written_by": "project"},
        "entries": entries,
        "automatic": True,
    }


def _unique_ids(topics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    for n, topic in enumerate(topics, 1):
        if topic["id"] in seen:
            topic["id"] = f"{topic['id']}-{n}"
        seen.add(topic["id"])
    return topics
