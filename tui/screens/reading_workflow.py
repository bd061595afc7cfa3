"""ReadingWorkflow: read marks, bookmarks with notes and the link picker, for the reader screen.

`ReaderScreen` inherits it: the screen owns the reading state, and this part of it is the
sets of read, new and bookmarked entries (reactives, pushed down to the tree). The files
behind them are `tui.userdata`'s: read marks under `$XDG_STATE_HOME`, bookmarks under
`$XDG_DATA_HOME`, saved on every change (read marks written atomically, a bookmark as a
line of the file's journal, folded into the file when the reader quits); a damaged file
is reported once, with how to get back what it held, and the reader goes on without it.
What one key (or the start) has to say is said in one notification: two raised in one go
were drawn twice each (`tui.toasts` places each notification when it is raised, and the
second placing did not see the toasts the first had just mounted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer

from tui.ui_text import ui_lang, words

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import SystemCommand
    from textual.notifications import SeverityLevel

    from tui.app import ReaderApp
    from tui.userdata import Bookmarks, ReadingState, ReadMarks
    from tui.userdata.store import StateFileError

READ_AFTER = 1.0
"""Seconds an entry must stay in the pane to be marked read."""


class Notice(NamedTuple):
    """One thing to say in a notification (shown literally: no markup)."""

    message: str
    title: str | None
    severity: SeverityLevel
    timeout: float | None
    """Seconds it is shown; None: as long as it takes to read it (`tui.toasts.reading_time`)."""


SEVERITY_ORDER = ("error", "warning", "information")


def one_notice(notices: list[Notice]) -> Notice:
    """Notices said together as one: the severest first (its title the notification's,
    another title said before its words), for as long as the longest; for as long as it
    takes to read the whole of it when one of them is read in full (timeout None: never
    shorter than a few seconds, the short ones said with it)."""
    ordered = sorted(notices, key=lambda notice: SEVERITY_ORDER.index(notice.severity))
    head = ordered[0]
    lines = [head.message] + [f"{n.title}: {n.message}" if n.title and n.title != head.title else n.message for n in ordered[1:]]
    timeouts = [n.timeout for n in notices if n.timeout is not None]
    timeout = max(timeouts) if len(timeouts) == len(notices) else None
    return Notice("\n".join(lines), head.title, head.severity, timeout)


Told = tuple["str | None", "Path | None", "Path | None"]
"""What was said of a state file: its problem, where the damaged file was moved and where a
copy of its damaged journal was kept (`_told`)."""


def _told(what: ReadMarks | Bookmarks) -> Told:
    """A state file's problem and copies aside now (read marks keep no journal)."""
    from tui.userdata import Bookmarks

    return what.problem, what.aside, what.journal_aside if isinstance(what, Bookmarks) else None


class ReadingWorkflow(Screen[None]):
    """The reader screen's read marks, bookmarks and links (keys, state and files)."""

    BINDINGS = [
        Binding("u", "toggle_read", "Read / unread", show=False, id="reader.toggle-read"),
        Binding(")", "next_unread", "Next unread", show=False, id="reader.next-unread"),
        Binding("(", "previous_unread", "Previous unread", show=False, id="reader.previous-unread"),
        Binding("m", "toggle_bookmark", "Bookmark", id="reader.bookmark"),
        Binding("M", "edit_note", "Bookmark note", show=False, id="reader.note"),
        Binding("B", "bookmark_list", "Bookmarks", show=False, id="reader.bookmarks"),
        Binding("o", "open_links", "Links", id="reader.links"),
    ]

    app: ReaderApp

    read_ids: var[frozenset[str]] = var(frozenset(), init=False)
    """Entries marked read."""
    new_ids: var[frozenset[str]] = var(frozenset(), init=False)
    """Entries new since the corpus was last opened (and not read since)."""
    bookmarked_ids: var[set[str]] = var(set, init=False)
    """Entries with a bookmark: changed in place (`mutate_reactive`), as a new set of
    200,000 ids cost ~10-50 ms of each `m`."""

    def _say(self, key: str, **fields: object) -> str:
        """A notification's words in the reading language (`ui_text.words`)."""
        return words(self.app.lang, key, **fields)

    _notices: list[Notice] | None = None
    """What is said while `_in_one_notification` runs (None: said at once)."""

    def _tell(self, message: str, title: str | None = None, severity: SeverityLevel = "information", timeout: float | None = None) -> None:
        """Notify, literally (no markup), for `timeout` seconds, or as long as it takes to
        read it when None (`reading_time`); within `_in_one_notification`, in its notification."""
        from tui.toasts import reading_time

        notice = Notice(message, title, severity, timeout)
        if self._notices is not None:
            self._notices.append(notice)
        else:
            seconds = reading_time(message, title) if timeout is None else timeout
            self.app.notify(message, title=title or "", severity=severity, timeout=seconds, markup=False)

    @contextmanager
    def _in_one_notification(self) -> Iterator[None]:
        """Say all that is told meanwhile in one notification (`one_notice`): two raised in
        one go were drawn twice each (a damaged read-marks and bookmarks file at start-up:
        four toasts)."""
        outer, self._notices = self._notices, []
        try:
            yield
        finally:
            told, self._notices = self._notices, outer
            if told:
                self._tell(*one_notice(told))

    def _tell_problem(self, what: ReadMarks | Bookmarks, before: Told = (None, None, None)) -> None:
        """Say what is wrong with a state file, if that changed since `before` (`_told`:
        its problem and copies aside then), with how to get back what a damaged file, or
        the lines a damaged journal skipped, held once a copy of it was kept aside. Each
        in the reading language (`problems.said`: under 中英 its Chinese line, then its English)."""
        from tui.userdata.problems import Problem, part, said as said_in

        problem, aside, journal_aside = _told(what)
        if not problem or problem == before[0] or what.path is None:
            return
        lines = [problem]
        if aside is not None and aside != before[1]:
            lines.append(Problem(part("aside_fix", copy=str(aside), name=what.path.name)))  # (paths escaped by `part`)
        if journal_aside is not None and journal_aside != before[2]:
            lines.append(Problem(part("journal_aside_fix", copy=str(journal_aside), name=f"{what.path.name}.journal")))
        said = "\n".join(said_in(self.app.lang, line) for line in lines)
        self._tell(said, title=self._say("marks_problem"), severity="warning")  # as long as it takes to read

    def _tell_not_saved(self, err: StateFileError) -> None:
        """Say that a change could not be saved, and why, in the reading language."""
        from tui.userdata.problems import said

        self._tell(said(self.app.lang, err.problem), title=self._say("not_saved"), severity="error")  # as long as it takes to read

    def _key(self, binding_id: str) -> str:
        """The key `binding_id` is bound to now (the config file's `[keys]` applied), for a
        message that names it."""
        from tui.keymap import bound_key

        return bound_key(binding_id, dict(self.app.options.keys), ReadingWorkflow)

    def watch_read_ids(self) -> None:
        self._marks_to_tree()

    def watch_new_ids(self) -> None:
        self._marks_to_tree()

    def watch_bookmarked_ids(self) -> None:
        self._marks_to_tree()

    def _marks_to_tree(self) -> None:
        from tui.mark_labels import Marks

        tree = getattr(self, "topic_tree", None)
        if tree is not None:
            tree.set_marks(Marks(self.read_ids, self.new_ids, self.bookmarked_ids, known=True))

    marks: ReadMarks | None = None
    bookmarks: Bookmarks | None = None
    _read_timer: Timer | None = None

    # -- loading and saving ----------------------------------------------------------

    def load_reading_state(self, state: ReadingState) -> None:
        """Take this corpus's marks and bookmarks, read by the loading thread (`state`);
        say once what was wrong with a file."""
        self.marks = state.marks
        self.bookmarks = state.bookmarks
        with self._in_one_notification():
            self._tell_problem(self.marks)
            self._tell_problem(self.bookmarks)
        # the sets come made: nothing over every entry id on this thread
        self.set_reactive(ReadingWorkflow.read_ids, state.read_ids)
        self.set_reactive(ReadingWorkflow.new_ids, state.new_ids)
        self.set_reactive(ReadingWorkflow.bookmarked_ids, state.bookmarked_ids)
        self._marks_to_tree()  # once for the three (the watchers were not called)  # the sets may be equal to the empty ones: no watcher then
        shown = self.shown_now
        if shown:
            self.entry_shown(shown)

    def _push_marks(self) -> None:
        """Show the read marks as they are now (bookmarks: `_save_bookmarks`)."""
        if self.marks is not None:
            self.read_ids = frozenset(self.marks.read)
            self.new_ids = frozenset(self.marks.new)

    def _save_bookmarks(self, entry_id: str) -> None:
        """Save the bookmarks after a change to one entry's, and show in the tree that one
        and those another window changed meanwhile (not every bookmark: 200,000 of them)."""
        from tui.userdata import StateFileError

        bookmarks = self.bookmarks
        assert bookmarks is not None
        before = _told(bookmarks)
        changed = {entry_id}
        try:
            changed |= bookmarks.save()
        except StateFileError as err:
            self._tell_not_saved(err)
        self._tell_problem(bookmarks, before)
        for changed_id in changed:
            if bookmarks.get(changed_id) is None:
                self.bookmarked_ids.discard(changed_id)
            else:
                self.bookmarked_ids.add(changed_id)
        self.mutate_reactive(ReadingWorkflow.bookmarked_ids)

    def on_unmount(self) -> None:
        """The reader quits: the bookmarks file is written whole, its journal folded in
        (nothing lost when that fails: every change is in the journal already), and the
        read marks say every entry was seen (none is new, `+`, at the next start)."""
        from tui.userdata import StateFileError

        closing: list[Callable[[], None]] = []
        if self.bookmarks is not None:
            closing.append(self.bookmarks.compact)
        if self.marks is not None:
            closing.append(self.marks.save_seen)
        for close in closing:
            try:
                close()
            except StateFileError:
                pass  # (the terminal is gone or going: nowhere to say it)

    def _save(self, marks: ReadMarks) -> None:
        """Save the read marks; say why when they could not be, and what was wrong with the
        file when the save found it damaged since it was read (set aside: once)."""
        from tui.userdata import StateFileError

        before = _told(marks)
        try:
            marks.save()
        except StateFileError as err:
            self._tell_not_saved(err)
        self._tell_problem(marks, before)

    @property
    def shown_now(self) -> str | None:
        """The entry the pane shows (the screen's `shown_entry`)."""
        shown = getattr(self, "shown_entry", None)
        return shown if isinstance(shown, str) else None

    def catch_up(self) -> None:
        """Before a key acts on the shown entry: show where the keys read before it have
        moved (the screen's, `ReaderScreen.catch_up`)."""

    def acted_on(self) -> str | None:
        """The entry a key acts on (`y`, `m`, `M`, `o`): the shown one, once the moves
        read before that key are shown (`catch_up`)."""
        self.catch_up()
        return self.shown_now

    # -- read marks -------------------------------------------------------------------

    def entry_shown(self, entry_id: str | None) -> None:
        """The pane shows another entry: mark it read once it has stayed a moment."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if entry_id and self.marks is not None and not self.marks.is_read(entry_id):
            self._read_timer = self.set_timer(READ_AFTER, lambda: self._stayed(entry_id))

    def _stayed(self, entry_id: str) -> None:
        self._read_timer = None
        bar = getattr(self, "filter_bar", None)
        if bar is not None and self.focused is bar:
            # the best match previewed while a query is typed: not read for that (the
            # timer starts again when the user leaves the bar with it shown)
            return
        if self.shown_now == entry_id:
            self.set_read([entry_id], True)

    def set_read(self, entry_ids: list[str], read: bool) -> None:
        """Mark entries read or unread, save, and show it in the tree."""
        if self.marks is None:
            self.app.notify(self._say("marks_loading"), markup=False)
            return
        if self.marks.set_read(entry_ids, read):
            self._save(self.marks)
            self._push_marks()

    def action_toggle_read(self) -> None:
        """Mark the cursor's entry read, or unread again."""
        entry_id = self.cursor_entry()
        if entry_id is None or self.marks is None:
            self.app.notify(self._say("move_to_entry_key", press=self._key("reader.toggle-read")), markup=False)
            return
        read = not self.marks.is_read(entry_id)
        if not read and self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        with self._in_one_notification():
            self.set_read([entry_id], read)
            self._tell(self._say("marked_read" if read else "marked_unread", id=entry_id), timeout=2)

    def cursor_entry(self) -> str | None:
        """The entry under the tree's cursor, or else the one the pane shows."""
        tree = getattr(self, "topic_tree", None)
        current = tree.current if tree is not None else None
        if current is not None and current.entry_id:
            return str(current.entry_id)
        return self.shown_now

    def visible_entry_ids(self) -> list[str]:
        """The entries one can move to, in reading order: all, or those the filter matches."""
        ids = self.app.outline.entry_ids()
        result = getattr(self, "result", None)
        if result is not None:
            matched = {match.entry_id for match in result.matches}
            ids = [i for i in ids if i in matched]
        return ids

    def _jump_unread(self, forward: bool) -> None:
        if self.marks is None:
            self.app.notify(self._say("marks_loading"), markup=False)
            return
        ids = self.visible_entry_ids()
        here = self.cursor_entry()
        start = ids.index(here) if here in ids else -1
        order = ids[start + 1 :] + ids[: start + 1] if forward else (ids[:start][::-1] + ids[start:][::-1] if start >= 0 else ids[::-1])
        target = next((i for i in order if not self.marks.is_read(i) and i != here), None)
        if target is None:
            self.app.notify(self._say("no_unread_matches" if getattr(self, "result", None) else "no_unread"), markup=False)
            return
        self.go_to_entry(target)

    def go_to_entry(self, entry_id: str, focus_tree: bool = False) -> None:
        """Move the tree's cursor to an entry and show it (the reader screen does the work);
        `focus_tree`: a dialog's jump, the tree gets the focus."""
        opener = getattr(self, "open_entry", None)
        if opener is not None:
            opener(entry_id, focus_tree)

    def action_next_unread(self) -> None:
        """Jump to the next unread entry (new ones included), wrapping around."""
        self._jump_unread(True)

    def action_previous_unread(self) -> None:
        """Jump to the previous unread entry, wrapping around."""
        self._jump_unread(False)

    def mark_topic(self, read: bool) -> None:
        """Mark every entry of the cursor's topic read (or unread)."""
        tree = getattr(self, "topic_tree", None)
        current = tree.current if tree is not None else None
        topic_id = current.topic_id if current is not None else None
        if topic_id is None:
            self.app.notify(self._say("move_to_topic"), markup=False)
            return
        topic = next(t for t in self.app.outline.topics if t.id == topic_id)
        name = topic.text(ui_lang(self.app.lang))
        with self._in_one_notification():
            self.set_read([e.id for e in topic.entries], read)
            self._tell(self._say("topic_read" if read else "topic_unread", topic=name), timeout=3)

    def mark_all(self, read: bool) -> None:
        """Mark every entry of the corpus read (or unread)."""
        with self._in_one_notification():
            self.set_read(self.app.outline.entry_ids(), read)
            self._tell(self._say("all_read" if read else "all_unread"), timeout=3)

    # -- bookmarks --------------------------------------------------------------------

    def _question(self, entry_id: str) -> str:
        return self._known_question(entry_id) or entry_id

    def _known_question(self, entry_id: str) -> str | None:
        """An entry's question as the lists show it; None when it is not in the corpus."""
        from tui.pane_content import shown_question

        outline = self.app.outline
        if not outline.has_entry(entry_id):
            return None
        return shown_question(outline.entry(entry_id), ui_lang(self.app.lang))  # both: Chinese, as the tree

    def action_toggle_bookmark(self) -> None:
        """Bookmark the shown entry, or remove its bookmark."""
        entry_id = self.acted_on()
        if entry_id is None or self.bookmarks is None:
            self.app.notify(self._say("open_entry_bookmark_key", press=self._key("reader.bookmark")), markup=False)
            return
        added = self.bookmarks.toggle(entry_id, self._question(entry_id))
        if added:
            said = self._say("bookmarked_keys", id=entry_id, note=self._key("reader.note"), bookmarks=self._key("reader.bookmarks"))
        else:
            said = self._say("unbookmarked", id=entry_id)
        with self._in_one_notification():
            self._save_bookmarks(entry_id)
            self._tell(said, timeout=3)

    def action_edit_note(self) -> None:
        """Write a note on the shown entry's bookmark (bookmarking it)."""
        from tui.screens.note_editor import NoteEditor

        entry_id = self.acted_on()
        bookmarks = self.bookmarks
        if entry_id is None or bookmarks is None:
            self.app.notify(self._say("open_entry_note_key", press=self._key("reader.note")), markup=False)
            return
        old = bookmarks.get(entry_id)
        question = self._question(entry_id)
        shown = old.shown_note if old else ""

        def typed(note: str) -> str:
            """The note typed, cleaned; the note as the file has it when it was not changed
            (another tool's note keeps its ZWJ, the editor was shown it cleaned)."""
            from corpus.text import clean_text

            return old.note if old is not None and note == shown else clean_text(note)

        def done(note: str | None) -> None:
            if note is None:
                return
            bookmarks.set_note(entry_id, question, typed(note))
            with self._in_one_notification():
                self._save_bookmarks(entry_id)
                self._tell(self._say("note_saved", id=entry_id), timeout=3)

        def keep(note: str) -> None:  # the reader ends with the editor open: no screen to tell
            from tui.userdata import StateFileError

            bookmarks.set_note(entry_id, question, typed(note))
            try:
                bookmarks.save()
            except StateFileError:
                pass  # (nowhere to say it: the terminal is gone or going)

        heading = self._say("note_heading", id=entry_id, question=question)
        editor = NoteEditor(heading, shown, self.app.lang, dict(self.app.options.keys), keep, entry_id)
        self.app.push_screen(editor, done)

    def action_bookmark_list(self) -> None:
        """List the bookmarks with their notes; Enter jumps to one."""
        from tui.screens.bookmark_list import BookmarkList

        if self.bookmarks is None:
            self.app.notify(self._say("bookmarks_loading"), markup=False)
            return
        def chosen(entry_id: str | None) -> None:
            if entry_id:
                self.go_to_entry(entry_id, focus_tree=True)

        self.app.push_screen(BookmarkList(tuple(self.bookmarks.items), self._known_question, self.app.lang), chosen)

    # -- links ------------------------------------------------------------------------

    def action_open_links(self) -> None:
        """List the shown entry's links; the one chosen is copied (and opened on your own desktop)."""
        from tui.link_copy import pick_link

        entry_id = self.acted_on()
        if entry_id is None or self.app.corpus is None:
            self.app.notify(self._say("open_entry_links_key", press=self._key("reader.links")), markup=False)
            return
        pick_link(self.app, entry_id, getattr(self, "lang", "en"), lambda other: self.go_to_entry(other, focus_tree=True))


def workflow_commands(app: ReaderApp) -> Iterator[SystemCommand]:
    """Palette commands with no key of their own: mark a topic, or everything, read or unread."""
    from textual.app import SystemCommand

    screen = app.reader_screen
    if screen is None:
        return
    lang = app.lang
    topic, every = words(lang, "cursor_topic"), words(lang, "every_entry")
    yield SystemCommand(words(lang, "mark_topic_read"), topic, lambda: screen.mark_topic(True))
    yield SystemCommand(words(lang, "mark_topic_unread"), topic, lambda: screen.mark_topic(False))
    yield SystemCommand(words(lang, "mark_all_read"), every, lambda: screen.mark_all(True))
    yield SystemCommand(words(lang, "mark_all_unread"), every, lambda: screen.mark_all(False))
