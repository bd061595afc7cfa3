"""A typed question cut into the units the relevance fallback scores: each a content
word of the query (stop words dropped, English stemmed, Chinese cut into the corpus's
words or character bigrams) with the words that render it in the other language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.query import Filter, FilterQuery, Item, Term, fold_case
from corpus.search.stopwords import ENGLISH, chinese_pieces, stem
from corpus.search.text import _CJK_RUN

TRANSLATED = 0.7
"""Weight of a unit's translation against the word the reader typed."""
MAX_UNITS = 32
"""Units kept from one query (the first ones): a pasted page must not cost a term
lookup per bigram on every keystroke."""

_CHUNK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True)
class Unit:
    """One thing the question asks about: terms that stand for it, each with a weight;
    an entry scores the best of them in each field class."""

    text: str
    terms: tuple[tuple[Term, float], ...]


@dataclass(frozen=True)
class Question:
    """A query read as a question: what every result must satisfy (field filters,
    exclusions, as typed) and the units results are ranked by."""

    required: tuple[tuple[Item, ...], ...]
    units: tuple[Unit, ...]


def read_question(
    parsed: FilterQuery, words: frozenset[str], translations: dict[str, tuple[str, ...]]
) -> Question:
    """Cut a parsed query into units. Field filters and `!exclusions` stay required;
    a plain term becomes content words; an operator term (`'exact`, `^prefix`, `a | b`)
    is one unit as typed."""
    required: list[tuple[Item, ...]] = []
    units: list[Unit] = []
    plain: list[str] = []  # consecutive plain terms, read together (`how many`, `open source`)
    for clause in parsed.clauses:
        if len(clause) == 1 and isinstance(clause[0], Term) and clause[0].fuzzy:
            plain.append(clause[0].text)
            continue
        units += _content_units(" ".join(plain), words, translations)
        plain = []
        if any(isinstance(item, Filter) or item.negated for item in clause):
            required.append(clause)
        else:
            terms = tuple((item, 1.0) for item in clause if isinstance(item, Term))
            units.append(Unit(" | ".join(t.text for t, _ in terms), terms))
    units += _content_units(" ".join(plain), words, translations)
    seen: dict[str, Unit] = {}
    for unit in units:
        if len(seen) == MAX_UNITS:
            break
        seen.setdefault(unit.text, unit)
    return Question(tuple(required), tuple(seen.values()))


def _content_units(text: str, words: frozenset[str], translations: dict[str, tuple[str, ...]]) -> list[Unit]:
    units: list[Unit] = []
    previous: str | None = None
    for chunk in _CHUNK.findall(text):
        if _CJK_RUN.fullmatch(chunk):
            previous = None
            for piece in chinese_pieces(chunk, words):
                grams = [piece] if piece in words or len(piece) <= 2 else [piece[j : j + 2] for j in range(len(piece) - 1)]
                units += [_unit(gram, gram, translations) for gram in grams]
            continue
        word = fold_case(_EDGE.sub("", chunk))
        if not word:
            previous = None
            continue
        if previous:  # a known two-word term: `open source`, or stop words that ask for one (`how many`)
            key = f"{stem(previous)} {stem(word)}"
            if key in translations:
                stops = previous in ENGLISH and word in ENGLISH
                units.append(_unit(f"{previous} {word}", key, translations, typed_too=not stops))
        previous = word
        if word not in ENGLISH and (len(word) > 1 or word.isdigit()):
            units.append(_unit(word, stem(word), translations))
    return units


def _unit(typed: str, key: str, translations: dict[str, tuple[str, ...]], typed_too: bool = True) -> Unit:
    """The typed word (typos allowed), its stem and the stem's translations (known
    words: no typo matching, which would cost a vocabulary scan each and add noise).
    `typed_too=False`: the translations only (the typed words are stop words)."""
    terms = [(Term(typed), 1.0)] if typed_too else []
    terms += [(Term(key, exact=True), 1.0)] if key != typed and typed_too else []
    terms += [(Term(other, exact=True), TRANSLATED) for other in translations.get(key, ()) if other not in (key, typed)]
    return Unit(typed, tuple(terms))
