"""AnswerPane: the scrollable pane that shows an entry, or a topic's overview.

Text is wrapped here, per character for Chinese (see `tui.wrap`), and re-wrapped when
the pane's width changes. Every corpus string is shown literally (no markup parsing).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.events import Resize
from textual.widgets import Static

from tui.scrolling import page, scroll_now, scroll_to_now
from tui.wrap import HANG, wrap_text
from tui.widgets.keys_in_turn import KeysHandledInTurn

THREAD_WRAP_CHARS = 20_000
"""Content longer than this is wrapped in a thread, so a huge answer never freezes the UI."""


class AnswerPane(KeysHandledInTurn, VerticalScroll):
    """The answer pane: paragraphs of styled text, wrapped to the pane's width."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="pane.down"),
        Binding("k", "scroll_up", "Up", show=False, id="pane.up"),
        Binding("space", "page_down", "Page down", id="pane.page-down"),
        Binding("b", "page_up", "Page up", id="pane.page-up"),
        Binding("ctrl+d", "half_page_down", "Half page down", show=False, id="pane.half-down"),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False, id="pane.half-up"),
        Binding("g", "scroll_home", "Top", show=False, id="pane.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="pane.bottom"),
    ]

    COMPONENT_CLASSES = {
        "answer-pane--heading",
        "answer-pane--speaker",
        "answer-pane--dim",
        "answer-pane--note",
        "answer-pane--match",
        "answer-pane--link",
    }

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.blocks: list[Text] = []
        self.body = Static(markup=False, expand=True, id="pane-body")
        self.shown_width = 0
        self.text = Text()
        """What the pane shows now, wrapped."""
        self._laid_out_width = 0
        self._generation = 0
        """Counts renders; a wrap finished in a thread for an older one is dropped."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield self.body

    @property
    def measure(self) -> int:
        """The width text is wrapped to: the content width less the hanging margin."""
        return max(10, self.scrollable_content_region.width - self.body.styles.gutter.width - HANG)

    def show(self, blocks: list[Text], keep_scroll: bool = False) -> None:
        """Show these paragraphs, from the top unless `keep_scroll`."""
        self.blocks = blocks
        self._render_blocks()
        if not keep_scroll:
            self.scroll_home(animate=False)

    def _render_blocks(self, again: bool = False) -> None:
        """Wrap the blocks to the pane's width and show them; a long text in a thread,
        a placeholder shown meanwhile for new blocks, the text as it was wrapped before
        when they are wrapped `again` (the width changed): the placeholder took the
        scrollbar away, which gave the width back, which wrapped the text again, for ever."""
        width = self.measure
        self.shown_width = width
        self._generation += 1
        if sum(len(block) for block in self.blocks) > THREAD_WRAP_CHARS:
            if not again:
                self._show_wrapped(Text("Laying out a long text…", "italic"), width)
            self._wrap_in_thread(self._generation, self.blocks, width)
        else:
            self._show_wrapped(_wrap_blocks(self.blocks, width), width)

    @work(thread=True, exclusive=True, group="pane-wrap")
    def _wrap_in_thread(self, generation: int, blocks: list[Text], width: int) -> None:
        wrapped = _wrap_blocks(blocks, width)
        if generation == self._generation:
            self.app.call_from_thread(self._wrapped_arrived, generation, wrapped, width)

    def _wrapped_arrived(self, generation: int, wrapped: Text, width: int) -> None:
        if generation == self._generation:
            self._show_wrapped(wrapped, width)

    def _show_wrapped(self, out: Text, width: int) -> None:
        # same lines at the same width (only highlights changed): no layout pass needed
        same_shape = out.plain.count("\n") == self.text.plain.count("\n") and width == self._laid_out_width
        self.text = out
        self._laid_out_width = width
        self.body.update(out, layout=not same_shape)

    def scroll_to_match(self, match: Style) -> None:
        """Scroll so that the first text in the `match` style (a filter's hit) is near the top,
        unless it is on the first page already (then the heading stays in sight)."""
        for span in self.text.spans:
            if span.style == match:
                line = self.text.plain.count("\n", 0, span.start)
                if line >= self.scrollable_content_region.height - 1:
                    self.call_after_refresh(self.scroll_to, y=line - 1, animate=False)
                return

    def on_resize(self, event: Resize) -> None:
        """Re-wrap when the width changes."""
        self._rewrap()

    def watch_show_vertical_scrollbar(self) -> None:
        """Re-wrap when the scrollbar comes or goes: the room for text changes with no
        Resize (the text kept the wrap of the room it had before)."""
        self._rewrap()

    def _rewrap(self) -> None:
        if self.blocks and self.measure != self.shown_width:
            self._render_blocks(again=True)

    # -- scrolling keys: each applied at once, so keys that arrive together all count
    # (`tui.scrolling`)

    def action_scroll_down(self) -> None:
        scroll_now(self, 1)

    def action_scroll_up(self) -> None:
        scroll_now(self, -1)

    def action_page_down(self) -> None:
        scroll_now(self, page(self))

    def action_page_up(self) -> None:
        scroll_now(self, -page(self))

    def action_half_page_down(self) -> None:
        """Scroll half a page down."""
        scroll_now(self, page(self, 0.5))

    def action_half_page_up(self) -> None:
        """Scroll half a page up."""
        scroll_now(self, -page(self, 0.5))

    def action_scroll_home(self) -> None:
        scroll_to_now(self, 0)

    def action_scroll_end(self) -> None:
        scroll_to_now(self, self.max_scroll_y)


def _wrap_blocks(blocks: list[Text], width: int) -> Text:
    """The paragraphs wrapped to `width` cells, one after another."""
    out = Text(end="")
    for n, block in enumerate(blocks):
        if n:
            out.append("\n")
        out.append_text(wrap_text(block, width) if block.plain else Text(""))
    return out
