"""What is wrong with a corpus file, as `Problem`s: one line each, with file, line and item.

Plain Python, no Textual import. `validation_problems` puts pydantic's errors in words
(what the field expects, what the file has, what to do), and splits the model's duplicate
ids and dangling references into one problem each, with the line `corpus.locate` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from corpus.locate import Format, field_path, locate, place, reference_path
from corpus.model import (
    Corpus,
    ReferenceProblem,
    Source,
    Speaker,
    Topic,
    reference_problems,
)
from corpus.text import clean_text, visible


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a corpus file, printable as one line."""

    file: str
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        head = self.file if self.line is None else f"{self.file}:{self.line}"
        line = f"{head}: {self.where}: {self.message}" if self.where else f"{head}: {self.message}"
        # Shown on a terminal: control, bidi and zero-width characters from the file (or its
        # name) are escaped, never sent, so one value cannot pass for another.
        return visible(line)


_EXPECTED = {"string_type": "a string (in quotes)", "list_type": "a list (in [brackets])"}
_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}


def validation_problems(
    err: ValidationError, data: Any, text: str, fmt: Format, name: str
) -> list[Problem]:
    """Every error pydantic found in `data` (parsed from `text`) as a problem with its line."""
    problems = []
    for error in err.errors():
        loc = tuple(error["loc"])
        if not loc and error["type"] == "value_error" and isinstance(data, dict):
            problems += _reference_problems_of(data, text, fmt, name, str(error["ctx"]["error"]))
            continue
        where, anchors, rest = place(data, loc)
        if error["type"] == "missing":
            rest = rest[:-1]  # not in the file: point at the item that lacks it
        line = locate(text, fmt, anchors, rest) if anchors or rest else None
        problems.append(Problem(name, line, where or "corpus", _message(error, loc, fmt)))
    return problems


def _message(error: Any, loc: tuple[str | int, ...], fmt: Format) -> str:
    kind, table = error["type"], "table" if fmt == "toml" else "object"
    field = loc[-1] if loc else ""
    model = _model_at(loc)
    if kind == "missing":
        info = model.model_fields.get(str(field)) if model else None
        about = f" ({info.description.rstrip('.')})" if info and info.description else ""
        return f"required field {field!r} is missing{about}: add it"
    if kind == "extra_forbidden":
        known = list(model.model_fields) if model else []
        import difflib

        close = difflib.get_close_matches(str(field), known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"unknown field {field!r}: {hint}the fields here are {', '.join(known)}"
    if kind == "value_error":
        return _explain_value_error(_as_written(str(error["ctx"]["error"]), error.get("input")))
    got = _describe(error.get("input"), table)
    if not loc:
        return f"the file must hold one {table} at the top level, got {got}"
    if kind == "model_type" and error.get("ctx", {}).get("class_name") == "LocalizedText":
        return (
            f'expected a text (a string, or a {table} like {{zh = "...", en = "..."}}), got {got}'
        )
    if kind == "model_type":
        return f"expected a {table}, got {got}"
    if kind == "too_short":
        ctx = error.get("ctx", {})
        need, has = ctx.get("min_length", 1), ctx.get("actual_length", 0)
        return f"needs at least {need} item{'s' if need != 1 else ''}, has {has or 'none'}: add one"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {got}"
    if kind == "literal_error":
        return f"must be {error['ctx']['expected']}, got {got}"
    msg = error["msg"]
    return f"{msg[:1].lower()}{msg[1:]}, got {got}"


def _as_written(message: str, value: Any) -> str:
    """A validator's message quoting the value as the file has it: a field cleaned before
    it was checked (`corpus.model.Slug`) is quoted cleaned, a value the file does not hold."""
    if isinstance(value, str) and (cleaned := clean_text(value)) != value:
        return message.replace(repr(cleaned), repr(value))
    return message


def _explain_value_error(message: str) -> str:
    if message == "text is empty":
        return "text is empty: write the text, or leave the field out where it is optional"
    if message.endswith("is not an http(s) URL"):
        return f"{message}: give an address starting with https:// (or http://), or leave it out"
    if "has no text" in message:
        return f"{message}: add that text, or set `original` to the language you wrote"
    return message


def _describe(value: Any, table: str) -> str:
    if isinstance(value, dict):
        return f"a {table}"
    if isinstance(value, list):
        return "a list"
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    return f"{_TYPE_NAMES.get(type(value), type(value).__name__)} ({shown})"


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model whose field the last element of `loc` names."""
    model: type[BaseModel] | None = Corpus
    for key in loc[:-1]:
        if isinstance(key, int):
            continue
        info = model.model_fields.get(key) if model else None
        model = _inner_model(info.annotation) if info else None
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if found := _inner_model(arg):
            return found
    return None


def _reference_problems_of(
    data: dict[str, Any], text: str, fmt: Format, name: str, joined: str
) -> list[Problem]:
    """Each duplicate id and dangling reference as its own problem, with its line."""
    corpus = Corpus.model_construct(
        sources=[Source.model_validate(item) for item in data["sources"]],
        speakers=[Speaker.model_validate(item) for item in data["speakers"]],
        topics=[Topic.model_validate(item) for item in data["topics"]],
    )
    found = list(reference_problems(corpus))
    if not found:
        return [Problem(name, None, "corpus", message) for message in joined.split("; ")]
    seen: dict[tuple[str, str], int] = {}
    used: set[tuple[str, str, int]] = set()
    problems = []
    for problem in found:
        if problem.kind == "duplicate":
            kind, item_id = problem.item_kind, problem.item_id
            seen[kind, item_id] = seen.get((kind, item_id), 1) + 1
            line = locate(text, fmt, [item_id], [], occurrence=seen[kind, item_id])
            fix = f"every {kind} needs its own id: rename one of them"
            problems.append(Problem(name, line, f"{kind} {item_id!r}", f"{problem}: {fix}"))
        elif problem.item_kind == "speaker":
            line = locate(text, fmt, [problem.item_id], ["evidence", "source"])
            where = f"speaker {problem.item_id!r}, {problem.field}"
            hint = f" (source ids: {', '.join(s.id for s in corpus.sources)})"
            problems.append(Problem(name, line, where, f"{problem.reference!r} {problem.message}{hint}"))
        else:
            problems.append(_dangling(corpus, text, fmt, name, problem, used))
    return problems


def _dangling(
    corpus: Corpus,
    text: str,
    fmt: Format,
    name: str,
    problem: ReferenceProblem,
    used: set[tuple[str, str, int]],
) -> Problem:
    entry_id, ref = problem.item_id, problem.reference
    topic = next(t for t in corpus.topics if any(e.id == entry_id for e in t.entries))
    entry = next(e for e in topic.entries if e.id == entry_id)
    rest = reference_path(entry, problem.field, ref, used)
    hints = {
        "is not a speaker id": f" (speaker ids: {', '.join(s.id for s in corpus.speakers)})",
        "is not a source id": f" (source ids: {', '.join(s.id for s in corpus.sources)})",
        "is missing from the entry's sources": f": add {ref!r} to the entry's sources",
        "is not an entry id": ": see_also lists ids of other entries of this corpus",
        "is the entry itself": ": see_also lists other entries",
    }
    line = locate(text, fmt, [topic.id, entry_id], rest)
    what = problem.message + hints.get(problem.message, "")
    return Problem(name, line, f"entry {entry_id!r}, {field_path(rest)}", f"{ref!r} {what}")


# ---------------------------------------------------------------- finding lines (heuristic)
