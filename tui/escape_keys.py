"""Escape pressed just before another key, read as one.

A terminal sends Alt+key as ESC and the key, so an ESC followed at once by a printable
character reads as Alt+that key: Textual's parser makes "\\x1bj" alt+j (which the filter
bar typed as "j"), "\\x1b/" a plain "/", "\\x1b1" a "¡", "\\x1bb" ctrl+left. Keys arriving
in one burst (over SSH, pasted, `tmux send-keys Escape j j`) are read that way: `esc j j`
after a query typed "jj" into the filter instead of leaving it and moving down. The
reader binds no Alt key, so an ESC before a printable character is read as the Escape
key, then that key, as vim reads it: within one read, before the parser sees it
(`EscapeSplitter`); across two reads, by undoing the parser's Alt (`without_alt`).
Nothing changes inside a bracketed paste, nor where a sequence starts (CSI `ESC [`, SS3
`ESC O`, OSC, DCS, and the other introducers).
"""

from __future__ import annotations

import re
from typing import Any

from textual import events

__all__ = ["ESCAPE", "EscapeSplitter", "escape_key", "without_alt"]

ESCAPE = None
"""In `EscapeSplitter.pieces`: the Escape key stands here."""

_PASTE = re.compile(r"(\x1b\[20[01]~)")
"""A bracketed paste's start or end."""
_LONE = re.compile(r"(?<!\x1b)\x1b(?=[ -MQ-WYZ`-~]|[^\x00-\x9f])")
"""An ESC before a printable character that starts no sequence (not O P X [ \\ ] ^ _ N,
nor a control), and after no ESC (the parser reads ESC ESC as two Escape keys already)."""


class EscapeSplitter:
    """Cuts the text of each read where an ESC stands before a printable character."""

    def __init__(self) -> None:
        self.pasting = False
        """Inside a bracketed paste (it may span reads)."""

    def pieces(self, text: str) -> list[str | None]:
        """`text` as pieces to feed the parser, ESCAPE where the Escape key stands."""
        out: list[str | None] = []
        for part in _PASTE.split(text):
            if part in ("\x1b[200~", "\x1b[201~"):
                self.pasting = part == "\x1b[200~"
                out.append(part)
            elif self.pasting or "\x1b" not in part:
                out.append(part)
            else:
                for n, piece in enumerate(_LONE.split(part)):
                    if n:
                        out.append(ESCAPE)
                    out.append(piece)
        return [piece for piece in out if piece != ""]


def without_alt(event: Any) -> list[Any]:
    """An Alt+character key (ESC and the character read apart) as Escape and then the
    character's own key; any other event as it is."""
    if not isinstance(event, events.Key) or not event.key.startswith("alt+"):
        return [event]
    character = event.character
    if character is None or len(character) != 1 or not character.isprintable():
        return [event]
    from textual._xterm_parser import XTermParser  # the parser's own name for the key

    return [escape_key(), *XTermParser().feed(character)]


def escape_key() -> events.Key:
    """The Escape key, as the parser makes it."""
    return events.Key("escape", "\x1b")
