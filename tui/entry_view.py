"""What the answer pane says about an entry, as styled text: question, answers, sources.

Attribution is exact: each answer names its speaker (handle and name), says whether it is
the main answer or a supplement, and says whose wording the text is; a paraphrase or a
rendering is labelled as such, never presented as the speaker's own words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from corpus.model import Answer, Corpus, Entry, Lang, LocalizedText, Source

Spans = Mapping[str, Sequence[tuple[int, int]]]

ROLE_MARK = {"main": "● main answer", "supplement": "＋ supplement (补充)", "additional": "◦ further answer"}
NOT_OWN_WORDS = "not the speaker's own words"
SOURCE_WORDING = {
    "original": "the original thread, in English; no text here is quoted from it",
    "paraphrase": "paraphrases (意译); not the speakers' own words",
    "translation": "translates into Chinese; mostly names no one",
}


def source_name(source: Source) -> str:
    """A short name for a source: 'the digest', 'the article (硅星人)'."""
    if source.kind == "article":
        return f"the {source.publisher} article"
    return "the Reddit thread" if source.kind == "reddit-thread" else "the digest"


@dataclass(frozen=True)
class Styles:
    """Styles the view uses, taken from the theme by the widget."""

    heading: Style = Style(bold=True)
    speaker: Style = Style(bold=True)
    dim: Style = Style(dim=True)
    note: Style = Style(italic=True)
    match: Style = Style(reverse=True)
    link: Style = Style(underline=True)


def wording_label(source: Source, text: LocalizedText, lang: Lang, who: str = "speaker") -> str:
    """Say honestly whose words a text in `lang` is (`who`: the speaker, or the asker)."""
    name = source_name(source)
    not_own = NOT_OWN_WORDS.replace("speaker", who)
    if text.is_rendering(lang):
        kind = {"paraphrase": "paraphrase", "translation": "translation"}.get(source.wording, "text")
        if lang == "en":
            return f"English rendering by this project of {name}'s Chinese {kind}; {not_own}"
        return f"Chinese rendering by this project of the English that {name} prints"
    if text.original == "en" and source.language == "zh":
        return f"English as {name} prints it"
    if source.wording == "paraphrase":
        return f"{name}'s paraphrase (意译); {not_own}"
    if source.wording == "translation":
        return f"{name}'s Chinese translation; {not_own}"
    return f"{name}'s text"


def _field(text: LocalizedText, lang: Lang, key: str, spans: Spans, styles: Styles) -> Text:
    shown = lang if text.has(lang) else text.original
    out = Text(text.get(lang))
    for start, end in spans.get(f"{key}.{shown}", ()):
        out.stylize(styles.match, start, end)
    return out


def _langs(lang: str) -> tuple[Lang, ...]:
    return ("zh", "en") if lang == "both" else ((lang,) if lang in ("zh", "en") else ("zh",))


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
    header.append(ROLE_MARK[answer.role], styles.heading)
    header.append(" · ")
    header.append(speaker.display_handle, styles.speaker)
    if speaker.handle:
        header.append(f" · {speaker.name.get(lang)}")
    return [header, Text(wording_label(source, answer.text, lang), styles.dim)]


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
    blocks.append(Text(f"Question: {wording_label(asked, entry.question, first, who='asker')}", styles.dim))
    if entry.asked_by:
        blocks.append(Text(f"Asked by {entry.asked_by.get(first)}", styles.dim))
    for i, other in enumerate(entry.also_asked):
        source = corpus.source(other.source)
        blocks.append(Text(f"Also asked, as {source_name(source)} words it:", styles.dim))
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
            blocks.append(Text.assemble((f"{source_name(source).capitalize()} sums it up: ", styles.dim), highlight.text.get(first)))
    blocks.append(Text(""))
    blocks.append(Text("Sources", styles.heading))
    for source_id in entry.sources:
        blocks.append(source_line(corpus.source(source_id), styles))
    if entry.links:
        blocks.append(Text("Links mentioned", styles.heading))
        for link in entry.links:
            line = Text("• ")
            line.append(link.label)
            if link.url:
                line.append("  ")
                line.append(link.url, styles.link + Style(link=link.url))
            else:
                line.append("  (no URL given)", styles.dim)
            blocks.append(line)
    blocks.append(Text(f"Entry id: {entry.id}", styles.dim))
    return blocks


def source_line(source: Source, styles: Styles) -> Text:
    """One source: title, publisher, what its text is, and its URL as a hyperlink."""
    line = Text("• ")
    line.append(source.title)
    publisher = source.publisher + (f", via {source.carried_by}" if source.carried_by else "")
    line.append(f" — {publisher} ({SOURCE_WORDING[source.wording]})", styles.dim)
    if source.url:
        line.append("  ")
        line.append(source.url, styles.link + Style(link=source.url))
    return line
