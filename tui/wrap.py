"""Line wrapping for mixed Chinese and English text, as a Chinese reader expects.

Textual wraps on whitespace only, so a run of Chinese is one long "word". Here Chinese
breaks between any two characters, English breaks between words (and after a hyphen or
slash inside a long token such as a URL), and closing punctuation never starts a line:
it hangs into a margin of `HANG` cells right of the measure, as CJK typesetting does.
Lines of a Chinese paragraph are justified: the cells a line would leave empty before an
unbreakable English word are spread over its gaps, so no line ends half-empty.
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
_BREAK_AFTER = set("-/")


def _is_wide(ch: str) -> bool:
    return ch >= "\u1100" and cell_len(ch) == 2


@dataclass(frozen=True)
class _Atom:
    """An unbreakable piece of a paragraph: [start, end) with its width."""

    start: int
    end: int
    width: int
    space_before: bool
    wide: bool


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """Split text[start:end] into atoms: a wide character or a word piece, with punctuation glued."""
    pieces: list[list[int]] = []  # [start, end, space_before, wide]
    i = start
    pending_space = False
    while i < end:
        ch = text[i]
        if ch in " \t":
            pending_space = True
            i += 1
            continue
        if _is_wide(ch) or ch in CLOSING or ch in OPENING:
            j = i + 1
        else:
            j = i + 1
            while j < end and text[j] not in " \t" and not _is_wide(text[j]):
                if text[j - 1] in _BREAK_AFTER and j - i > 1:
                    break
                j += 1
        glue_to_previous = ch in CLOSING and pieces and not pending_space
        if glue_to_previous or (pieces and text[pieces[-1][1] - 1] in OPENING and not pending_space):
            pieces[-1][1] = j
        else:
            pieces.append([i, j, int(pending_space), int(_is_wide(ch))])
        pending_space = False
        i = j
    return [
        _Atom(s, e, cell_len(text[s:e]), bool(sp), bool(wide) or any(_is_wide(c) for c in text[s:e]))
        for s, e, sp, wide in pieces
    ]


def _trailing_hang(text: str, atom: _Atom) -> int:
    """Cells of closing punctuation at the end of an atom, which may hang past the measure."""
    cells = 0
    for ch in reversed(text[atom.start : atom.end]):
        if ch not in CLOSING:
            break
        cells += cell_len(ch)
    return cells if cells < atom.width else 0


@dataclass(frozen=True)
class Line:
    """One wrapped line: its atoms, and whether it ends its paragraph."""

    atoms: tuple[_Atom, ...]
    last: bool

    @property
    def start(self) -> int:
        """Offset of the line's first character."""
        return self.atoms[0].start

    @property
    def end(self) -> int:
        """Offset just after the line's last character."""
        return self.atoms[-1].end


def _split_long(text: str, atom: _Atom, width: int) -> list[_Atom]:
    """Cut an atom wider than the measure into pieces that fit."""
    out: list[_Atom] = []
    s = atom.start
    cells = 0
    for i in range(atom.start, atom.end):
        w = cell_len(text[i])
        if cells + w > width and i > s:
            out.append(_Atom(s, i, cells, atom.space_before and s == atom.start, atom.wide))
            s, cells = i, 0
        cells += w
    out.append(_Atom(s, atom.end, cells, atom.space_before and s == atom.start, atom.wide))
    return out


@lru_cache(maxsize=4096)
def wrap_lines(text: str, width: int) -> tuple[Line, ...]:
    """Break `text` into lines of at most `width` cells (plus hanging punctuation).

    Cached: the breaks depend on the plain text and the width only, and the pane re-wraps
    the same texts with new highlights at every keystroke of the filter."""
    return tuple(_wrap_lines(text, width))


def _wrap_lines(text: str, width: int) -> list[Line]:
    width = max(width, 4)
    lines: list[Line] = []
    offset = 0
    for paragraph in text.split("\n"):
        end = offset + len(paragraph)
        atoms: list[_Atom] = []
        for atom in _atoms(text, offset, end):
            atoms.extend(_split_long(text, atom, width) if atom.width > width else [atom])
        current: list[_Atom] = []
        used = 0
        for atom in atoms:
            gap = 1 if (current and atom.space_before) else 0
            fits = used + gap + atom.width <= width
            overflow = used + gap + atom.width - width
            hangs = overflow <= min(HANG, _trailing_hang(text, atom))
            if current and not (fits or hangs):
                lines.append(Line(tuple(current), last=False))
                current, used, gap = [], 0, 0
            current.append(atom)
            used += gap + atom.width
        lines.append(Line(tuple(current), last=True) if current else Line((_Atom(offset, offset, 0, False, False),), True))
        offset = end + 1
    return lines


def _gap_rank(text: str, left: _Atom, right: _Atom, has_space: bool) -> int | None:
    """How good a gap is for justification spaces: 0 best, None never (inside a word)."""
    if has_space or left.wide != right.wide:
        return 0
    if not left.wide:
        return None
    return 1 if text[left.end - 1] in CLOSING else 2


def _spread(text: str, atoms: tuple[_Atom, ...], gaps: list[int], spare: int) -> list[int]:
    """Which gaps get the spare cells, one index per cell: script boundaries first."""
    ranked: dict[int, list[int]] = {0: [], 1: [], 2: []}
    for i in range(1, len(atoms)):
        rank = _gap_rank(text, atoms[i - 1], atoms[i], bool(gaps[i]))
        if rank is not None:
            ranked[rank].append(i)
    picks: list[int] = []
    for rank, cap in ((0, 2), (1, 1), (2, spare)):
        for _ in range(cap):
            for i in reversed(ranked[rank]):
                if len(picks) == spare:
                    return picks
                picks.append(i)
    return picks


def _line_text(text: Text, line: Line, width: int, justify: bool) -> Text:
    """Assemble a line from its atoms, spreading spare cells over its gaps when justifying."""
    plain = text.plain
    gaps = [1 if a.space_before else 0 for a in line.atoms]
    gaps[0] = 0
    natural = sum(a.width for a in line.atoms) + sum(gaps)
    spare = max(0, width - natural)
    if not (justify and spare > HANG and len(line.atoms) > 1):
        piece = text[line.start : line.end]  # one slice: the line as written
        if cell_len(piece.plain) == natural:
            return piece
    else:
        for n in _spread(plain, line.atoms, gaps, spare):
            gaps[n] += 1
    out = Text()
    for atom, gap in zip(line.atoms, gaps):
        if gap:
            out.append(" " * gap)
        out.append_text(text[atom.start : atom.end])
    return out


def is_chinese_prose(text: str) -> bool:
    """Whether a paragraph is mostly Chinese (then its lines are justified)."""
    visible = [ch for ch in text if not ch.isspace()]
    return bool(visible) and sum(_is_wide(ch) for ch in visible) * 3 >= len(visible)


def wrap_text(text: Text, width: int) -> Text:
    """Wrap a rich Text to `width` cells (styles kept); Chinese paragraphs are justified."""
    plain = text.plain
    result = Text(end="")
    lines = wrap_lines(plain, width)
    chinese = is_chinese_prose(plain)
    for n, line in enumerate(lines):
        if n:
            result.append("\n")
        result.append_text(_line_text(text, line, width, justify=chinese and not line.last))
    return result
