"""`import --topics-from CORPUS`: each imported entry under the topic of the entry it matches best.

The match is the cosine of the two entries' word sets weighted by rarity (idf over the
other corpus), through an inverted index so a big corpus costs no more than its postings.
Every match is recorded on the imported entry (`Entry.matches`) with the other corpus's
question and main answer and what that wording is, so the reader shows the verbatim
answer and, for instance, the digest's paraphrase of it side by side.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from corpus.importer.build import FROM_HOSTS
from corpus.importer.topics import words

if TYPE_CHECKING:
    from corpus.model import Corpus, Entry, LocalizedText

THRESHOLD = 0.18
"""Below this cosine an entry matches nothing (measured on the fixtures: unrelated
questions score under 0.1, reworded ones over 0.3)."""


def _entry_words(entry: Entry) -> set[str]:
    parts: list[str] = entry.question.all_texts() + list(entry.tags)
    for answer in entry.answers:
        parts += answer.text.all_texts()
    return words(" ".join(parts))


def _plain(text: LocalizedText) -> dict[str, Any]:
    return text.model_dump(mode="json", exclude_none=True)


def topics_after(
    entries: Sequence[dict[str, Any]], texts: Sequence[str], other: Corpus, name: str
) -> tuple[list[dict[str, Any]], int]:
    """Topics in `other`'s order holding the matched entries, then the rest; and how many matched."""
    from corpus.citation import wording

    theirs = list(other.entries())
    bags = [_entry_words(e) for e in theirs]
    postings: dict[str, list[int]] = defaultdict(list)
    for j, bag in enumerate(bags):
        for word in bag:
            postings[word].append(j)
    idf = {w: math.log((len(theirs) + 1) / (len(p) + 0.5)) for w, p in postings.items()}
    norms = [math.sqrt(sum(idf[w] ** 2 for w in bag)) or 1.0 for bag in bags]
    placed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rest: list[dict[str, Any]] = []
    hosts: list[dict[str, Any]] = []
    matched = 0
    for entry, text in zip(entries, texts, strict=True):
        mine = words(text) & postings.keys()
        scores: dict[int, float] = defaultdict(float)
        for word in mine:
            for j in postings[word]:
                scores[j] += idf[word] ** 2
        norm = math.sqrt(sum(idf[w] ** 2 for w in mine)) or 1.0
        best = max(scores, key=lambda j: (scores[j] / (norm * norms[j]), -j), default=None)
        cosine = scores[best] / (norm * norms[best]) if best is not None else 0.0
        if best is None or cosine < THRESHOLD:
            (hosts if entry.get("from_hosts") else rest).append(entry)
            continue
        found = theirs[best]
        main = found.answers[0]
        source = other.source(main.source)
        entry["matches"] = [
            {
                "corpus": name,
                "entry": found.id,
                "question": _plain(found.question),
                "answer": _plain(main.text),
                "source": wording(source, main.text, main.text.original, "en").rstrip("."),
                "score": min(100, round(cosine * 100)),
            }
        ]
        placed[other.topic_of(found.id).id].append(entry)
        matched += 1
    topics: list[dict[str, Any]] = [
        {"id": t.id, "title": _plain(t.title), "entries": placed[t.id]}
        for t in other.topics
        if placed[t.id]
    ]
    taken = {t["id"] for t in topics}
    other_name = "the built-in corpus" if name == "builtin" else name
    for title, group in ((f"Not in {other_name}", rest), (FROM_HOSTS, hosts)):
        if group:
            slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())) or "other"
            topic_id = slug if slug not in taken else f"{slug}-imported"
            topics.append(
                {
                    "id": topic_id,
                    "title": {"en": title, "original": "en", "written_by": "project"},
                    "entries": group,
                    "automatic": True,
                }
            )
    return topics, matched
