"""Why an entry matches when the match is in text the pane does not show.

A filter matches tags, speakers' names and both languages of every text, whatever the
reading language; an entry listed for a match the pane cannot show would look listed for
no reason. These lines show what matched: the tag, the speaker, or the other language's
text around the match, highlighted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text

from corpus.model import Corpus, Entry, LocalizedText
from tui.ui_text import words

Spans = Mapping[str, Sequence[tuple[int, int]]]

CONTEXT = 40
"""Characters of context kept each side of a match in another language's text."""


def _shown_langs(lang: str) -> set[str]:
    return {"zh", "en"} if lang == "both" else {lang}


def _localized(entry: Entry, field: str) -> LocalizedText | None:
    """The LocalizedText a span key's field names (`question`, `answers.0`, `also_asked.1`...)."""
    head, _, rest = field.partition(".")
    if head == "question":
        return entry.question
    index = int(rest) if rest.isdigit() else -1
    items = {"answers": entry.answers, "also_asked": entry.also_asked, "highlights": entry.highlights}.get(head)
    if items is None or not 0 <= index < len(items):
        return None
    return items[index].text


def _excerpt(text: str, spans: Sequence[tuple[int, int]], style: object) -> Text:
    start, end = spans[0]
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    out = Text("…" if left else "")
    piece = Text(text[left:right].replace("\n", " "))
    for s, e in spans:
        if s >= left and e <= right:
            piece.stylize(style, s - left, e - left)  # type: ignore[arg-type]
    out.append_text(piece)
    if right < len(text):
        out.append("…")
    return out


def _visible(key: str, shown: set[str]) -> bool:
    """Whether the pane shows the field a span key names, highlighted."""
    if key.startswith(("speaker.", "topic.")):
        return True
    if key.startswith("tags."):
        return False
    return key.rpartition(".")[2] in shown


def hidden_match_blocks(corpus: Corpus, entry: Entry, lang: str, spans: Spans, styles: object) -> list[Text]:
    """Lines saying what matched where the pane would not show it; none if all is shown."""
    match_style = getattr(styles, "match")
    dim = getattr(styles, "dim")
    shown = _shown_langs(lang)
    if any(where and _visible(key, shown) for key, where in spans.items()):
        return []  # the user sees a highlighted match: nothing to explain
    lines: list[Text] = []
    for key, where in spans.items():
        if not where:
            continue
        field, _, suffix = key.rpartition(".")
        if key.startswith("tags."):
            index = int(key.split(".")[1])
            tag = Text(entry.tags[index])
            for s, e in where:
                tag.stylize(match_style, s, e)
            lines.append(Text.assemble((words(lang, "tag"), dim), tag))
        elif suffix in ("zh", "en") and suffix not in shown and not key.startswith("speaker."):
            localized = _localized(entry, field)
            if localized is None or localized.get(suffix) == localized.get(next(iter(shown))):  # type: ignore[arg-type]
                continue
            lines.append(Text.assemble((words(lang, f"{suffix}_text"), dim), _excerpt(localized.get(suffix), where, match_style)))  # type: ignore[arg-type]
    if not lines:
        return []
    return [Text(words(lang, "hidden_match"), dim), *lines, Text("")]
