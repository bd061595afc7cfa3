"""Every link of an entry, for the link picker (`o`): source URLs and links its answers
mention, then the entries it sees also.

No Textual import. Each URL once, in the order the pane shows them: the sources, the
entry's links, then URLs written inside the question or an answer's text; then each
"see also" entry (choosing one opens it). Each gets a key: `1`-`9`, then letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.model import Corpus, Entry
from tui.pane_content import shown_question
from tui.ui_text import words

if TYPE_CHECKING:
    from corpus.outline import Outline

KEYS = "123456789abcdefhilmnopqrstuvwxyz"
"""The key that picks each link, in order (g, j and k move in the list, as in the tree)."""

_URL = re.compile(r"https?://[^\s<>\"'）】」』，。；、]+")
_TRAILING = ".,;:!?)]}'\""


@dataclass(frozen=True)
class LinkChoice:
    """One URL, what it is, and the key that picks it."""

    key: str
    label: str
    url: str
    entry: str | None = None
    """A "see also" entry's id (its `url` empty): choosing it opens the entry."""


def urls_in(text: str) -> list[str]:
    """The http(s) URLs written in a text, without trailing punctuation."""
    found = []
    for match in _URL.finditer(text):
        url = match[0]
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
            url = url[:-1]
        found.append(url)
    return found


def entry_links(corpus: Corpus, entry: Entry, outline: Outline, lang: str = "en") -> list[LinkChoice]:
    """Every URL of the entry, each once, keyed `1`-`9` then letters (at most 32); then
    its "see also" entries, their questions as the tree shows them, in the reading
    language `lang`."""
    pairs: list[tuple[str, str]] = []
    for source_id in entry.sources:
        source = corpus.source(source_id)
        if source.url:
            pairs.append((words(lang, "link_source", title=source.title), source.url))
    for link in entry.links:
        if link.url:
            pairs.append((link.label, link.url))
    if entry.question_permalink:
        pairs.append((words(lang, "link_question"), entry.question_permalink))
    for answer in entry.answers:
        if answer.permalink:
            speaker = corpus.speaker(answer.speaker)
            pairs.append((words(lang, "link_answer", handle=speaker.display_handle), answer.permalink))
    speaker_texts = [(words(lang, "link_in_question"), entry.question.all_texts())] + [
        (words(lang, "link_in_answer", handle=corpus.speaker(a.speaker).display_handle), a.text.all_texts())
        for a in entry.answers
    ]
    for where, texts in speaker_texts:
        for text in texts:
            pairs += [(where, url) for url in urls_in(text)]
    seen: set[str] = set()
    choices: list[LinkChoice] = []
    for label, url in pairs:
        if url in seen or len(choices) == len(KEYS):
            continue
        seen.add(url)
        choices.append(LinkChoice(KEYS[len(choices)], label, url))
    label_lang = "en" if lang == "en" else "zh"
    for other_id in entry.see_also[: len(KEYS) - len(choices)]:
        question = shown_question(outline.entry(other_id), label_lang)
        choices.append(LinkChoice(KEYS[len(choices)], words(lang, "link_see_also", question=question or other_id), "", other_id))
    return choices
