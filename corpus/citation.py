"""Citations of one entry: plain text, Markdown, BibTeX and CSL-JSON.

Plain Python, no Textual import. A citation names the question, who answered (handle and
name, or the team when the source names no one), the sources with URL and publisher, and
the entry id, and says what each quoted text is: the digest's paraphrase (意译), the
article's Chinese translation, or an English rendering made by this project. It never
puts a paraphrase in a speaker's mouth ("X said:"). The quoted text is always the whole
answer, whatever filter the reader has on.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
from dataclasses import dataclass
from typing import Literal

from corpus.model import Corpus, Entry, Lang, LocalizedText, Source

CitationFormat = Literal["text", "markdown", "bibtex", "csl-json"]
FORMATS: tuple[CitationFormat, ...] = ("text", "markdown", "bibtex", "csl-json")
FORMAT_NAMES: dict[str, str] = {
    "text": "plain text",
    "markdown": "Markdown",
    "bibtex": "BibTeX",
    "csl-json": "CSL-JSON",
}
"""How each format is named to the reader."""

CiteLang = Literal["zh", "en", "both"]
TOOL = "kimi-ama-tui"

ROLE_LABELS = {
    "en": {
        "main": "Main answer",
        "supplement": "Supplement (补充)",
        "additional": "Further answer",
    },
    "zh": {"main": "回答", "supplement": "补充", "additional": "另一回答"},
}
_LANG_NAME = {"zh": "Chinese", "en": "English"}


# ---------------------------------------------------------------- what the quoted text is


def source_name(source: Source, ui: Lang) -> str:
    """A short name for a source in the citation's language: 'the digest', '精炼版'."""
    if ui == "zh":
        return {"article": f"{source.publisher}文章", "digest": "精炼版"}.get(
            source.kind, "Reddit 原帖"
        )
    if source.kind == "article":
        return f"the article ({source.publisher})"
    return "the digest" if source.kind == "digest" else "the Reddit thread"


def shown_lang(text: LocalizedText, lang: Lang) -> Lang:
    """The language actually shown for `lang`: the original when `lang` is missing."""
    return lang if text.has(lang) else text.original


def wording(
    source: Source, text: LocalizedText, lang: Lang, ui: Lang, asker: bool = False
) -> str:
    """One sentence saying whose words the `lang` text is; never the speaker's own if not."""
    lang = shown_lang(text, lang)
    name = source_name(source, ui)
    if ui == "zh":
        who = "提问者" if asker else "答者"
        if text.is_rendering(lang):
            return f"本项目（{TOOL}）据{name}的英文所作的中文译文，并非{who}原话。"
        if source.wording == "paraphrase":
            return f"{name}的意译，并非{who}原话。"
        if source.wording == "translation":
            return f"{name}的中文译文，并非{who}原话。"
        return f"{who}原话，据{name}。"
    who = "asker" if asker else "speaker"
    if text.is_rendering(lang) and lang == "en":
        what = {
            "paraphrase": f"the Chinese {name.removeprefix('the ')}, itself a paraphrase (意译)",
            "translation": f"the Chinese translation in {name}",
        }.get(source.wording, f"the Chinese text of {name}")
        return f"English rendering of {what}, made by this project ({TOOL}); not the {who}'s original wording."
    if text.is_rendering(lang):
        return f"Chinese rendering of {name}'s English, made by this project ({TOOL}); not the {who}'s original wording."
    if text.original == "en" and source.language == "zh":
        return f"English as {name} prints it."
    if source.wording == "paraphrase":
        return f"The paraphrase (意译) in {name}; not the {who}'s original wording."
    if source.wording == "translation":
        return f"The Chinese translation in {name}; not the {who}'s original wording."
    return f"The {who}'s own words, as {name} prints them."


# ---------------------------------------------------------------- the facts a citation states


@dataclass(frozen=True)
class Quoted:
    """One language's text of a question or answer, with what it is."""

    lang: Lang
    text: str
    wording: str


@dataclass(frozen=True)
class CitedAnswer:
    """One answer: its role, who answered, each shown language's text, and notes."""

    role: str
    role_label: str
    handle: str | None
    name: str
    credit: str
    texts: tuple[Quoted, ...]
    attribution: str | None
    source_id: str


@dataclass(frozen=True)
class CitedSource:
    """A source of the entry, and whether the citation quotes it."""

    id: str
    name: str
    title: str
    publisher: str
    url: str | None
    what: str
    quoted: bool


@dataclass(frozen=True)
class Citation:
    """Everything a citation of one entry states, in the reader's language(s)."""

    entry_id: str
    key: str
    lang: CiteLang
    ui: Lang
    collection: str
    topic: str
    question: tuple[Quoted, ...]
    asked_by: str | None
    answers: tuple[CitedAnswer, ...]
    sources: tuple[CitedSource, ...]

    @property
    def url(self) -> str | None:
        """The first source URL (the thread, when it has one)."""
        return next((s.url for s in self.sources if s.url), None)


def _langs(lang: CiteLang) -> tuple[Lang, ...]:
    return ("zh", "en") if lang == "both" else (lang,)


def _quoted(
    source: Source, text: LocalizedText, lang: CiteLang, ui: Lang, asker: bool = False
) -> tuple[Quoted, ...]:
    out: list[Quoted] = []
    for one in _langs(lang):
        shown = shown_lang(text, one)
        if any(q.lang == shown for q in out):
            continue
        out.append(
            Quoted(shown, text.get(shown), wording(source, text, shown, ui, asker))
        )
    return tuple(out)


def _pair(text: LocalizedText, lang: CiteLang) -> str:
    """A short text (title, name) in the citation's language(s)."""
    if lang != "both":
        return text.get(lang)
    zh, en = text.get("zh"), text.get("en")
    return en if zh in en else f"{zh} / {en}"


def _what(source: Source, ui: Lang) -> str:
    if ui == "zh":
        return {
            "original": "答者原话",
            "paraphrase": "意译，并非原话",
            "translation": "中文译文",
        }[source.wording]
    return {
        "original": "the speakers' own words",
        "paraphrase": "a paraphrase (意译), not the speakers' own words",
        "translation": "a Chinese translation",
    }[source.wording]


def build(corpus: Corpus, entry: Entry, lang: CiteLang = "en") -> Citation:
    """The facts of a citation of `entry` in `lang` (zh, en or both)."""
    ui: Lang = "zh" if lang == "zh" else "en"
    answers = []
    for answer in entry.answers:
        speaker = corpus.speaker(answer.speaker)
        source = corpus.source(answer.source)
        name = _pair(speaker.name, lang)
        if speaker.kind == "team" or not speaker.handle:
            unnamed = (
                f"{source_name(source, ui)}没有写明是谁回答的"
                if ui == "zh"
                else f"{source_name(source, ui)} names no one who answered"
            )
            credit = f"{name}（{unnamed}）" if ui == "zh" else f"{name} ({unnamed})"
        else:
            credit = (
                f"u/{speaker.handle}（{name}）"
                if ui == "zh"
                else f"u/{speaker.handle} — {name}"
            )
        answers.append(
            CitedAnswer(
                role=answer.role,
                role_label=ROLE_LABELS[ui][answer.role],
                handle=speaker.handle if speaker.kind == "person" else None,
                name=name,
                credit=credit,
                texts=_quoted(source, answer.text, lang, ui),
                attribution=_pair(answer.attribution, lang if lang != "both" else "en")
                if answer.attribution
                else None,
                source_id=source.id,
            )
        )
    used = {a.source for a in entry.answers} | {entry.question_source}
    sources = tuple(
        CitedSource(
            s.id,
            source_name(s, ui),
            s.title,
            s.publisher + (f", via {s.carried_by}" if s.carried_by else ""),
            s.url,
            _what(s, ui),
            s.id in used,
        )
        for s in (corpus.source(i) for i in entry.sources)
    )
    return Citation(
        entry_id=entry.id,
        key=citation_key(entry.id),
        lang=lang,
        ui=ui,
        collection=_pair(corpus.title, lang),
        topic=_pair(corpus.topic_of(entry.id).title, lang),
        question=_quoted(
            corpus.source(entry.question_source), entry.question, lang, ui, asker=True
        ),
        asked_by=_pair(entry.asked_by, lang if lang != "both" else "en")
        if entry.asked_by
        else None,
        answers=tuple(answers),
        sources=sources,
    )


def citation_key(entry_id: str) -> str:
    """A stable BibTeX/CSL key from the entry id: 'kimi-ama:kda-next-flagship'."""
    return f"kimi-ama:{entry_id}"


def cite(
    corpus: Corpus, entry_id: str, fmt: CitationFormat = "text", lang: CiteLang = "en"
) -> str:
    """The citation of an entry in a format, ending with one newline (KeyError if no entry)."""
    citation = build(corpus, corpus.entry(entry_id), lang)
    return RENDER[fmt](citation)


def closest_entry_id(corpus: Corpus, wrong: str) -> str | None:
    """The entry id most like `wrong`, for a 'did you mean' hint, or None."""
    ids = [entry.id for entry in corpus.entries()]
    close = difflib.get_close_matches(wrong, ids, n=1, cutoff=0.6)
    if close:
        return close[0]
    words = [w for w in re.split(r"[^a-z0-9]+", wrong.lower()) if w]
    scored = [(sum(w in i for w in words), i) for i in ids]
    best = max(scored, key=lambda pair: pair[0], default=(0, ""))
    return best[1] if best[0] else None


def dumps(value: object) -> str:
    """JSON with Chinese kept as is, indented, ending with a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- plain text


_WORDS = {
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
        "and": " and ",
        "open": "(",
        "close": ")",
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
        "and": "、",
        "open": "（",
        "close": "）",
    },
}


def _label(q: Quoted, many: bool, ui: Lang) -> str:
    return f"{_LANG_NAME[q.lang]}: {q.wording}" if many and ui == "en" else q.wording


def _bracket(text: str, ui: Lang) -> str:
    return f"〔{text}〕" if ui == "zh" else f"[{text}]"


def _source_line(s: CitedSource, ui: Lang, link: str, url_after: bool) -> str:
    """One source: title (or link), publisher, what its text is; the URL after it if asked."""
    w = _WORDS[ui]
    semi = "；" if ui == "zh" else "; "
    parts = (
        [s.what]
        + ([] if s.quoted else [w["unquoted"]])
        + ([] if s.url else [w["no_url"]])
    )
    return f"- {link} — {s.publisher}{w['sep']}{semi.join(parts)}{w['end']}" + (
        f" {s.url}" if s.url and url_after else ""
    )


def to_text(c: Citation) -> str:
    """Plain text: question, each answer with who answered and what its text is, sources."""
    w, ui = _WORDS[c.ui], c.ui
    lines: list[str] = []
    many = len(c.question) > 1
    for q in c.question:
        lines += [f"{w['q']}{w['sep']}{q.text}", _bracket(_label(q, many, ui), ui)]
    if c.asked_by:
        lines.append(f"{w['asked']}{w['sep']}{c.asked_by}")
    for a in c.answers:
        lines += ["", f"{a.role_label} · {a.credit}"]
        for q in a.texts:
            lines += [_bracket(_label(q, len(a.texts) > 1, ui), ui), q.text]
        if a.attribution:
            lines.append(f"{w['note']}{w['sep']}{a.attribution}")
    lines += ["", f"{c.collection} · {c.topic}", w["sources"]]
    lines += [_source_line(s, ui, s.title, url_after=True) for s in c.sources]
    lines.append(
        f"{w['entry']}{w['sep']}{c.entry_id} ({TOOL})"
        if ui == "en"
        else f"{w['entry']}：{c.entry_id}（{TOOL}）"
    )
    return "\n".join(lines) + "\n"


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


def to_markdown(c: Citation) -> str:
    """Markdown: the question, a blockquote of each answer, then attribution and links."""
    w, ui = _WORDS[c.ui], c.ui
    lines: list[str] = []
    many = len(c.question) > 1
    for q in c.question:
        lines += [
            f"**{w['q']}{w['sep'].strip()}** {md_escape(q.text)} *{w['open']}{_label(q, many, ui)}{w['close']}*",
            "",
        ]
    if c.asked_by:
        lines += [f"{w['asked']}{w['sep']}{md_escape(c.asked_by)}", ""]
    for a in c.answers:
        for i, q in enumerate(a.texts):
            lines += ([">"] if i else []) + _blockquote(q.text)
        labels = " ".join(f"*{_label(q, len(a.texts) > 1, ui)}*" for q in a.texts)
        lines += [
            "",
            f"— {a.role_label} · {md_escape(a.credit)}{w['end']} {labels}",
            "",
        ]
        if a.attribution:
            lines += [f"{w['note']}{w['sep']}{md_escape(a.attribution)}", ""]
    lines += [
        f"{md_escape(c.collection)} · {md_escape(c.topic)}{w['end']} {w['sources']}",
        "",
    ]
    for s in c.sources:
        link = (
            f"[{md_escape(s.title)}]({s.url})" if s.url else f"*{md_escape(s.title)}*"
        )
        escaped = dataclasses.replace(s, publisher=md_escape(s.publisher))
        lines.append(_source_line(escaped, ui, link, url_after=False))
    lines += [
        "",
        f"{w['entry']} `{c.entry_id}` ({TOOL})"
        if ui == "en"
        else f"{w['entry']}：`{c.entry_id}`（{TOOL}）",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- BibTeX

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bib_escape(text: str) -> str:
    """Text safe inside a braced BibTeX field (LaTeX specials escaped, Chinese kept)."""
    return (
        "".join(_BIB_SPECIAL.get(ch, ch) for ch in text)
        .replace("\n\n", " ")
        .replace("\n", " ")
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _honesty(c: Citation) -> str:
    """What the quoted answers are, each distinct statement once."""
    return " ".join(_unique([q.wording for a in c.answers for q in a.texts]))


def _entry_line(c: Citation) -> str:
    w = _WORDS[c.ui]
    return f"{w['entry']} {c.entry_id} {w['open']}{TOOL}{w['close']}{w['end']}"


def _authors(c: Citation) -> list[str]:
    return _unique(
        [f"u/{a.handle} ({a.name})" if a.handle else a.name for a in c.answers]
    )


def _given_by(c: Citation) -> str:
    w = _WORDS[c.ui]
    names = _unique(
        [s.name for a in c.answers for s in c.sources if s.id == a.source_id]
    )
    return f"{c.collection}; {w['given']} {w['and'].join(names)}"


def _sources_sentence(c: Citation) -> str:
    parts = []
    for s in c.sources:
        bits = [s.publisher, s.what] + ([s.url] if s.url and s.url != c.url else [])
        parts.append(f"{s.title} ({'; '.join(bits)})")
    return "; ".join(parts)


def to_bibtex(c: Citation) -> str:
    """A BibTeX `@misc` entry keyed by the entry id; the quoted answers go in `annote`."""
    w = _WORDS[c.ui]
    question = " ".join(f"[{q.wording}]" for q in c.question)
    answers = " ".join(
        f"{a.role_label} · {a.credit}{w['sep']}"
        + " ".join(f"[{q.wording}] {q.text}" for q in a.texts)
        + (f" {w['open']}{a.attribution}{w['close']}" if a.attribution else "")
        for a in c.answers
    )
    note = f"{_entry_line(c)} {_honesty(c)} {w['sources']} {_sources_sentence(c)}{w['end']}"
    fields = [
        ("title", "{" + bib_escape(" / ".join(q.text for q in c.question)) + "}"),
        ("author", " and ".join("{" + bib_escape(name) + "}" for name in _authors(c))),
        ("howpublished", bib_escape(_given_by(c))),
        ("url", c.url),
        ("note", bib_escape(note)),
        ("annote", bib_escape(f"{w['q']}{w['sep']}{question} {answers}")),
        (
            "language",
            {"en": "english", "zh": "chinese", "both": "chinese and english"}[c.lang],
        ),
    ]
    body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{c.key},\n{body},\n}}\n"


# ---------------------------------------------------------------- CSL-JSON


def to_csl_json(c: Citation) -> str:
    """A CSL-JSON list with one item; the full structure (answers, sources) under `custom`."""
    item: dict[str, object] = {
        "id": c.key,
        "type": "post",
        "title": " / ".join(q.text for q in c.question),
        "author": [{"literal": name} for name in _authors(c)],
        "container-title": c.collection,
        "publisher": "; ".join(_unique([s.publisher for s in c.sources])),
        "source": _given_by(c),
        "URL": c.url,
        "note": f"{_entry_line(c)} {_honesty(c)}",
        "language": None if c.lang == "both" else c.lang,
        "custom": {
            "entry-id": c.entry_id,
            "topic": c.topic,
            "question": [_quoted_json(q) for q in c.question],
            "asked-by": c.asked_by,
            "answers": [
                {
                    "role": a.role,
                    "handle": a.handle,
                    "name": a.name,
                    "credit": a.credit,
                    "source": a.source_id,
                    "texts": [_quoted_json(q) for q in a.texts],
                    "attribution": a.attribution,
                }
                for a in c.answers
            ],
            "sources": [
                {
                    "id": s.id,
                    "name": s.name,
                    "title": s.title,
                    "publisher": s.publisher,
                    "url": s.url,
                    "wording": s.what,
                    "quoted": s.quoted,
                }
                for s in c.sources
            ],
        },
    }
    return dumps([{k: v for k, v in item.items() if v is not None}])


def _quoted_json(q: Quoted) -> dict[str, str]:
    return {"lang": q.lang, "text": q.text, "wording": q.wording}


RENDER = {
    "text": to_text,
    "markdown": to_markdown,
    "bibtex": to_bibtex,
    "csl-json": to_csl_json,
}
"""Each format's renderer."""
