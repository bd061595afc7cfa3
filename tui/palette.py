"""Command palette entries: every keyed action, and jumps to any topic or entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

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
        screen.topic_tree.move_to_topic(topic_id)
    else:
        screen.open_entry(entry_id)
