"""The rows `kimi-ama-tui search` prints, one per match: score, id, topic, question and
speakers, as aligned lines or a JSON array.

Made from the index alone, and from its question texts only (an index read lazily from
its cache reads no answer for them). What many rows share (a topic, where a layout keeps
the question, its speakers, a score's digits) is worked out once: the 100k-entry corpus
prints ~30,000 rows for a common word. Everything is cleaned again: an index read from a
cache is untrusted, and this goes to a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from corpus.text import clean_text

if TYPE_CHECKING:
    from corpus.search import Match, SearchIndex

_Layout = tuple[list[str], list[str], str]
"""A layout's speakers' names and ids, the names joined."""
_Row = tuple[str, float, int, str, _Layout]
"""(entry id cleaned, score, topic number, question cleaned, the entry's layout's plan)."""


class SearchRows:
    """Rows of one search's matches in one language (`zh`, `en` or `both`)."""

    def __init__(self, index: SearchIndex, lang: str, relaxed: bool) -> None:
        self.index, self.lang, self.relaxed = index, lang, relaxed
        self._positions = index.positions()
        self._topics: dict[int, tuple[str, str]] = {}
        self._layouts: dict[int, _Layout] = {}

    def rows(self, matches: Iterable[Match]) -> list[_Row]:
        """The rows of these matches (reads their entries' questions)."""
        index, lang = self.index, self.lang
        positions, layouts, topics = self._positions, index.entry_layout, index.entry_topics
        found = [(match, positions[match.entry_id]) for match in matches]
        out: list[_Row] = []
        for (match, i), (zh, en) in zip(found, index.question_pairs([i for _, i in found])):
            plan = self._layouts.get(layouts[i]) or self._plan(layouts[i])
            if lang == "both":
                question = " / ".join(text for text in (zh, en) if text)
            else:
                question = (zh or en) if lang == "zh" else (en or zh)
            question = question.replace("\n", " ")
            entry_id = match.entry_id
            out.append((
                entry_id if entry_id.isprintable() else clean_text(entry_id), match.score, topics[i],
                question if question.isprintable() else clean_text(question), plan,
            ))  # fmt: skip
        return out

    def text(self, rows: list[_Row]) -> str:
        """The rows as aligned lines: score, id, topic, question (speakers). Every id is
        whole (an imported thread's run to ~60 characters: the columns after them moved
        from row to row past 40); a topic id longer than `TOPIC_WIDTH` is cut with '…'."""
        width = max((len(row[0]) for row in rows), default=0)
        topics = {row[2] for row in rows}
        topic_width = min(TOPIC_WIDTH, max((len(self._topic(t)[0]) for t in topics), default=0))
        padded = {t: _cut(self._topic(t)[0], topic_width).ljust(topic_width) for t in topics}
        scores: dict[float, str] = {}
        lines = []
        for entry_id, score, topic, question, plan in rows:
            digits = scores.get(score)
            if digits is None:
                digits = scores[score] = f"{score:5g}"
            lines.append(f"{digits}  {entry_id.ljust(width)}  {padded[topic]}  {question}  ({plan[2]})\n")
        return "".join(lines)

    def json(self, rows: list[_Row]) -> str:
        """The rows as a JSON array of objects, best first."""
        out: list[dict[str, Any]] = []
        for entry_id, score, topic, question, plan in rows:
            topic_id, title = self._topic(topic)
            out.append({
                "id": entry_id, "topic": topic_id, "topic_title": title, "question": question, "score": score,
                "speakers": plan[0], "speaker_ids": plan[1], "relaxed": self.relaxed,
            })  # fmt: skip
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"

    def _plan(self, layout_id: int) -> _Layout:
        """A layout's speakers (names in the shown language, ids), cleaned."""
        index = self.index
        speakers = list(dict.fromkeys(k.split(".")[1] for k, _ in index.layouts[layout_id] if k.startswith("speaker.")))
        names = [_clean(_speaker_name(index, sid, self.lang)) for sid in speakers]
        found = self._layouts[layout_id] = (names, [_clean(sid) for sid in speakers], ", ".join(names))
        return found

    def _topic(self, number: int) -> tuple[str, str]:
        """A topic's id and its title in the shown language, cleaned."""
        found = self._topics.get(number)
        if found is None:
            topic = self.index.topics[number]
            title = topic[1 if self.lang == "zh" else 2] or topic[1] or topic[2] or ""
            found = self._topics[number] = (_clean(topic[0]), _clean(title))
        return found


def _clean(text: str) -> str:
    """`clean_text`, skipped for the usual text that holds nothing it would change (no
    control, format, line-separator or surrogate character: all are unprintable)."""
    return text if text.isprintable() else clean_text(text)


def _speaker_name(index: SearchIndex, speaker_id: str, lang: str) -> str:
    handle, zh, en = index.speakers[speaker_id]
    if handle:
        return f"u/{handle}"
    return (zh if lang == "zh" else en) or zh or en or speaker_id


TOPIC_WIDTH = 24
"""Characters of the topic column in `search`'s lines."""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
