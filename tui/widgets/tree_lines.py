"""TreeLines: how the topic tree draws its lines, Textual's `Tree` look at a lower cost.

A keystroke at 100k entries changes nearly every visible line (the highlights move), so
each frame draws them all again. Textual's `Tree` looks up the widget's styles and its
component styles for every line (a third of a line's time) and copies each label whole
before cutting it to the width. Here the styles are looked up once a frame and a label is
cut before it is copied; the segments, guides, styles and mouse metadata are the same as
`Tree`'s. The base of `TreeMoves` and `TopicTree`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Span, Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.tree_listing import NodeRef
from tui.wrap import truncate_with_ellipsis

TOGGLE_STYLE = Style.from_meta({"toggle": True})
"""The expand icon's metadata (a click on it toggles the node), as `Tree` gives it."""


@lru_cache(maxsize=4096)
def _meta(key: str, value: int) -> Style:
    """A style carrying only mouse metadata (`line` or `node`): made once per value."""
    return Style(meta={key: value})


@dataclass(frozen=True)
class _Look:
    """What every line of one frame shares: styles and where the cursor and mouse are."""

    base: Style
    hover_line_style: Style
    label: Style
    highlight: Style
    cursor: Style
    guides: Style
    guides_hover: Style
    guides_selected: Style
    hidden: bool
    hover_hidden: bool
    selected_hidden: bool
    focused: bool
    cursor_line: int
    cursor_node: TreeNode[NodeRef] | None
    hover_line: int
    hover_node: TreeNode[NodeRef] | None
    width: int
    pad_width: int
    scroll: tuple[int, int]
    console: Console


class TreeLines(Tree[NodeRef]):
    """Draws the tree's lines and cuts each label to fit the width with an ellipsis."""

    _look: _Look | None = None
    _held_width: int | None = None
    """The width labels are cut to, while it cannot change (a frame, a layout of the lines)."""

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the lines of a frame, with the styles looked up once for all of them."""
        self._look = None
        try:
            with self.width_held():
                return super().render_lines(crop)
        finally:
            self._look = None

    @contextmanager
    def width_held(self) -> Iterator[None]:
        """Look the content's width up once for every label measured or cut in this block
        (it costs as much as a label; nothing in one call stack can change it)."""
        if self._held_width is not None:
            yield
            return
        self._held_width = self.scrollable_content_region.width
        try:
            yield
        finally:
            self._held_width = None

    def _frame_look(self) -> _Look:
        look = self._look
        if look is None:
            _ = self.last_line  # the lines laid out first: the virtual width is theirs
            style = self.get_component_styles
            rich = self.get_component_rich_style
            guides = rich("tree--guides", partial=True)
            width = self.size.width
            hover_line = self.hover_line
            look = self._look = _Look(
                base=self.rich_style,
                hover_line_style=rich("tree--highlight-line"),
                label=rich("tree--label", partial=True),
                highlight=rich("tree--highlight", partial=True),
                cursor=rich("tree--cursor", partial=False),
                guides=guides,
                guides_hover=guides + rich("tree--guides-hover", partial=True),
                guides_selected=guides + rich("tree--guides-selected", partial=True),
                hidden=style("tree--guides").color.a == 0,
                hover_hidden=style("tree--guides-hover").color.a == 0,
                selected_hidden=style("tree--guides-selected").color.a == 0,
                focused=self.has_focus,
                cursor_line=self.cursor_line,
                cursor_node=self.cursor_node,
                hover_line=hover_line,
                hover_node=self.get_node_at_line(hover_line) if hover_line >= 0 else None,
                width=width,
                pad_width=max(self.virtual_size.width, width),
                scroll=(self.scroll_offset.x, self.scroll_offset.y),
                console=self.app.console,
            )
        return look

    def render_line(self, y: int) -> Strip:
        """One line of the tree: guides, the expand icon and the label, as `Tree` draws it."""
        look = self._frame_look()
        scroll_x, scroll_y = look.scroll
        line = y + scroll_y
        node = self.get_node_at_line(line)
        if node is None:
            return Strip.blank(look.width, look.base)
        path = self._path(node)
        hovered = look.hover_node is not None and any(step is look.hover_node for step in path)
        line_style = (look.hover_line_style if hovered else look.base) + _meta("line", line)
        guides = Text(style=line_style)
        if len(path) > 1:
            self._append_guides(guides, look, path)
        label_style = look.label
        if look.hover_line == line:
            label_style += look.highlight
        if look.cursor_line == line:
            label_style += look.cursor
        label = self.render_label(node, line_style, label_style)
        label.stylize(_meta("node", node.id))
        guides.append(label)
        strip = Strip(guides.render(look.console)).extend_cell_length(look.pad_width, line_style)
        return strip.crop(scroll_x, scroll_x + look.width)

    def _path(self, node: TreeNode[NodeRef]) -> list[TreeNode[NodeRef]]:
        """The node and its ancestors, outermost first (the root only when it is shown)."""
        path = [node]
        parent = node.parent
        while parent is not None and (parent is not self.root or self.show_root):
            path.append(parent)
            parent = parent.parent
        path.reverse()
        return path

    def _append_guides(self, guides: Text, look: _Look, path: list[TreeNode[NodeRef]]) -> None:
        """The guides in front of a label, styled as hovered or selected below a hovered
        node or the cursor's (as `Tree` does)."""
        style, hidden = look.guides, True
        hover = look.hover_node is path[0]
        selected = look.focused and look.cursor_node is path[0]
        node = path[-1]
        for step in path[1:]:
            hidden = look.hidden
            if hover:
                style, hidden = look.guides_hover, look.hover_hidden
            if selected:
                style, hidden = look.guides_selected, look.selected_hidden
            if step is not node:
                space, vertical, _, _ = self._guides(style, hidden)
                guides.append(space if step.is_last else vertical, style=style)
            hover = hover or look.hover_node is step
            selected = (selected or look.cursor_node is step) and look.focused
        _, _, terminator, cross = self._guides(style, hidden)
        guides.append(terminator if node.is_last else cross, style=style)

    def _guides(self, style: Style, hidden: bool) -> tuple[str, str, str, str]:
        """Space, vertical, terminator and cross for this style, `guide_depth` wide."""
        if self.show_guides and not hidden:
            lines = self.LINES["bold" if style.bold else "double" if style.underline2 else "default"]
        else:
            lines = ("  ", "  ", "  ", "  ")
        depth = max(0, self.guide_depth - 2)
        space, vertical, terminator, cross = (f"{chars[0]}{chars[1] * depth} " for chars in lines)
        return space, vertical, terminator, cross

    # -- labels fit the width ----------------------------------------------------------

    def render_label(self, node: TreeNode[NodeRef], base_style: Style, style: Style) -> Text:
        """The label, styled as `Tree` styles it, cut with an ellipsis to fit on one line.
        A long label is cut to the room first: copying the whole of it was the costly part."""
        room = self._room(node)
        icon = 2 if node.allow_expand else 0
        label = node.label if isinstance(node.label, Text) else Text(node.label)
        cut = _cut(label, room - icon + 1) if room > 1 else None
        node_label = cut if cut is not None else label.copy()
        node_label.stylize(style)
        if node.allow_expand:
            prefix = (self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE, base_style + TOGGLE_STYLE)
        else:
            prefix = ("", base_style)
        text = Text.assemble(prefix, node_label)
        if room > 1:
            truncate_with_ellipsis(text, room)
        return text

    def get_label_width(self, node: TreeNode[NodeRef]) -> int:
        """The label's width without rendering it (the tree asks for every line's width on
        each rebuild); never more than `render_label` leaves after cutting it to fit."""
        room = self._room(node)
        plain = node.label.plain if isinstance(node.label, Text) else node.label
        icon = 2 if node.allow_expand else 0
        if room > 1 and len(plain) > room:  # only as far as the room: a label is often longer
            head = cell_len(plain[:room])
            if head + icon >= room:
                return room
        width = cell_len(plain) + icon
        return min(width, room) if room > 1 else width

    def _room(self, node: TreeNode[NodeRef]) -> int:
        depth = self.guide_depth if node.data is not None and node.parent is not self.root else 0
        width = self._held_width if self._held_width is not None else self.scrollable_content_region.width
        return width - depth - 1


def _cut(label: Text, chars: int) -> Text | None:
    """The label's first `chars` characters as a new `Text` (its spans cut to match), when
    it has more and those are wider than `chars - 1` cells (so cutting to the room still
    ends in an ellipsis); None: copy it whole."""
    plain = label.plain
    if len(plain) <= chars:
        return None
    head = plain[:chars]
    if cell_len(head) < chars:  # zero-width characters: the cut could hide that it was cut
        return None
    spans = [Span(start, min(end, chars), style) for start, end, style in label.spans if start < chars]
    return Text(head, style=label.style, justify=label.justify, overflow=label.overflow, no_wrap=label.no_wrap, end=label.end, tab_size=label.tab_size, spans=spans)
