"""Escape pressed just before another key, read as one.

A terminal sends Alt+key as ESC and the key, so an ESC followed at once by a printable
character reads as Alt+that key: Textual's parser makes "\\x1bj" alt+j (which the filter
bar typed as "j"), "\\x1b/" a plain "/", "\\x1b1" a "¡", "\\x1bb" ctrl+left. Keys arriving
in one burst (over SSH, pasted, `tmux send-keys Escape j j`) are read that way: `esc j j`
after a query typed "jj" into the filter instead of leaving it and moving down. The
reader binds no Alt key, so an ESC before a printable character is read as the Escape
key, then that key, as vim reads it: within one read, before the parser sees it
(`EscapeSplitter`); across two reads, by undoing the parser's Alt (`without_alt`).

`[` and `]` (previous and next entry) follow Escape as often as any key, but `ESC [`
starts a CSI sequence and `ESC ]` an OSC string: Textual's parser took Escape then `]`
for an OSC string, waited for its end, then issued the `]` and what followed without the
Escape (`esc ] ]` after a query typed "]]" into the filter). A terminal sends no OSC, ST,
PM or APC string as input unless asked (the reader asks none), and no key's CSI sequence
is `ESC [` and a lowercase letter (but rxvt's `ESC [ a`-`d`) or one of `[ ] \\ ^ _`
(but the Linux console's `ESC [ [ A`-`E`): there, ESC is the Escape key. A read that
ends in `ESC` or `ESC [` is held (`held`) until the next read, so a key or sequence cut
between two reads is read whole; if nothing follows within Textual's escape delay, the
driver releases it as the Escape key and what followed it (`release`). Nothing else
changes where a sequence starts (CSI, SS3 `ESC O`, DCS, and the other introducers).

Inside a bracketed paste, every ESC but the paste's end is dropped, with the CSI or OSC
sequence it starts (`EscapeSplitter.pieces`). Textual's parser (8.2.8) ends a paste's
text at an ESC inside it and issues what follows as keys: pasting `int4 ESC x CR q`
(text copied from a coloured terminal, or planted for a reader to copy) pressed Enter
and then `q`, and quit the reader; a paste is text, and never presses a key.
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
_PASTE_END = "\x1b[201~"
_IN_PASTE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\))?")
"""An ESC inside a paste, with the CSI sequence or the terminated OSC string it starts."""
_LONE = re.compile(
    r"(?<!\x1b)\x1b(?="
    r"[ -MQ-WYZ\\\]^_`-~]"  # a printable character that starts no sequence, or OSC/ST/PM/APC
    r"|[^\x00-\x9f]"
    r"|\[[e-z\]\\^_`{|}]"  # ESC [ and a character that ends no key's sequence there
    r"|\[\[(?![A-E]|\Z)"  # ESC [ [ but F1-F5 on the Linux console (or the read's end)
    r")"
)
"""An ESC that is the Escape key: before a printable character that starts no sequence a
terminal sends as input (not O P X N: Alt+key, undone by `without_alt`; nor [ unless what
follows ends no key's sequence), and after no ESC (the parser reads ESC ESC as two
Escape keys already)."""
_HELD = re.compile(r"(?<!\x1b)\x1b\[?\Z")
"""A read's end that may be the start of a key's sequence or the Escape key alone."""


class EscapeSplitter:
    """Cuts the text of each read where an ESC stands before a printable character."""

    def __init__(self) -> None:
        self.pasting = False
        """Inside a bracketed paste (it may span reads)."""
        self._held = ""
        """The end of a read inside a paste that may begin the paste's end marker."""
        self.held = ""
        """The end of a read outside a paste that may be the Escape key, or the start of
        a sequence cut between two reads (`ESC`, `ESC [`): read with the next read, or
        released when none comes in time (`release`)."""

    def release(self) -> list[str | None]:
        """What `held` means when nothing followed it: the Escape key, and the `[` behind it."""
        held, self.held = self.held, ""
        return [ESCAPE, held[1:]] if held[1:] else [ESCAPE] if held else []

    def pieces(self, text: str) -> list[str | None]:
        """`text` as pieces to feed the parser, ESCAPE where the Escape key stands; inside
        a paste, without its ESCs (but the end marker's, held back should it come in two
        reads)."""
        out: list[str | None] = []
        text, self._held, self.held = self._held + self.held + text, "", ""
        parts = _PASTE.split(text)
        for n, part in enumerate(parts):
            if part in ("\x1b[200~", _PASTE_END):
                if self.pasting and part != _PASTE_END:
                    continue  # a paste inside a paste: its text goes on
                self.pasting = part == "\x1b[200~"
                out.append(part)
            elif self.pasting:
                cut = part.rfind("\x1b")
                if n == len(parts) - 1 and cut >= 0 and _PASTE_END.startswith(part[cut:]):
                    part, self._held = part[:cut], part[cut:]
                out.append(_IN_PASTE.sub("", part))
            elif "\x1b" not in part:
                out.append(part)
            else:
                if n == len(parts) - 1 and (end := _HELD.search(part)):
                    part, self.held = part[: end.start()], end.group()
                for k, piece in enumerate(_LONE.split(part)):
                    if k:
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
