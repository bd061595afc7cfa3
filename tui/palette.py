"""Command palette entries: every keyed action, and jumps to any topic or entry.

Textual's palette parses a hit's text as markup when it is a string (`Content.from_markup`
in `textual/command.py`, and again in `Matcher.highlight`), so corpus text there could
click actions (`[@click=app.quit]`), send links, or crash the reader (`[/]`).
`LiteralCommands` replaces Textual's system-command provider and hands the palette
`Content` built from plain text, with the match highlighted by offsets, never markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Matcher
from textual.content import Content
from textual.system_commands import SystemCommandsProvider

from tui.keys import binding_groups

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
    """Palette commands generated from the bindings, plus topic and entry jumps."""
    seen: set[str] = {"quit", "help", "command_palette"}
    for where, bindings in binding_groups():
        target = _target(app, where)
        for binding in bindings:
            if binding.action in seen or target is None:
                continue
            seen.add(binding.action)
            keys = binding.key.replace("question_mark", "?").replace("slash", "/")
            yield SystemCommand(
                binding.description,
                f"key: {keys}  ({where.split(' (')[0].lower()})",
                lambda t=target, a=binding.action: app.run_action(a, t),
            )
    yield SystemCommand("Help", "key: ?  every key of the reader", app.action_help)
    screen = app.reader_screen
    if screen is None:
        return
    lang = "en" if app.lang == "en" else "zh"
    for topic in app.outline.topics:
        yield SystemCommand(
            f"Topic: {topic.text(lang)}",
            f"{len(topic.entries)} entries",
            lambda tid=topic.id: _jump(app, tid, None),
        )
        for entry in topic.entries:
            yield SystemCommand(
                f"Entry: {entry.text(lang)}",
                f"{topic.text(lang)} · {entry.id}",
                lambda tid=topic.id, eid=entry.id: _jump(app, tid, eid),
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
            if (score := matcher.match(title)) > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=_help(help_text))
