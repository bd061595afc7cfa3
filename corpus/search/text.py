"""How texts are cut into index keys and compared: field classes, match kinds and
their score levels, word and CJK patterns, case and width folding (length-preserving,
so offsets into a folded text are offsets into the model's own string)."""

from __future__ import annotations

import re
from functools import cache

from corpus.query import fold_case, fold_width

ANSWER, META, QUESTION = 0, 1, 2
"""Field classes; the number is the class's rank (a question match outranks the rest)."""
CLASSES = (ANSWER, META, QUESTION)
FUZZY, SUBSTRING, PREFIX, EXACT = 0, 1, 2, 3
"""Match kinds, worst to best: a typo, inside a word, at a word's start, the whole word."""

_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
WORD_RE = re.compile(rf"[^\W_{_CJK_CHARS}]+")
CJK_RE = re.compile(rf"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(rf"[{_CJK_CHARS}]+")
_SEGMENT = re.compile(rf"[^\W_{_CJK_CHARS}]+|[{_CJK_CHARS}]")
_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_WIDE_WORD = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
TRAILING = " \t\n.,;:!?。，；：！？…、」』）)\"'”’"
"""What `word$` ignores at the end of a field."""

FUZZY_MIN = 5

"""Shortest term that may match with a typo; 4-letter terms allow only a transposition."""
TERM_SCORE_MAX = 4 * 12 + 3
"""The highest score one clause can give: best level x 4 + field classes matched."""


def level(kind: int, cls: int) -> int:
    """A term's score for one kind of match in one field class (1..12)."""
    return kind * 3 + cls + 1


def normalize(text: str, case_sensitive: bool, width: bool = True) -> str:
    """A text as the matcher compares it: width-folded, lower-cased unless case-sensitive.
    Length-preserving, so offsets into it are offsets into `text`. `width=False` skips
    the width fold, for texts known to hold no full-width letter or digit when the term
    holds no punctuation."""
    if width and _WIDE.search(text):
        text = fold_width(text)
    return text if case_sensitive else fold_case(text)


def _has_punctuation(text: str) -> bool:
    return _SEGMENT.sub("", text) != ""


_is_word = re.compile(rf"[^\W_{_CJK_CHARS}]").match
_ASCII_WORD = re.compile(r"[0-9A-Za-z]+")
_ASCII_SPLIT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_WIDE_WORDS = frozenset(chr(c) for c in range(0xFF10, 0xFF5B) if chr(c).isalnum())


@cache
def _cjk_set() -> frozenset[str]:
    """Every CJK character of the Basic Multilingual Plane (for set intersections)."""
    ranges = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


@cache
def _plain_set() -> frozenset[str]:
    """ASCII and the punctuation of CJK text: characters that make no word of their own."""
    ranges = ((0x2000, 0x206F), (0x3000, 0x303F), (0xFE30, 0xFE4F), (0xFF00, 0xFF65))
    marks = {chr(c) for lo, hi in ranges for c in range(lo, hi + 1) if not chr(c).isalnum()}
    return frozenset(marks | {chr(c) for c in range(128)} | set("·•—…“”‘’"))


def text_keys(text: str) -> tuple[set[str], bool]:
    """The index keys of a text (its words, case kept, and its CJK characters), and
    whether it holds a full-width letter or digit (keys are taken after folding it)."""
    if text.isascii():
        return set(text.translate(_ASCII_SPLIT).split()), False
    chars = set(text)
    wide = not chars.isdisjoint(_WIDE_WORDS)
    if wide:
        text = fold_width(text)
        chars = set(text)
    cjk = _cjk_set()
    keys = chars & cjk
    if not (chars - cjk) <= _plain_set():
        keys.update(WORD_RE.findall(text))
        keys.update(CJK_RE.findall(text))
    else:
        keys.update(_ASCII_WORD.findall(text))
    return keys, wide


def _end_keys(text: str) -> tuple[str | None, str | None]:
    """The folded first and last word (or CJK character) of a field, for `^` and `$`."""
    first = _SEGMENT.match(text)
    last = _SEGMENT.match(text[-40:].rstrip(TRAILING)[::-1])
    return (_fold_key(first.group()) if first else None, _fold_key(last.group()[::-1]) if last else None)


def _fold_key(key: str) -> str:
    return key.lower() if key.isascii() else normalize(key, False)


def _kind_at(s: str, start: int, end: int) -> int:
    """How an occurrence s[start:end] sits among the words around it."""
    left = start == 0 or not _is_word(s[start - 1]) or not _is_word(s[start])
    right = end == len(s) or not _is_word(s[end]) or not _is_word(s[end - 1])
    return (EXACT if right else PREFIX) if left else SUBSTRING


def _anchor_span(s: str, text: str, prefix: bool, suffix: bool) -> tuple[int, int] | None:
    """Where an anchored term sits in a field (`$` ignores trailing punctuation), or None."""
    if prefix and not s.startswith(text):
        return None
    if not suffix:
        return (0, len(text))
    stripped = s.rstrip(TRAILING)
    end = len(s) if s.endswith(text) else len(stripped) if stripped.endswith(text) else -1
    if end < 0 or (prefix and end != len(text)):
        return None
    return (end - len(text), end)

