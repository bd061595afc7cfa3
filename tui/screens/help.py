"""HelpScreen: every key of the reader, generated from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import binding_groups


def _key_label(binding: Binding) -> str:
    keys = {"question_mark": "?", "slash": "/", "space": "space"}
    return ", ".join(keys.get(k, k) for k in binding.key.split(","))


class HelpScreen(ModalScreen[None]):
    """A modal list of keys, grouped by where they work."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str]] = []
        """(where, keys, what) for every key shown, in order."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys  (esc closes)", "bold"), markup=False, id="help-title")
            for title, bindings in binding_groups():
                table = Table(title=title, title_justify="left", show_header=False, box=None, expand=True)
                table.add_column("key", style="bold", no_wrap=True, min_width=12)
                table.add_column("action")
                seen: set[tuple[str, str]] = set()
                for binding in bindings:
                    label = _key_label(binding)
                    if (label, binding.description) in seen:
                        continue
                    seen.add((label, binding.description))
                    table.add_row(Text(label), Text(binding.description))
                    self.rows.append((title, label, binding.description))
                yield Static(table, markup=False)

    def action_scroll(self, direction: str) -> None:
        """Scroll the help text."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=1 if direction == "down" else -1, animate=False)
