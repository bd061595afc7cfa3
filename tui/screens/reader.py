"""ReaderScreen: filter bar, topic tree, answer pane, status line and footer.

The screen is the one owner of the reading state: the filter's `result`, the entry shown
(`shown_entry`) or the topic whose overview is shown (`shown_topic`), and the reading
`lang`. Widgets post messages up; the screen decides and pushes the state down. Its own
changes to the tree are made with the tree's highlight messages prevented, and a
highlight is read from the tree's cursor when it is handled, never from a message that
may be stale, so however keys arrive (one by one, or a whole word in one read over a slow
SSH link) the pane, the status line, the tree's cursor and `y` name the same entry, or
all say there is none.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Tree

from tui.filter_search import SearchThread
from tui.screens.reading_workflow import ReadingWorkflow
from tui.pane_content import entry_content, match_spans, no_match_content, overview_content
from tui.widgets.answer_pane import AnswerPane
from tui.widgets.filter_bar import FilterBar
from tui.widgets.status_line import StatusLine
from tui.widgets.topic_tree import MAX_SHOWN, Shown, TopicTree

if TYPE_CHECKING:
    from corpus.model import Lang
    from corpus.search import SearchResult
    from tui.app import ReaderApp
    from tui.userdata import ReadingState

NARROW = 100
"""Below this many columns the tree is stacked above the pane."""
QUESTIONS_ONLY = "questions only: the answers are loading…"
INDEXING = "indexing: slower searches…"
"""The status line's note while the filter searches the outline's questions alone."""
INLINE_SEARCH_LIMIT = 2000
"""Up to this many entries the filter searches on the UI thread (measured: about 1 ms)."""
SEARCH_WAIT = 0.02
"""Seconds the screen waits for the search thread before a worker waits for it instead."""
PREVIEW_DELAY = 0.06
"""Seconds of no typing before the pane follows the filter's best match."""
LANG_CYCLE = {"zh": "en", "en": "both", "both": "zh"}
NOTHING_TO_CITE = "Move to an entry first: there is nothing to cite here"


class ReaderScreen(ReadingWorkflow):
    """The reading screen."""

    BINDINGS = [
        # priority: handled as the key arrives, so keys typed right after it in one burst
        # (a slow SSH link, a fast typist) already go to the filter
        Binding("slash", "focus_filter", "Filter", priority=True, id="reader.filter"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="reader.focus-next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="reader.focus-previous"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="reader.clear-filter"),
        Binding("n", "next_match", "Next match", show=False, id="reader.next-match"),
        Binding("N", "previous_match", "Previous match", show=False, id="reader.previous-match"),
        Binding("t", "toggle_tree", "Tree", show=False, id="reader.toggle-tree"),
        Binding("L", "cycle_lang", "Language", show=False, id="reader.language"),
        Binding("y", "copy_citation", "Copy citation", id="reader.copy-citation"),
        Binding("Y", "pick_citation", "Cite as…", show=False, id="reader.cite-as"),
    ]

    app: ReaderApp

    result: var[SearchResult | None] = var(None, init=False)
    """The filter's result; None when no filter is active."""
    shown_entry: var[str | None] = var(None, init=False)
    """The entry the pane shows and `y` cites; None when it shows none."""
    shown_topic: var[str | None] = var(None, init=False)
    """The topic whose overview the pane shows, when it shows no entry."""
    lang: var[str] = var("en", init=False)
    """The reading language: zh, en or both."""

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        """Counts filter queries; a search result for an older one is dropped."""
        self._preview_timer: Timer | None = None
        self._shown_as: tuple[object, ...] | None = None
        """What the pane shows now (to skip drawing the same thing again)."""
        self._after_load: list[Callable[[], None]] = []
        """Actions asked for while the corpus was loading, run once it is."""
        self._searches = SearchThread()

    def compose(self) -> ComposeResult:
        app = self.app
        self.set_reactive(ReaderScreen.lang, app.lang)
        yield StatusLine(id="status").data_bind(ReaderScreen.lang)
        yield FilterBar(app.options.filter, id="filter")
        with Horizontal(id="body"):
            yield TopicTree(app.outline, app.lang, id="tree")
            yield AnswerPane(id="pane")
        yield Footer(show_command_palette=False)

    @property
    def topic_tree(self) -> TopicTree:
        """The topic tree."""
        return self.query_one(TopicTree)

    @property
    def pane(self) -> AnswerPane:
        """The answer pane."""
        return self.query_one(AnswerPane)

    @property
    def status(self) -> StatusLine:
        """The status line."""
        return self.query_one(StatusLine)

    @property
    def filter_bar(self) -> FilterBar:
        """The filter bar."""
        return self.query_one(FilterBar)

    def on_mount(self) -> None:
        """Draw the first screen from the outline; the corpus may still be loading."""
        status = self.status
        status.title = self.app.outline.text(self._label_lang)
        status.matches = f"{self.app.outline.entry_count} entries"
        if self.app.index is None:
            status.hint = "loading…"
        self.set_focus(self.topic_tree)
        entry = self.app.options.entry
        if entry and self.app.outline.has_entry(entry) and not self.app.options.filter.strip():
            self._choose(entry, None)
        else:
            self._choose(None, self.app.outline.topics[0].id)
        self._apply_width(self.app.size.width)

    def index_ready(self) -> None:
        """The search index arrived before the corpus: filter now (a query typed while
        loading too); the pane shows questions until the answers are validated."""
        self.status.hint = QUESTIONS_ONLY if self.app.index_partial else "loading the answers…"
        typed = self.filter_bar.value
        if typed.strip():
            self.run_filter(typed)

    def index_built(self) -> None:
        """The whole index replaced the scan that stood in for it: searching is quick."""
        if self.status.hint == INDEXING:
            self.status.hint = ""

    def corpus_ready(self, reading: ReadingState) -> None:
        """The validated corpus and its index arrived: apply what waited for them."""
        self.status.hint = INDEXING if self.app.indexing else ""
        typed = self.filter_bar.value
        if typed.strip():
            self.run_filter(typed)  # typed while loading, or --filter
        entry = self.app.options.entry
        if entry and entry != self.shown_entry:
            self._open_start_entry(entry)
        self._shown_as = None
        self._draw_pane()
        self.load_reading_state(reading)
        waiting, self._after_load = self._after_load, []
        for action in waiting:
            action()

    def _open_start_entry(self, entry_id: str) -> None:
        """`--entry`: open it, or say why it cannot be (unknown id, or hidden by --filter)."""
        corpus = self.app.corpus
        assert corpus is not None
        if not self.app.outline.has_entry(entry_id):
            from corpus.citation import closest_entry_id

            close = closest_entry_id(corpus, entry_id)
            hint = f" Did you mean {close!r}?" if close else ""
            self.app.notify(f"No entry with id {entry_id!r}.{hint}", severity="error", markup=False)
        elif self.result is not None and entry_id not in {m.entry_id for m in self.result.matches}:
            self.app.notify(
                f"Entry {entry_id!r} does not match the filter {self.result.query!r}: press esc to clear it",
                severity="warning",
                markup=False,
            )
        else:
            self._choose(entry_id, None)

    @property
    def _label_lang(self) -> Lang:
        return "en" if self.lang == "en" else "zh"

    # -- the state, and pushing it down ------------------------------------------------

    def _choose(self, entry_id: str | None, topic_id: str | None, refresh: bool = False) -> None:
        """Make this entry (or this topic's overview, or nothing) what is shown, and push it
        down once (also when it did not change but the highlights did: `refresh`)."""
        topic_id = None if entry_id else topic_id
        entry_changed = entry_id != self.shown_entry
        changed = entry_changed or topic_id != self.shown_topic
        self.set_reactive(ReaderScreen.shown_topic, topic_id)
        self.set_reactive(ReaderScreen.shown_entry, entry_id)
        if changed or refresh:
            self._state_changed()
        if entry_changed:
            self.entry_shown(entry_id)  # read once it stays a moment

    def watch_shown_entry(self, entry_id: str | None) -> None:
        """Set from outside the screen (a test, a palette command): push it down."""
        self._state_changed()
        self.entry_shown(entry_id)

    def watch_shown_topic(self) -> None:
        """Set from outside the screen: push it down."""
        self._state_changed()

    def _state_changed(self) -> None:
        """Push the shown entry or topic to the tree cursor and the status line now, and
        to the pane now or, while typing in the filter, after a short pause."""
        self._move_tree_cursor()
        self.status.where = self._where()
        if self.is_mounted and isinstance(self.focused, FilterBar):
            self._schedule_pane()
        else:
            self._draw_pane()

    def _where(self) -> str:
        lang = self._label_lang
        outline = self.app.outline
        if self.shown_entry:
            topic = outline.topic_of(self.shown_entry)
            return f"{topic.text(lang)} › {self.shown_entry}"
        if self.shown_topic:
            return outline.topic(self.shown_topic).text(lang)
        return "no entry matches" if self.result is not None else ""

    def _move_tree_cursor(self) -> None:
        """The tree's cursor to the shown entry or topic, without echoing it back."""
        tree = self.topic_tree
        current = tree.current
        with tree.prevent(Tree.NodeHighlighted):
            if self.shown_entry:
                if current is None or current.entry_id != self.shown_entry:
                    tree.move_to_entry(self.shown_entry)
            elif self.shown_topic:
                if current is None or current.entry_id or current.topic_id != self.shown_topic:
                    tree.move_to_topic(self.shown_topic)

    def _schedule_pane(self) -> None:
        """Draw the pane after PREVIEW_DELAY, as fzf's preview does: a burst of keys
        re-renders the long pane once, not per key."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._draw_pane)

    @property
    def preview_pending(self) -> bool:
        """Whether the pane is about to follow the state."""
        return self._preview_timer is not None

    def _draw_pane(self) -> None:
        """Show the state in the pane (skipped when the pane already shows it)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        loaded = self.app.corpus is not None
        shown_as = (self.shown_entry, self.shown_topic, id(self.result), self.lang, loaded)
        if shown_as == self._shown_as:
            return
        self._shown_as = shown_as
        app = self.app
        if self.shown_entry:
            styles = app.view_styles(self.pane)
            spans = match_spans(self.result, self.shown_entry)
            self.pane.show(entry_content(app.corpus, app.outline, self.shown_entry, self.lang, spans, styles))
            if self.result is not None:
                self.pane.scroll_to_match(styles.match)
        elif self.shown_topic:
            self.pane.show(overview_content(app.outline, self.shown_topic, self.lang))
        elif self.result is not None:
            self.pane.show(no_match_content(self.result.query))
        else:
            self.pane.show([])

    # -- what the widgets say --------------------------------------------------------

    @on(TopicTree.EntryHighlighted)
    @on(TopicTree.TopicHighlighted)
    def _cursor_moved(self) -> None:
        """The user moved the tree's cursor: read where it is now (a message can be stale)."""
        ref = self.topic_tree.current
        if ref is None:
            return
        self._choose(ref.entry_id, ref.topic_id)

    @on(TopicTree.EntryOpened)
    def _entry_opened(self) -> None:
        self._cursor_moved()
        self._draw_pane()
        self.set_focus(self.pane)

    @on(Input.Changed, "#filter")
    def _query_changed(self, event: Input.Changed) -> None:
        if event.value == event.input.value:  # (else newer keys are in: their change follows)
            self.run_filter(event.value)

    @on(FilterBar.Left)
    def _left_filter(self, event: FilterBar.Left) -> None:
        self.set_focus(self.topic_tree)
        self._draw_pane()

    # -- filtering ---------------------------------------------------------------------

    def run_filter(self, query: str) -> None:
        """Filter for `query`; only the newest result is applied. A small corpus is searched
        at once (well under a millisecond); a large one in the search thread, waited for a
        moment (a few ms at 100k) and else applied when it comes, so typing never waits long."""
        self.generation += 1
        index = self.app.index
        if index is None:
            self.status.hint = "loading…"  # the query is applied once the index is in
            return
        if self.app.index_partial:
            from corpus.outline_index import answers_only

            if answers_only(query):  # applied with the whole index, when the corpus is in
                self.status.hint = "by:, src: and lang: wait for the answers (loading…)"
                return
        limit = self.inline_search_limit
        if index.size <= limit:
            # in the same frame as the typed character: deferring it costs a frame
            self._apply_result(self.generation, index.search(query, limit=MAX_SHOWN))
            return
        future = self._searches.search(index, query, MAX_SHOWN)
        try:
            result = future.result(timeout=SEARCH_WAIT if limit else 0)
        except FutureTimeout:
            self._search(self.generation, future)
        else:
            self._apply_result(self.generation, result)

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
        filtering = bool(result.query.strip())
        self._hint_for(result)
        self.status.matches = f"{result.match_count} / {result.total}" if filtering else f"{result.total} entries"
        if filtering:
            target = result.matches[0].entry_id if result.matches else None
            shown = [Shown(m.entry_id, m.topic_id, m.spans) for m in result.matches]
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

    def _hint_for(self, result: SearchResult) -> None:
        """The status line's hint for a result: a malformed query, how it was ranked, loading."""
        loading = "loading the answers…" if self.app.corpus is None else INDEXING if self.app.indexing else ""
        if self.app.index_partial:
            loading = QUESTIONS_ONLY  # says more than how the questions were ranked
        relaxed = result.ranking_note if result.query.strip() and result.relaxed and not self.app.index_partial else None
        self.status.hint = result.hint or relaxed or loading

    @on(TopicTree.MoreWanted)
    def _more_wanted(self, event: TopicTree.MoreWanted) -> None:
        """A topic's listed matches ran out: look for more of them off the UI thread."""
        if self.result is not None and self.app.index is not None:
            self.status.hint = "looking for more matches…"
            self._grow(self.generation, self.result, event.topic_id, event.want)

    @work(thread=True, exclusive=True, group="grow")
    def _grow(self, generation: int, result: SearchResult, topic_id: str, want: int) -> None:
        from tui.filter_growth import longer_result

        index = self.app.index
        if index is None or generation != self.generation:
            return
        longer = longer_result(index, result, topic_id, want)
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

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` types a slash while the filter has focus."""
        return not (action == "focus_filter" and isinstance(self.focused, FilterBar))

    def open_entry(self, entry_id: str) -> None:
        """Show an entry from anywhere (the command palette), clearing a filter that hides it."""
        if self.result is not None and entry_id not in {m.entry_id for m in self.result.matches}:
            self.filter_bar.value = ""
            self.run_filter("")
        self._choose(entry_id, None)
        self._draw_pane()

    def open_topic(self, topic_id: str) -> None:
        """Show a topic's overview from anywhere, clearing a filter that hides it."""
        if self.result is not None and topic_id not in {m.topic_id for m in self.result.matches}:
            self.filter_bar.value = ""
            self.run_filter("")
        self._choose(None, topic_id)
        self._draw_pane()

    def action_clear_filter(self) -> None:
        """Clear the filter and show the whole tree again."""
        self.filter_bar.value = ""

    def action_focus_filter(self) -> None:
        """Focus the filter bar from anywhere."""
        self.set_focus(self.filter_bar)

    def action_next_match(self) -> None:
        """Next matching entry (while a filter is active)."""
        if self._no_filter():
            return
        self.topic_tree.action_next_entry()

    def action_previous_match(self) -> None:
        """Previous matching entry (while a filter is active)."""
        if self._no_filter():
            return
        self.topic_tree.action_previous_entry()

    def _no_filter(self) -> bool:
        if self.result is None:
            self.app.notify("No filter is active: press / to filter", markup=False)
            return True
        return False

    def action_copy_citation(self) -> None:
        """Copy the shown entry's citation to the clipboard (press twice to see it)."""
        from tui.citing import copy_citation

        self._cite(copy_citation)

    def action_pick_citation(self) -> None:
        """Choose a citation format (text, Markdown, BibTeX, CSL-JSON), then copy."""
        from tui.citing import pick_citation

        self._cite(pick_citation)

    def _cite(self, how: Callable[[ReaderApp, str], None]) -> None:
        """Cite the shown entry, the one the pane shows (drawn first if it was about to be)."""
        entry_id = self.shown_entry
        if entry_id is None:
            self.app.notify(NOTHING_TO_CITE, markup=False)
            return
        if self.app.corpus is None:
            self.app.notify("Loading the corpus: the citation follows in a moment", markup=False)
            self._after_load.append(lambda: self._cite_if_still(entry_id, how))
            return
        self._draw_pane()
        how(self.app, entry_id)

    def _cite_if_still(self, entry_id: str, how: Callable[[ReaderApp, str], None]) -> None:
        if self.shown_entry == entry_id:
            how(self.app, entry_id)

    def action_toggle_tree(self) -> None:
        """Hide or show the topic tree (more room for the answer)."""
        self.topic_tree.display = not self.topic_tree.display
        if not self.topic_tree.display:
            self.set_focus(self.pane)

    def action_cycle_lang(self) -> None:
        """Cycle the reading language: zh → en → both."""
        self.lang = LANG_CYCLE[self.lang]

    def watch_lang(self, lang: str) -> None:
        self.app.lang = lang
        self.status.title = self.app.outline.text(self._label_lang)
        tree = self.topic_tree
        with tree.prevent(Tree.NodeHighlighted):
            tree.set_lang(lang)
        self._state_changed()

    # -- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        """Stack the tree above the pane when the terminal is narrow."""
        self._apply_width(self.app.size.width)

    def _apply_width(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")
