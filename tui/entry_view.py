"""What the answer pane says about an entry, as styled text: question, answers, sources.

Attribution is exact: each answer names its speaker (handle and name), says whether it is
the main answer or a supplement, and says whose wording the text is, in the same words
as a citation (`corpus.citation.wording`): a paraphrase or a rendering is labelled as
such, never presented as the speaker's own words. A name that rests on inference or on a
hedged source carries a mark (†), and the pane's "How the names are known" section gives
the evidence, each source sentence quoted whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import cast

from rich.style import Style
from rich.text import Text

from corpus.citation import publisher_words, source_name
from corpus.citation.facts import PUBLISHER_WORDS, answer_wordings, question_wordings, role_label, source_what
from corpus.model import Answer, Corpus, Entry, Lang, LocalizedText, Source
from tui.both_labels import said, said_template
from tui.imported_view import (
    answer_lines,
    is_imported,
    markdown_text,
    link_label,
    not_loaded_line,
    question_lines,
    source_label,
)
from tui.view_styles import Styles

Spans = Mapping[str, Sequence[tuple[int, int]]]

MARK = {"main": "●", "supplement": "＋", "additional": "◦", "follow-up": "?", "reply": "↳"}
HEDGE_MARK = "†"
"""Next to a name that rests on inference or on a hedged source."""
LABELS = {
    "en": {
        "asked_by": "Asked by {who}",
        "also": "Also asked, as {name} words it:",
        "sums": "{name} sums it up: ",
        "sources": "Sources",
        "links": "Links mentioned",
        "no_url": "(no URL given)",
        "id": "Entry id: {id}",
        "rendering": {"en": " (this project's English rendering)", "zh": " (this project's Chinese rendering)"},
        "names": f"{HEDGE_MARK} How the names are known",
        "rests_on": ": ",
        "quoted": "{name}, as printed:",
        "see_also": "See also",
        "links_by": " (descriptions by this project)",
    },
    "zh": {
        "asked_by": "提问者：{who}",
        "also": "{name}的问法：",
        "sums": "{name}的一句话概括：",
        "sources": "来源",
        "links": "提到的链接",
        "no_url": "（未给出网址）",
        "id": "条目 id：{id}",
        "rendering": {"en": "（本项目的英文译文）", "zh": "（本项目的中文译文）"},
        "names": f"{HEDGE_MARK} 答者身份的依据",
        "rests_on": "：",
        "quoted": "{name}原文：",
        "see_also": "另见",
        "links_by": "（说明文字为本项目所加）",
    },
}
"""The pane's own words, in the reading language (`label`: both, paired, under `both`)."""


def label(lang: str, key: str) -> str:
    """The pane's label `key` in the reading language `lang` (`zh`, `en` or `both`: Chinese
    then English, `来源 Sources`), a field such as `{who}` left to fill in."""
    return said_template(lang, lambda one: _words(one)[key])


def _words(one: Lang) -> dict[str, str]:
    """The pane's words in `one` language (the renderings' labels are `rendering_label`)."""
    return cast(dict[str, str], LABELS[one])


def rendering_label(lang: str, rendered: Lang) -> str:
    """What says a `rendered` text is this project's rendering, in the reading language."""
    return said(lang, lambda one: cast(dict[str, str], LABELS[one]["rendering"])[rendered])


def named_label(lang: str, key: str, source: Source, capital: bool = False) -> str:
    """The label `key` naming `source` (`硅星人文章的问法：`), each language with its own name
    for it; `capital`: the name starts the label."""

    def worded(one: Lang) -> str:
        name = source_name(source, one)
        return _words(one)[key].format(name=name[:1].upper() + name[1:] if capital else name)

    return said(lang, worded)


def topic_label(title: LocalizedText, lang: str) -> str:
    """A topic's title as a label: in both languages under `both` (`其他问题 Other questions`)."""
    return said(lang, title.get)


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


def _texts(
    text: LocalizedText,
    lang: str,
    key: str,
    spans: Spans,
    styles: Styles,
    labelled: tuple[Lang, ...] = (),
) -> Iterator[Text]:
    """The text in each shown language (once if a language is missing).

    A language that is this project's rendering is labelled so at its end, unless
    `labelled` names it (a wording line already says what that language's text is: under
    `both`, one for each language, and the label would be said twice).
    """
    shown: list[str] = []
    for one in _langs(lang):
        value = text.get(one)
        if value in shown:
            continue
        shown.append(value)
        out = _field(text, one, key, spans, styles)
        really = one if text.has(one) else text.original
        if text.is_rendering(really) and really not in labelled:
            out.append(rendering_label(lang, really), styles.dim)
        yield out


def _wordings(entry: Entry, source: Source, answer: Answer, langs: tuple[Lang, ...], styles: Styles) -> list[Text]:
    """Whose words an answer is: a line for each of the languages shown, in that language
    (`answer_wordings`: the post's text is the poster's, or no one's when it is gone)."""
    return [Text(line, styles.dim) for line in answer_wordings(entry, source, answer, langs)]


def _answer_header(corpus: Corpus, entry: Entry, answer: Answer, lang: str, styles: Styles) -> list[Text]:
    first: Lang = _langs(lang)[0]
    speaker = corpus.speaker(answer.speaker)
    source = corpus.source(answer.source)
    header = Text()
    role = said(lang, lambda one: role_label(entry, answer, one))
    header.append(f"{MARK[answer.role]} {role}", styles.heading)
    header.append(" · ")
    header.append(speaker.display_handle if speaker.handle else speaker.name.get(first), styles.speaker)
    if speaker.handle and speaker.name.get(first) != speaker.handle:  # an imported account has no other name
        header.append(f" · {speaker.name.get(first)}")
    if speaker.hedged:
        header.append(f" {HEDGE_MARK}", styles.speaker)
    # (a text shown once has one wording line; this project's notes are in each language)
    return [header, *_wordings(entry, source, answer, _langs(lang), styles)]


def _worded(text: LocalizedText, lang: str) -> tuple[Lang, ...]:
    """The languages an imported text is shown in: the speaker's own Markdown in the first
    alone; this project's words (a heading or note written in both) in each."""
    return _langs(lang) if text.by_project else _langs(lang)[:1]


def _imported_texts(
    text: LocalizedText, lang: str, key: str, spans: Spans, styles: Styles, base: Style | None = None
) -> list[Text]:
    """An imported text rendered (`markdown_text`) in each language `_worded` gives it,
    once when two are the same."""
    blocks: list[Text] = []
    shown: list[str] = []
    for one in _worded(text, lang):
        if text.get(one) not in shown:
            shown.append(text.get(one))
            blocks.extend(markdown_text(text, one, key, spans, styles, base))
    return blocks


def _names_section(corpus: Corpus, entry: Entry, lang: str, styles: Styles) -> list[Text]:
    """Each marked name of the entry with what it rests on: caveat, reasoning, evidence."""
    first: Lang = _langs(lang)[0]
    hedged = [corpus.speaker(i) for i in dict.fromkeys(a.speaker for a in entry.answers)]
    hedged = [speaker for speaker in hedged if speaker.hedged]
    if not hedged:
        return []
    heading = said(lang, lambda one: _words(one)["names"].removeprefix(f"{HEDGE_MARK} "))
    blocks = [Text(""), Text(f"{HEDGE_MARK} {heading}", styles.heading)]
    for speaker in hedged:
        line = Text(f"{HEDGE_MARK} ")
        line.append(speaker.display_handle, styles.speaker)
        line.append(f" · {speaker.name.get(first)}")
        if speaker.caveat is not None:
            line.append(f"{LABELS[first]['rests_on']}{speaker.caveat.get(first)}", styles.dim)
        blocks.append(line)
        blocks.append(Text(speaker.identified_by.get(first), styles.note))
        for quote in speaker.evidence:
            blocks.append(Text(named_label(lang, "quoted", corpus.source(quote.source), capital=True), styles.dim))
            original = quote.text.get(quote.text.original)
            blocks.append(Text(f"“{original}”"))
            for other in _langs(lang):
                if other != quote.text.original and quote.text.has(other):
                    rendered = Text(quote.text.get(other))
                    rendered.append(rendering_label(lang, other), styles.dim)
                    blocks.append(rendered)
    return blocks


def _see_also(corpus: Corpus, entry: Entry, lang: str, styles: Styles) -> list[Text]:
    """The related entries elsewhere, each with its question (in the first language) and
    topic."""
    if not entry.see_also:
        return []
    first: Lang = _langs(lang)[0]
    blocks = [Text(label(lang, "see_also"), styles.heading)]
    for other_id in entry.see_also:
        other = corpus.entry(other_id)
        line = Text("→ ")
        line.append(other_id, styles.speaker)
        line.append(f"  {other.question.get(first)}")
        line.append(f" ({topic_label(corpus.topic_of(other_id).title, lang)})", styles.dim)
        if relation := link_label(corpus, entry, other, lang):  # an imported thread's link
            line.append(f" · {relation}", styles.dim)
        blocks.append(line)
    return blocks


def _asked_by(asked_by: LocalizedText, words: str, first: Lang, spans: Spans, styles: Styles) -> Text:
    """'Asked by WHO', what the search matched in WHO highlighted."""
    shown = first if asked_by.has(first) else asked_by.original
    who = Text(asked_by.get(shown))
    for start, end in spans.get(f"asked_by.{shown}", ()):
        who.stylize(styles.match, start, end)
    before, _, after = words.partition("{who}")
    return Text.assemble(before, who, after, style=styles.dim)


def entry_blocks(
    corpus: Corpus, entry: Entry, lang: str, spans: Spans | None = None, styles: Styles | None = None
) -> list[Text]:
    """The pane's paragraphs for an entry, each wrapped separately by the pane."""
    spans = spans or {}
    styles = styles or Styles()
    first: Lang = _langs(lang)[0]
    topic = corpus.topic_of(entry.id)
    blocks: list[Text] = []
    blocks.append(Text.assemble(("Q  ", styles.heading), (topic_label(topic.title, lang), styles.dim), ("  ·  ", styles.dim), (entry.id, styles.dim)))
    imported = is_imported(entry)
    if imported:  # the asker's own Markdown, rendered inert
        blocks.extend(_imported_texts(entry.question, lang, "question", spans, styles, styles.heading))
    else:
        for text in _texts(entry.question, lang, "question", spans, styles, labelled=_langs(lang)):
            blocks.append(Text.assemble(text, style=styles.heading))
    asked = corpus.source(entry.question_source)
    blocks.extend(Text(line, styles.dim) for line in question_wordings(entry, asked, _langs(lang)))
    if entry.asked_by:
        blocks.append(_asked_by(entry.asked_by, label(lang, "asked_by"), first, spans, styles))
    if imported:
        blocks.extend(question_lines(entry, _langs(lang), styles))
    for i, other in enumerate(entry.also_asked):
        blocks.append(Text(named_label(lang, "also", corpus.source(other.source)), styles.dim))
        blocks.extend(_texts(other.text, lang, f"also_asked.{i}", spans, styles))
    for i, answer in enumerate(entry.answers):
        blocks.append(Text(""))
        blocks.extend(_answer_header(corpus, entry, answer, lang, styles))
        if answer.permalink:  # imported: the speaker's own Markdown, with its permalink
            blocks.extend(_imported_texts(answer.text, lang, f"answers.{i}", spans, styles))
            blocks.extend(answer_lines(corpus, entry, answer, lang, styles))
        else:
            blocks.extend(_texts(answer.text, lang, f"answers.{i}", spans, styles, labelled=_langs(lang)))
        if answer.attribution:
            blocks.append(Text(answer.attribution.get(first), styles.note))
    if entry.highlights:
        blocks.append(Text(""))
        for i, highlight in enumerate(entry.highlights):
            line = Text.assemble(
                (named_label(lang, "sums", corpus.source(highlight.source), capital=True), styles.dim),
                _field(highlight.text, first, f"highlights.{i}", spans, styles),
            )
            if highlight.text.is_rendering(first):
                line.append(rendering_label(lang, first), styles.dim)
            blocks.append(line)
    blocks.extend(_names_section(corpus, entry, lang, styles))
    blocks.append(Text(""))
    blocks.append(Text(label(lang, "sources"), styles.heading))
    for source_id in entry.sources:
        blocks.append(source_line(corpus.source(source_id), lang, styles, entry))
    if imported:
        blocks.extend(not_loaded_line(corpus, _langs(lang), styles, entry))
    if entry.links:
        blocks.append(Text.assemble((label(lang, "links"), styles.heading), (label(lang, "links_by"), styles.dim)))
        for link in entry.links:
            line = Text("• ")
            line.append(link.label)
            if link.url:
                line.append("  ")
                line.append(link.url, styles.link + Style(link=link.url))
            else:
                line.append(f"  {label(lang, 'no_url')}", styles.dim)
            blocks.append(line)
    blocks.extend(_see_also(corpus, entry, lang, styles))
    blocks.append(Text(label(lang, "id").format(id=entry.id), styles.dim))
    return blocks


def source_wording(source: Source, lang: str, entry: Entry) -> str:
    """What a source of `entry` is, for a list of sources, in the reading language `lang`:
    an imported thread's words are quoted verbatim; any other source is worded as
    citations word it (a corpus's own source of the speakers' words was called 'the
    original thread, in English; no text here is quoted from it', the built-in corpus's
    words for its thread)."""
    if is_imported(entry):
        return said(lang, lambda one: source_label(source, one))
    return said(lang, lambda one: source_what(source, entry, one))


def source_publisher(source: Source, lang: str) -> str:
    """Who published `source` (`publisher_words`) in the reading language `lang`; under
    `both`, the publisher's name once (`硅星人，ZAKER 转载 via ZAKER`)."""
    if lang != "both" or not source.carried_by:
        return said(lang, lambda one: publisher_words(source, one))
    site = source.carried_by
    via = said(lang, lambda one: PUBLISHER_WORDS[one]["via"].format(site=site).lstrip("，, "))
    return f"{source.publisher or said(lang, lambda one: PUBLISHER_WORDS[one]['none'])}，{via}"


def aside(text: str, lang: str) -> str:
    """`text` in brackets after what it qualifies: full-width in Chinese ('未署名（意译）'),
    and under `both`, whose labels start in Chinese."""
    return f" ({text})" if lang == "en" else f"（{text}）"


def source_line(source: Source, lang: str, styles: Styles, entry: Entry) -> Text:
    """One source: title, publisher (or that it names none), what its text is, and its URL
    as a hyperlink."""
    line = Text("• ")
    line.append(source.title)
    what = source_wording(source, lang, entry)
    line.append(f" — {source_publisher(source, lang)}{aside(what, lang)}", styles.dim)
    if source.url:
        line.append("  ")
        line.append(source.url, styles.link + Style(link=source.url))
    return line
