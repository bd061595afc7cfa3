"""Reddit Markdown as styled, inert text: what an imported comment looks like in the pane.

Quotes get a bar, a spoiler (`>!text!<`) its marker, never a quote's bar (the bar would claim
the words are quoted from someone), lists their bullets or numbers, code keeps its lines, emphasis its
style, a link shows its text then its URL (never clickable: a click would open a browser
on the machine the reader runs on), a table is laid out in columns as far as it fits.
Nothing in the text can act: the result is `rich.text.Text`, never parsed as markup, and
every piece passes the corpus's control-character cleaning again (an entity such as
`&#x9b;` becomes a character only here).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_block import blockquote
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_inline.state_inline import StateInline
from markdown_it.token import Token
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from corpus.text import clean_text
from tui.ui_text import words

BOLD, ITALIC, STRIKE, DIM = Style(bold=True), Style(italic=True), Style(strike=True), Style(dim=True)
QUOTE_BAR = "▌ "
SPOILER = words("en", "spoiler")
"""What opens a spoiler after its `⟦` (its text follows, then `⟧`), in English."""
_EMPHASIS = {"strong_open": BOLD, "em_open": ITALIC, "s_open": STRIKE}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    parser.block.ruler.at("blockquote", _quote_unless_spoiler, {"alt": ["paragraph", "reference", "blockquote", "list"]})
    parser.inline.ruler.before("strikethrough", "spoiler", _spoiler)
    parser.normalizeLink = _as_written  # type: ignore[method-assign]
    return parser


def _as_written(url: str) -> str:
    """A link's target as its author wrote it (Markdown's escapes undone): the pane shows
    it and the link picker copies it, never a percent-encoded or punycode rewrite."""
    return url


def _quote_unless_spoiler(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A quote, except a line opening a Reddit spoiler (`>!text!<`): a paragraph then."""
    at = state.bMarks[start] + state.tShift[start]
    if state.src.startswith(">!", at):
        line = start
        while line < end and not state.isEmpty(line):
            if "!<" in state.src[at : state.eMarks[line]]:
                return False
            line += 1
    return blockquote(state, start, end, silent)


def _spoiler(state: StateInline, silent: bool) -> bool:
    """`>!text!<`: a spoiler, its text parsed as inline Markdown between its two tokens."""
    start = state.pos
    close = state.src.find("!<", start + 2, state.posMax) if state.src.startswith(">!", start) else -1
    if close < 0:
        return False
    if not silent:
        state.push("spoiler_open", "", 1)
        limit, state.pos, state.posMax = state.posMax, start + 2, close
        state.md.inline.tokenize(state)
        state.posMax = limit
        state.push("spoiler_close", "", -1)
    state.pos = close + 2
    return True


@dataclass
class _Blocks:
    """The paragraphs being built, with the open quotes and lists."""

    code: Style
    link: Style
    out: list[Text] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    """Per open list: the next number, or -1 for bullets."""
    mark: str | None = None
    """A list item's bullet or number, waiting for the item's first paragraph."""

    def add(self, text: Text) -> None:
        line = Text("".join(self.prefixes), DIM, no_wrap=text.no_wrap)
        if self.mark is not None:
            line = Text("".join(self.prefixes[:-1]), DIM)
            line.append(self.mark.rjust(len(self.prefixes[-1])))
            self.mark = None
        line.append_text(text)
        self.out.append(line)


def markdown_blocks(source: str, code: Style, link: Style, spoiler: str = SPOILER) -> list[Text]:
    """The paragraphs of a Reddit comment, as the pane shows them; `spoiler` opens a
    spoiler's marker (the chrome's words)."""
    tokens = _parser().parse(source)
    blocks = _Blocks(code, link)
    i = 0
    while i < len(tokens):
        token, kind = tokens[i], tokens[i].type
        if kind == "blockquote_open":
            blocks.prefixes.append(QUOTE_BAR)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else -1
            blocks.numbers.append(start)
            blocks.prefixes.append("   " if start >= 0 else "  ")
        elif kind in ("blockquote_close", "bullet_list_close", "ordered_list_close"):
            blocks.prefixes.pop()
            if kind != "blockquote_close":
                blocks.numbers.pop()
        elif kind == "list_item_open":
            number = blocks.numbers[-1]
            blocks.mark = "• " if number < 0 else f"{number}. "
            blocks.numbers[-1] += number >= 0
        elif kind == "inline":
            text = inline_text(token.children or [], code, link, spoiler)
            if i and tokens[i - 1].type == "heading_open":
                text.stylize(BOLD)
            blocks.add(text)
        elif kind in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):  # preformatted: every space kept
                blocks.add(Text("    " + clean_text(line), code, no_wrap=True))
        elif kind == "hr":
            blocks.add(Text("───", DIM))
        elif kind == "table_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
            for row in _table(tokens[i:end], code, link, spoiler):
                blocks.add(row)
            i = end
            kind = "table_close"
        if kind in _ENDS_A_BLOCK and tokens[i].level == 0 and blocks.out and blocks.out[-1].plain:
            blocks.out.append(Text(""))  # a blank line between top-level blocks
        i += 1
    while blocks.out and not blocks.out[-1].plain:
        blocks.out.pop()
    return blocks.out


_ENDS_A_BLOCK = frozenset(
    {"paragraph_close", "heading_close", "fence", "code_block", "hr", "table_close",
     "blockquote_close", "bullet_list_close", "ordered_list_close"}
)


def inline_text(children: list[Token], code: Style, link: Style, spoiler: str = SPOILER) -> Text:
    """One paragraph's inline Markdown: emphasis styled, a link's URL after its text, a
    spoiler's text verbatim and dimmed inside its marker (`⟦spoiler: text⟧`)."""
    out = Text()
    styles: list[Style] = []
    links: list[tuple[str, int]] = []
    for child in children:
        kind = child.type
        if kind == "text":
            out.append(clean_text(child.content), Style.combine(styles) if styles else None)
        elif kind == "code_inline":
            out.append(clean_text(child.content), code)
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("\n")
        elif kind in _EMPHASIS:
            styles.append(_EMPHASIS[kind])
        elif kind in ("strong_close", "em_close", "s_close") and styles:
            styles.pop()
        elif kind == "spoiler_open":
            out.append(f"⟦{spoiler}", DIM)
            styles.append(DIM)
        elif kind == "spoiler_close":
            styles.pop()
            out.append("⟧", DIM)
        elif kind == "link_open":
            links.append((str(child.attrGet("href") or ""), len(out)))
            styles.append(link)
        elif kind == "link_close" and links:
            url, start = links.pop()
            styles.pop()
            if url and url != out.plain[start:]:
                out.append(f" ({clean_text(url)})", DIM)
        elif kind == "image":
            alt = "".join(c.content for c in child.children or [])
            out.append(f"[image: {clean_text(alt)}] ({clean_text(str(child.attrGet('src') or ''))})")
        elif kind == "html_inline":
            out.append(clean_text(child.content))
    return out


def _table(tokens: list[Token], code: Style, link: Style, spoiler: str) -> list[Text]:
    """A table's rows in aligned columns, a rule under the header: preformatted, so the
    pane keeps the columns' padding and cuts a row wider than itself."""
    rows: list[list[Text]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(inline_text(token.children or [], code, link, spoiler))
    if not rows:
        return []
    columns = max(len(r) for r in rows)
    widths = [max((cell_len(r[c].plain) for r in rows if c < len(r)), default=0) for c in range(columns)]
    out: list[Text] = []
    for n, row in enumerate(rows):
        line = Text(no_wrap=True)
        for c in range(columns):
            cell = row[c] if c < len(row) else Text()
            if c:
                line.append(" │ ", DIM)
            line.append_text(cell)
            if c < columns - 1:
                line.append(" " * (widths[c] - cell_len(cell.plain)))
        out.append(line)
        if n == 0:
            out.append(Text("─┼─".join("─" * w for w in widths), DIM, no_wrap=True))
    return out


def link_pieces(source: str) -> list[tuple[str, bool]]:
    """What of a Reddit comment can hold a URL, in order, as the pane shows it: each link's
    or image's target `(url, True)`, and each run of plain text outside code and outside a
    link's own text `(text, False)`. Code (spans, blocks) holds none."""
    pieces: list[tuple[str, bool]] = []
    for token in _parser().parse(source):
        if token.type != "inline":
            continue
        in_link = 0
        for child in token.children or []:
            if child.type == "link_open":
                in_link += 1
                pieces.append((clean_text(str(child.attrGet("href") or "")), True))
            elif child.type == "link_close":
                in_link = max(0, in_link - 1)
            elif child.type == "image":
                pieces.append((clean_text(str(child.attrGet("src") or "")), True))
            elif child.type == "text" and not in_link:
                pieces.append((clean_text(child.content), False))
    return pieces


@lru_cache(maxsize=4096)
def first_line(source: str, spoiler: str = SPOILER) -> str:
    """The first line of a comment's Markdown as the pane renders it, as plain text: what a
    label shows (`**K3?**` as `K3?`, `a &lt; b` as `a < b`, a link's text then its URL)."""
    for block in markdown_blocks(source, Style(), Style(), spoiler):
        line = block.plain.split("\n")[0].strip()
        if line:
            return line
    return source.split("\n")[0]


def highlight_words(blocks: list[Text], needles: Iterable[str], style: Style) -> None:
    """Mark each matched word where it appears in the rendered text (offsets move when rendered)."""
    for needle in {n.lower() for n in needles if n.strip()}:
        for block in blocks:
            plain = block.plain.lower()
            at = plain.find(needle)
            while at >= 0:
                block.stylize(style, at, at + len(needle))
                at = plain.find(needle, at + len(needle))
