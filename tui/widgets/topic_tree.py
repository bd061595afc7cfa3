"""TopicTree: topics with their entry counts, entries labelled by their question.

Built from an `Outline` (no pydantic needed), so it is on the first screen at once. While
filtering it shows the matching entries, best first, with the matched characters
highlighted: a few per topic, then a line such as "… 7,812 more matches" that lists the
next ones on enter, so a keystroke builds a few dozen nodes whatever the corpus's size and
every match stays reachable by keyboard. Moving the cursor posts a message so the answer
pane follows it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from rich.style import Style
from rich.text import Text
from textual import on
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from corpus.outline import EntryOutline, Outline, TopicOutline
from tui.keymap import app_keymap, typed_key
from tui.mark_labels import Marks, marked_label
from tui.tree_listing import Items, Listing, Shown, Spans, Unfiltered
from tui.ui_text import words
from tui.widgets.keys_in_turn import KeysHandledInTurn
from tui.widgets.tree_moves import NodeRef, TreeMoves

__all__ = ["MAX_SHOWN", "PER_TOPIC", "MORE_STEP", "NodeRef", "Shown", "TopicTree"]

READ_STYLE = Style(dim=True)
"""A read entry is dimmed, besides losing its sign (dim is an attribute: NO_COLOR keeps it)."""
MAX_SHOWN = 50
"""How many of the best matches a keystroke asks the engine for (with their spans)."""
PER_TOPIC = 10
"""How many matching entries a topic lists at first while filtering (the best ones)."""
MORE_STEP = 200
"""How many more entries enter on a topic's 'more' line lists."""
MAX_PER_TOPIC = 100
"""How many entries a topic lists at first unfiltered."""
EAGER_LIMIT = 1000
"""Up to this many entries in all, every topic is filled and open at start."""

class TopicTree(KeysHandledInTurn, TreeMoves):
    """The topic tree: keyboard navigation over topics and entries."""

    class EntryHighlighted(Message):
        """The cursor moved onto an entry."""

        def __init__(self, entry_id: str) -> None:
            self.entry_id = entry_id
            super().__init__()

    class TopicHighlighted(Message):
        """The cursor moved onto a topic (or onto its 'more' line)."""

        def __init__(self, topic_id: str) -> None:
            self.topic_id = topic_id
            super().__init__()

    class EntryOpened(Message):
        """Enter was pressed on an entry: the reader wants to read it."""

        def __init__(self, entry_id: str) -> None:
            self.entry_id = entry_id
            super().__init__()

    class MoreWanted(Message):
        """A topic's listed matches ran out but the filter's result is cut short: the
        screen asks the engine for a longer one and gives it to `extend`."""

        def __init__(self, topic_id: str, want: int) -> None:
            self.topic_id = topic_id
            self.want = want
            """How many of the topic's matches the tree wants to know."""
            super().__init__()

    COMPONENT_CLASSES = {"topic-tree--match", "topic-tree--count"}

    _adding = 0
    """How deep in `_adding_nodes`: the tree is invalidated once, when it ends."""

    def __init__(self, outline: Outline, lang: str, **kwargs: object) -> None:
        super().__init__("topics", **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False
        self.outline = outline
        self.lang = "en" if lang == "en" else "zh"
        self.shown: list[Shown] | None = None
        self.complete = True
        """Whether `shown` holds every match of the filter (else the engine has more)."""
        self._extended = False
        self._topics = {topic.id: topic for topic in outline.topics}
        self._entries = {entry.id: entry for topic in outline.topics for entry in topic.entries}
        self._listings: dict[int, Listing] = {}
        """Per topic node: what it lists and what it could list next."""
        self.marks = Marks()
        """Read, new and bookmarked entries (the screen pushes them down with `set_marks`)."""
        self._label_looks: tuple[Style, Style] | None = None
        self._read_per_topic: Counter[str] | None = None
        """How many of each topic's entries are read under the current marks."""
        self._sized: tuple[object, ...] | None = None
        """What the scrollbars were last fitted to (see `_size_updated`)."""

    def on_mount(self) -> None:
        """Fill the tree (component styles exist only once mounted)."""
        self.build(self.shown)

    # -- building ---------------------------------------------------------------------

    def show(self, shown: list[Shown] | None, keep_entry: str | None = None, complete: bool = True) -> None:
        """Show these entries (None: all; `complete` False: the filter has more matches
        than these), the cursor on `keep_entry` if listed. Always a rebuild: relabelling the
        same entries in place (their highlights change) made Textual queue a refresh per
        node, which at 100k cost more before the next frame than building the few dozen
        nodes again."""
        self.build(shown, keep_entry, complete)

    def build(self, shown: list[Shown] | None = None, keep_entry: str | None = None, complete: bool = True) -> None:
        """Rebuild the tree: the whole outline, or only `shown` entries (best first)."""
        self.shown, self.complete, self._extended = shown, complete or shown is None, False
        self.clear()
        self._listings = {}
        with self._adding_nodes():
            if shown is None:
                eager = self.outline.entry_count <= EAGER_LIMIT
                for n, topic in enumerate(self.outline.topics):
                    self._add_topic(topic, Unfiltered(topic.entries), fill=eager or n == 0)
            else:
                groups = self._groups(shown)
                for topic_id, items in groups.items():
                    self._add_topic(self._topics[topic_id], items, fill=True)
                if not self.complete:  # the other topics may hold matches past the best ones
                    for topic in self.outline.topics:
                        if topic.id not in groups:
                            self._add_topic(topic, [], fill=False)
        self.scroll_to(y=0, animate=False)  # a new list starts at its top: the best match's topic shows
        if not (keep_entry and self.move_to_entry(keep_entry)):
            self.cursor_line = 0

    def _groups(self, shown: list[Shown]) -> dict[str, list[tuple[EntryOutline, Spans]]]:
        groups: dict[str, list[tuple[EntryOutline, Spans]]] = {}
        for item in shown:
            groups.setdefault(item.topic_id, []).append((self._entries[item.entry_id], item.spans))
        return groups

    def _add_topic(self, topic: TopicOutline, items: Items, fill: bool) -> None:
        """Add a topic; its first entries now (`fill`) or when it is first expanded."""
        listing = Listing(topic, items)
        node = self.root.add(self._topic_label(listing), NodeRef(topic.id), expand=fill, allow_expand=True)
        self._listings[node.id] = listing
        if fill:
            self._list(node, PER_TOPIC if self.shown is not None else MAX_PER_TOPIC)

    def _list(self, node: TreeNode[NodeRef], count: int) -> TreeNode[NodeRef] | None:
        """List up to `count` more of the topic's entries, then a 'more' line if there
        is more to list (or to ask the engine for); the first leaf added."""
        listing = self._listings[node.id]
        listing.filled = True
        children = node.children
        first = None
        with self._adding_nodes():
            if children and children[-1].data and children[-1].data.more is not None:
                children[-1].remove()
            match_style = self._match_style
            for entry, spans in listing.items[listing.listed : listing.listed + count]:
                leaf = node.add_leaf(self._entry_label(entry, spans, match_style), NodeRef(listing.topic.id, entry.id))
                first = first or leaf
            listing.listed = min(len(listing.items), listing.listed + count)
            rest = len(listing.items) - listing.listed
            if rest or not self.complete:
                node.add_leaf(self._more_label(rest), NodeRef(listing.topic.id, more=rest))
        return first

    @contextmanager
    def _adding_nodes(self) -> Iterator[None]:
        """Add or remove nodes with one invalidation at the end: Textual's `Tree` clears
        its line cache and queues a layout refresh for every node (a third of a
        keystroke's rebuild at 100k). Nothing reads the lines until it ends."""
        self._adding += 1
        try:
            yield
        finally:
            self._adding -= 1
            if not self._adding:
                super()._invalidate()

    def _invalidate(self) -> None:
        if not self._adding:
            super()._invalidate()

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """Fit the scrollbars only when what they show changed. Textual's scroll view
        compares the virtual size the compositor passes (its region's) with its own (the
        tree's lines), which differ whenever the tree has more lines than it shows: the
        scrollbar was redrawn at every layout of the screen (3.5 times a keystroke at 100k
        entries, a millisecond each)."""
        styles = self.styles
        fitted = (size, self.virtual_size, container_size, styles.overflow_x, styles.overflow_y,
                  styles.scrollbar_size_vertical, styles.scrollbar_size_horizontal, styles.scrollbar_gutter)
        if fitted == self._sized:
            return False
        self._sized = fitted
        return super()._size_updated(size, virtual_size, container_size, layout)

    def _more_label(self, rest: int) -> Text:
        what = words(self.lang, "matches" if self.shown is not None else "entries_word")
        known = f"{rest:,}" + ("" if self.complete else "+")
        key = typed_key("tree.open", app_keymap(self))  # (the key bound now: the config file's [keys])
        if rest:
            line = words(self.lang, "more_listed", n=known, what=what, open=key)
        else:
            line = words(self.lang, "more_unknown", what=what, open=key)
        return Text(line, style="italic")

    def list_more(self, node: TreeNode[NodeRef]) -> None:
        """Enter on a 'more' line: list the topic's next entries there, cursor on the first
        of them; ask the screen for a longer result when the known ones ran out."""
        topic = node.parent
        if topic is None or topic.id not in self._listings:
            return
        listing = self._listings[topic.id]
        if listing.listed >= len(listing.items):
            if not self.complete:
                self.post_message(self.MoreWanted(listing.topic.id, listing.listed + MORE_STEP))
            return
        first = self._list(topic, MORE_STEP)
        if first is not None and first.data and first.data.entry_id:
            line = self.cursor_line
            self._select(first)
            if self.cursor_line == line:  # the entry took the 'more' line's place: no highlight event
                self.post_message(self.EntryHighlighted(first.data.entry_id))

    def extend(self, shown: list[Shown], complete: bool, topic_id: str) -> None:
        """A longer result for the same filter: learn the new matches (new topics go at the
        end), then list more of `topic_id` as enter on its 'more' line would."""
        self.shown, self.complete, self._extended = shown, complete, True
        groups = self._groups(shown)
        for node in list(self.root.children):
            listing = self._listings[node.id]
            listed = {entry.id for entry, _ in listing.items[: listing.listed]}
            new = [item for item in groups.pop(listing.topic.id, []) if item[0].id not in listed]
            listing.replace_rest(new)
            node.set_label(self._topic_label(listing))
            children = node.children
            if children and children[-1].data and children[-1].data.more is not None:
                rest = len(listing.items) - listing.listed
                if rest or not complete:
                    children[-1].set_label(self._more_label(rest))
                    children[-1].data = NodeRef(listing.topic.id, more=rest)
                else:
                    children[-1].remove()
        for new_topic, items in groups.items():
            self._add_topic(self._topics[new_topic], items, fill=True)
        for node in self.root.children:
            if node.data and node.data.topic_id == topic_id and node.children:
                self.list_more(node.children[-1])

    def _topic_label(self, listing: Listing) -> Text:
        """A topic's title, its count (matches/all while filtering) and how many are unread."""
        topic = listing.topic
        label = Text(topic.text(self.lang))
        known = len(listing.items)
        count = f"  {known}" if self.shown is None else f"  {known}{'' if self.complete else '+'}/{len(topic.entries)}"
        label.append(count + self._unread_suffix(topic), style=self._label_styles()[1])
        return label

    def _unread_suffix(self, topic: TopicOutline) -> str:
        """' · 4 unread' after a topic's count. Counted from the read marks, once per change
        of them: a topic of a big corpus has thousands of entries, and few are read (at
        100k, counting every topic's entries held the UI thread ~20 ms as loading ended)."""
        if not self.marks.known:
            return ""
        if self._read_per_topic is None:
            self._read_per_topic = self._count_read()
        unread = len(topic.entries) - self._read_per_topic[topic.id]
        return words(self.lang, "unread", n=unread) if unread else ""  # (as mark_labels.unread_suffix words it)

    def _count_read(self) -> Counter[str]:
        """How many entries each topic has read: from the read marks when they are few
        (the usual case: two lookups a mark), else from the entries (one lookup each)."""
        read, outline = self.marks.read, self.outline
        if len(read) * 4 < outline.entry_count:
            return Counter(outline.topic_of(entry_id).id for entry_id in read if outline.has_entry(entry_id))
        return Counter({topic.id: sum(1 for entry in topic.entries if entry.id in read) for topic in outline.topics})

    def set_marks(self, marks: Marks) -> None:
        """Show these read marks and bookmarks: relabel in place, the cursor stays."""
        self.marks = marks
        self._read_per_topic = None
        for node in self.root.children:
            listing = self._listings[node.id]
            node.set_label(self._topic_label(listing))
            for child, (entry, spans) in zip(node.children, listing.items[: listing.listed]):
                child.set_label(self._entry_label(entry, spans))

    def _entry_label(self, entry: EntryOutline, spans: Spans, style: Style | None = None) -> Text:
        """An entry's label: its question's first line, matches highlighted. An imported
        question's Markdown is rendered (inert), its matched words highlighted where they
        appear in what is shown."""
        question = entry.text(self.lang)
        found = spans.get(f"question.{self.lang}", ())
        match = style or self._match_style
        if entry.markdown:
            from tui.reddit_markdown import first_line, highlight_words

            text = Text(first_line(question, words(self.lang, "spoiler")))
            highlight_words([text], (question[start:end] for start, end in found), match)
        else:
            text = Text(question.split("\n")[0])
            for start, end in found:
                text.stylize(match, start, end)
        return marked_label(self.marks, entry.id, text, READ_STYLE)

    def process_label(self, label: str | Text) -> Text:
        """A label made here is one line of `Text` (never markup): kept as it is, not copied
        and split again (that was a third of a rebuild's time at 100k)."""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)

    @on(Tree.NodeExpanded)
    def _expanded(self, event: Tree.NodeExpanded[NodeRef]) -> None:
        listing = self._listings.get(event.node.id)
        if listing is not None and not listing.filled:
            self._list(event.node, MAX_PER_TOPIC if self.shown is None else PER_TOPIC)

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[NodeRef]) -> None:
        """A click on a 'more' line lists more, as enter does."""
        if event.node.data and event.node.data.more is not None:
            event.stop()
            self.list_more(event.node)

    @property
    def _match_style(self) -> Style:
        return self._label_styles()[0]

    def _label_styles(self) -> tuple[Style, Style]:
        """The match and count styles, looked up once per change of style: Textual forgets
        its own copy each time a node is added (a dozen lookups per keystroke)."""
        if self._label_looks is None:
            rich = self.get_component_rich_style
            self._label_looks = (rich("topic-tree--match", partial=True), rich("topic-tree--count", partial=True))
        return self._label_looks

    def notify_style_update(self) -> None:
        """A theme or a state changed the styles: look them up again."""
        self._label_looks = None
        super().notify_style_update()

    def set_lang(self, lang: str) -> None:
        """Relabel the tree in another language, keeping the cursor's entry."""
        self.lang = "en" if lang == "en" else "zh"
        current = self.current
        self.build(self.shown, keep_entry=current.entry_id if current else None, complete=self.complete)

    def _expand_all(self) -> None:
        if self.outline.entry_count > EAGER_LIMIT and self.shown is None:
            return  # opening every topic of a big corpus would add thousands of lines
        super()._expand_all()

    # -- where the cursor is -------------------------------------------------------------

    def move_to_entry(self, entry_id: str) -> bool:
        """Put the cursor on an entry (expanding its topic, listing it if it is among the
        topic's known entries not listed yet); False if the tree does not have it."""
        for topic in self.root.children:
            listing = self._listings[topic.id]
            index = listing.index_of(entry_id)
            if index is None:
                continue
            if index >= listing.listed or not listing.filled:  # (a closed topic lists its first ones too)
                self._list(topic, max(index + 1, MAX_PER_TOPIC if self.shown is None else PER_TOPIC) - listing.listed)
            if not topic.is_expanded:  # (expand invalidates the tree's lines, open or not)
                topic.expand()
            self._select(topic.children[index])
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

    def _opened(self, entry_id: str) -> None:
        self.post_message(self.EntryOpened(entry_id))

    @on(Tree.NodeHighlighted)
    def _highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        event.stop()
        ref = event.node.data
        if ref is None:
            return
        if ref.entry_id:
            self.post_message(self.EntryHighlighted(ref.entry_id))
        else:  # a topic, or its 'more' line: the pane shows the topic, no entry
            self.post_message(self.TopicHighlighted(ref.topic_id))
