"""`kimi-ama-tui search QUERY`: the reader's filter, from the shell, ranked like grep prints.

Exit status as grep's: 0 with matches, 1 with none (or a bad corpus file), 2 on bad usage.
The search index of a corpus file is cached by `corpus.search.cached_index` (keyed by
the file's content), so a big corpus is loaded and indexed
once, not on every search.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar


if TYPE_CHECKING:
    from collections.abc import Callable

    from corpus.search import SearchIndex
    from corpus.search.results import SearchResult

T = TypeVar("T")


SHARED_OPTIONS = ("corpus", "lang")
"""Shared options this command takes before or after its name (see tui.cli.SHARED)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `search` subcommand."""
    parser = subparsers.add_parser(
        "search",
        help="search the corpus as the reader's filter does",
        description=(
            "Print the entries matching QUERY, best first: score, id, topic, question, "
            "speakers. QUERY is the reader's filter language: space-separated terms are "
            "ANDed; 'word exact, ^word prefix, word$ suffix, !word excludes, a | b either; "
            "by:HANDLE_OR_NAME, topic:WORD, src:reddit|digest|article, lang:zh|en. When "
            "fewer than 3 entries hold every term (a question typed as a sentence), entries "
            "holding any of them are printed, ranked by relevance, and a line on standard "
            "error says so (--json: \"relaxed\": true in each row). Exit "
            "status 0 with matches, 1 with none, 2 on bad usage."
        ),
    )
    parser.add_argument("query", metavar="QUERY", nargs="+", help="the query (several words are joined)")
    parser.add_argument("--limit", metavar="N", type=_positive, help="print at most N entries")
    parser.add_argument("--json", action="store_true", help="print a JSON array, best first")
    parser.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Search and print; the exit status says whether anything matched."""
    from corpus.query import parse_query

    query = " ".join(args.query)
    if not query.strip():
        print("kimi-ama-tui search: QUERY is empty; try e.g. kimi-ama-tui search int4", file=sys.stderr)
        return 2
    syntax = parse_query(query)
    if syntax.is_empty:
        return _usage(syntax.hint)
    lang = _lang(args)

    def shown(index: SearchIndex, result: SearchResult) -> tuple[str, int, str | None]:
        return _shown(index, result, lang, args.json)

    try:
        index, made = find_answer(args.corpus, query, args.limit, shown, cache=not args.no_cache)
    except _corpus_error() as err:  # evaluated only on an error: a cached index needs no pydantic
        print(f"kimi-ama-tui search: {_one_line(err)}", file=sys.stderr)
        return 1
    parsed = index.parse(query)
    if parsed.is_empty:
        return _usage(parsed.hint)
    if parsed.hint:
        print(f"kimi-ama-tui search: {parsed.hint}", file=sys.stderr)
    try:
        text, count, note = made or _search(index, query, args.limit, lang, args.json)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        if args.no_cache:
            raise
        # A cached index that passed its checks but fails when searched (a damaged or
        # planted posting): drop it and answer from a fresh index, which is cached again.
        from corpus.search.cache import drop_index_cache
        from corpus.loader import builtin_corpus_path

        drop_index_cache(Path(args.corpus) if args.corpus is not None else builtin_corpus_path())
        text, count, note = _search(load_index(args.corpus), query, args.limit, lang, args.json)
    if note and not args.json:
        print(f"kimi-ama-tui search: {note}", file=sys.stderr)
    from tui.cli import write_stdout

    write_stdout(text)
    return 0 if count else 1


def _search(index: SearchIndex, query: str, limit: int | None, lang: str, as_json: bool) -> tuple[str, int, str | None]:
    """What to print for `query` (`_shown`)."""
    return _shown(index, index.search(query, limit=limit, spans=False), lang, as_json)


def _shown(index: SearchIndex, result: SearchResult, lang: str, as_json: bool) -> tuple[str, int, str | None]:
    """What to print (lines, or a JSON array whose rows say whether they came from the
    relevance fallback), how many entries, and the line saying how the entries were
    ranked when not every term matched."""
    from tui.commands.search_rows import SearchRows

    rows = SearchRows(index, lang, result.relaxed)
    made = rows.rows(result.matches)
    return (rows.json(made) if as_json else rows.text(made)), len(made), result.ranking_note


def _usage(hint: str | None) -> int:
    hint = hint or "QUERY has no word to search; try e.g. kimi-ama-tui search int4"
    print(f"kimi-ama-tui search: {hint}", file=sys.stderr)
    return 2


def find_answer(
    path: Path | None, query: str, limit: int | None, shown: Callable[[SearchIndex, SearchResult], T], cache: bool = True
) -> tuple[SearchIndex, T | None]:
    """The index to search `query` in (as `load_index`), and `shown` of the result when
    it is known already: a big file with no cached index is answered from the entries
    that can match, where that is the whole engine's answer (`corpus.search.prefilter`),
    and indexed for the next search. Raises CorpusError for a bad file."""
    file = _corpus_file(path)
    if not cache:
        return load_index(path, cache=False), None
    from corpus.search.cache import index_cache

    found = index_cache(file)
    index = _cached_index(file, found)
    if index is not None:
        return index, None
    from corpus.search.build_cache import build_in_background, file_size

    if file_size(file) >= SCAN_MIN_BYTES:
        from corpus.search.prefilter import prefiltered_search

        answered = prefiltered_search(file, query, limit, shown)
        if answered is not None:
            if found is not None:
                build_in_background(file, found)  # indexed for the next search, once this one has exited
            return answered
    return _scanned_index(file, found), None


def load_index(path: Path | None, cache: bool = True) -> SearchIndex:
    """The search index of a corpus file (None: the built-in corpus), from the cache when
    the file has not changed since it was indexed. A big file with no cache (or caching
    off) is searched without building the index (`ScanIndex`: the same results, seconds
    sooner at 100k entries), and indexed by a detached child for the next search.
    Raises CorpusError for a bad file."""
    file = _corpus_file(path)
    if not cache:
        from corpus.loader import load_corpus
        from corpus.search import SearchIndex

        return SearchIndex.build(load_corpus(file))
    from corpus.search.cache import index_cache

    found = index_cache(file)
    return _cached_index(file, found) or _scanned_index(file, found)


def _corpus_file(path: Path | None) -> Path:
    from corpus.outline import BUILTIN_CORPUS

    return Path(path) if path is not None else BUILTIN_CORPUS


def _cached_index(file: Path, found: tuple[Path, str] | None) -> SearchIndex | None:
    """The file's cached index (built and cached first for a small file); None when a
    big file has none cached, or caching is off."""
    from corpus.search import cached_index

    if found is not None and found[0].exists():
        return cached_index(file, lazy=True)  # read (built again should it fail its checks)
    from corpus.search.build_cache import file_size

    if found is not None and file_size(file) < SCAN_MIN_BYTES:
        return cached_index(file, lazy=True)  # a small file: built and cached
    return None


def _scanned_index(file: Path, found: tuple[Path, str] | None) -> SearchIndex:
    """The file's texts, to be scanned (`ScanIndex`), and its index built in the
    background for the next search (`found`: where it is cached; None: caching is off)."""
    from corpus.compactload import load_compact
    from corpus.loader import load_corpus
    from corpus.search.build_cache import build_in_background
    from corpus.search.scan import ScanIndex

    compact = load_compact(file, alone=True)
    index = ScanIndex.build(compact if compact is not None else load_corpus(file))
    if found is not None:
        build_in_background(file, found)  # indexed for the next search, once this one has exited
    return index


SCAN_MIN_BYTES = 5_000_000
"""A corpus file at least this big with no cached index is scanned, not indexed: at 10k
entries (18 MB) indexing takes ~1.5 s more than the search it answers."""


def _corpus_error() -> type[Exception]:
    from corpus.loader import CorpusError

    return CorpusError


def _lang(args: argparse.Namespace) -> str:
    """--lang before the command, else the locale: zh for LANG=zh*, else en."""
    chosen = getattr(args, "lang", None)
    if chosen:
        return str(chosen)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _one_line(err: Exception) -> str:
    """The first problem of a bad corpus file, and how many more there are."""
    problems = [str(p) for p in getattr(err, "problems", [])] or [str(err)]
    more = len(problems) - 1
    tail = f" (and {more} more; see kimi-ama-tui check)" if more else ""
    return problems[0].replace("\n", " ") + tail
