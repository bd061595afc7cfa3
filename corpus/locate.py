"""Where in a corpus file an item or field is: its label, and its line in the text.

Plain Python, no Textual import. Neither tomllib nor json reports positions, so the line
is found by a heuristic over the text: the ids leading to the item, then the field's keys.
`place` turns a pydantic error location into those ids and keys, `reference_path` finds
the list item that holds a reference, and `locate` gives the line.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from corpus.model import Entry

Format = Literal["toml", "json"]

_ITEM_KINDS = {"sources": "source", "speakers": "speaker", "topics": "topic", "entries": "entry"}


def place(data: Any, loc: tuple[str | int, ...]) -> tuple[str, list[str], list[str | int]]:
    """The item label, the ids leading to it and the field path after it, from a pydantic loc."""
    label, node, i = "", data, 0
    anchors: list[str] = []
    rest: list[str | int] = []
    while i < len(loc):
        key, nxt = loc[i], loc[i + 1] if i + 1 < len(loc) else None
        structural = key in ("sources", "speakers", "topics") and not anchors
        structural |= key == "entries" and label.startswith("topic")
        if structural and isinstance(nxt, int) and not rest:
            items = node.get(key) if isinstance(node, dict) else None
            node = items[nxt] if isinstance(items, list) and nxt < len(items) else None
            item_id = node.get("id") if isinstance(node, dict) else None
            if isinstance(item_id, str):
                label, anchors = f"{_ITEM_KINDS[str(key)]} {item_id!r}", [*anchors, item_id]
            else:
                rest = [key, nxt]
            i += 2
            continue
        rest.append(key)
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            node = None
        if isinstance(node, str):
            break  # a bare string stands for a whole text: name no language inside it
        i += 1
    path = field_path(rest)
    where = f"{label}, {path}" if label and path else label or path
    return where, anchors, rest


def field_path(rest: list[str | int]) -> str:
    """A field path as the messages write it: 'answers[0].text'."""
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in rest).lstrip(".")


def reference_path(
    entry: Entry, field: str, ref: str, used: set[tuple[str, str, int]]
) -> list[str | int]:
    """The path to the first item of `entry` whose `field` (dotted: 'answers.source') is
    `ref` and is not yet in `used`, which it joins; the field alone when it is no list."""
    list_name, _, attr = field.partition(".")
    items = getattr(entry, list_name, None)
    if isinstance(items, list):
        for i, item in enumerate(items):
            value = getattr(item, attr) if attr else item
            if value == ref and (entry.id, field, i) not in used:
                used.add((entry.id, field, i))
                return [list_name, i, attr] if attr else [list_name, i]
    return [field]


_ID_KEY = re.compile(r"""(?:^|[{,])[ \t]*"?id"?[ \t]*[=:]""", re.MULTILINE)
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)


def locate(
    text: str, fmt: Format, anchors: list[str], rest: list[str | int], occurrence: int = 1
) -> int | None:
    """The line of an item's field: find each anchor id in turn, then the field's keys.

    A heuristic over the text (neither tomllib nor json report positions): the line of
    the deepest part found, or None when the first anchor is not found at all.
    """
    pos, end = 0, len(text)
    for anchor in anchors:
        pattern = re.compile(
            rf"""(?:^|[{{,])[ \t]*"?id"?[ \t]*[=:][ \t]*(["']){re.escape(anchor)}\1""",
            re.MULTILINE,
        )
        matches = list(pattern.finditer(text, pos)) if occurrence > 1 else []
        found = matches[occurrence - 1] if len(matches) >= occurrence else pattern.search(text, pos)
        if found is None:
            return None if pos == 0 else _line_of(text, pos)
        pos = found.start() + len(found[0]) - len(found[0].lstrip("{, \t\n"))
    mark = pos
    if anchors:
        next_id = _ID_KEY.search(text, pos + 1)
        end = next_id.start() if next_id else len(text)
        if fmt == "toml":  # keys may come before `id` in a TOML table: search from its header
            headers = [m.start() for m in _HEADER.finditer(text, 0, pos)]
            start = headers[-1] if headers else 0
            pos = start if not _ID_KEY.search(text, start, pos) else pos
    i = 0
    while i < len(rest):
        key = rest[i]
        if isinstance(key, int):
            break
        found_key = _find_key(text, key, pos, end)
        if found_key is None:
            if not anchors and i == 0:
                return None  # a top-level field that is not in the file
            break
        mark, is_header, value_at = found_key
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if isinstance(nxt, int):
            span = (
                _nth_header(text, mark, end, nxt) if is_header else _nth_item(text, value_at, nxt)
            )
            if span is None:
                break
            (mark, end), i = span, i + 2
        else:
            end = _skip_value(text, value_at) if not is_header else end
            i += 1
        pos = mark
    return _line_of(text, mark)


def _find_key(text: str, key: str, start: int, end: int) -> tuple[int, bool, int] | None:
    """(where the key is, whether it is a TOML [[header]], where its value starts)."""
    k = re.escape(key)
    header = re.compile(rf"^[ \t]*\[\[?[ \t]*(?:[\w-]+\.)*{k}[ \t]*\]\]?", re.MULTILINE).search(
        text, start, end
    )
    plain = re.compile(rf"""(?:^|[{{,])[ \t]*("?{k}"?)[ \t]*([=:.])[ \t]*""", re.MULTILINE).search(
        text, start, end
    )
    if header and (plain is None or header.start() < plain.start()):
        return header.start() + len(header[0]) - len(header[0].lstrip()), True, header.end()
    if plain:
        value_at = plain.end() if plain[2] != "." else plain.start(2)
        return plain.start(1), False, value_at
    return None


def _nth_header(text: str, at: int, end: int, n: int) -> tuple[int, int] | None:
    line = text[at : text.find("\n", at) if "\n" in text[at:] else len(text)].strip()
    starts = [m.start() for m in re.finditer(rf"^[ \t]*{re.escape(line)}", text[:end], re.MULTILINE)]
    starts = [s for s in starts if s >= at]
    if n >= len(starts):
        return None
    following = _HEADER.search(text, starts[n] + 1, end)
    return starts[n], following.start() if following else end


def _nth_item(text: str, at: int, n: int) -> tuple[int, int] | None:
    """The span of the n-th item of the array starting at `at` (a '[')."""
    if text[at : at + 1] != "[":
        return None
    i, k = at + 1, 0
    while i < len(text):
        c = text[i]
        if c in " \t\r\n,":
            i += 1
        elif c == "#":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
        elif c == "]":
            return None
        else:
            item_end = _skip_value(text, i)
            if k == n:
                return i, item_end
            i, k = max(item_end, i + 1), k + 1
    return None


def _skip_value(text: str, i: int) -> int:
    """Just past the TOML/JSON value starting at `i`, skipping strings and nested brackets."""
    depth = 0
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _skip_string(text, i)
            if depth == 0:
                return i
            continue
        if c == "#" and depth == 0:
            return i
        if c in "[{":
            depth += 1
        elif c in "]}":
            if depth == 0:
                return i
            depth -= 1
            if depth == 0:
                return i + 1
        elif depth == 0 and c in ",\n":
            return i
        i += 1
    return i


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        close = text.find(quote * 3, i + 3)
        return len(text) if close < 0 else close + 3
    j = i + 1
    while j < len(text) and text[j] != "\n":
        if text[j] == "\\" and quote == '"':
            j += 2
            continue
        if text[j] == quote:
            return j + 1
        j += 1
    return j


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1
