"""A cold `search` of a big corpus file, answered from the entries that can match.

With no index cached, a search of a 100k-entry file used to decode every entry (1.2 s),
join every text (0.7 s) and scan it all (0.4-0.9 s). Most of that is spent on entries
that cannot match: a term of plain letters and digits, or of CJK characters, is written
in a JSON file as it is, so an entry whose JSON does not hold the term's bytes (its
ASCII letters in either case) does not hold the term. So:

- the file is decoded with each entry left as its undecoded JSON (`msgspec.Raw`: 0.1 s);
- the entries whose JSON holds a term of every clause (or whose topic's title does) are
  decoded, and searched by the engine itself (`ScanIndex`), in their order;
- meanwhile forked children check what this leaves unchecked, on the machine's other
  core: one that the file needs no cleaning (no \\u escape, so none can hide a term's
  letter) and holds no full-width form (or other character that folds) of a term's
  letters; one, forked once the candidates are known, that the other entries decode as
  `load_compact` decodes them (the rest of the file, its skeleton, was decoded here).
  The answer stands only when both say yes (the candidates' index skips the width
  folding). Decoding the other entries alone, not the whole file again, made `幻觉`
  1.55-1.63 s -> 1.37-1.53 s at 100k entries: that decode (1.0-1.2 s) was what it
  waited for.

Wherever this is not the whole engine's answer, None sends the caller the whole way
(`load_index`): a query with field filters, negations or punctuation; a term in a
speaker's name; a term that is no word of the corpus (a typo is looked for among every
word); fewer than a handful of entries holding every term (the relevance fallback
weighs terms over the whole corpus); a file the children do not pass, or no `fork`.
`tests/test_search_prefilter.py` compares the answers with the whole engine's.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import replace
from itertools import compress
from operator import methodcaller, not_
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from corpus.query import FilterQuery, Term, fold_case, fold_width, parse_query
from corpus.search.scan import ScanIndex
from corpus.search.text import CJK_RE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from corpus.search.results import SearchResult

__all__ = ["prefiltered_search"]

T = TypeVar("T")

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

    def _width_folded(self, c: int, cs: bool, text: str) -> Any:
        return self._joined(c, cs)  # no full-width form of a term's letter: else no answer


def prefiltered_search(
    path: Path, query: str, limit: int | None, shown: Callable[[ScanIndex, SearchResult], T]
) -> tuple[ScanIndex, T] | None:
    """The index of the entries that can match `query` in the corpus file at `path`, and
    `shown` of the search's result (the same as the whole engine's), made while the
    children check the file; None where this cannot say."""
    parsed = parse_query(query)
    clauses = _plain_clauses(parsed)
    if clauses is None or not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    from corpus.compact import struct_types
    from corpus.compactload import read_file, text_needs_no_cleaning

    try:
        data = read_file(path)
    except OSError:
        return None
    if data is None or path.suffix.lower() == ".toml" or data.startswith(b"\xef\xbb\xbf"):
        return None  # the whole way reads it
    # (made before the fork: the children's too) the structs refusing texts written as
    # bare strings first, then those making them texts: 0.1 s sooner at 100k entries
    families = (struct_types(interned=False, bare_strings=False), struct_types(interned=False))
    forms = _folding_forms(clauses)
    children = [_in_child(lambda: text_needs_no_cleaning(data, absent=forms))]
    answer = None
    try:
        found = _search_candidates(data, families, clauses, parsed.case_sensitive, query, limit, children)
        if found is not None:
            answer = found[0], shown(*found)
    finally:
        passed = [_verdict(child, kill=answer is None) for child in children]
    return answer if all(passed) else None


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


def _in_child(check: Callable[[], bool]) -> int:
    """A forked child that exits 0 when `check()` is true, 1 otherwise (an error
    included); its pid. They share the machine's cores with the search: whether the file
    needs no cleaning (0.4 s at 100k entries), and whether the entries that cannot match
    decode as `load_compact` decodes them (0.8 s for 80k entries)."""
    child = os.fork()
    if child != 0:
        return child
    status = 1
    try:  # nothing else runs in the child: its exit status is the answer
        status = 0 if check() else 1
    finally:
        os._exit(status)


def _decoded(data: bytes | bytearray, kinds: list[Any]) -> Any:
    """`data` decoded as the first of these types that takes it (msgspec.ValidationError
    when none does)."""
    for kind in kinds[:-1]:
        try:
            return msgspec.json.decode(data, type=kind)
        except msgspec.ValidationError:
            pass
    return msgspec.json.decode(data, type=kinds[-1])


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
    families: tuple[dict[str, Any], ...],
    clauses: list[list[str]],
    case_sensitive: bool,
    query: str,
    limit: int | None,
    children: list[int],
) -> tuple[ScanIndex, SearchResult] | None:
    """Decode the entries that can match and search them; None when the answer needs the
    whole corpus (or the file is bad: the whole way says what is wrong). A query in
    smart case's case-sensitive mode picks the entries holding its terms as typed. The
    other entries are decoded meanwhile by a forked child (added to `children`): with
    the skeleton decoded here, every part of the file is checked once."""
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
        types, entry_kinds = families[-1], [tuple[family["Entry"], ...] for family in families]  # type: ignore[name-defined]
        picked, others = [], []
        for topic in skeleton.topics:
            titles = [_folded(text) for text in _texts(topic.title)]
            left = [want for want, terms in zip(wanted, folded) if not any(t in title for t in terms for title in titles)]
            kept, rest = _holding(topic.entries, left, lower)
            picked.append(kept)
            others += rest
        if others:  # (one child: two, a half each, slowed the search here by 0.2 s)
            children.append(_in_child(lambda: _decoded(_array(others), entry_kinds) is not None))
        topics, total = [], 0
        for topic, kept in zip(skeleton.topics, picked):
            total += len(topic.entries)
            entries = _decoded(_array(kept), entry_kinds) if kept else ()
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


def _holding(
    raws: tuple[msgspec.Raw, ...], clauses: list[list[bytes]], lower: bool
) -> tuple[list[msgspec.Raw], list[msgspec.Raw]]:
    """The entries whose JSON holds a term of every clause (`lower`: case-folded first),
    and the others; for one term, in C calls only (0.15 s less at 100k entries)."""
    if not clauses:
        return list(raws), []
    texts: Iterable[bytes] = map(bytes, raws)
    if lower:
        texts = map(bytes.lower, texts)
    if len(clauses) == 1 and len(clauses[0]) == 1:
        holds = list(map(methodcaller("__contains__", clauses[0][0]), texts))
    else:
        holds = [all(any(term in text for term in terms) for terms in clauses) for text in texts]
    return list(compress(raws, holds)), list(compress(raws, map(not_, holds)))


def _array(raws: list[msgspec.Raw]) -> bytes:
    """The JSON array of these entries."""
    return b"[" + b",".join(raws) + b"]"


def _texts(text: Any) -> list[str]:
    """A localized text's strings (or a bare string's)."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return [value for value in (text.zh, text.en) if value]
