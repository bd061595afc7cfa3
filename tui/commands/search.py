"""`kimi-ama-tui search QUERY`: the reader's filter, from the shell, ranked like grep prints.

Exit status as grep's: 0 with matches, 1 with none (or a bad corpus file), 2 on bad usage.
The search index of a corpus file is cached by `corpus.search.cached_index` (keyed by
the file's content), so a big corpus is loaded and indexed
once, not on every search.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.text import clean_text

if TYPE_CHECKING:
    from corpus.search import SearchIndex


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
    try:
        index = load_index(args.corpus, cache=not args.no_cache)
    except _corpus_error() as err:  # evaluated only on an error: a cached index needs no pydantic
        print(f"kimi-ama-tui search: {_one_line(err)}", file=sys.stderr)
        return 1
    parsed = index.parse(query)
    if parsed.is_empty:
        return _usage(parsed.hint)
    if parsed.hint:
        print(f"kimi-ama-tui search: {parsed.hint}", file=sys.stderr)
    lang = _lang(args)
    try:
        rows, note = _search(index, query, args.limit, lang)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        if args.no_cache:
            raise
        # A cached index that passed its checks but fails when searched (a damaged or
        # planted posting): drop it and answer from a fresh index, which is cached again.
        from corpus.search.cache import drop_index_cache
        from corpus.loader import builtin_corpus_path

        drop_index_cache(Path(args.corpus) if args.corpus is not None else builtin_corpus_path())
        rows, note = _search(load_index(args.corpus), query, args.limit, lang)
    if note and not args.json:
        print(f"kimi-ama-tui search: {note}", file=sys.stderr)
    _print(rows, args.json)
    return 0 if rows else 1


def _search(index: SearchIndex, query: str, limit: int | None, lang: str) -> tuple[list[dict[str, Any]], str | None]:
    """The rows to print, each saying whether it came from the relevance fallback, and
    the line saying how the entries were ranked when not every term matched."""
    result = index.search(query, limit=limit, spans=False)
    row = _Rows(index, lang, result.relaxed)
    return [row(match.entry_id, match.score) for match in result.matches], result.ranking_note


def _usage(hint: str | None) -> int:
    print(f"kimi-ama-tui search: {hint}", file=sys.stderr)
    return 2


def load_index(path: Path | None, cache: bool = True) -> SearchIndex:
    """The search index of a corpus file (None: the built-in corpus), from the cache when
    the file has not changed since it was indexed. Raises CorpusError for a bad file."""
    from corpus.outline import BUILTIN_CORPUS
    from corpus.search import SearchIndex, cached_index

    file = Path(path) if path is not None else BUILTIN_CORPUS
    if not cache:
        from corpus.loader import load_corpus

        return SearchIndex.build(load_corpus(file))
    return cached_index(file, lazy=True)


def _corpus_error() -> type[Exception]:
    from corpus.loader import CorpusError

    return CorpusError


class _Rows:
    """Makes the printed row of an entry; what many rows share (topics, speakers, where
    a layout keeps the question) is worked out once. Everything is cleaned again: an
    index read from a cache is untrusted, and this goes to a terminal."""

    def __init__(self, index: SearchIndex, lang: str, relaxed: bool) -> None:
        self.index, self.lang, self.relaxed = index, lang, relaxed
        self.langs = ("zh", "en") if lang == "both" else (lang, "zh" if lang == "en" else "en")
        self.positions = index.positions()
        self.questions = index.question_texts()
        self.topics: dict[int, tuple[str, str]] = {}
        self.layouts: dict[int, tuple[list[int], list[str], list[str]]] = {}

    def __call__(self, entry_id: str, score: float) -> dict[str, Any]:
        index = self.index
        i = self.positions[entry_id]
        layout = index.entry_layout[i]
        asked, names, speaker_ids = self.layouts.get(layout) or self._layout(layout)
        texts = self.questions(i)
        topic = self.topics.get(index.entry_topics[i]) or self._topic(index.entry_topics[i])
        return {
            "id": _clean(entry_id),
            "topic": topic[0],
            "topic_title": topic[1],
            "question": _clean(" / ".join(texts[k].replace("\n", " ") for k in asked)),
            "score": score,
            "speakers": names,
            "speaker_ids": speaker_ids,
            "relaxed": self.relaxed,
        }

    def _layout(self, layout_id: int) -> tuple[list[int], list[str], list[str]]:
        """Where a layout keeps the question in the shown language(s), and its speakers."""
        from corpus.search.text import QUESTION

        index = self.index
        keys = [index.layouts[layout_id][j][0] for j in index.class_fields[layout_id][QUESTION]]
        asked = [keys.index(f"question.{one}") for one in self.langs if f"question.{one}" in keys]
        asked = asked if self.lang == "both" else asked[:1]
        speakers = list(dict.fromkeys(k.split(".")[1] for k, _ in index.layouts[layout_id] if k.startswith("speaker.")))
        names = [_clean(_speaker_name(index, sid, self.lang)) for sid in speakers]
        found = self.layouts[layout_id] = (asked, names, [_clean(sid) for sid in speakers])
        return found

    def _topic(self, number: int) -> tuple[str, str]:
        topic = self.index.topics[number]
        title = topic[1 if self.lang == "zh" else 2] or topic[1] or topic[2] or ""
        found = self.topics[number] = (_clean(topic[0]), _clean(title))
        return found


def _clean(text: str) -> str:
    """`clean_text`, skipped for the usual text that holds nothing it would change (no
    control, format, line-separator or surrogate character: all are unprintable)."""
    return text if text.isprintable() else clean_text(text)


def _speaker_name(index: SearchIndex, speaker_id: str, lang: str) -> str:
    handle, zh, en = index.speakers[speaker_id]
    if handle:
        return f"u/{handle}"
    return (zh if lang == "zh" else en) or zh or en or speaker_id


def _print(rows: list[dict[str, Any]], as_json: bool) -> None:
    from tui.cli import write_stdout

    if as_json:
        write_stdout(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    width = min(40, max((len(row["id"]) for row in rows), default=0))
    topic_width = min(24, max((len(row["topic"]) for row in rows), default=0))
    lines = [
        f"{row['score']:5g}  {row['id']:<{width}}  {row['topic']:<{topic_width}}  "
        f"{row['question']}  ({', '.join(row['speakers'])})"
        for row in rows
    ]
    write_stdout("".join(line + "\n" for line in lines))


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
