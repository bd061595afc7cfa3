"""Every link of an entry, for the link picker (`o`): source URLs and links its answers
mention, then the entries it sees also.

No Textual import. Each URL once, in the order the pane shows them: the sources, the
entry's links, then URLs written inside the question or an answer's text; then each
"see also" entry (choosing one opens it). Each gets a key: `1`-`9`, then letters.
Each comment is named for what it is, in the pane's words (`role_label`: a follow-up
question, the host's own comment ...), and an imported comment's URLs are those its
Markdown links to or writes as text, as the pane renders it (none from code).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.citation.facts import role_label
from corpus.model import Answer, Corpus, Entry
from corpus.outline import is_imported
from tui.pane_content import shown_question
from tui.reddit_markdown import link_pieces
from tui.ui_text import ui_lang, words
from tui.wrap import BREAK_BEFORE, may_break_between

if TYPE_CHECKING:
    from corpus.outline import Outline

KEYS = "123456789abcdefhilmnopqrstuvwxyz"
"""The key that picks each link, in order (g, j and k move in the list, as in the tree)."""

_URL = re.compile(r"https?://[^\s<>\[\]\"'`）】」』，。；、]+")
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
    """The http(s) URLs written in a text, without trailing punctuation: a closing
    parenthesis stays only when it closes one of the URL's own (`…/A_(b)`)."""
    found = []
    for match in _URL.finditer(text):
        url = match[0]
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and url.count("(") >= url.count(")")):
            url = url[:-1]
        found.append(url)
    return found


def markdown_urls(source: str) -> list[str]:
    """The http(s) URLs of a Reddit comment as the pane renders it: each link's target
    exactly, and URLs written in its text; none from code."""
    found: list[str] = []
    for piece, target in link_pieces(source):
        if target:
            found += [piece] if _URL.match(piece) else []
        else:
            found += urls_in(piece)
    return found


def _said(corpus: Corpus, entry: Entry, answer: Answer, lang: str) -> tuple[str, str]:
    """What an answer's permalink and the URLs in its text are labelled: what the comment
    is in the pane's words ('Follow-up question by u/asker'), not 'answer' for every one."""
    ui = ui_lang(lang)
    role = role_label(entry, answer, ui)
    handle = corpus.speaker(answer.speaker).display_handle
    inside = role
    if ui == "en":  # 'In the main answer by …', 'In the host's own comment by …'
        inside = role.removeprefix("The ")
        inside = inside[:1].lower() + inside[1:]
    return words(lang, "link_comment", role=role, handle=handle), words(lang, "link_in_comment", role=inside, handle=handle)


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
    said = [_said(corpus, entry, answer, lang) for answer in entry.answers]
    pairs += [(on_reddit, a.permalink) for a, (on_reddit, _) in zip(entry.answers, said) if a.permalink]
    # a host's own comment: its heading is its first line, no question
    heading = said[0][1] if entry.from_hosts and said else words(lang, "link_in_question")
    texts = [(heading, entry.question, is_imported(entry))]
    texts += [(inside, a.text, bool(a.permalink)) for a, (_, inside) in zip(entry.answers, said)]
    for where, text, rendered in texts:  # (an imported comment is Markdown, as the pane renders it)
        for one in text.all_texts():
            pairs += [(where, url) for url in (markdown_urls(one) if rendered else urls_in(one))]
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


def url_lines(url: str, width: int) -> list[str]:
    """`url` in lines of at most `width` cells, each ending where `may_break_between` lets
    it: at a part's end (after a `/`, before `?`, `#` or `&`) when the next part fits the next
    line whole, else in a part too wide (after `-`, `_`, `=`); a run with none of them is cut
    at the width. Every character kept, in order, read whole."""
    from rich.cells import cell_len

    if width < 1:
        return [url]
    lines = [""]
    for piece in _url_pieces(url, width):
        if lines[-1] and cell_len(lines[-1] + piece) > width:
            lines.append("")
        lines[-1] += piece
    return lines


def url_piece_width(url: str) -> int:
    """The widest piece of `url` between any two of its separators: its lines are no
    narrower than this unless a piece is cut (the width a URL's column needs at least)."""
    from rich.cells import cell_len

    return max((cell_len(piece) for piece in _split(url, parts=False)), default=0)


def _split(text: str, parts: bool) -> list[str]:
    """`text` cut wherever a line may end in it (`may_break_between`); `parts`: only where
    a URL's parts meet (after a `/`, before `?`, `#` or `&`)."""
    cuts = [
        i
        for i in range(1, len(text))
        if may_break_between(text[i - 1], text[i]) and (not parts or text[i - 1] == "/" or text[i] in BREAK_BEFORE)
    ]
    edges = [0, *cuts, len(text)]
    return [text[start:end] for start, end in zip(edges, edges[1:])]


def _url_pieces(url: str, width: int) -> list[str]:
    """`url` cut at its separators into pieces of at most `width` cells (`url_lines`)."""
    from rich.cells import cell_len, chop_cells

    pieces: list[str] = []
    for part in _split(url, parts=True):
        for piece in [part] if cell_len(part) <= width else _split(part, parts=False):
            pieces += [piece] if cell_len(piece) <= width else chop_cells(piece, width)
    return pieces
