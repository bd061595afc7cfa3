"""`import --topics-from CORPUS`: the thread joins that corpus, each entry under the topic of
the entry it matches best, the two entries linked both ways.

The match is the cosine of the two entries' word sets weighted by rarity (idf over the
other corpus), through an inverted index so a big corpus costs no more than its postings.
The result is the other corpus (its sources, speakers, topics and entries unchanged) plus
the thread: its source, its speakers (a host whose handle the corpus already has is that
speaker, with the name the corpus gives it), and its entries, placed after the existing
ones of the matched topic. Each match is a `see_also` link on both entries, so the pane of
the digest's paraphrase shows the verbatim answer and the other way round. Only a real match
links (`THRESHOLD`, `MIN_SHARED`), and never to an entry 'From the hosts' (another thread's
post or host comment). Entries that match nothing are 'Not in ...'; the hosts' own comments
that match nothing 'From the hosts', and a post whose poster is no host 'The post', each the
thread's own topic (named after the thread when the corpus has a topic of that title already).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from corpus.importer.build import FROM_HOSTS, FROM_HOSTS_ZH
from corpus.importer.topics import THE_POST, THE_POST_ZH, words

if TYPE_CHECKING:
    from corpus.model import Corpus, Entry

THRESHOLD = 0.3
"""Below this cosine an entry matches nothing. Measured (the built-in corpus, the fixture
thread, and real threads imported into one another): reworded questions score 0.34-0.96;
unrelated ones up to 0.48, but only where a short entry shares one or two words with them."""
NOT_IN = "Not in "
"""How the English title of the topic of the entries that match nothing starts ('Not in
the built-in corpus', 'Not in lumen.json'): a leftover topic titled so is this one."""
MIN_SHARED = 4
"""A match shares at least this many distinct words: reworded questions share 5-32,
unrelated ones with a cosine over 0.2 one to five (and then score under 0.25)."""


def _entry_words(entry: Entry) -> set[str]:
    parts: list[str] = entry.question.all_texts() + list(entry.tags)
    for answer in entry.answers:
        parts += answer.text.all_texts()
    return words(" ".join(parts))


def best_matches(texts: Sequence[str], theirs: Sequence[Entry]) -> list[tuple[int, float] | None]:
    """For each text, the index of the entry it matches best and the cosine, or None when
    none is a real match (`THRESHOLD`, `MIN_SHARED`). An entry 'From the hosts' (another
    thread's post or a host's own comment) asks no question: nothing matches it."""
    bags = [set() if e.from_hosts else _entry_words(e) for e in theirs]
    postings: dict[str, list[int]] = defaultdict(list)
    for j, bag in enumerate(bags):
        for word in bag:
            postings[word].append(j)
    idf = {w: math.log((len(theirs) + 1) / (len(p) + 0.5)) for w, p in postings.items()}
    norms = [math.sqrt(sum(idf[w] ** 2 for w in bag)) or 1.0 for bag in bags]
    found: list[tuple[int, float] | None] = []
    for text in texts:
        mine = words(text) & postings.keys()
        scores: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        for word in mine:
            for j in postings[word]:
                scores[j] += idf[word] ** 2
                shared[j] += 1
        norm = math.sqrt(sum(idf[w] ** 2 for w in mine)) or 1.0
        cosine = {j: scores[j] / (norm * norms[j]) for j in scores if shared[j] >= MIN_SHARED}
        best = max(cosine, key=lambda j: (cosine[j], -j), default=None)
        found.append((best, cosine[best]) if best is not None and cosine[best] >= THRESHOLD else None)
    return found


def merge_into(
    other: Corpus,
    name: str,
    source: dict[str, Any],
    speakers: list[dict[str, Any]],
    entries: list[dict[str, Any]],
    texts: Sequence[str],
    poster_hosts: bool = True,
) -> tuple[dict[str, Any], int]:
    """The other corpus's data with the thread added and linked; and how many entries matched.

    `poster_hosts`: the poster is one of the hosts. When not (--host leaving them out, or a
    post whose author field names no one), the post is no host's words: it opens the
    thread's own topics in one of its own, 'The post', as `auto_topics` puts it."""
    base = other.model_dump(mode="json")
    _count_per_source(base)
    taken_sources = {s["id"] for s in base["sources"]}
    if source["id"] in taken_sources:
        _rename_source(source, entries, taken_sources)
    base["sources"].append(source)
    _join_speakers(base, speakers, entries)
    taken = {e["id"] for t in base["topics"] for e in t["entries"]}
    for entry in entries:
        if entry["id"] in taken:
            entry["id"] = _free(f"{entry['id']}-thread", taken)
        taken.add(entry["id"])
    theirs = list(other.entries())
    by_id = {e["id"]: (t, e) for t in base["topics"] for e in t["entries"]}
    rest: list[dict[str, Any]] = []
    hosts: list[dict[str, Any]] = []
    matched = 0
    for entry, match in zip(entries, best_matches(texts, theirs), strict=True):
        if match is None:
            (hosts if entry.get("from_hosts") else rest).append(entry)
            continue
        topic, existing = by_id[theirs[match[0]].id]
        entry["see_also"] = [existing["id"]]
        existing["see_also"] = list(dict.fromkeys([*existing.get("see_also", []), entry["id"]]))
        topic["entries"].append(entry)
        matched += 1
    post = [e for e in hosts if e.get("post") and not poster_hosts]
    not_in = (
        {"en": NOT_IN + "the built-in corpus", "zh": "不在内置语料库中"}
        if name == "builtin"
        else {"en": f"{NOT_IN}{name}", "zh": f"不在 {name} 中"}
    )
    for title, group, kind in (
        ({"en": THE_POST, "zh": THE_POST_ZH}, post, "post"),
        (not_in, rest, "leftover"),
        ({"en": FROM_HOSTS, "zh": FROM_HOSTS_ZH}, [e for e in hosts if e not in post], "hosts"),
    ):
        if group:
            _add_topic(base, title, group, kind, source["title"])
    return base, matched


def _add_topic(base: dict[str, Any], title: dict[str, str], group: list[dict[str, Any]], kind: str, thread: str) -> None:
    """Add one of the thread's own topics to the corpus's data, titled after the thread when
    the corpus has a topic of that title already. `kind`: 'post' (made by no grouping: not
    automatic, so titled in both languages), 'leftover' or 'hosts'."""
    if title["en"] in {t["title"].get("en") for t in base["topics"]}:  # another thread's topic
        title = {lang: f"{text} ({thread})" if lang == "en" else f"{text}（{thread}）" for lang, text in title.items()}
    slug = "-".join(re.findall(r"[a-z0-9]+", title["en"].lower())) or "other"
    topic_id = _free(slug, {t["id"] for t in base["topics"]})
    base["topics"].append(
        {
            "id": topic_id,
            "title": {**title, "original": "en", "written_by": "project"},
            "entries": group,
            **({} if kind == "post" else {"automatic": True}),
            **({"leftover": True} if kind == "leftover" else {}),
        }
    )


def _count_per_source(base: dict[str, Any]) -> None:
    """A corpus imported by an earlier version counts the comments not loaded once for the
    whole corpus: with its one source, that is the source's count and moves there (the
    thread joining it has its own); over several sources it stays, one count for them."""
    count = base.get("comments_not_loaded")
    if count is not None and len(base["sources"]) == 1:
        base["sources"][0].setdefault("comments_not_loaded", count)
        del base["comments_not_loaded"]


def _free(wanted: str, taken: set[str]) -> str:
    found, n = wanted, 1
    while found in taken:
        n += 1
        found = f"{wanted}-{n}"
    return found


def _rename_source(source: dict[str, Any], entries: list[dict[str, Any]], taken: set[str]) -> None:
    old, new = source["id"], _free(source["id"], taken)
    source["id"] = new
    for entry in entries:
        entry["question_source"] = new
        entry["sources"] = [new if s == old else s for s in entry["sources"]]
        for answer in entry["answers"]:
            answer["source"] = new


def _join_speakers(base: dict[str, Any], speakers: list[dict[str, Any]], entries: list[dict[str, Any]]) -> None:
    """Add the thread's speakers; a handle the corpus already has keeps the corpus's speaker."""
    known = {s["handle"].lower(): s["id"] for s in base["speakers"] if s.get("handle")}
    taken = {s["id"] for s in base["speakers"]}
    renamed: dict[str, str] = {}
    for speaker in speakers:
        handle = speaker.get("handle")  # none: a poster whose author field names no account
        same = known.get(handle.lower()) if handle else None
        if same is not None:
            renamed[speaker["id"]] = same
            continue
        new = _free(speaker["id"], taken)
        taken.add(new)
        renamed[speaker["id"]] = new
        base["speakers"].append({**speaker, "id": new})
    for entry in entries:
        if entry.get("asker"):
            entry["asker"] = renamed[entry["asker"]]
        for answer in entry["answers"]:
            answer["speaker"] = renamed[answer["speaker"]]
            if answer.get("reply_to"):
                answer["reply_to"] = renamed[answer["reply_to"]]
