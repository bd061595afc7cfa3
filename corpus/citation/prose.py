"""A citation as a person reads it: plain text and Markdown.

Plain Python, no Textual import. Both say, next to each quoted text, what it is; the
Markdown escapes corpus text so that it renders literally.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from corpus.citation.facts import SAVED_COPY, TOOL, Citation, CitedSource, Quoted
from corpus.model import Lang
from corpus.text import url_escape

# ---------------------------------------------------------------- plain text

_LANG_NAME = {"zh": "Chinese", "en": "English"}

WORDS = {
    "en": {
        "q": "Question",
        "asked": "Asked by",
        "note": "Note",
        "sources": "Sources:",
        "entry": "Entry",
        "unquoted": "not quoted here",
        "no_url": "no URL known",
        "sep": ": ",
        "end": ".",
        "given": "answers as given by",
        "given_post": "the post as given by",
        "given_comment": "the host's comment as given by",
        "and": " and ",
        "open": "(",
        "close": ")",
        "accessed": "accessed {day}",
        "reading": "Reading note",
        "edited": "edited",
        "edited_on": "edited {day}",
        "collected": "collected in {title}",
    },
    "zh": {
        "q": "问",
        "asked": "提问者",
        "note": "说明",
        "sources": "来源：",
        "entry": "条目",
        "unquoted": "此处未引用",
        "no_url": "无链接",
        "sep": "：",
        "end": "。",
        "given": "回答据",
        "given_post": "帖子据",
        "given_comment": "主持人的评论据",
        "and": "、",
        "open": "（",
        "close": "）",
        "accessed": "访问于 {day}",
        "reading": "阅读笔记",
        "edited": "已编辑",
        "edited_on": "编辑于 {day}",
        "collected": "收录于 {title}",
    },
}
"""The words of a citation in each language (the records use them too)."""


def _label(q: Quoted, many: bool, ui: Lang) -> str:
    return f"{_LANG_NAME[q.lang]}: {q.wording}" if many and ui == "en" else q.wording


def _bracket(text: str, ui: Lang) -> str:
    return f"〔{text}〕" if ui == "zh" else f"[{text}]"


def _source_line(
    s: CitedSource, ui: Lang, link: str, url_after: bool, accessed: str | None = None
) -> str:
    """One source: title (or link), publisher, what its text is; the URL after it if asked,
    and the day it was accessed when it has a URL (or that the text is from a saved copy)."""
    w = WORDS[ui]
    said = SAVED_COPY[ui]["short"] if s.saved_copy else w["accessed"].format(day=accessed) if accessed else None
    when = f" {w['open']}{said}{w['close']}" if s.url and said else ""
    semi = "；" if ui == "zh" else "; "
    parts = (
        [s.what]
        + ([] if s.quoted else [w["unquoted"]])
        + ([] if s.url else [w["no_url"]])
    )
    return f"- {link} — {s.publisher}{w['sep']}{semi.join(parts)}{w['end']}" + (
        f" {s.url}" if s.url and url_after else ""
    ) + when


def heading(c: Citation, escape: Callable[[str], str] = str) -> str:
    """Where the entry was published, where it is collected when that is another corpus,
    and its topic: 'Thread · collected in Corpus · Topic' (each text through `escape`)."""
    collected = [WORDS[c.ui]["collected"].format(title=escape(c.collected_in))] if c.collected_in else []
    return " · ".join([escape(c.collection), *collected, escape(c.topic)])


def to_text(c: Citation) -> str:
    """Plain text: question, each answer with who answered and what its text is, sources."""
    w, ui = WORDS[c.ui], c.ui
    lines: list[str] = []
    many = len(c.question) > 1
    for q in c.question:
        lines += [_bracket(_label(q, many, ui), ui), f"{w['q']}{w['sep']}{q.text}"]
    if c.question_edit_note:
        lines.append(_bracket(c.question_edit_note, ui))
    if c.asked_by:
        lines.append(f"{w['asked']}{w['sep']}{c.asked_by}")
    if c.question_permalink:
        lines.append(_where(c.question_permalink, [c.question_posted, edited_words(c.question_edited, c.question_edited_on, ui)], ui))
    for a in c.answers:
        lines += ["", " · ".join(x for x in (a.role_label, a.credit, a.date, edited_words(a.edited, a.edited_on, ui)) if x)]
        for i, q in enumerate(a.texts):
            lines.append(_bracket(_label(q, len(a.texts) > 1, ui), ui))
            if a.edit_note and not i:
                lines.append(_bracket(a.edit_note, ui))
            lines.append(q.text)
        if a.permalink:
            lines.append(_where(a.permalink, [edited_words(a.edited, a.edited_on, ui)], ui))
        if a.attribution:
            lines.append(f"{w['note']}{w['sep']}{a.attribution}")
    lines += ["", heading(c), w["sources"]]
    lines += [_source_line(s, ui, s.title, True, c.accessed) for s in c.sources]
    lines.append(
        f"{w['entry']}{w['sep']}{c.entry_id} ({TOOL})"
        if ui == "en"
        else f"{w['entry']}：{c.entry_id}（{TOOL}）"
    )
    if c.note:
        lines += ["", f"{w['reading']}{w['sep']}{c.note}"]
    return "\n".join(lines) + "\n"


def edited_words(edited: bool, edited_on: str | None, ui: Lang) -> str | None:
    """'edited 2025-11-10' (or 'edited' when the file gives no date); None if not edited."""
    if not edited:
        return None
    w = WORDS[ui]
    return w["edited_on"].format(day=edited_on) if edited_on else w["edited"]


def _where(permalink: str, facts: list[str | None], ui: Lang) -> str:
    """An imported comment's address and dates: '— https://... (2025-11-10, edited 2025-11-12)'."""
    w = WORDS[ui]
    bits = [b for b in facts if b]
    when = f" {w['open']}{', '.join(bits)}{w['close']}" if bits else ""
    return f"— {permalink}{when}"


# ---------------------------------------------------------------- Markdown

_MD_INLINE = re.compile(r"([\\`*\[\]<>|])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MD_BLOCK = re.compile(r"^(\s*)(\d*)([#>+=.)-])")


def md_escape(text: str) -> str:
    """Corpus text as Markdown that renders literally (no emphasis, links, headings or lists)."""
    text = _MD_INLINE.sub(lambda m: "\\" + m[0], text)
    lines = text.split("\n")
    return "\n".join(
        _MD_BLOCK.sub(lambda m: f"{m[1]}{m[2]}\\{m[3]}", line) for line in lines
    )


def _blockquote(text: str) -> list[str]:
    return [
        f"> {line}" if line.strip() else ">" for line in md_escape(text).split("\n")
    ]


def _md_label(text: str, ui: Lang) -> str:
    """What a quoted text is, as an italic line set before it."""
    w = WORDS[ui]
    return f"*{w['open']}{md_escape(text)}{w['close']}*"


def to_markdown(c: Citation) -> str:
    """Markdown: the question, then each answer: who answered, what its text is, and the
    text as a blockquote; what a text is always comes before it."""
    w, ui = WORDS[c.ui], c.ui
    lines: list[str] = []
    many = len(c.question) > 1
    for q in c.question:
        lines += [f"**{w['q']}{w['sep'].strip()}** {_md_label(_label(q, many, ui), ui)} {md_escape(q.text)}", ""]
    if c.question_edit_note:
        lines += [_md_label(c.question_edit_note, ui), ""]
    if c.asked_by:
        lines += [f"{w['asked']}{w['sep']}{md_escape(c.asked_by)}", ""]
    for a in c.answers:
        edited = edited_words(a.edited, a.edited_on, ui)
        where = ""
        if a.permalink:
            when = f", {edited}" if edited else ""
            where = f" [permalink{when}]({url_escape(a.permalink)})"
        lines += [
            f"**{a.role_label}** · {md_escape(a.credit)}"
            + (f" · {a.date}" if a.date else "")
            + (f" · {edited}" if edited else "")
            + f"{w['end']}{where}",
            "",
        ]
        for i, q in enumerate(a.texts):
            lines += [_md_label(_label(q, len(a.texts) > 1, ui), ui), ""]
            if a.edit_note and not i:
                lines += [_md_label(a.edit_note, ui), ""]
            lines += _blockquote(q.text) + [""]
        if a.attribution:
            lines += [f"{w['note']}{w['sep']}{md_escape(a.attribution)}", ""]
    lines += [
        f"{heading(c, md_escape)}{w['end']} {w['sources']}",
        "",
    ]
    for s in c.sources:
        link = (
            f"[{md_escape(s.title)}]({url_escape(s.url)})" if s.url else f"*{md_escape(s.title)}*"
        )
        escaped = dataclasses.replace(s, publisher=md_escape(s.publisher))
        lines.append(_source_line(escaped, ui, link, False, c.accessed))
    lines += [
        "",
        f"{w['entry']} `{c.entry_id}` ({TOOL})"
        if ui == "en"
        else f"{w['entry']}：`{c.entry_id}`（{TOOL}）",
    ]
    if c.note:
        lines += ["", f"**{w['reading']}{w['sep'].strip()}** {md_escape(c.note)}"]
    return "\n".join(lines) + "\n"
