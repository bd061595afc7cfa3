"""TopicTree: topics with their entry counts, entries labelled by their question.

Built from an `Outline` (no pydantic needed), so it is on the first screen at once. While
filtering it shows only the matching entries, best first, with the matched characters
highlighted. Moving the cursor posts a message so the answer pane follows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from corpus.outline import EntryOutline, Outline, TopicOutline
from tui.mark_labels import Marks, marked_label, unread_suffix

READ_STYLE = Style(dim=True)
"""A read entry is dimmed, besides losing its sign (dim is an attribute: NO_COLOR keeps it)."""
MAX_SHOWN = 200
"""How many matching entries the tree shows at most while filtering (the best ones)."""
MAX_PER_TOPIC = 500
"""How many entries a topic lists unfiltered; the filter finds the rest."""
EAGER_LIMIT = 1000
"""Up to this many entries in all, every topic is filled and open at start."""

Items = list[tuple[EntryOutline, Mapping[str, Sequence[tuple[int, int]]]]]


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for: a topic, an entry of a topic, or a topic's unlisted rest."""

    topic_id: str
    entry_id: str | None = None
    more: int = 0


@dataclass(frozen=True)
class Shown:
    """An entry the filtered tree shows, with the spans to highlight in its label."""

    entry_id: str
    topic_id: str
    spans: Mapping[str, Sequence[tuple[int, int]]]


class TopicTree(Tree[NodeRef]):
    """The topic tree: keyboard navigation over topics and entries."""

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

    class EntryHighlighted(Message):
        """The cursor moved onto an entry."""

        def __init__(self, entry_id: str) -> None:
            self.entry_id = entry_id
            super().__init__()

    class TopicHighlighted(Message):
        """The cursor moved onto a topic."""

        def __init__(self, topic_id: str) -> None:
            self.topic_id = topic_id
            super().__init__()

    class EntryOpened(Message):
        """Enter was pressed on an entry: the reader wants to read it."""

        def __init__(self, entry_id: str) -> None:
            self.entry_id = entry_id
            super().__init__()

    COMPONENT_CLASSES = {"topic-tree--match", "topic-tree--count"}

    def __init__(self, outline: Outline, lang: str, **kwargs: object) -> None:
        super().__init__("topics", **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False
        self.outline = outline
        self.lang = "en" if lang == "en" else "zh"
        self.shown: list[Shown] | None = None
        self._pending: dict[int, TopicOutline] = {}
        self._entries = {entry.id: entry for topic in outline.topics for entry in topic.entries}
        self.marks = Marks()
        """Read, new and bookmarked entries (the screen pushes them down with `set_marks`)."""
        self._counts: dict[int, int] = {}

    def on_mount(self) -> None:
        """Fill the tree (component styles exist only once mounted)."""
        self.build(self.shown)

    # -- building ---------------------------------------------------------------------

    def show(self, shown: list[Shown] | None, keep_entry: str | None = None) -> bool:
        """Show these entries (None: all). When the same entries are shown in the same order,
        only their highlights change: relabel in place, which is much cheaper than a rebuild.
        Whether the tree was rebuilt."""
        same = (
            shown is not None
            and self.shown is not None
            and [s.entry_id for s in shown[:MAX_SHOWN]] == [s.entry_id for s in self.shown[:MAX_SHOWN]]
        )
        if not same:
            self.build(shown, keep_entry)
            return True
        assert shown is not None
        self.shown = shown
        spans = {item.entry_id: item.spans for item in shown}
        for topic in self.root.children:
            for child in topic.children:
                if child.data and child.data.entry_id:
                    entry = self._entries[child.data.entry_id]
                    child.set_label(self._entry_label(entry, spans[entry.id]))
        return False

    def build(self, shown: list[Shown] | None = None, keep_entry: str | None = None) -> None:
        """Rebuild the tree: the whole outline, or only `shown` entries (best first)."""
        self.shown = shown
        self.clear()
        self._pending = {}
        topics = {topic.id: topic for topic in self.outline.topics}
        if shown is None:
            eager = self.outline.entry_count <= EAGER_LIMIT
            for n, topic in enumerate(self.outline.topics):
                self._add_topic(topic, [(entry, {}) for entry in topic.entries], fill=eager or n == 0)
        else:
            groups: dict[str, Items] = {}
            for item in shown[:MAX_SHOWN]:
                groups.setdefault(item.topic_id, []).append((self._entries[item.entry_id], item.spans))
            for topic_id, items in groups.items():
                self._add_topic(topics[topic_id], items, fill=True)
        if not (keep_entry and self.move_to_entry(keep_entry)):
            self.cursor_line = 0

    def _add_topic(self, topic: TopicOutline, items: Items, fill: bool) -> None:
        """Add a topic; its entries now (`fill`) or when it is first expanded."""
        node = self.root.add(self._topic_label(topic, len(items)), NodeRef(topic.id), expand=fill, allow_expand=True)
        self._counts[node.id] = len(items)
        if fill:
            self._fill(node, items)
        else:
            self._pending[node.id] = topic

    def _topic_label(self, topic: TopicOutline, shown: int) -> Text:
        """A topic's title, its count (shown/all while filtering) and how many are unread."""
        label = Text(topic.text(self.lang))
        count = f"  {shown}" if self.shown is None else f"  {shown}/{len(topic.entries)}"
        count += unread_suffix(self.marks, (entry.id for entry in topic.entries))
        label.append(count, style=self.get_component_rich_style("topic-tree--count", partial=True))
        return label

    def set_marks(self, marks: Marks) -> None:
        """Show these read marks and bookmarks: relabel in place, the cursor stays."""
        self.marks = marks
        topics = {topic.id: topic for topic in self.outline.topics}
        spans = {item.entry_id: item.spans for item in self.shown or ()}
        for node in self.root.children:
            if node.data:
                node.set_label(self._topic_label(topics[node.data.topic_id], self._counts.get(node.id, 0)))
            for child in node.children:
                if child.data and child.data.entry_id:
                    entry = self._entries[child.data.entry_id]
                    child.set_label(self._entry_label(entry, spans.get(entry.id, {})))

    def _fill(self, node: TreeNode[NodeRef], items: Items) -> None:
        """Add a topic's entry leaves, at most MAX_PER_TOPIC, then a line saying how many more."""
        match_style = self._match_style
        for entry, spans in items[:MAX_PER_TOPIC]:
            label = self._entry_label(entry, spans, match_style)
            node.add_leaf(label, NodeRef(node.data.topic_id if node.data else "", entry.id))
        rest = len(items) - MAX_PER_TOPIC
        if rest > 0 and node.data:
            hint = Text(f"… {rest} more: type / to filter", style="italic")
            node.add_leaf(hint, NodeRef(node.data.topic_id, more=rest))

    def _entry_label(
        self, entry: EntryOutline, spans: Mapping[str, Sequence[tuple[int, int]]], style: Style | None = None
    ) -> Text:
        """An entry's label: its question's first line, matches highlighted."""
        text = Text(entry.text(self.lang).split("\n")[0])
        for start, end in spans.get(f"question.{self.lang}", ()):
            text.stylize(style or self._match_style, start, end)
        return marked_label(self.marks, entry.id, text, READ_STYLE)

    @on(Tree.NodeExpanded)
    def _expanded(self, event: Tree.NodeExpanded[NodeRef]) -> None:
        topic = self._pending.pop(event.node.id, None)
        if topic is not None:
            self._fill(event.node, [(entry, {}) for entry in topic.entries])

    @property
    def _match_style(self) -> Style:
        return self.get_component_rich_style("topic-tree--match", partial=True)

    def set_lang(self, lang: str) -> None:
        """Relabel the tree in another language, keeping the cursor's entry."""
        self.lang = "en" if lang == "en" else "zh"
        current = self.current
        self.build(self.shown, keep_entry=current.entry_id if current else None)

    # -- labels fit the width ----------------------------------------------------------

    def render_label(self, node: TreeNode[NodeRef], base_style: Style, style: Style) -> Text:
        """The label, cut with an ellipsis so it fits on one line."""
        text = super().render_label(node, base_style, style)
        depth = 0 if node.data is None or node.data.entry_id is None else self.guide_depth
        room = self.scrollable_content_region.width - depth - 1
        if room > 1 and text.cell_len > room:
            text.truncate(room, overflow="ellipsis")
        return text

    # -- where the cursor is -------------------------------------------------------------

    @property
    def current(self) -> NodeRef | None:
        """What the cursor is on."""
        node = self.cursor_node
        return node.data if node is not None else None

    def _entry_lines(self) -> list[int]:
        return [n for n in range(self.last_line + 1) if (ref := self._ref(n)) and ref.entry_id]

    def _topic_lines(self) -> list[int]:
        return [n for n in range(self.last_line + 1) if (ref := self._ref(n)) and not ref.entry_id]

    def _ref(self, line: int) -> NodeRef | None:
        node = self.get_node_at_line(line)
        return node.data if node is not None else None

    def move_to_entry(self, entry_id: str) -> bool:
        """Put the cursor on an entry (expanding its topic); False if it is not shown."""
        for topic in self.root.children:
            for child in topic.children:
                if child.data and child.data.entry_id == entry_id:
                    topic.expand()
                    self._select(child)
                    return True
        return False

    def move_to_topic(self, topic_id: str) -> bool:
        """Put the cursor on a topic (opening it); False if it is not shown."""
        for topic in self.root.children:
            if topic.data and topic.data.topic_id == topic_id:
                topic.expand()
                self._select(topic)
                return True
        return False

    def _select(self, node: TreeNode[NodeRef]) -> None:
        """Cursor to this node now (the tree's lines are laid out first if they are stale)."""
        _ = self.last_line  # lays out the lines, so node.line is current
        if node.line >= 0:
            self.cursor_line = node.line
            self.scroll_to_line(node.line, animate=False)

    def _jump(self, lines: list[int], forward: bool) -> None:
        if not lines:
            self.app.bell()
            return
        here = self.cursor_line
        after = [n for n in lines if n > here] if forward else [n for n in lines if n < here]
        if after:
            self.cursor_line = after[0] if forward else after[-1]
        else:
            self.app.bell()

    # -- actions ----------------------------------------------------------------------

    def action_first(self) -> None:
        """Cursor to the first line."""
        self.cursor_line = 0

    def action_last(self) -> None:
        """Cursor to the last line."""
        self.cursor_line = self.last_line

    def _expand_all(self) -> None:
        if self.outline.entry_count > EAGER_LIMIT and self.shown is None:
            return  # opening every topic of a big corpus would add thousands of lines
        for topic in self.root.children:
            topic.expand()

    def action_next_entry(self) -> None:
        """Next entry, across topics."""
        self._expand_all()
        self.call_after_refresh(lambda: self._jump(self._entry_lines(), True))

    def action_previous_entry(self) -> None:
        """Previous entry, across topics."""
        self._expand_all()
        self.call_after_refresh(lambda: self._jump(self._entry_lines(), False))

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
        if node.data and node.data.entry_id is None and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self._select(node.parent)

    def action_expand_or_child(self) -> None:
        """Expand a closed topic, or go to its first entry."""
        node = self.cursor_node
        if node is None or not node.children:
            return
        if not node.is_expanded:
            node.expand()
        else:
            self._select(node.children[0])

    def action_open(self) -> None:
        """Open the entry under the cursor, or toggle a topic."""
        node = self.cursor_node
        if node is None or node.data is None:
            return
        if node.data.entry_id:
            self.post_message(self.EntryOpened(node.data.entry_id))
        else:
            node.toggle()

    @on(Tree.NodeHighlighted)
    def _highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        event.stop()
        ref = event.node.data
        if ref is None:
            return
        if ref.entry_id:
            self.post_message(self.EntryHighlighted(ref.entry_id))
        elif not ref.more:
            self.post_message(self.TopicHighlighted(ref.topic_id))
