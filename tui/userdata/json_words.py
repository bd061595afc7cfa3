"""Why a state file or a journal line is not JSON, in the words of someone who edits it.

Python's words were advice to a programmer (`Unexpected UTF-8 BOM (decode using
utf-8-sig)`), missed the cause (a NUL byte was `Extra data`), named no bracket (`Expecting
',' delimiter`), or called a file cut short a missing comma and a trailing comma a missing
name. The caller places them: `line L, column C` in a file, `character N` in a journal line.
"""

from __future__ import annotations

import json
import re

from corpus.text import visible


def not_json(text: str, err: json.JSONDecodeError) -> tuple[str, int]:
    """Why `text` is not JSON, in the words of someone who edits it (`{}` where the place
    goes), and the place (the character, counted from 0). Python's words were advice to a
    programmer (`Unexpected UTF-8 BOM (decode using utf-8-sig)`) or missed the cause (a NUL
    byte was `Extra data`, `Expecting value` or `Invalid control character at`)."""
    if text.startswith("\ufeff"):
        return "starts with a byte-order mark", 0
    nul = text.find("\x00", 0, err.pos + 1)
    if nul >= 0:
        return "has a NUL byte at {}", nul
    if err.msg == "Invalid control character at":
        return f"has the control character {visible(text[err.pos])} inside a string at {{}}", err.pos
    if err.msg == "Unterminated string starting at":
        return "a string is never closed (it starts at {})", err.pos
    return _misplaced(text, err.msg, err.pos)


_SAID: dict[str, str] = {
    "Expecting ':' delimiter": "a colon is missing after the name at {}",
    "Expecting property name enclosed in double quotes": "expected a name in double quotes at {}",
    "Expecting value": "expected a value at {} (text in double quotes, a number, true, false, null, a list or an object)",
    "Extra data": "more follows the end of the data at {}",
    "Invalid \\escape": "a backslash starts no escape at {} (write \\\\ for a backslash)",
    "Invalid \\uXXXX escape": "\\u is not followed by 4 hex digits at {}",
}
"""Python's words for what is wrong at a place (its `JSONDecodeError.msg`), said as someone
who edits the file would (`Expecting ',' delimiter` named no bracket, and was said of a
file cut short)."""


def _misplaced(text: str, msg: str, pos: int) -> tuple[str, int]:
    """Why `text` is not JSON at `pos` (Python says `msg`), in an editor's words (`{}` where
    the place goes), and the place: a file cut short, a comma with nothing after it and a
    name or text in single quotes are named as such."""
    end = len(text.rstrip())
    if not end:
        return "it is empty", 0
    if msg != "Extra data" and pos >= end:
        return "it ends at {} before the data is closed", end  # where the missing part goes
    here = text[pos]
    if msg.startswith("Illegal trailing comma") or (here in "]}" and text[:pos].rstrip().endswith(",")):
        return "has a comma with nothing after it at {}", text.rfind(",", 0, pos + 1)
    if here == "'" and msg in ("Expecting property name enclosed in double quotes", "Expecting value"):
        what = "a name" if msg.startswith("Expecting property") else "text"
        return f"has {what} in single quotes at {{}} (JSON wants double quotes)", pos
    if msg.startswith("Invalid \\u") and here != "\\":
        pos = text.rfind("\\", 0, pos)
    if msg == "Expecting ',' delimiter":
        return f"a comma or {_closing(text[:pos])} is missing at {{}}", pos
    return _SAID.get(msg, f"{msg} at {{}}"), pos


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def _closing(start: str) -> str:
    """The bracket that closes the list or object still open at the end of `start` (JSON
    read well so far): `]` or `}`."""
    depth = 0
    for bracket in reversed(_BRACKET.findall(_STRING.sub("", start))):
        if bracket in "]}":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return "]" if bracket == "[" else "}"
    return "]"
