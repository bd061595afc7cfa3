"""The pane's and `show`'s own labels under 中英 (`--lang both`): Chinese, then English.

A reader who chose both languages reads the labels (role, topic, sources, what a source's
text is, headings) in both, compactly, on one line: `补充 Supplement`, `来源 Sources`,
`（意译，并非原话 a paraphrase, not the speakers' own words）`. Under `zh` or `en` a label
is in that language alone. Plain Python, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Lang  # (pydantic: not imported by the reader's start)

_GLOSS = re.compile(r" \(([^()]*)\)")
"""A parenthesised aside in an English label, such as the Chinese in `Supplement (补充)`."""


def pair(zh: str, en: str) -> str:
    """A label in Chinese then English (`补充 Supplement`); once when the two are the same.
    The English drops an aside the Chinese says already (`(补充)`); the Chinese drops its
    closing `：`, the English's punctuation ending the pair; a label in brackets is paired
    inside one pair of full-width brackets."""
    if zh == en:
        return zh
    if zh.startswith("（") and zh.endswith("）") and en.strip().startswith("(") and en.strip().endswith(")"):
        return f"（{pair(zh[1:-1], en.strip()[1:-1])}）"
    en = _GLOSS.sub(lambda gloss: "" if gloss.group(1) in zh else gloss.group(), en)
    if zh == en:
        return zh
    return f"{zh.removesuffix('：')} {en.lstrip()}"


def pair_template(zh: str, en: str) -> str:
    """Two label templates that end with the same field (`得分 {n}`, `score {n}`) as one
    (`得分 score {n}`): the field, with what both put right before it (`u/`), said once."""
    shared = 0
    while shared < min(len(zh), len(en)) and zh[-1 - shared] == en[-1 - shared]:
        shared += 1
    tail = zh[len(zh) - shared :]
    if "{" not in tail:
        return pair(zh, en)
    field = tail[tail.rfind(" ", 0, tail.index("{")) + 1 :]
    return f"{pair(zh[: -len(field)].rstrip(), en[: -len(field)].rstrip())} {field}"


def said(lang: str, words: Callable[[Lang], str]) -> str:
    """`words` in the reading language `lang`: both paired (`pair`) under `both`."""
    if lang == "both":
        return pair(words("zh"), words("en"))
    return words("en" if lang == "en" else "zh")


def said_template(lang: str, templates: Callable[[Lang], str]) -> str:
    """A label template in the reading language `lang` (`pair_template` under `both`)."""
    if lang == "both":
        return pair_template(templates("zh"), templates("en"))
    return templates("en" if lang == "en" else "zh")
