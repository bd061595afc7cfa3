"""Text helpers with no heavy imports: cleaning, width folding and language picking.

The reader's first screen is drawn from these alone, before pydantic is imported.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def clean_text(value: str) -> str:
    """Drop C0/C1 control characters (except newline and tab) and lone surrogates; normalise line ends."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def normalize_width(text: str) -> str:
    """Fold full-width ASCII forms to half-width (ＩＮＴ４ -> INT4), length-preserving."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" else ch for ch in text
    )


def pick(raw: Any, lang: str) -> str:
    """The `lang` text of a raw localized value (a string or a {zh, en, original} table)."""
    if isinstance(raw, str):
        return clean_text(raw)
    text = raw.get(lang) or raw.get(raw.get("original", "zh")) or raw.get("zh") or raw.get("en")
    return clean_text(str(text or ""))
