"""TreeMoves: the topic tree's cursor keys (entries, topics, first, last, open, fold).

The base of `TopicTree`, kept apart so the tree's module holds what it lists and this one
how the cursor moves over it. A node stands for a topic, an entry, or a line listing more.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets.tree import TreeNode

from tui.tree_listing import NodeRef
from tui.widgets.tree_lines import TreeLines

__all__ = ["NodeRef", "TreeMoves"]


class TreeMoves(TreeLines):
    """Cursor movement over topics and entries; the tree itself says what it lists."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="tree.down"),
        Binding("k", "cursor_up", "Up", show=False, id="tree.up"),
        Binding("h", "collapse_or_parent", "Collapse / parent", show=False, id="tree.left"),
        Binding("l", "expand_or_child", "Expand / child", show=False, id="tree.right"),
        Binding("left", "collapse_or_parent", "Collapse / parent", show=False, id="tree.left-arrow"),
        Binding("right", "expand_or_child", "Expand / child", show=False, id="tree.right-arrow"),
        Binding("g", "first", "First", show=False, id="tree.first"),
        Binding("G", "last", "Last", show=False, id="tree.last"),
        Binding("home", "first", "First", show=False, id="tree.home"),
        Binding("end", "last", "Last", show=False, id="tree.end"),
        Binding("]", "next_entry", "Next entry", id="tree.next-entry"),
        Binding("[", "previous_entry", "Prev entry", id="tree.previous-entry"),
        Binding("}", "next_topic", "Next topic", show=False, id="tree.next-topic"),
        Binding("{", "previous_topic", "Previous topic", show=False, id="tree.previous-topic"),
        Binding("enter", "open", "Open", id="tree.open"),
    ]

    @property
    def current(self) -> NodeRef | None:
        """What the cursor is on."""
        node = self.cursor_node
        return node.data if node is not None else None

    def _entry_lines(self) -> list[int]:
        return [n for n in range(self.last_line + 1) if (ref := self._ref(n)) and ref.entry_id]

    def _topic_lines(self) -> list[int]:
        return [n for n in range(self.last_line + 1) if (ref := self._ref(n)) and not ref.entry_id and ref.more is None]

    def _ref(self, line: int) -> NodeRef | None:
        node = self.get_node_at_line(line)
        return node.data if node is not None else None

    def _select(self, node: TreeNode[NodeRef]) -> None:
        """Cursor to this node now (the tree's lines are laid out first if they are stale)."""
        with self.width_held():
            _ = self.last_line  # lays out the lines, so node.line is current
        if node.line >= 0:
            self._cursor_to(node.line)

    def _cursor_to(self, line: int) -> None:
        """Cursor to this line, scrolled into sight. Setting `cursor_line` alone does not
        scroll (Textual's own moves scroll after it): `G` left the cursor off-screen."""
        self.cursor_line = line
        self.scroll_to_line(self.cursor_line)

    def scroll_to_line(self, line: int, animate: bool = False) -> None:
        """Scroll the line into sight now, never animated (`animate` is ignored): keys read
        together each scroll from where the previous one left the tree, while an animation
        still under way measured from where it started (pgdn pgdn g ended with line 0 out of
        sight). Textual's own moves (up, down, page up and down) scroll through here too."""
        super().scroll_to_line(line, animate=False)

    def _jump(self, lines: list[int], forward: bool) -> None:
        if not lines:
            self.app.bell()
            return
        here = self.cursor_line
        after = [n for n in lines if n > here] if forward else [n for n in lines if n < here]
        if after:
            self._cursor_to(after[0] if forward else after[-1])
        else:
            self.app.bell()

    def _expand_all(self) -> None:
        """Open every topic (the tree decides whether that is sensible)."""
        for topic in self.root.children:
            topic.expand()

    def list_more(self, node: TreeNode[NodeRef]) -> None:
        """List more of a topic's entries in place of this 'more' line (the tree does it)."""

    # -- actions ----------------------------------------------------------------------

    def action_first(self) -> None:
        """Cursor to the first line."""
        self._cursor_to(0)

    def action_last(self) -> None:
        """Cursor to the last line."""
        self._cursor_to(self.last_line)

    def action_next_entry(self) -> None:
        """Next entry, across topics."""
        self._jump_to_entry(True)

    def action_previous_entry(self) -> None:
        """Previous entry, across topics."""
        self._jump_to_entry(False)

    def _jump_to_entry(self, forward: bool) -> None:
        """Every topic opened and its lines laid out, the cursor to the next or previous
        entry now: a key read behind this one acts where it went (after a refresh, `] y`
        in one read copied the entry before the `]`)."""
        self._expand_all()
        with self.width_held():
            lines = self._entry_lines()
        self._jump(lines, forward)

    def action_next_topic(self) -> None:
        """Next topic."""
        self._jump(self._topic_lines(), True)

    def action_previous_topic(self) -> None:
        """Previous topic (or this entry's topic)."""
        self._jump(self._topic_lines(), False)

    def action_collapse_or_parent(self) -> None:
        """Collapse an open topic, or go from an entry to its topic."""
        node = self.cursor_node
        if node is None:
            return
        if node.data and node.data.entry_id is None and node.data.more is None and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self._select(node.parent)

    def action_expand_or_child(self) -> None:
        """Expand a closed topic, or go to its first entry."""
        node = self.cursor_node
        if node is None:
            return
        if not node.is_expanded and node.allow_expand:
            node.expand()  # (a closed topic of a big corpus lists its entries now)
        elif node.is_expanded and node.children:
            self._select(node.children[0])

    def action_open(self) -> None:
        """Open the entry under the cursor, list more on a 'more' line; on a topic, open
        it (closed) or its first entry (open): the footer says Enter opens, the pane says
        it reads, and it collapsed an open topic (h and ← collapse)."""
        node = self.cursor_node
        if node is None or node.data is None:
            return
        if node.data.entry_id:
            self._opened(node.data.entry_id)
        elif node.data.more is not None:
            self.list_more(node)
        elif not node.is_expanded:
            node.expand()
        elif node.children:
            first = node.children[0]
            self._select(first)
            if first.data is not None and first.data.entry_id:
                self._opened(first.data.entry_id)

    def _opened(self, entry_id: str) -> None:
        """Enter on an entry (the tree posts its message)."""
