"""An entry as linear output, for pagers, scripts, screen readers and braille displays.

No Textual import. Text is what the answer pane shows, paragraph by paragraph (the same
`tui.entry_view.entry_blocks`), wrapped to a width only when asked (a terminal), never
mid-URL. Markdown and JSON say the same things with structure: question, every answer
with speaker, main or supplement, whose words the text is, sources with URLs, links.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.style import Style
from rich.text import Text

from corpus.citation import md_escape
from corpus.citation.facts import answer_wording, answer_wordings, day, question_wording, question_wordings, role_label
from corpus.model import Corpus, Entry, Lang, LocalizedText
from corpus.outline import is_imported
from corpus.text import clean_text, url_escape
from tui.both_labels import said
from tui.entry_view import (
    HEDGE_MARK,
    MARK,
    Styles,
    aside,
    entry_blocks,
    label,
    named_label,
    rendering_label,
    source_publisher,
    source_wording,
    topic_label,
)
from tui.imported_view import answer_facts, link_label, not_loaded_notes, permalink_line, question_facts, question_notes

PLAIN = Styles(*(Style() for _ in range(6)))
"""No styles: the text alone."""


def _first(lang: str) -> Lang:
    return "en" if lang == "en" else "zh"


def _langs(lang: str) -> tuple[Lang, ...]:
    return ("zh", "en") if lang == "both" else (_first(lang),)


def entry_text(corpus: Corpus, entry: Entry, lang: str, width: int | None = None) -> str:
    """The entry as the pane shows it, in plain text; wrapped to fit `width` cells if given
    (closing punctuation hangs past the measure, as in the pane: the measure leaves room
    for it, or the terminal would wrap a lone comma onto a line of its own)."""
    lines: list[str] = []
    for block in entry_blocks(corpus, entry, lang, styles=PLAIN):
        if width and block.plain and not _has_url(block.plain):
            from tui.wrap import HANG, wrap_text

            lines.append(wrap_text(block, max(width - HANG, 10)).plain)
        else:
            lines.append(block.plain)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _has_url(text: str) -> bool:
    """Lines with a URL are never wrapped: a URL must stay whole to be selected or opened."""
    return "http://" in text or "https://" in text


def corpus_heading(corpus: Corpus, lang: str) -> str:
    """The corpus title in the reading language(s)."""
    return " / ".join(dict.fromkeys(corpus.title.get(one) for one in _langs(lang)))


def topic_heading(corpus: Corpus, topic_id: str, lang: str) -> str:
    """A topic's title in the reading language(s)."""
    title = corpus.topic(topic_id).title
    return " / ".join(dict.fromkeys(title.get(one) for one in _langs(lang)))


def _labelled(text: LocalizedText, lang: str, covered: tuple[Lang, ...] = ()) -> list[str]:
    """Each shown language's text as Markdown, a rendering by this project labelled so at
    its end unless `covered` names its language (a wording line already says what it is:
    under `both`, one for each language, as the pane has it)."""
    out: dict[str, None] = {}
    for one in _langs(lang):
        shown = one if text.has(one) else text.original
        rendering = text.is_rendering(shown) and shown not in covered
        said_so = rendering_label(lang, shown) if rendering else ""
        out.setdefault(md_escape(text.get(shown)) + md_escape(said_so))
    return list(out)


def _who(corpus: Corpus, speaker_id: str, ui: Lang) -> str:
    """Handle and name, and what the name rests on when a source does not state it plainly."""
    speaker = corpus.speaker(speaker_id)
    name = speaker.name.get(ui)
    who = name if not speaker.handle else speaker.display_handle if name == speaker.handle else f"{speaker.display_handle} · {name}"
    if speaker.hedged and speaker.caveat is not None:
        who += f" {HEDGE_MARK} ({speaker.caveat.get(ui)})"
    return who


def _notes(notes: list[str]) -> list[str]:
    """This project's notes as Markdown paragraphs, in italics as the wording lines are."""
    return [line for note in notes for line in (f"*{md_escape(note)}*", "")]


def entry_markdown(corpus: Corpus, entry: Entry, lang: str, level: int = 2) -> str:
    """The entry as Markdown, every corpus text escaped so that it renders literally; the
    same attribution as the text (an imported entry's notes too), labelled as the pane is."""
    ui = _first(lang)
    imported = is_imported(entry)
    hashes = "#" * level
    question_source = corpus.source(entry.question_source)
    out = [f"{hashes} {' / '.join(_labelled(entry.question, lang, covered=_langs(lang)))}", ""]
    out += _notes(question_wordings(entry, question_source, _langs(lang)))
    if entry.asked_by:
        out += [md_escape(label(lang, "asked_by").format(who=entry.asked_by.get(ui))), ""]
    if imported:  # that it was deleted, is missing, is the post or a host's own comment
        out += _notes(question_notes(entry, _langs(lang)))
    if entry.question_permalink:
        out += [permalink_line(entry.question_permalink, question_facts(entry, lang)), ""]
    for other in entry.also_asked:
        out += [md_escape(named_label(lang, "also", corpus.source(other.source)))]
        out += [f"> {t}" for t in _labelled(other.text, lang)] + [""]
    for answer in entry.answers:
        who = _who(corpus, answer.speaker, ui)
        when = day(answer.posted)
        role = said(lang, lambda one: role_label(entry, answer, one))  # noqa: B023 (called at once)
        out.append(f"{hashes}# {MARK[answer.role]} {md_escape(role)} · {md_escape(who)}" + (f" · {when}" if when else ""))
        out.append("")
        out += _notes(answer_wordings(entry, corpus.source(answer.source), answer, _langs(lang)))
        for n, text in enumerate(_labelled(answer.text, lang, covered=_langs(lang))):
            out += ([">"] if n else []) + [f"> {line}" if line.strip() else ">" for line in text.split("\n")]
        out.append("")
        if answer.attribution:
            out += [f"*{md_escape(answer.attribution.get(ui))}*", ""]
        if answer.permalink:
            out += [permalink_line(answer.permalink, answer_facts(corpus, answer, lang)), ""]
    for highlight in entry.highlights:
        sums = named_label(lang, "sums", corpus.source(highlight.source), capital=True)
        out += [f"*{md_escape(sums.strip())}* {_labelled(highlight.text, ui)[0]}", ""]
    out += [f"{hashes}# {md_escape(label(lang, 'sources'))}", ""]
    for source_id in entry.sources:
        source = corpus.source(source_id)
        title = f"[{md_escape(source.title)}]({url_escape(source.url)})" if source.url else md_escape(source.title)
        out.append(f"- {title} — {md_escape(source_publisher(source, lang) + aside(source_wording(source, lang, entry), lang))}")
    if imported and (not_loaded := not_loaded_notes(corpus, _langs(lang), entry)):
        out += [""] + _notes(not_loaded)[:-1]  # how many comments were not loaded
    if entry.links:
        out += ["", f"{hashes}# {md_escape(label(lang, 'links') + label(lang, 'links_by'))}", ""]
        for link in entry.links:
            target = f"<{url_escape(link.url)}>" if link.url else md_escape(label(lang, "no_url"))
            out.append(f"- {md_escape(link.label)}: {target}")
    if entry.see_also:
        out += ["", f"{hashes}# {md_escape(label(lang, 'see_also'))}", ""]
        out += [_see_also_item(corpus, entry, other, lang) for other in entry.see_also]
    out += ["", label(lang, "id").format(id=f"`{entry.id}`"), ""]
    return "\n".join(out)


def _see_also_item(corpus: Corpus, entry: Entry, other_id: str, lang: str) -> str:
    """A related entry as a Markdown list item: its id, question, topic, and what it is
    when it is another wording of an imported exchange (as the pane says)."""
    other = corpus.entry(other_id)
    said_so = f"{other.question.get(_first(lang))} ({topic_label(corpus.topic_of(other_id).title, lang)})"
    if relation := link_label(corpus, entry, other, lang):
        said_so += f" · {relation}"
    return f"- `{other_id}` {md_escape(said_so)}"


def entry_json(corpus: Corpus, entry: Entry, lang: str) -> dict[str, Any]:
    """The entry as plain data: what the pane shows, with ids, in the reading language(s)."""
    ui = _first(lang)
    langs = _langs(lang)

    def texts(text: LocalizedText) -> dict[str, str]:
        return {one: text.get(one) for one in langs}

    return {
        "id": entry.id,
        "topic": {"id": corpus.topic_of(entry.id).id, "title": texts(corpus.topic_of(entry.id).title)},
        "question": texts(entry.question),
        "question_wording": question_wording(entry, corpus.source(entry.question_source), ui, ui),
        "asked_by": texts(entry.asked_by) if entry.asked_by else None,
        "question_permalink": entry.question_permalink,
        "question_posted": _iso(entry.question_posted),
        "question_edited": _iso(entry.question_edited)
        if isinstance(entry.question_edited, datetime)
        else entry.question_edited,
        "answers": [
            {
                "role": answer.role,
                "role_label": role_label(entry, answer, ui),
                "speaker": {
                    "id": answer.speaker,
                    "handle": corpus.speaker(answer.speaker).handle,
                    "name": texts(corpus.speaker(answer.speaker).name),
                    "identification": corpus.speaker(answer.speaker).identification,
                    "caveat": _caveat(corpus, answer.speaker, langs),
                },
                "source": answer.source,
                "wording": answer_wording(entry, corpus.source(answer.source), answer, ui, ui),
                "text": texts(answer.text),
                "attribution": texts(answer.attribution) if answer.attribution else None,
                "date": day(answer.posted),
                "permalink": answer.permalink,
                "posted": _iso(answer.posted),
                "score": answer.score,
                "edited": _iso(answer.edited) if isinstance(answer.edited, datetime) else answer.edited,
            }
            for answer in entry.answers
        ],
        "sources": [
            {
                "id": source.id,
                "title": source.title,
                "publisher": source.publisher,
                "url": source.url,
                "wording": source_wording(source, ui, entry),
            }
            for source in (corpus.source(i) for i in entry.sources)
        ],
        "highlights": [
            {"source": h.source, "text": texts(h.text)} for h in entry.highlights
        ],
        "links": [{"label": link.label, "url": link.url, "source": link.source} for link in entry.links],
        "see_also": list(entry.see_also),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _caveat(corpus: Corpus, speaker_id: str, langs: tuple[Lang, ...]) -> dict[str, str] | None:
    """What a hedged name rests on, in the reading language(s); None when stated plainly."""
    caveat = corpus.speaker(speaker_id).caveat
    return {one: caveat.get(one) for one in langs} if caveat is not None else None


def safe(text: str) -> str:
    """Text from a state file or an argument, cleaned of control and bidi characters."""
    return clean_text(text)


__all__ = ["Text", "corpus_heading", "entry_json", "entry_markdown", "entry_text", "safe", "topic_heading"]
