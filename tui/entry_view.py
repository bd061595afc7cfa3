"""What the answer pane says about an entry, as styled text: question, answers, sources.

Attribution is exact: each answer names its speaker (handle and name), says whether it is
the main answer or a supplement, and says whose wording the text is, in the same words
as a citation (`corpus.citation.wording`): a paraphrase or a rendering is labelled as
such, never presented as the speaker's own words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from corpus.citation import ROLE_LABELS, source_name, wording
from corpus.model import Answer, Corpus, Entry, Lang, LocalizedText, Source

Spans = Mapping[str, Sequence[tuple[int, int]]]

MARK = {"main": "●", "supplement": "＋", "additional": "◦"}
LABELS = {
    "en": {
        "asked_by": "Asked by {who}",
        "also": "Also asked, as {name} words it:",
        "sums": "{name} sums it up: ",
        "sources": "Sources",
        "links": "Links mentioned",
        "no_url": "(no URL given)",
        "id": "Entry id: {id}",
        "via": ", via {site}",
        "original": "the original thread, in English; no text here is quoted from it",
        "paraphrase": "paraphrases (意译); not the speakers' own words",
        "translation": "translates into Chinese; mostly names no one",
    },
    "zh": {
        "asked_by": "提问者：{who}",
        "also": "{name}的问法：",
        "sums": "{name}的一句话概括：",
        "sources": "来源",
        "links": "提到的链接",
        "no_url": "（未给出网址）",
        "id": "条目 id：{id}",
        "via": "，{site} 转载",
        "original": "英文原帖；此处未直接引用其文字",
        "paraphrase": "意译，并非答者原话",
        "translation": "中文译文；多数回答未写明答者",
    },
}
"""The pane's own words, in the reading language."""


@dataclass(frozen=True)
class Styles:
    """Styles the view uses, taken from the theme by the widget."""

    heading: Style = Style(bold=True)
    speaker: Style = Style(bold=True)
    dim: Style = Style(dim=True)
    note: Style = Style(italic=True)
    match: Style = Style(reverse=True)
    link: Style = Style(underline=True)


def _field(text: LocalizedText, lang: Lang, key: str, spans: Spans, styles: Styles) -> Text:
    shown = lang if text.has(lang) else text.original
    out = Text(text.get(lang))
    for start, end in spans.get(f"{key}.{shown}", ()):
        out.stylize(styles.match, start, end)
    return out


def _langs(lang: str) -> tuple[Lang, ...]:
    if lang == "both":
        return ("zh", "en")
    return ("en",) if lang == "en" else ("zh",)


def _texts(text: LocalizedText, lang: str, key: str, spans: Spans, styles: Styles) -> Iterator[Text]:
    """The text in each shown language (once if a language is missing)."""
    shown: list[str] = []
    for one in _langs(lang):
        value = text.get(one)
        if value in shown:
            continue
        shown.append(value)
        yield _field(text, one, key, spans, styles)


def _answer_header(corpus: Corpus, answer: Answer, lang: Lang, styles: Styles) -> list[Text]:
    speaker = corpus.speaker(answer.speaker)
    source = corpus.source(answer.source)
    header = Text()
    header.append(f"{MARK[answer.role]} {ROLE_LABELS[lang][answer.role]}", styles.heading)
    header.append(" · ")
    header.append(speaker.display_handle if speaker.handle else speaker.name.get(lang), styles.speaker)
    if speaker.handle:
        header.append(f" · {speaker.name.get(lang)}")
    return [header, Text(wording(source, answer.text, lang, lang), styles.dim)]


def entry_blocks(
    corpus: Corpus, entry: Entry, lang: str, spans: Spans | None = None, styles: Styles | None = None
) -> list[Text]:
    """The pane's paragraphs for an entry, each wrapped separately by the pane."""
    spans = spans or {}
    styles = styles or Styles()
    first: Lang = _langs(lang)[0]
    topic = corpus.topic_of(entry.id)
    blocks: list[Text] = []
    blocks.append(Text.assemble(("Q  ", styles.heading), (topic.title.get(first), styles.dim), ("  ·  ", styles.dim), (entry.id, styles.dim)))
    for text in _texts(entry.question, lang, "question", spans, styles):
        blocks.append(Text.assemble(text, style=styles.heading))
    asked = corpus.source(entry.question_source)
    label = LABELS[first]
    blocks.append(Text(wording(asked, entry.question, first, first, asker=True), styles.dim))
    if entry.asked_by:
        blocks.append(Text(label["asked_by"].format(who=entry.asked_by.get(first)), styles.dim))
    for i, other in enumerate(entry.also_asked):
        source = corpus.source(other.source)
        blocks.append(Text(label["also"].format(name=source_name(source, first)), styles.dim))
        blocks.extend(_texts(other.text, lang, f"also_asked.{i}", spans, styles))
    for i, answer in enumerate(entry.answers):
        blocks.append(Text(""))
        blocks.extend(_answer_header(corpus, answer, first, styles))
        blocks.extend(_texts(answer.text, lang, f"answers.{i}", spans, styles))
        if answer.attribution:
            blocks.append(Text(answer.attribution.get(first), styles.note))
    if entry.highlights:
        blocks.append(Text(""))
        for highlight in entry.highlights:
            source = corpus.source(highlight.source)
            name = source_name(source, first)
            blocks.append(Text.assemble((label["sums"].format(name=name[:1].upper() + name[1:]), styles.dim), highlight.text.get(first)))
    blocks.append(Text(""))
    blocks.append(Text(label["sources"], styles.heading))
    for source_id in entry.sources:
        blocks.append(source_line(corpus.source(source_id), first, styles))
    if entry.links:
        blocks.append(Text(label["links"], styles.heading))
        for link in entry.links:
            line = Text("• ")
            line.append(link.label)
            if link.url:
                line.append("  ")
                line.append(link.url, styles.link + Style(link=link.url))
            else:
                line.append(f"  {label['no_url']}", styles.dim)
            blocks.append(line)
    blocks.append(Text(label["id"].format(id=entry.id), styles.dim))
    return blocks


def source_line(source: Source, lang: Lang, styles: Styles) -> Text:
    """One source: title, publisher, what its text is, and its URL as a hyperlink."""
    label = LABELS[lang]
    line = Text("• ")
    line.append(source.title)
    publisher = source.publisher + (label["via"].format(site=source.carried_by) if source.carried_by else "")
    line.append(f" — {publisher} ({label[source.wording]})", styles.dim)
    if source.url:
        line.append("  ")
        line.append(source.url, styles.link + Style(link=source.url))
    return line
