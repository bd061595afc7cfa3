"""The filter query language, parsed into terms and field filters (fzf users' habits).

    training cost      both words (space-separated terms are ANDed)
    'int4              exact substring, no fuzzy match;  'int4'  whole word only
    ^why   fp4$        prefix / suffix of a field
    !api               exclude entries that contain "api"
    int4 | fp4         either
    by:zxytim  by:杨植麟  topic:multimodal  src:article  lang:en   field filters
    training\\ cost     an escaped space keeps a phrase together
    "training cost"    a quoted phrase: that exact text (while typed, the text so far)
    int4|fp4           either, with or without spaces around the bar

Smart case: matching ignores case unless the query holds a capital letter. Full-width
forms are folded to half-width (ＩＮＴ４ is INT4). A malformed part (`by:` alone, `lang:fr`,
a lone `!` or `|`) is dropped with a hint; the rest of the query still runs.
Plain Python, no Textual import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FilterKind = Literal["by", "topic", "src", "lang"]
FILTER_KINDS: tuple[FilterKind, ...] = ("by", "topic", "src", "lang")
LANG_NAMES: dict[str, str] = {
    "zh": "zh", "chinese": "zh", "cn": "zh", "中文": "zh", "中": "zh",
    "en": "en", "english": "en", "英文": "en", "英": "en",
}

_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FILTER = re.compile(r"^(by|topic|src|lang):(.*)$", re.IGNORECASE | re.DOTALL)
_SPLIT = re.compile(r"!?\"[^\"]*(?:\"|$)|(?:\\\s|\S)+")
_EXAMPLES: dict[str, str] = {
    "by": "by: needs a name, e.g. by:zxytim or by:杨植麟",
    "topic": "topic: needs a word, e.g. topic:multimodal",
    "src": "src: needs a source, e.g. src:reddit, src:digest or src:article",
    "lang": "lang: needs zh or en, e.g. lang:zh",
}


def fold_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space to half-width; length-preserving."""
    return text.translate(_WIDTH)


def fold_case(text: str) -> str:
    """Lower-case, length-preserving (İ, the one character whose lower case is longer, -> i)."""
    if "İ" in text:
        text = text.replace("İ", "i")
    return text.lower()


@dataclass(frozen=True)
class Term:
    """A text term: what to look for and how."""

    text: str
    """The term, width-folded, case as typed (never empty)."""
    exact: bool = False
    """`'word`: a substring match only, never fuzzy."""
    whole_word: bool = False
    """`'word'`: only where it stands as a whole word."""
    prefix: bool = False
    """`^word`: the field starts with it."""
    suffix: bool = False
    """`word$`: the field ends with it (trailing punctuation and spaces ignored)."""
    negated: bool = False
    """`!word`: entries that contain it are excluded."""

    @property
    def fuzzy(self) -> bool:
        """Whether a typo-tolerant match is allowed at all."""
        return not (self.exact or self.whole_word or self.prefix or self.suffix or self.negated)


@dataclass(frozen=True)
class Filter:
    """A field filter such as `by:zxytim`; its value is checked against the corpus later."""

    kind: FilterKind
    value: str
    negated: bool = False


Item = Term | Filter
Clause = tuple[Item, ...]
"""Alternatives joined by `|`: an entry satisfies the clause if it satisfies any of them."""


@dataclass(frozen=True)
class FilterQuery:
    """A parsed query: every clause must hold (AND); `hints` name what was dropped."""

    text: str
    clauses: tuple[Clause, ...]
    hints: tuple[str, ...]
    case_sensitive: bool

    @property
    def hint(self) -> str | None:
        """All hints in one line, or None when the query is well formed."""
        return "; ".join(self.hints) or None

    @property
    def is_empty(self) -> bool:
        """True when nothing is left to match on (blank, or only malformed parts)."""
        return not self.clauses


def lang_of(value: str) -> str | None:
    """The language code a `lang:` value names ('zh', 'en'), or None."""
    value = fold_case(value)
    if value in LANG_NAMES:
        return LANG_NAMES[value]
    if value.isascii():
        found = {code for name, code in LANG_NAMES.items() if name.startswith(value)}
        if len(found) == 1:
            return found.pop()
    return None


def _tokens(text: str) -> list[str]:
    """Whitespace-separated tokens; `\\ ` keeps a space inside a token; a quoted phrase is
    one exact term (`"a b"` reads as `'a b`); a bar inside a token splits it (`a|b`)."""
    out: list[str] = []
    for tok in _SPLIT.findall(text):
        bang = "!" if tok.startswith("!") else ""
        body = tok[len(bang):]
        if body.startswith('"'):  # "a phrase", or one still being typed: "a phr
            phrase = body[1:-1] if len(body) >= 2 and body.endswith('"') else body[1:]
            out.append(f"{bang}'{phrase}" if phrase.strip() else f'{bang}"')  # ('"': a hint)
            continue
        tok = re.sub(r"\\(\s)", r"\1", tok)
        if "|" in tok and tok != "|":
            out += [part for part in re.split(r"(\|)", tok) if part]
        else:
            out.append(tok)
    return out


def _parse_item(token: str, hints: list[str]) -> Item | None:
    negated = token.startswith("!")
    body = token[1:] if negated else token
    if not body:
        hints.append("! needs a word after it, e.g. !api")
        return None
    if body == '"':
        hints.append('" needs a phrase, e.g. "training cost"')
        return None
    found = _FILTER.match(body)
    if found:
        kind: FilterKind = found.group(1).lower()  # type: ignore[assignment]
        value = found.group(2)
        if not value:
            hints.append(_EXAMPLES[kind])
            return None
        if kind == "lang" and lang_of(value) is None:
            hints.append(f"lang:{value} is not a language: use lang:zh or lang:en")
            return None
        return Filter(kind, value, negated)
    return _parse_term(body, negated, hints)


def _parse_term(body: str, negated: bool, hints: list[str]) -> Term | None:
    exact = whole_word = prefix = suffix = False
    text = body
    if text.startswith("'"):
        exact, text = True, text[1:]
        if len(text) > 1 and text.endswith("'"):
            whole_word, text = True, text[:-1]
    elif text.startswith("^"):
        prefix, text = True, text[1:]
    if text.endswith("$") and not text.endswith("\\$"):
        suffix, text = True, text[:-1]
    text = text.replace("\\$", "$")
    if not text:
        mark = "'" if exact else "^" if prefix else "$" if suffix else "!"
        hints.append(f"{mark} needs a word, e.g. {mark}int4" if mark != "$" else "$ needs a word before it, e.g. fp4$")
        return None
    return Term(text, exact, whole_word, prefix, suffix, negated)


def parse_query(text: str) -> FilterQuery:
    """Parse a filter query. Never raises: malformed parts become hints."""
    hints: list[str] = []
    groups: list[list[Item]] = []
    joining = False
    bar_hint = "| needs a term on each side, e.g. int4 | fp4"
    for token in _tokens(fold_width(text)):
        if token == "|":
            if not groups or joining:
                hints.append(bar_hint)
            joining = bool(groups)
            continue
        item = _parse_item(token, hints)
        if item is None:
            continue
        if joining and groups:
            groups[-1].append(item)
        else:
            groups.append([item])
        joining = False
    if joining:
        hints.append(bar_hint)
    case_text = "".join(
        item.text if isinstance(item, Term) else item.value
        for group in groups
        for item in group
        if isinstance(item, Term) or item.kind in ("by", "topic")
    )
    return FilterQuery(
        text=text,
        clauses=tuple(tuple(group) for group in groups),
        hints=tuple(dict.fromkeys(hints)),
        case_sensitive=case_text != fold_case(case_text),
    )
