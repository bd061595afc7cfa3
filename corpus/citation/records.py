"""A citation as a reference manager stores it: BibTeX and CSL-JSON.

Plain Python, no Textual import. The quoted answers and what they are go in BibTeX's
`annote` and `note`; CSL-JSON carries the whole structure under `custom`.
"""

from __future__ import annotations

import json

from corpus.citation.facts import TOOL, Citation, CitedSource, Quoted, by_asker
from corpus.citation.prose import WORDS
from corpus.text import url_escape


def dumps(value: object) -> str:
    """JSON with Chinese kept as is, indented, ending with a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- BibTeX

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    # BibTeX counts every brace, escaped or not: a lone one must not appear at all.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
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


def _edits(c: Citation) -> str:
    """The note's sentences on quoted texts edited after posting ('' when none was)."""
    return "".join(f" {note}" for note in c.edit_notes())


def _saved(c: Citation) -> str:
    """The note's sentence on a text quoted from a saved copy ('' when it is not)."""
    return f" {c.saved_note}" if c.saved_note else ""


def _edited_json(edited: bool, edited_on: str | None) -> str | bool:
    """A CSL custom `edited`: the day of the last edit, else whether it was edited."""
    return edited_on or edited


def _entry_line(c: Citation) -> str:
    """'Entry ID (tool).', and where the entry is collected when it was published elsewhere."""
    w = WORDS[c.ui]
    line = f"{w['entry']} {c.entry_id} {w['open']}{TOOL}{w['close']}{w['end']}"
    if c.collected_in:
        collected = w["collected"].format(title=c.collected_in)
        line += f" {collected[:1].upper()}{collected[1:]}{w['end']}"
    return line


def _authors(c: Citation) -> list[str]:
    """Who answered, each once: handle, then the name (where it is not the handle) and
    what it rests on. An asker's follow-up question is no answer: its asker is no author."""
    names = []
    for a in c.answers:
        if by_asker(a):
            continue
        about = "; ".join(x for x in (a.name if a.name != a.handle else None, a.caveat) if x)
        names.append((f"u/{a.handle} ({about})" if about else f"u/{a.handle}") if a.handle else a.name)
    return _unique(names)


def _given_by(c: Citation) -> str:
    w = WORDS[c.ui]
    names = _unique(
        [s.name for a in c.answers for s in c.sources if s.id == a.source_id]
    )
    own = {a.own for a in c.answers}
    given = w[f"given_{own.pop()}"] if len(own) == 1 and None not in own else w["given"]
    return f"{c.collection}; {given} {w['and'].join(names)}"


def _sources_sentence(c: Citation) -> str:
    parts = []
    for s in c.sources:
        unquoted = [] if s.quoted else [WORDS[c.ui]["unquoted"]]
        bits = [s.publisher, s.what, *unquoted] + ([s.url] if s.url and s.url != c.url else [])
        parts.append(f"{s.title} ({'; '.join(bits)})")
    return "; ".join(parts)


def to_bibtex(c: Citation) -> str:
    """A BibTeX `@misc` entry keyed by the entry id; the quoted answers go in `annote`."""
    w = WORDS[c.ui]
    question = " ".join(f"[{q.wording}] {q.text}" for q in c.question)
    question += f" [{c.question_edit_note}]" if c.question_edit_note else ""
    answers = " ".join(
        f"{a.role_label} · {a.credit}{w['sep']}"
        + (f"[{a.edit_note}] " if a.edit_note else "")
        + " ".join(f"[{q.wording}] {q.text}" for q in a.texts)
        + (f" {w['open']}{a.attribution}{w['close']}" if a.attribution else "")
        for a in c.answers
    )
    note = f"{_entry_line(c)} {_honesty(c)}{_edits(c)}{_saved(c)} {w['sources']} {_sources_sentence(c)}{w['end']}"
    fields = [
        ("title", "{" + bib_escape(" / ".join(q.text for q in c.question)) + "}"),
        ("author", " and ".join("{" + bib_escape(name) + "}" for name in _authors(c))),
        ("howpublished", bib_escape(_given_by(c))),
        ("url", url_escape(c.url) if c.url else None),
        ("urldate", bib_escape(c.accessed) if c.url and c.accessed else None),
        ("date", bib_escape(c.date) if c.date else None),
        ("note", bib_escape(note)),
        (
            "annote",
            bib_escape(
                (f"{w['reading']}{w['sep']}{c.note} " if c.note else "")
                + f"{w['q']}{w['sep']}{question} {answers}"
            ),
        ),
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
        "collection-title": c.collected_in,
        "publisher": "; ".join(_unique([s.publisher for s in c.sources if s.named])) or None,
        "source": _given_by(c),
        "URL": c.url,
        "accessed": _csl_date(c.accessed) if c.url and c.accessed else None,
        "issued": _csl_date(c.date),
        "annote": c.note,
        "note": f"{_entry_line(c)} {_honesty(c)}{_edits(c)}{_saved(c)}",
        "language": None if c.lang == "both" else c.lang,
        "custom": {
            "entry-id": c.entry_id,
            "topic": c.topic,
            "question": [_quoted_json(q) for q in c.question],
            "asked-by": c.asked_by,
            "question-edited": _edited_json(c.question_edited, c.question_edited_on),
            "answers": [
                {
                    "role": a.role,
                    "handle": a.handle,
                    "name": a.name,
                    "credit": a.credit,
                    "identification": a.identification,
                    "caveat": a.caveat,
                    "source": a.source_id,
                    "texts": [_quoted_json(q) for q in a.texts],
                    "attribution": a.attribution,
                    "date": a.date,
                    "edited": _edited_json(a.edited, a.edited_on),
                }
                for a in c.answers
            ],
            "sources": [_source_json(s) for s in c.sources],
        },
    }
    return dumps([{k: v for k, v in item.items() if v is not None}])


def _source_json(s: CitedSource) -> dict[str, object]:
    """A source under CSL-JSON's `custom`; no publisher key when the source names none."""
    publisher = {"publisher": s.publisher} if s.named else {}
    return {
        "id": s.id,
        "name": s.name,
        "title": s.title,
        **publisher,
        "url": s.url,
        "wording": s.what,
        "quoted": s.quoted,
        "saved-copy": s.saved_copy,
    }


def _csl_date(day: str | None) -> dict[str, list[list[int]]] | None:
    """A YYYY-MM-DD day as a CSL date ({"date-parts": [[y, m, d]]})."""
    if not day:
        return None
    return {"date-parts": [[int(part) for part in day.split("-")]]}


def _quoted_json(q: Quoted) -> dict[str, str]:
    return {"lang": q.lang, "text": q.text, "wording": q.wording}
