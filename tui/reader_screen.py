"""ReaderScreen: filter bar, topic tree, answer pane, status line and footer, wired together.

The screen owns the reading state (the shown entry, the current filter results) and
pushes it down to the widgets; the widgets post messages up. Filtering runs in a thread
worker, and a result older than the latest keystroke is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input

from tui.widgets.answer_pane import AnswerPane
from tui.widgets.filter_bar import FilterBar
from tui.widgets.status_line import StatusLine
from tui.widgets.topic_tree import MAX_SHOWN, Shown, TopicTree

if TYPE_CHECKING:
    from corpus.model import Lang
    from corpus.search import SearchResult
    from tui.app import ReaderApp

NARROW = 100
"""Below this many columns the tree is stacked above the pane."""
INLINE_SEARCH_LIMIT = 2000
"""Up to this many entries the filter searches on the UI thread (measured: about 1 ms)."""
PREVIEW_DELAY = 0.06
"""Seconds of no typing before the pane follows the filter's best match."""
OVERVIEW_MAX = 200
"""How many questions a topic's overview lists."""
LANG_CYCLE = {"zh": "en", "en": "both", "both": "zh"}


class ReaderScreen(Screen[None]):
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
        Binding("t", "toggle_tree", "Tree", id="reader.toggle-tree"),
        Binding("L", "cycle_lang", "Language", id="reader.language"),
        Binding("y", "copy_citation", "Copy citation", id="reader.copy-citation"),
        Binding("Y", "pick_citation", "Cite as…", id="reader.cite-as"),
    ]

    app: ReaderApp

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        self.result: SearchResult | None = None
        self.shown_entry: str | None = None
        self.shown_topic: str | None = None
        self._preview_timer: Timer | None = None
        self._shown_as: tuple[str, int, str] | None = None
        """What the pane shows: entry, filter result and language (to skip redrawing it)."""

    def compose(self) -> ComposeResult:
        app = self.app
        yield StatusLine(id="status")
        yield FilterBar(app.options.filter, id="filter")
        with Horizontal(id="body"):
            yield TopicTree(app.outline, app.lang, id="tree")
            yield AnswerPane(id="pane")
        yield Footer()

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

    def on_mount(self) -> None:
        """Draw the first screen from the outline; the corpus may still be loading."""
        status = self.status
        status.title = self.app.outline.text(self._label_lang)
        status.lang = self.app.lang
        status.matches = f"{self.app.outline.entry_count} entries"
        if self.app.index is None:
            status.hint = "loading…"
        self.set_focus(self.topic_tree)
        self._show_topic(self.app.outline.topics[0].id)
        self._apply_width(self.app.size.width)

    def corpus_ready(self) -> None:
        """The validated corpus arrived: apply start-up options that need it."""
        options = self.app.options
        self.status.hint = ""
        typed = self.query_one(FilterBar).value
        if typed.strip():
            self.run_filter(typed)  # typed while loading, or --filter
        if options.entry:
            if self.topic_tree.move_to_entry(options.entry):
                self.show_entry(options.entry)
            else:
                self.app.notify(f"No entry with id {options.entry!r}", severity="error", markup=False)
        elif self.shown_entry:
            self.show_entry(self.shown_entry)

    @property
    def _label_lang(self) -> Lang:
        return "en" if self.app.lang == "en" else "zh"

    # -- showing things in the pane -------------------------------------------------------

    def show_entry(self, entry_id: str) -> None:
        """Show an entry in the pane (with the filter's highlights)."""
        from tui.entry_view import entry_blocks

        shown_as = (entry_id, id(self.result), self.app.lang)
        if shown_as == self._shown_as:
            return  # the cursor moved onto what the pane already shows
        self.shown_entry, self.shown_topic = entry_id, None
        corpus = self.app.corpus
        if corpus is None:
            self.pane.show([Text("Loading the corpus…", "italic")])
            return
        self._shown_as = shown_as
        entry = corpus.entry(entry_id)
        topic = corpus.topic_of(entry_id)
        self.status.where = f"{topic.title.get(self._label_lang)} › {entry_id}"
        self.pane.show(entry_blocks(corpus, entry, self.app.lang, self._spans(entry_id), self.app.view_styles(self.pane)))

    def _spans(self, entry_id: str) -> dict[str, tuple[tuple[int, int], ...]]:
        if self.result is None:
            return {}
        for match in self.result.matches:
            if match.entry_id == entry_id:
                return dict(match.spans)
        return {}

    def _show_topic(self, topic_id: str) -> None:
        self.shown_topic, self.shown_entry, self._shown_as = topic_id, None, None
        lang = self._label_lang
        topic = next(t for t in self.app.outline.topics if t.id == topic_id)
        self.status.where = topic.text(lang)
        blocks = [Text(topic.text(lang), "bold"), Text(f"{len(topic.entries)} questions", "dim"), Text("")]
        blocks += [Text(f"• {entry.text(lang)}") for entry in topic.entries[:OVERVIEW_MAX]]
        if len(topic.entries) > OVERVIEW_MAX:
            blocks.append(Text(f"… and {len(topic.entries) - OVERVIEW_MAX} more: type / to filter", "italic"))
        blocks += [Text(""), Text("↑↓/jk move · enter read · / filter · ? help", "dim")]
        self.pane.show(blocks)

    @on(TopicTree.EntryHighlighted)
    def _entry_highlighted(self, event: TopicTree.EntryHighlighted) -> None:
        self._preview(event.entry_id)

    @on(TopicTree.TopicHighlighted)
    def _topic_highlighted(self, event: TopicTree.TopicHighlighted) -> None:
        self._show_topic(event.topic_id)

    @on(TopicTree.EntryOpened)
    def _entry_opened(self, event: TopicTree.EntryOpened) -> None:
        self.set_focus(self.pane)

    # -- filtering ---------------------------------------------------------------------

    @on(Input.Changed, "#filter")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_filter(event.value)

    def run_filter(self, query: str) -> None:
        """Filter for `query`; only the newest result is applied. A small corpus is searched
        at once (well under a millisecond); a large one off the UI thread, so typing never
        waits for it."""
        self.generation += 1
        index = self.app.index
        if index is None:
            self.status.hint = "loading…" if query.strip() else ""
            return
        if index.size <= INLINE_SEARCH_LIMIT:
            # in the same frame as the typed character: deferring it costs a frame
            self._apply_result(self.generation, index.search(query, limit=MAX_SHOWN))
        else:
            self._search(self.generation, query)

    @work(thread=True, exclusive=True, group="filter")
    def _search(self, generation: int, query: str) -> None:
        index = self.app.index
        if index is None or generation != self.generation:
            return
        result = index.search(query, limit=MAX_SHOWN)
        if generation == self.generation:
            self.app.call_from_thread(self._apply_result, generation, result)

    def _apply_result(self, generation: int, result: SearchResult) -> None:
        if generation != self.generation:
            return
        filtering = bool(result.query.strip())
        self.result = result if filtering else None
        self.status.hint = result.hint or ""
        total = result.total
        count = f"{result.match_count} / {total}"
        if result.match_count > MAX_SHOWN:
            count += f" (best {MAX_SHOWN} listed)"
        self.status.matches = count if filtering else f"{total} entries"
        shown = [Shown(m.entry_id, m.topic_id, m.spans) for m in result.matches] if filtering else None
        target = result.matches[0].entry_id if filtering and result.matches else self.shown_entry
        self.topic_tree.show(shown, keep_entry=target)
        if target:
            self._preview(target)

    def _preview(self, entry_id: str) -> None:
        """Show an entry: at once, or while typing in the filter after a short pause, as
        fzf's preview does (a burst of keys re-renders the long pane once, not per key)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if not isinstance(self.focused, FilterBar):
            self.show_entry(entry_id)
            return

        def show() -> None:
            self._preview_timer = None
            self.show_entry(entry_id)

        self._preview_timer = self.set_timer(PREVIEW_DELAY, show)

    @property
    def preview_pending(self) -> bool:
        """Whether the pane is about to follow the filter's results."""
        return self._preview_timer is not None

    @on(FilterBar.Left)
    def _left_filter(self, event: FilterBar.Left) -> None:
        self.set_focus(self.topic_tree)
        if event.to_results and self.result and self.result.matches:
            self.topic_tree.move_to_entry(self.result.matches[0].entry_id)

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` types a slash while the filter has focus."""
        return not (action == "focus_filter" and isinstance(self.focused, FilterBar))

    def open_entry(self, entry_id: str) -> None:
        """Show an entry from anywhere (the command palette), clearing a filter that hides it."""
        tree = self.topic_tree
        if not tree.move_to_entry(entry_id):
            self.query_one(FilterBar).value = ""
            self.result = None
            tree.show(None, keep_entry=entry_id)
        self.show_entry(entry_id)

    def action_clear_filter(self) -> None:
        """Clear the filter and show the whole tree again."""
        self.query_one(FilterBar).value = ""

    def action_focus_filter(self) -> None:
        """Focus the filter bar from anywhere."""
        self.set_focus(self.query_one(FilterBar))

    def action_next_match(self) -> None:
        """Next matching entry (while a filter is active)."""
        if self.result is None:
            self.app.notify("No filter is active: press / to filter", markup=False)
            return
        self.topic_tree.action_next_entry()

    def action_previous_match(self) -> None:
        """Previous matching entry (while a filter is active)."""
        if self.result is None:
            self.app.notify("No filter is active: press / to filter", markup=False)
            return
        self.topic_tree.action_previous_entry()

    def action_copy_citation(self) -> None:
        """Copy the shown entry's citation to the clipboard (press twice to see it)."""
        from tui.citing import copy_citation

        if self.shown_entry is None or self.app.corpus is None:
            self.app.notify("Move to an entry first: there is nothing to cite here", markup=False)
            return
        copy_citation(self.app, self.shown_entry)

    def action_pick_citation(self) -> None:
        """Choose a citation format (text, Markdown, BibTeX, CSL-JSON), then copy."""
        from tui.citing import pick_citation

        if self.shown_entry is None or self.app.corpus is None:
            self.app.notify("Move to an entry first: there is nothing to cite here", markup=False)
            return
        pick_citation(self.app, self.shown_entry)

    def action_toggle_tree(self) -> None:
        """Hide or show the topic tree (more room for the answer)."""
        self.topic_tree.display = not self.topic_tree.display
        if not self.topic_tree.display:
            self.set_focus(self.pane)

    def action_cycle_lang(self) -> None:
        """Cycle the reading language: zh → en → both."""
        self.app.lang = LANG_CYCLE[self.app.lang]
        self.status.lang = self.app.lang
        self.status.title = self.app.outline.text(self._label_lang)
        self.topic_tree.set_lang(self.app.lang)
        if self.shown_entry:
            self.show_entry(self.shown_entry)
        elif self.shown_topic:
            self._show_topic(self.shown_topic)

    # -- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        """Stack the tree above the pane when the terminal is narrow."""
        self._apply_width(self.app.size.width)

    def _apply_width(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")
