"""Command palette entries: every keyed action, and jumps to any topic or entry.

Textual's palette parses a hit's text as markup when it is a string (`Content.from_markup`
in `textual/command.py`, and again in `Matcher.highlight`), so corpus text there could
click actions (`[@click=app.quit]`), send links, or crash the reader (`[/]`).
`LiteralCommands` replaces Textual's system-command provider and hands the palette
`Content` built from plain text, with the match highlighted by offsets, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import CommandInput, CommandPalette, DiscoveryHit, Hit, Hits, Matcher
from textual.content import Content
from textual.events import Key
from textual.system_commands import SystemCommandsProvider

from tui.dialog_text import PLACES_ZH, SYSTEM_COMMANDS_ZH
from tui.keys import binding_groups
from tui.pane_content import shown_question
from tui.ui_text import entry_count, in_chrome, key_description, ui_lang, words

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
    works. An entry is found by its question in either language or by its id."""
    lang = app.lang
    seen: set[str] = {"quit", "help", "command_palette"}
    titles: set[str] = set()
    for where, bindings in binding_groups():
        target = _target(app, where)
        place = where.split(" (")[0].lower() if ui_lang(lang) == "en" else PLACES_ZH[where].split("（")[0]
        for binding in bindings:
            if binding.action in seen or target is None:
                continue
            seen.add(binding.action)
            title = key_description(lang, binding.description)
            if title in titles:
                if where.startswith("Filter bar"):
                    continue  # the same as the reader's own key of that name (escape)
                title = f"{title} ({place})"
            titles.add(title)
            keys = binding.key.replace("question_mark", "?").replace("slash", "/")
            yield SystemCommand(
                title,
                words(lang, "palette_key", keys=keys, place=place),
                lambda t=target, a=binding.action: app.run_action(a, t),
            )
    yield SystemCommand(key_description(lang, "Help"), words(lang, "palette_help"), app.action_help)
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
            also = shown_question(entry, other)
            also = f" · {also}" if also != question else ""
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
        screen.open_entry(entry_id)


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


class ReaderPalette(CommandPalette):
    """Textual's command palette, taking every key typed behind ctrl+p in one read: a key
    the app handed to the palette before its input had the focus reaches the palette
    itself, and is typed into the input (it was dropped: `C-p muon` in one read showed
    `uon`). Those keys came first: they go before anything the input typed itself."""

    _early = 0
    """How many characters were typed into the input here (at its start)."""

    def on_key(self, event: Key) -> None:
        if not event.is_printable or not event.character:
            return
        event.stop()
        event.prevent_default()
        self.query_one(CommandInput).insert(event.character, self._early)
        self._early += len(event.character)
