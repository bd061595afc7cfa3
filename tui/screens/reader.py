"""ReaderScreen: filter bar, topic tree, answer pane, status line and footer.

The screen is the one owner of the reading state: the filter's `result`, the entry shown
(`shown_entry`) or the topic whose overview is shown (`shown_topic`), and the reading
`lang`. Widgets post messages up; the screen decides and pushes the state down. Its own
changes to the tree are made with the tree's highlight messages prevented, and a
highlight is read from the tree's cursor when it is handled, never from a message that
may be stale, so however keys arrive (one by one, or a whole word in one read over a slow
SSH link) the pane, the status line, the tree's cursor and `y` name the same entry, or
all say there is none. Searching and applying the filter's results is the part of the
screen it inherits from `Filtering` (`tui/screens/filtering.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Input, Tree

from tui.screens.filtering import INDEXING, QUESTIONS_ONLY, Filtering, paint_in_this_frame
from tui.screens.frames import PromptFrames
from tui.keymap import app_keymap, typed_key
from tui.pane_content import entry_content, made_by, match_spans, no_match_content, overview_content
from tui.ui_text import words
from tui.widgets.answer_pane import AnswerPane
from tui.widgets.filter_bar import FilterBar, placeholder
from tui.widgets.fitting_footer import FittingFooter
from tui.widgets.keys_in_turn import KeysHandledInTurn, read_first
from tui.widgets.status_line import StatusLine
from tui.widgets.topic_tree import TopicTree

if TYPE_CHECKING:
    from corpus.model import Lang
    from tui.app import ReaderApp
    from tui.userdata import ReadingState

NARROW = 100
"""Below this many columns the tree is stacked above the pane."""
PREVIEW_DELAY = 0.06
"""Seconds of no typing before the pane follows the filter's best match."""
LANG_CYCLE = {"zh": "en", "en": "both", "both": "zh"}


class ReaderScreen(PromptFrames, Filtering):
    """The reading screen."""

    class Ready(Message):
        """The screen is mounted, its focus set: keys typed ahead of it may come now."""

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

    shown_entry: var[str | None] = var(None, init=False)
    """The entry the pane shows and `y` cites; None when it shows none."""
    shown_topic: var[str | None] = var(None, init=False)
    """The topic whose overview the pane shows, when it shows no entry."""
    lang: var[str] = var("en", init=False)
    """The reading language: zh, en or both."""

    def __init__(self) -> None:
        super().__init__()
        self._preview_timer: Timer | None = None
        self._shown_as: tuple[object, ...] | None = None
        """What the pane shows now (to skip drawing the same thing again)."""
        self._after_load: list[Callable[[], None]] = []
        """Actions asked for while the corpus was loading, run once it is."""
        self._examples: tuple[str | None, str | None] = (None, None)
        """The filter bar hint's `by:` and `src:` examples (the corpus's own, once loaded)."""
        self._tree_had_focus = False
        """The tree had the focus when `t` hid it: it gets it back when `t` shows it."""
        self._start_entry_waits = False
        """`--entry` is opened (or said to be unknown) once the corpus is in: the first
        screen could not (an id its outline lacks, or a `--filter` to check it against).
        Opened there, it is not opened again: `] ]` typed while a big corpus loaded went
        back to it when the corpus came."""

    def compose(self) -> ComposeResult:
        app = self.app
        self.set_reactive(ReaderScreen.lang, app.lang)
        yield StatusLine(id="status").data_bind(ReaderScreen.lang)
        yield FilterBar(app.options.filter, id="filter")
        with Horizontal(id="body"):
            yield TopicTree(app.outline, app.lang, id="tree")
            yield AnswerPane(id="pane")
        yield FittingFooter(show_command_palette=False).data_bind(ReaderScreen.lang)

    @property
    def pane(self) -> AnswerPane:
        """The answer pane."""
        return self.query_one(AnswerPane)

    @property
    def filter_bar(self) -> FilterBar:
        """The filter bar."""
        return self.query_one(FilterBar)

    def on_mount(self) -> None:
        """Draw the first screen from the outline; the corpus may still be loading."""
        self.status.title = self.app.outline.text(self._label_lang)
        self.show_count(None, self.app.outline.entry_count)
        if self.app.index is None:
            self.show_hint("loading")
        self.filter_bar.placeholder = self._placeholder(self.lang)
        self.set_focus(self.topic_tree)
        entry = self.app.options.entry
        if entry and self.app.outline.has_entry(entry) and not self.app.options.filter.strip():
            self._choose(entry, None)
        else:
            self._start_entry_waits = bool(entry)
            self._choose(None, self.app.outline.topics[0].id)
        self._apply_width(self.app.size.width)
        self.post_message(self.Ready())

    def index_ready(self) -> None:
        """The search index arrived before the corpus: filter now (a query typed while
        loading too); the pane shows questions until the answers are validated."""
        self._loading_hint(QUESTIONS_ONLY if self.app.index_partial else "answers_loading")
        typed = self.filter_bar.value
        if typed.strip():
            self.run_filter(typed, keep_shown=self.focused is not self.filter_bar)

    def _loading_hint(self, key: str) -> None:
        """Show the hint `key` for what has arrived, unless the count on the status line
        is still the outline's questions' alone for a typed query: `questions only` then
        stays until the query's result over every text comes (a scan takes 0.3-1 s at
        100k entries; before, the count of questions was shown as if of every text)."""
        if self.hint_key == QUESTIONS_ONLY and self.filter_bar.value.strip():
            return  # (the result's own hint replaces it: `_hint_for`)
        self.show_hint(key)

    def index_built(self) -> None:
        """The whole index replaced the scan that stood in for it: searching is quick. A
        query whose result was still awaited is searched again in it: the search child
        that was searching it is let go now, its answer never to come (and `/query`
        enter typed meanwhile would wait for it, the keys behind it held)."""
        if self.hint_key == INDEXING:
            self.show_hint("")
        if self._searching is not None and self._searching == self.generation:
            self.run_filter(self.filter_bar.value, keep_shown=self.focused is not self.filter_bar)

    def corpus_ready(self, reading: ReadingState) -> None:
        """The validated corpus and its index arrived: apply what waited for them."""
        self._loading_hint(INDEXING if self.app.indexing else "")
        typed = self.filter_bar.value
        if typed.strip():
            self.run_filter(typed, keep_shown=self.focused is not self.filter_bar)  # typed while loading, or --filter
        entry = self.app.options.entry
        if entry and self._start_entry_waits:
            self._start_entry_waits = False
            self._open_start_entry(entry)
        if self.app.index is not None:
            self._examples = self.app.index.examples()
            self.filter_bar.placeholder = self._placeholder(self.lang)
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
            hint = words(self.lang, "did_you_mean", close=repr(close)) if close else ""
            self.app.notify(words(self.lang, "no_entry_id", id=repr(entry_id)) + hint, severity="error", markup=False)
        elif self.result is not None and entry_id not in {m.entry_id for m in self.result.matches}:
            self.app.notify(
                words(
                    self.lang,
                    "not_in_filter",
                    id=repr(entry_id),
                    query=repr(self.result.query),
                    clear=self._typed_key("reader.clear-filter"),
                ),
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
        paint_in_this_frame(self.filter_bar, self.topic_tree, self.status, self.pane, self.pane.body)
        self.paint_soon()

    def _where(self) -> str:
        lang = self._label_lang
        outline = self.app.outline
        if self.shown_entry:
            topic = outline.topic_of(self.shown_entry)
            return f"{topic.text(lang)} › {self.shown_entry}"
        if self.shown_topic:
            return outline.topic(self.shown_topic).text(lang)
        return words(self.lang, "no_entry") if self.result is not None else ""

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
            corpus = app.corpus
            automatic = made_by(corpus.topic(self.shown_topic)) if corpus is not None else None
            self.pane.show(overview_content(app.outline, self.shown_topic, self.lang, automatic, app_keymap(self)))
        elif self.result is not None:
            self.pane.show(no_match_content(self.result.query, self.lang, app_keymap(self)))
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

    def catch_up(self) -> None:
        """Show where the tree's cursor is, when the tree has the focus: a move made by a
        key read together with the one acting now is told in a message that comes after
        that key (`j y` in one read copied the entry before the `j`, the pane and the
        status line going on to the next)."""
        if self.focused is self.topic_tree:
            self._cursor_moved()

    @on(TopicTree.EntryOpened)
    def _entry_opened(self) -> None:
        self._cursor_moved()
        self._draw_pane()
        self.set_focus(self.pane)

    @on(Input.Changed, "#filter")
    def _query_changed(self, event: Input.Changed) -> None:
        # A change the text is past is skipped (newer keys are in: their change follows),
        # but for the last query before escape cleared it: escape keeps its best match.
        if event.value == event.input.value or (not event.input.value and event.value.strip()):
            self.run_filter(event.value)

    @on(FilterBar.Left)
    def _left_filter(self, event: FilterBar.Left) -> None:
        self.leave_after_search(self._to_results)

    def _to_results(self) -> None:
        self.set_focus(self.topic_tree)
        self._draw_pane()
        self.entry_shown(self.shown_now)  # read once it stays a moment, the query typed
        # typed after leaving, in the same burst: read again, as the terminal's keys (to
        # the focus now), before any key read after them
        read_first(self.app, self.filter_bar.take_withheld())

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` types a slash while the filter has focus."""
        return not (action == "focus_filter" and isinstance(self.focused, FilterBar))

    def open_entry(self, entry_id: str, focus_tree: bool = False) -> None:
        """Show an entry from anywhere (the command palette), clearing a filter that hides it;
        `focus_tree` (a dialog's jump): the tree's cursor on it has the focus, so `]`, `[`,
        `j` and `k` go on from there (from the pane, `]` after a bookmark did nothing)."""
        if self.result is not None and entry_id not in {m.entry_id for m in self.result.matches}:
            self._clear_query()
        self._choose(entry_id, None)
        self._draw_pane()
        if focus_tree and self.topic_tree.display:
            self.set_focus(self.topic_tree)

    def open_topic(self, topic_id: str) -> None:
        """Show a topic's overview from anywhere (the command palette), clearing a filter
        that hides it; the tree's cursor on it has the focus."""
        if self.result is not None and topic_id not in {m.topic_id for m in self.result.matches}:
            self._clear_query()
        self._choose(None, topic_id)
        self._draw_pane()
        if self.topic_tree.display:
            self.set_focus(self.topic_tree)

    def action_clear_filter(self) -> None:
        """Clear the filter and show the whole tree again."""
        self._clear_query()

    def _clear_query(self) -> None:
        """Empty the filter bar and show the whole tree now, not when the bar's change comes
        back: a key behind escape in the same read (`j`, to the tree) acts on the whole
        tree, as when typed apart (it moved on the filtered one, rebuilt under it after)."""
        with self.filter_bar.prevent(Input.Changed):
            self.filter_bar.value = ""
        self.run_filter("")

    def action_focus_filter(self) -> None:
        """Focus the filter bar from anywhere: as the key is read, so the keys behind it
        in a burst go to the filter, unless the keys before it are still to be handled
        where the focus is (`KeysHandledInTurn.keys_waiting`): then when they have been."""
        focused = self.focused
        if isinstance(focused, KeysHandledInTurn) and focused.keys_waiting():
            raise SkipAction()  # the key goes on to the focused widget, after those
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

    def _placeholder(self, lang: str) -> str:
        """The empty filter bar's hint, naming the key bound now to focus it."""
        return placeholder(*self._examples, lang=lang, key=self._typed_key("reader.filter"))

    def _typed_key(self, binding_id: str) -> str:
        """The key `binding_id` is bound to now (the config file's `[keys]` applied), for a
        message that names it."""
        return typed_key(binding_id, app_keymap(self))

    def _no_filter(self) -> bool:
        if self.result is None:
            self.app.notify(words(self.lang, "no_filter", filter=self._typed_key("reader.filter")), markup=False)
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
        entry_id = self.acted_on()
        if entry_id is None:
            self.app.notify(words(self.lang, "nothing_to_cite"), markup=False)
            return
        if self.app.corpus is None:
            self.app.notify(words(self.lang, "cite_after_load"), markup=False)
            self._after_load.append(lambda: self._cite_if_still(entry_id, how))
            return
        self._draw_pane()
        how(self.app, entry_id)

    def _cite_if_still(self, entry_id: str, how: Callable[[ReaderApp, str], None]) -> None:
        if self.shown_entry == entry_id:
            how(self.app, entry_id)

    def action_toggle_tree(self) -> None:
        """Hide or show the topic tree (more room for the answer). Shown again, it has the
        focus back if it had it when hidden: `]`, `j`, `k` move in it again."""
        tree = self.topic_tree
        tree.display = not tree.display
        if not tree.display:
            self._tree_had_focus = self.focused is tree
            self.set_focus(self.pane)
        elif self._tree_had_focus:
            self.set_focus(tree)

    def action_cycle_lang(self) -> None:
        """Cycle the reading language: zh → en → both."""
        self.lang = LANG_CYCLE[self.lang]

    def watch_lang(self, lang: str) -> None:
        self.app.lang = lang
        self.status.title = self.app.outline.text(self._label_lang)
        self.status.matches = self.count_text()  # the reader's own words in the language too
        self.status.hint = self.hint_text()
        self.filter_bar.placeholder = self._placeholder(lang)
        tree = self.topic_tree
        with tree.prevent(Tree.NodeHighlighted):
            tree.set_lang(lang)
        self._state_changed()

    # -- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        """Stack the tree above the pane when the terminal is narrow; the tree's cursor
        stays in sight (stacked, the tree is shorter: it was left scrolled to the top)."""
        self._apply_width(self.app.size.width)
        self.call_after_refresh(self._cursor_in_sight)

    def _cursor_in_sight(self) -> None:
        tree = self.topic_tree
        if tree.cursor_line >= 0:
            tree.scroll_to_line(tree.cursor_line, animate=False)

    def _apply_width(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")
