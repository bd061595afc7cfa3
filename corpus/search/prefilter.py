"""A cold `search` of a big corpus file, answered from the entries that can match.

With no index cached, a search of a 100k-entry file used to decode every entry (1.2 s),
join every text (0.7 s) and scan it all (0.4-0.9 s). Most of that is spent on entries
that cannot match: a term of plain letters and digits, or of CJK characters, is written
in a JSON file as it is, so an entry whose JSON does not hold the term's bytes (its
ASCII letters in either case) does not hold the term. So:

- the file is decoded with each entry left as its undecoded JSON (`msgspec.Raw`: 0.1 s);
- the entries whose JSON holds a term of every clause (or whose topic's title does) are
  decoded, and searched by the engine itself (`ScanIndex`), in their order;
- meanwhile a forked child checks what this leaves unchecked: that the whole file is
  valid (decoded as `load_compact` decodes it), needs no cleaning (no \\u escape, so
  none can hide a term's letter), and holds no full-width form (or other character that
  folds) of a term's letters. The answer stands only when it says yes.

Wherever this is not the whole engine's answer, None sends the caller the whole way
(`load_index`): a query with field filters, negations or punctuation; a term in a
speaker's name; a term that is no word of the corpus (a typo is looked for among every
word); fewer than a handful of entries holding every term (the relevance fallback
weighs terms over the whole corpus); a file the child does not pass, or no `fork`.
`tests/test_search_prefilter.py` compares the answers with the whole engine's.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import msgspec

from corpus.query import FilterQuery, Term, fold_case, fold_width, parse_query
from corpus.search.scan import ScanIndex
from corpus.search.text import CJK_RE

if TYPE_CHECKING:
    from pathlib import Path

    from corpus.search.results import SearchResult

__all__ = ["prefiltered_search"]

_PLAIN = re.compile(r"[0-9A-Za-z]+")
_FOLDING = "".join(map(chr, range(0xFF01, 0xFF5F))) + "\u3000\u0130\u212a"
"""Every character that `fold_width` and `fold_case` turn into (or towards) an ASCII
one: the full-width forms, the ideographic space, İ and the Kelvin sign (checked against
the whole of Unicode by the tests)."""


class _WholeCorpusNeeded(Exception):
    """The engine asked for something only the whole corpus can answer."""


class _CandidateIndex(ScanIndex):
    """The scan index of the candidate entries, refusing what needs the others."""

    def _fuzzy(self, text: str) -> dict[str, int]:
        raise _WholeCorpusNeeded  # a typo: looked for among every word of the corpus

    def _relaxed(self, *args: Any, **kwargs: Any) -> SearchResult | None:
        raise _WholeCorpusNeeded  # relevance weighs each term over every entry


def prefiltered_search(path: Path, query: str, limit: int | None) -> tuple[ScanIndex, SearchResult] | None:
    """The index of the entries that can match `query` in the corpus file at `path`, and
    the search's result, the same as the whole engine's; None where this cannot say."""
    parsed = parse_query(query)
    clauses = _plain_clauses(parsed)
    if clauses is None or not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    from corpus.compact import struct_types
    from corpus.compactload import read_file

    try:
        data = read_file(path)
    except OSError:
        return None
    if data is None or path.suffix.lower() == ".toml" or data.startswith(b"\xef\xbb\xbf"):
        return None  # the whole way reads it
    types = struct_types(interned=False)  # (made before the fork: the child's too)
    child = _check_in_child(data, _folding_forms(clauses), types["Corpus"])
    found = None
    try:
        found = _search_candidates(data, types, clauses, parsed.case_sensitive, query, limit)
    finally:
        passed = _verdict(child, kill=found is None)
    return found if passed else None


def _plain_clauses(parsed: FilterQuery) -> list[list[str]] | None:
    """Each clause's terms when every one is plain letters and digits or CJK characters
    (of any kind: exact, prefix...) and none is negated; else None."""
    if parsed.is_empty or parsed.hints:
        return None
    clauses = []
    for clause in parsed.clauses:
        terms = []
        for item in clause:
            if not isinstance(item, Term) or item.negated:
                return None
            text = item.text
            if not (_PLAIN.fullmatch(text) or all(CJK_RE.fullmatch(char) for char in text)):
                return None
            terms.append(text)
        clauses.append(terms)
    return clauses


def _folded(text: str) -> str:
    return fold_case(fold_width(text))


def _folding_forms(clauses: list[list[str]]) -> str:
    """The characters that fold into a letter of a term (of either case)."""
    letters = {char for terms in clauses for term in terms for char in fold_case(term)}
    return "".join(char for char in _FOLDING if letters & set(_folded(char)))


def _check_in_child(data: bytes | bytearray, forms: str, corpus_type: Any) -> int:
    """A forked child that exits 0 when the file holds none of `forms`, needs no cleaning
    and decodes as `load_compact` decodes it; 1 otherwise. Its pid."""
    child = os.fork()
    if child != 0:
        return child
    status = 1
    try:  # nothing else runs in the child: its exit status is the answer
        from corpus.compactload import text_needs_no_cleaning

        if text_needs_no_cleaning(data, absent=forms):
            msgspec.json.decode(data, type=corpus_type)
            status = 0
    finally:
        os._exit(status)


def _verdict(child: int, kill: bool) -> bool:
    """Whether the child passed the file (killed first when its answer is not needed)."""
    if kill:
        try:
            os.kill(child, 9)
        except OSError:
            pass
    try:
        status = os.waitstatus_to_exitcode(os.waitpid(child, 0)[1])
    except ChildProcessError:  # SIGCHLD ignored: reaped by the kernel, its answer lost
        return False
    return status == 0 and not kill


def _search_candidates(
    data: bytes | bytearray,
    types: dict[str, Any],
    clauses: list[list[str]],
    case_sensitive: bool,
    query: str,
    limit: int | None,
) -> tuple[ScanIndex, SearchResult] | None:
    """Decode the entries that can match and search them; None when the answer needs the
    whole corpus (or the file is bad: the whole way says what is wrong). A query in
    smart case's case-sensitive mode picks the entries holding its terms as typed."""
    from corpus.compact import struct_types
    from corpus.compactload import struct_fields

    try:
        skeleton = msgspec.json.decode(data, type=struct_types(skeleton=True, interned=False, raw=True)["Corpus"])
        folded = [[fold_case(term) for term in terms] for terms in clauses]
        for speaker in skeleton.speakers:
            names = [_folded(name) for name in [speaker.handle or "", *_texts(speaker.name)]]
            if any(term in name for terms in folded for term in terms for name in names):
                return None  # every entry of theirs holds it
        lower = not case_sensitive and any(_PLAIN.fullmatch(term) for terms in clauses for term in terms)
        wanted = [[term.encode() for term in terms] for terms in (folded if lower else clauses)]
        decoder = msgspec.json.Decoder(tuple[types["Entry"], ...])  # type: ignore[name-defined]
        topics, total = [], 0
        for topic in skeleton.topics:
            titles = [_folded(text) for text in _texts(topic.title)]
            left = [want for want, terms in zip(wanted, folded) if not any(t in title for t in terms for title in titles)]
            kept = [raw for raw in topic.entries if _holds(bytes(raw), left, lower)]
            total += len(topic.entries)
            entries = decoder.decode(b"[" + b",".join(kept) + b"]") if kept else ()
            topics.append(types["Topic"](**{**struct_fields(topic), "entries": entries}))
        if not any(topic.entries for topic in topics):
            return None  # a typo, or nothing: the whole way says which
        corpus = types["Corpus"](**{**struct_fields(skeleton), "topics": tuple(topics)})
    except (msgspec.DecodeError, ValueError, TypeError, RecursionError):
        return None
    index = _CandidateIndex.build(corpus)
    try:
        result = index.search(query, limit=limit, spans=False)
    except _WholeCorpusNeeded:
        return None
    return index, replace(result, total=total)


def _holds(raw: bytes, clauses: list[list[bytes]], lower: bool) -> bool:
    """Whether an entry's JSON holds a term of every clause (`lower`: case-folded first)."""
    if not clauses:
        return True
    if lower:
        raw = raw.lower()
    return all(any(term in raw for term in terms) for terms in clauses)


def _texts(text: Any) -> list[str]:
    """A localized text's strings (or a bare string's)."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return [value for value in (text.zh, text.en) if value]
