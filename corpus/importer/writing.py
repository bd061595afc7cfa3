"""An imported corpus as file text: canonical JSON, or TOML laid out like the built-in corpus."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.model import Corpus


def corpus_text(corpus: Corpus, suffix: str) -> str:
    """The corpus as `.json` or `.toml` text (ValueError for any other suffix)."""
    from corpus.loader import dump_corpus

    if suffix == ".json":
        return dump_corpus(corpus)
    if suffix == ".toml":
        return to_toml(corpus.model_dump(mode="json", exclude_none=True))
    raise ValueError(f"write a .toml or a .json file, not {suffix or 'a file without suffix'!r}")


def to_toml(data: dict[str, Any]) -> str:
    """TOML for a corpus's plain data: scalars and small tables inline, lists of tables as [[...]]."""
    lines = ["# A corpus imported by kimi-ama-tui (format kimi-ama-corpus/1)."]
    _table(data, "", lines)
    return "\n".join(lines) + "\n"


def _table(data: dict[str, Any], path: str, lines: list[str]) -> None:
    nested = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) and _deep(value):
            nested.append((key, value))
        else:
            lines.append(f"{key} = {_inline(value)}")
    for key, tables in nested:
        full = f"{path}.{key}" if path else key
        for table in tables:
            lines += ["", f"[[{full}]]"]
            _table(table, full, lines)


def _deep(tables: list[dict[str, Any]]) -> bool:
    """Whether these tables hold lists of tables themselves, or are big (so not inline)."""
    return any(isinstance(v, (list, dict)) and v for t in tables for v in t.values()) or len(tables) > 3


def _inline(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_inline(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")
