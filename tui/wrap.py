"""Line wrapping for mixed Chinese and English text, as a Chinese reader expects.

Textual wraps on whitespace only, so a run of Chinese is one long "word". Here Chinese
breaks between any two characters; an English word, a number, a URL, a `u/handle` or an
entry id is one unbreakable token (split only when it is wider than the whole line); and
closing punctuation never starts a line: it hangs into a margin of `HANG` cells right of
the measure, as CJK typesetting does. Lines are never stretched: a line that cannot take
the next token ends short, with no spaces spread between its characters. A paragraph's
leading spaces are its indent, kept on each of its lines (a list item's second
paragraph, an indented line of a quote). A `Text` marked `no_wrap` (a code line, a
table row) is preformatted: every space is kept, and a line wider than the measure is
cut at it.

Wrapping is linear in the text's length: the breaks come from one pass over the plain
text, and the styled text is cut at all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
from rich.text import Text

HANG = 2
"""Cells right of the measure where a line's closing punctuation may hang."""

CLOSING = set("，。、；：？！）」』】》〉〕”’…,.;:?!)]}%·")
OPENING = set("（「『【《〈〔“‘([{")
SPACES = " \t"

BREAK_AFTER = "/-_="
"""Where a line may end inside a URL or an id too long for it: after these (not between two
of them: `https://` stays whole; `_` joins the words of a Reddit thread's URL) ..."""
BREAK_BEFORE = "?#&"
"""... and before these: a line never starts with `/`, `-`, `_` or `=`. The links dialog's
rule (`url_lines`) and the one a toast breaks a URL or an id by."""


def may_break_between(before: str, here: str) -> bool:
    """Whether a line may end between these two neighbours in a URL or an id: after a `/`,
    `-`, `_` or `=` (not between two of them), before a `?`, `#` or `&`."""
    return here in BREAK_BEFORE or (before in BREAK_AFTER and here not in BREAK_AFTER)


def _is_wide(ch: str) -> bool:
    return ch >= "\u1100" and cell_len(ch) == 2


@dataclass(frozen=True, slots=True)
class _Atom:
    """An unbreakable piece of a paragraph: [start, end) with its width."""

    start: int
    end: int
    width: int
    space_before: bool


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """Split text[start:end] into atoms: a wide character, or a token of narrow characters
    up to the next space or wide character; punctuation glued to its neighbour."""
    pieces: list[list[int]] = []  # [start, end, space_before]
    i = start
    pending_space = False
    while i < end:
        ch = text[i]
        if ch in SPACES:
            pending_space = True
            i += 1
            continue
        j = i + 1
        if not (_is_wide(ch) or ch in CLOSING or ch in OPENING):
            while j < end and text[j] not in SPACES and not _is_wide(text[j]) and text[j] not in "（「『【《〈〔“‘":
                j += 1
        glue = pieces and not pending_space and (ch in CLOSING or text[pieces[-1][1] - 1] in OPENING)
        if glue:
            pieces[-1][1] = j
        else:
            pieces.append([i, j, int(pending_space)])
        pending_space = False
        i = j
    return [_Atom(s, e, cell_len(text[s:e]), bool(sp)) for s, e, sp in pieces]


def _trailing_hang(text: str, atom: _Atom, gap: int) -> int:
    """Cells of closing punctuation at the end of an atom, which may hang past the measure;
    an atom that is all punctuation (a ` · ` between two words) hangs with the `gap` before
    it, rather than start the next line."""
    cells = 0
    for ch in reversed(text[atom.start : atom.end]):
        if ch not in CLOSING:
            break
        cells += cell_len(ch)
    return cells if cells < atom.width else cells + gap


@dataclass(frozen=True, slots=True)
class Line:
    """One wrapped line: its atoms, and whether it ends its paragraph."""

    atoms: tuple[_Atom, ...]
    last: bool
    indent: int = 0
    """Spaces before the line: its paragraph's own leading spaces."""

    @property
    def start(self) -> int:
        """Offset of the line's first character."""
        return self.atoms[0].start

    @property
    def end(self) -> int:
        """Offset just after the line's last character."""
        return self.atoms[-1].end


def _split_long(text: str, atom: _Atom, width: int) -> list[_Atom]:
    """Cut a token wider than the whole line into pieces that fit (nothing else can)."""
    out: list[_Atom] = []
    s = atom.start
    cells = 0
    for i in range(atom.start, atom.end):
        w = cell_len(text[i])
        if cells + w > width and i > s:
            out.append(_Atom(s, i, cells, atom.space_before and s == atom.start))
            s, cells = i, 0
        cells += w
    out.append(_Atom(s, atom.end, cells, atom.space_before and s == atom.start))
    return out


@lru_cache(maxsize=4096)
def wrap_lines(text: str, width: int, hang: int = HANG) -> tuple[Line, ...]:
    """Break `text` into lines of at most `width` cells, plus up to `hang` cells of
    hanging punctuation (0 where nothing may pass the width: in a table's cell the cells
    past it were cut off).

    Cached: the breaks depend on the plain text, the width and the hang only, and the pane re-wraps
    the same texts with new highlights at every keystroke of the filter."""
    return tuple(_wrap_lines(text, width, hang))


def _wrap_lines(text: str, width: int, hang: int) -> list[Line]:
    width = max(width, 4)
    lines: list[Line] = []
    offset = 0
    for paragraph in text.split("\n"):
        end = offset + len(paragraph)
        indent = len(paragraph) - len(paragraph.lstrip(" "))
        if indent > width // 2:
            indent = 0  # no room left to indent by: wrapped as it comes
        room = width - indent
        current: list[_Atom] = []
        used = 0
        for whole in _atoms(text, offset, end):
            for atom in _split_long(text, whole, room) if whole.width > room else (whole,):
                gap = 1 if (current and atom.space_before) else 0
                fits = used + gap + atom.width <= room
                hangs = used + gap + atom.width - room <= min(hang, _trailing_hang(text, atom, gap))
                if current and not (fits or hangs):
                    # a lone mark that cannot hang takes the word before it to the next line
                    carried = [current.pop()] if len(current) > 1 and _trailing_hang(text, atom, 0) == atom.width else []
                    lines.append(Line(tuple(current), False, indent))
                    current, used = carried, sum(one.width for one in carried)
                    gap = 1 if (current and atom.space_before) else 0
                current.append(atom)
                used += gap + atom.width
        lines.append(Line(tuple(current), True, indent) if current else Line((_Atom(offset, offset, 0, False),), True))
        offset = end + 1
    return lines


def _folded(text: Text, width: int) -> Text:
    """A preformatted text as it is, every space kept, each line cut at `width` cells."""
    plain = text.plain
    cuts: list[int] = []
    cells = 0
    for i, ch in enumerate(plain):
        if ch == "\n":
            cells = 0
            continue
        w = cell_len(ch)
        if cells + w > width and cells:
            cuts.append(i)
            cells = 0
        cells += w
    if not cuts:
        return text
    return Text("\n", end="").join(text.divide(cuts))


def _line_text(piece: Text, line: Line) -> Text:
    """A line's styled text with one space between its atoms (the source may have had
    several, or a tab): `piece` is the text from the line's first to last character."""
    natural = sum(a.width for a in line.atoms) + sum(1 for a in line.atoms[1:] if a.space_before)
    if cell_len(piece.plain) == natural:
        return piece
    base = line.start
    out = Text()
    for n, atom in enumerate(line.atoms):
        if n and atom.space_before:
            out.append(" ")
        out.append_text(piece[atom.start - base : atom.end - base])
    return out


def wrap_text(text: Text, width: int, hang: int = HANG) -> Text:
    """Wrap a rich Text to `width` cells (`hang`: as `wrap_lines`), styles kept, in time
    linear in its length."""
    if text.no_wrap:
        return _folded(text, max(width, 4))
    lines = wrap_lines(text.plain, width, hang)
    cuts: list[int] = []
    for line in lines:
        cuts += (line.start, line.end)
    pieces = text.divide(cuts)  # before, line 0, between, line 1, between, ...
    result = Text(end="")
    for n, line in enumerate(lines):
        if n:
            result.append("\n")
        if line.indent:
            result.append(" " * line.indent)
        result.append_text(_line_text(pieces[2 * n + 1], line))
    return result


def truncate_with_ellipsis(text: Text, cells: int) -> None:
    """Cut `text` in place to `cells` cells, ending in "…" when it was wider; the "…"
    follows the last character shown. Rich leaves a blank before the "…" where a wide
    character did not fit (`中文 …`), or where the cut came after a space (`word …`): here
    such blanks come after the "…", so the width is the same."""
    if text.cell_len <= cells:
        return
    text.truncate(cells, overflow="ellipsis")
    plain = text.plain
    shown = plain[:-1].rstrip(" ")
    if len(shown) < len(plain) - 1:
        text.plain = shown + "…" + " " * (len(plain) - 1 - len(shown))


def _room_for_ellipsis(line: Line, width: int) -> int:
    """Where a line ends when a "…" must follow it within `width` cells: after its last
    whole atom that leaves a cell free, or one character short of its end where its first
    atom alone fills the line (a token wider than the line, already split)."""
    used, end = 0, line.start
    for n, atom in enumerate(line.atoms):
        used += (1 if n and atom.space_before else 0) + atom.width
        if used > width - 1:
            return end if end > line.start else line.end - 1
        end = atom.end
    return end


def wrap_at_most(text: Text, width: int, most: int, whole_to: int = 0) -> Text:
    """`text` wrapped to `width` cells, nothing past them, in at most `most` lines: where
    some is left out the last line ends in "…" after its last whole word (or character of
    Chinese). Lines are added while the first `whole_to` characters (a heading's entry id)
    would be cut."""
    lines = wrap_lines(text.plain, width, 0)
    keep = max(most, 1)
    while keep < len(lines) and _room_for_ellipsis(lines[keep - 1], width) < whole_to:
        keep += 1
    if keep >= len(lines):
        return wrap_text(text, width, 0)
    last = lines[keep - 1]
    cut = text[: _room_for_ellipsis(last, width)]
    cut.append("…")
    return Text("\n", end="").join(wrap_text(cut, width, 0).split("\n", allow_blank=True)[:keep])
