"""Filtering: the reader screen's filter, from a typed query to the tree listing its result.

`ReaderScreen` inherits it. A small corpus is searched on the UI thread; a large one in
the search thread (`tui.filter_search`), waited for a moment so that a keystroke's result
is usually applied in the handler of its change; a slower one is applied by a worker when
it comes. Only the newest query's result is applied (`generation`). When a topic's listed
matches run out, a longer result is asked for off the UI thread (`tui.filter_growth`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Tree

from tui.filter_search import SearchThread
from tui.screens.reading_workflow import ReadingWorkflow
from tui.ui_text import entry_count, query_hint, ranking_note, words
from tui.widgets.status_line import StatusLine
from tui.widgets.topic_tree import MAX_SHOWN, Shown, TopicTree

if TYPE_CHECKING:
    from corpus.search import SearchResult
    from tui.app import ReaderApp

QUESTIONS_ONLY = "questions_only"
"""The status line's note (a `ui_text` key) while the filter searches the outline's
questions alone: 'questions only: the answers are loading…'."""
INDEXING = "indexing"
"""The status line's note while the whole index is built (searches scan the texts):
'indexing: slower searches…'."""
QUERY_HINT = "query"
"""The status line's hint is the result's own: a malformed query."""
RANKED = "ranked"
"""The status line's hint is how the result was ranked (no entry held every term)."""
INLINE_SEARCH_LIMIT = 2000
"""Up to this many entries the filter searches on the UI thread (measured: about 1 ms)."""
SEARCH_WAIT = 0.02
"""Seconds the screen waits for the search thread before a worker waits for it instead."""
SEARCHING = "searching"
"""The status line's note while the typed query's result is awaited: 'searching…'."""
SEARCHING_AFTER = 0.25
"""Seconds a search may take before the status line says it is searching (a first start's
search child at 100k entries takes 0.2-1 s for a short term; the whole index, a few ms):
the count shown meanwhile is the previous query's."""


class Filtering(ReadingWorkflow):
    """The filter's part of the reader screen: searching, and applying the newest result."""

    app: ReaderApp

    result: var[SearchResult | None] = var(None, init=False)
    """The filter's result; None when no filter is active."""
    shown_entry: var[str | None]
    shown_topic: var[str | None]
    lang: var[str]

    def __init__(self) -> None:
        super().__init__()
        self._hint: tuple[str, SearchResult | None] = ("", None)
        """What the status line's hint says: a `ui_text` key (or QUERY_HINT, RANKED with the
        result they come from), worded in the reading language when shown (`hint_text`)."""
        self._count: tuple[int | None, int] = (None, 0)
        """The status line's count: (matches while filtering, else None; entries)."""
        self.generation = 0
        """Counts filter queries; a search result for an older one is dropped."""
        self._searches = SearchThread()
        self._searching: int | None = None
        """The generation whose result a thread is searching for (None: none is awaited)."""
        self._leaving: Callable[[], None] | None = None
        """What leaving the filter bar does, waiting for that result (`leave_after_search`)."""
        self._keep_shown: int | None = None
        """The generation of a query filtered again for a new index after the filter bar
        was left: its result keeps the entry shown, if it matches (`run_filter`)."""

    def on_unmount(self) -> None:
        """The screen is gone: its search thread ends."""
        self._searches.close()

    @property
    def topic_tree(self) -> TopicTree:
        """The topic tree."""
        return self.query_one(TopicTree)

    @property
    def status(self) -> StatusLine:
        """The status line."""
        return self.query_one(StatusLine)

    def _choose(self, entry_id: str | None, topic_id: str | None, refresh: bool = False) -> None:
        """Make this entry (or topic, or nothing) what is shown (the screen does it)."""
        raise NotImplementedError

    # -- the status line's words, in the reading language --------------------------------

    @property
    def hint_key(self) -> str:
        """What the status line's hint says now ('' for nothing)."""
        return self._hint[0]

    def show_hint(self, key: str, result: SearchResult | None = None) -> None:
        """Show this hint on the status line (a `ui_text` key, or QUERY_HINT or RANKED for
        `result`'s own), worded in the reading language."""
        self._hint = (key, result)
        self.status.hint = self.hint_text()

    def hint_text(self) -> str:
        """The hint's words in the reading language."""
        key, result = self._hint
        if key == QUERY_HINT:
            return query_hint(self.lang, result.hint) if result is not None and result.hint else ""
        if key == RANKED:
            note = result.ranking_note if result is not None else None
            return ranking_note(self.lang, note, result.strict_count) if result is not None and note else ""
        return words(self.lang, key) if key else ""

    def show_count(self, matched: int | None, total: int) -> None:
        """Show the count on the status line: `7 / 38` while filtering, else `38 entries`."""
        self._count = (matched, total)
        self.status.matches = self.count_text()

    def count_text(self) -> str:
        """The count's words in the reading language."""
        matched, total = self._count
        return f"{matched} / {total}" if matched is not None else entry_count(self.lang, total)

    def run_filter(self, query: str, keep_shown: bool = False) -> None:
        """Filter for `query`; only the newest result is applied (`keep_shown`: the entry
        shown stays shown if it matches, else the best match is). A small corpus is searched
        at once (well under a millisecond); a large one in the search thread, waited for a
        moment (a few ms at 100k) and else applied when it comes, so typing never waits long."""
        self.generation += 1
        self._keep_shown = self.generation if keep_shown else None
        index = self.app.index
        if index is None:
            self.show_hint("loading")  # the query is applied once the index is in
            self._result_awaited(query)
            return
        if self.app.index_partial:
            from corpus.outline_index import answers_only

            if answers_only(query):  # applied with the whole index, when the corpus is in
                self.show_hint("answers_only")
                self._result_awaited(query)
                return
        limit = self.inline_search_limit
        # a new index's result keeps the entry read listed, wherever it now ranks
        keep = self.shown_entry if keep_shown else None
        if index.size <= limit:
            # in the same frame as the typed character: deferring it costs a frame
            self._apply_result(self.generation, index.search(query, limit=MAX_SHOWN, keep=keep))
            return
        future = self._searches.search(index, query, MAX_SHOWN, keep)
        try:
            # (a scan standing in for the index takes longer than the wait: none)
            result = future.result(timeout=SEARCH_WAIT if limit and index.quick else 0)
        except (FutureTimeout, CancelledError):  # (dropped: a first start's search child ended)
            self._searching = self.generation
            self._search(self.generation, future)
            self.set_timer(SEARCHING_AFTER, partial(self._still_searching, self.generation))
        else:
            self._apply_result(self.generation, result)

    def _still_searching(self, generation: int) -> None:
        """Say so on the status line while the query typed is still being searched
        (unless it says the count shown is the questions' alone: that says more)."""
        if self._searching == generation == self.generation and self.hint_key != QUESTIONS_ONLY:
            self.show_hint(SEARCHING)

    def _result_awaited(self, query: str) -> None:
        """A query that can be searched only once the index (or the whole corpus) is in:
        its result is awaited as a search's is, so enter leaves the filter then, and the
        keys typed behind it act on its matches (`/muon` enter `y` typed ahead of the
        reader left before the index was in, and `y` found no entry to cite)."""
        self._searching = self.generation if query.strip() else None

    @property
    def inline_search_limit(self) -> int:
        """Corpora up to this size are searched on the UI thread; larger ones in a thread.
        `KIMI_AMA_TUI_INLINE_SEARCH=0` forces the worker that applies a late result (tests
        of its stale-result logic)."""
        value = os.environ.get("KIMI_AMA_TUI_INLINE_SEARCH", "")
        return int(value) if value.isdigit() else INLINE_SEARCH_LIMIT

    @work(thread=True, exclusive=True, group="filter")
    def _search(self, generation: int, future: Future[SearchResult]) -> None:
        """Wait for a search that took longer than the screen waits, then apply it."""
        try:
            result = future.result()
        except CancelledError:  # a newer query took its turn
            return
        if generation == self.generation:
            self.app.call_from_thread(self._apply_result, generation, result)

    def _apply_result(self, generation: int, result: SearchResult) -> None:
        """Apply the newest query's result: the tree lists its matches and the best one is
        shown; no match shows nothing; an empty query shows the whole tree again."""
        if generation != self.generation:
            return
        self._searching = None
        filtering = bool(result.query.strip())
        self._hint_for(result)
        self.show_count(result.match_count if filtering else None, result.total)
        if filtering:
            target = result.matches[0].entry_id if result.matches else None
            shown = [Shown(m.entry_id, m.topic_id, m.spans) for m in result.matches]
            if self._keep_shown == generation and any(m.entry_id == self.shown_entry for m in result.matches):
                target = self.shown_entry  # (a new index's result: the entry read stays)
        else:
            target = self.shown_entry or (self.result.matches[0].entry_id if self.result and self.result.matches else None)
            shown = None
        self.result = result if filtering else None
        tree = self.topic_tree
        with tree.prevent(Tree.NodeHighlighted):
            tree.show(shown, keep_entry=target, complete=result.match_count <= len(result.matches))
        # pushed down even when the entry is the same: its highlights changed
        if target is None and not filtering:
            self._choose(None, self.shown_topic or self.app.outline.topics[0].id, refresh=True)
        else:
            self._choose(target, None, refresh=True)
        leave, self._leaving = self._leaving, None
        if leave is not None:
            leave()

    def leave_after_search(self, leave: Callable[[], None]) -> None:
        """Leave the filter bar (`leave`: focus the results, the keys typed behind enter
        read again there) now, or once the typed query's result is in when a thread is
        still searching for it: at 100k entries `/query` enter `j y` in one read moved in
        the tree as it was before the result and copied that entry."""
        if self._searching == self.generation:
            self._leaving = leave  # (the filter bar holds every key typed meanwhile)
        else:
            leave()

    def _hint_for(self, result: SearchResult) -> None:
        """The status line's hint for a result: a malformed query, how it was ranked, loading."""
        loading = "answers_loading" if self.app.corpus is None else INDEXING if self.app.indexing else ""
        if self.app.index_partial:
            loading = QUESTIONS_ONLY  # says more than how the questions were ranked
        relaxed = result.query.strip() and result.relaxed and not self.app.index_partial
        if result.hint:
            self.show_hint(QUERY_HINT, result)
        elif relaxed:
            self.show_hint(RANKED, result)
        else:
            self.show_hint(loading)

    @on(TopicTree.MoreWanted)
    def _more_wanted(self, event: TopicTree.MoreWanted) -> None:
        """A topic's listed matches ran out: look for more of them off the UI thread."""
        if self.result is not None and self.app.index is not None:
            self.show_hint("looking")
            self._grow(self.generation, self.result, event.topic_id, event.want)

    @work(thread=True, exclusive=True, group="grow")
    def _grow(self, generation: int, result: SearchResult, topic_id: str, want: int) -> None:
        from tui.filter_growth import longer_result

        index = self.app.index
        if index is None or generation != self.generation:
            return
        try:
            longer = longer_result(index, result, topic_id, want)
        except CancelledError:  # a first start's search child ended: the next index will do
            return
        if generation == self.generation:
            self.app.call_from_thread(self._apply_growth, generation, longer, topic_id)

    def _apply_growth(self, generation: int, result: SearchResult, topic_id: str) -> None:
        """The longer result: the tree lists the topic's next matches, cursor on the first."""
        if generation != self.generation:
            return
        self._hint_for(result)
        self.result = result
        shown = [Shown(m.entry_id, m.topic_id, m.spans) for m in result.matches]
        self.topic_tree.extend(shown, result.match_count <= len(result.matches), topic_id)


def paint_in_this_frame(*widgets: Widget) -> None:
    """Hand the widgets' refresh requests to the screen now, so that one frame paints what
    one event changed in all of them (the typed character and its matches; the tree's
    cursor, the status line and the pane). Textual hands a widget's request over when that
    widget's own message queue next goes idle, which could come after the screen's next
    frame: the echo was painted alone and the matches a frame or two later (33 ms more at
    100k entries), or the pane a frame before the status line named its entry."""
    for widget in widgets:
        widget._check_refresh()
