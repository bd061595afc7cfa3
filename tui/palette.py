"""Command palette entries: every keyed action, and jumps to any topic or entry.

Textual's palette parses a hit's text as markup when it is a string (`Content.from_markup`
in `textual/command.py`, and again in `Matcher.highlight`), so corpus text there could
click actions (`[@click=app.quit]`), send links, or crash the reader (`[/]`).
`LiteralCommands` replaces Textual's system-command provider and hands the palette
`Content` built from plain text, with the match highlighted by offsets, never markup.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import (
    Command,
    CommandInput,
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Matcher,
    SearchIcon,
)
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key
from textual.reactive import var
from textual.system_commands import SystemCommandsProvider
from textual.widgets import Input, LoadingIndicator
from textual.worker import Worker, WorkerState

from tui.dialog_text import PLACES_ZH, SYSTEM_COMMANDS_ZH
from tui.keymap import app_keymap, binding_keys
from tui.keys import binding_groups
from tui.pane_content import shown_question
from tui.ui_text import entry_count, in_chrome, key_description, ui_lang, words
from tui.widgets.keys_in_turn import KeysInTurn, hand_on

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.app import ReaderApp


def _target(app: ReaderApp, where: str) -> DOMNode | None:
    screen = app.reader_screen
    if screen is None:
        return None
    if where.startswith("Topic tree"):
        return screen.topic_tree
    if where.startswith("Answer pane"):
        return screen.pane
    if where.startswith("Filter bar"):
        return screen.query_one("#filter")
    return screen


def reader_commands(app: ReaderApp) -> Iterator[SystemCommand]:
    """Palette commands generated from the bindings, plus topic and entry jumps, named in
    the reading language. A command is listed once; two that share a name say where each
    works; each names the keys bound now (`esc`, a `[keys]` remap). An entry is found by
    its question in either language or by its id."""
    lang = app.lang
    keymap = app_keymap(app)
    seen: set[str] = {"quit", "help", "command_palette"}
    titles: set[str] = set()
    help_keys = "?"
    for where, bindings in binding_groups():
        target = _target(app, where)
        place = where.split(" (")[0].lower() if ui_lang(lang) == "en" else PLACES_ZH[where].split("（")[0]
        for binding in bindings:
            if binding.id == "app.help":
                help_keys = binding_keys(binding, keymap)
            if binding.action in seen or target is None:
                continue
            seen.add(binding.action)
            title = key_description(lang, binding.description)
            if title in titles:
                if where.startswith("Filter bar"):
                    continue  # the same as the reader's own key of that name (escape)
                title = f"{title} ({place})"
            titles.add(title)
            yield SystemCommand(
                title,
                words(lang, "palette_key", keys=binding_keys(binding, keymap), place=place),
                lambda t=target, a=binding.action: app.run_action(a, t),
            )
    yield SystemCommand(key_description(lang, "Help"), words(lang, "palette_help", keys=help_keys), app.action_help)
    from tui.screens.reading_workflow import workflow_commands

    yield from workflow_commands(app)
    screen = app.reader_screen
    if screen is None:
        return
    first = ui_lang(lang)
    other = "zh" if first == "en" else "en"
    for topic in app.outline.topics:
        yield SystemCommand(
            words(lang, "topic_command", topic=topic.text(first)),
            f"{entry_count(lang, len(topic.entries))} · {topic.id}",
            lambda tid=topic.id: _jump(app, tid, None),
        )
        for entry in topic.entries:
            question = shown_question(entry, first)
            # the other rendering, when there is one (not the same text under another label)
            also = f" · {shown_question(entry, other)}" if entry.text(other) != entry.text(first) else ""
            yield SystemCommand(
                words(lang, "entry_command", question=question),
                f"{entry.id} · {topic.text(first)}{also}",
                lambda tid=topic.id, eid=entry.id: _jump(app, tid, eid),
            )


def textual_commands(lang: str, commands: Iterable[SystemCommand]) -> Iterator[SystemCommand]:
    """Textual's own commands (theme, screenshot, keys ...) named in the reading language."""
    for command in commands:
        yield command._replace(
            title=in_chrome(lang, command.title, SYSTEM_COMMANDS_ZH), help=in_chrome(lang, command.help, SYSTEM_COMMANDS_ZH)
        )


def _jump(app: ReaderApp, topic_id: str, entry_id: str | None) -> None:
    screen = app.reader_screen
    if screen is None:
        return
    if entry_id is None:
        screen.open_topic(topic_id)
    else:
        screen.open_entry(entry_id, focus_tree=True)


def highlighted(matcher: Matcher, title: str) -> Content:
    """`title` as literal text with the characters the query matched styled."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if not score:
        return content
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _help(text: str) -> str:
    # Hit.help is typed str, but the palette hands a Content through unparsed.
    return cast(str, Content(text)) if text else text


class LiteralCommands(SystemCommandsProvider):
    """The app's system commands (Textual's and the reader's), shown as literal text."""

    async def discover(self) -> Hits:
        """Every discoverable command, by title, before anything is typed."""
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda command: command[0])
        for title, help_text, callback, discover in commands:
            if discover:
                yield DiscoveryHit(Content(title), callback, text=title, help=_help(help_text))

    async def search(self, query: str) -> Hits:
        """The commands whose title matches `query`, the matched characters highlighted."""
        matcher = self.matcher(query)
        for title, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            # the title first; the help line (an entry's id, its other language) a little less
            score = max(matcher.match(title), matcher.match(help_text) * 0.9 if help_text else 0)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=_help(help_text))


ON_HITS = frozenset({"enter", "up", "down", "pageup", "pagedown", "ctrl+home", "ctrl+end"})
"""The keys acting on the palette's hits (Enter, and the palette's keys moving in them)."""


class PaletteInput(KeysInTurn, CommandInput):
    """The palette's query. Its keys and the palette's act in turn with the text typed
    (`KeysInTurn`): Esc, then `j y` in one read, left `jy` in the closed palette's query.
    Enter (or a key moving in the hits) acts once the search for the query typed has
    finished: it and the keys behind it wait here till then (Enter ran what was highlighted
    before the search, after the keys behind it were typed into the query)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.run_highlighted", "Run the command highlighted", show=False)
    ]
    screen_keys = True

    searched: var[str | None] = var(None)
    """The query whose search has finished (set by the palette)."""

    _held: list[Key] | None = None
    """Enter (or a key in `ON_HITS`) and the keys typed behind it, while it waits for the
    search for the query."""

    def _watch_searched(self) -> None:
        self.call_later(self._release)  # in turn with the keys queued here

    async def _on_key(self, event: Key) -> None:
        if self._held is None and event.key in ON_HITS and self.searched != self.value.strip():
            if self.screen is self.app.screen:  # (else the key is the reader's)
                self._held = []
        if self._held is not None:
            event.stop()
            event.prevent_default()
            self._held.append(event)
            return
        await super()._on_key(event)

    async def _release(self) -> None:
        if self._held is not None and self.searched == self.value.strip():
            held, self._held = self._held, None
            for key in held:
                await self._on_key(key)


class ReaderPalette(CommandPalette):
    """Textual's command palette, acting on keys in the order typed (`PaletteInput`), and
    taking every key typed behind ctrl+p in one read: a key the app handed to the palette
    before its input had the focus reaches the palette itself, and is typed into the input
    (it was dropped: `C-p muon` in one read showed `uon`). Those keys came first: they go
    before anything the input typed itself."""

    _early = 0
    """How many characters were typed into the input here (at its start)."""
    _query = ""
    """The query whose search was started last (the empty one, on opening)."""
    _handed_in: weakref.WeakSet[Key]
    """Keys that reached the palette itself and were handed to its input."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._handed_in = weakref.WeakSet()

    def compose(self) -> ComposeResult:
        """Textual's palette, with `PaletteInput` for its input."""
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield PaletteInput(placeholder=self._placeholder, select_on_focus=False)
            with Vertical(id="--results"):
                yield CommandList()
                yield LoadingIndicator()

    async def on_key(self, event: Key) -> None:
        if self.app.screen is not self:  # (behind the key that closed the palette)
            hand_on(self.app, event)
            return
        if event in self._handed_in:  # (back from the input, which had no use for it)
            return
        event.stop()
        event.prevent_default()
        if event.is_printable and event.character:
            self.query_one(CommandInput).insert(event.character, self._early)
            self._early += len(event.character)
        else:  # Enter, a move, Esc: in turn in the input (`C-p` Enter ran nothing)
            self._handed_in.add(event)
            await self.query_one(PaletteInput)._on_key(event)

    @on(Input.Changed)
    def _search_starts(self, event: Input.Changed) -> None:
        self._query = event.value.strip()  # (Textual's handler, after this one, starts it)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Once the search for the latest query has finished, tell the input."""
        if event.state is WorkerState.SUCCESS and not self._searching():
            self.query_one(PaletteInput).searched = self._query

    def _searching(self) -> bool:
        return any(
            worker.node is self and worker.group == self._GATHER_COMMANDS_GROUP and not worker.is_finished
            for worker in self.workers
        )

    def action_run_highlighted(self) -> None:
        """Enter: run the command highlighted and close, there and then (the keys behind
        it then reach the reader). With no hit (nothing matched), nothing runs."""
        option = self.query_one(CommandList).highlighted_option
        if isinstance(option, Command):
            self.app.post_message(CommandPalette.Closed(option_selected=True))
            self.dismiss()
            self.app.call_later(option.hit.command)
