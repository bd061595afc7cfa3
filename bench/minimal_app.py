"""The baseline of the start-up and typing benchmarks: a minimal Textual app.

Header, Input, Tree, Static and Footer; the Input is echoed into the Static.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, Static, Tree


class Minimal(App[None]):
    """Header, Input, Tree, Static, Footer."""

    BINDINGS = [("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(id="input")
        tree: Tree[None] = Tree("topics")
        tree.root.expand()
        for n in range(9):
            node = tree.root.add(f"topic {n}", expand=True)
            for m in range(4):
                node.add_leaf(f"entry {n}.{m}")
        yield tree
        yield Static("MINIMAL-READY", id="echo")
        yield Footer()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#echo", Static).update(f"echo:{event.value}:")


if __name__ == "__main__":
    Minimal().run()
