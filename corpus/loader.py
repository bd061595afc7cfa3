"""Reading a corpus file (TOML or JSON) into a validated `Corpus`, and writing it as JSON.

Plain Python, no Textual import. Every way a file can be wrong becomes a `Problem`: one
line naming the file, the line where the format allows, the item (entry, source ...) and
field, and what to do about it. `load_corpus` raises `CorpusError`, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from corpus.locate import Format, field_path, locate, place, reference_path
from corpus.model import (
    FORMAT,
    Corpus,
    Lang,
    LocalizedText,
    ReferenceProblem,
    Source,
    Speaker,
    Topic,
    reference_problems,
)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LANG_NAMES: tuple[tuple[Lang, str], ...] = (("zh", "Chinese"), ("en", "English"))


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
        # Shown on a terminal: control characters from the file are escaped, never sent.
        return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", line)


class CorpusError(Exception):
    """A corpus file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.path = path
        self.problems = problems


def builtin_corpus_path() -> Path:
    """The corpus shipped inside the package."""
    return Path(__file__).parent / "data" / "kimi-ama.toml"


def load_corpus(path: Path | None = None) -> Corpus:
    """Read and validate a corpus file (the built-in one when `path` is None)."""
    path = builtin_corpus_path() if path is None else Path(path)
    name = str(path)
    text = _read_text(path, name)
    fmt = _format_of(path, text)
    data = _parse(text, fmt, path, name)
    if fmt == "json" and _SURROGATE_ESCAPE.search(text):
        _reject_surrogates(data, text, fmt, path, name)
    if isinstance(data, dict) and "format" in data and data["format"] != FORMAT:
        message = (
            f"{data['format']!r} is not a corpus format this version reads: set "
            f'format = "{FORMAT}" (or export the file again with this version)'
        )
        raise CorpusError(
            path, [Problem(name, locate(text, fmt, [], ["format"]), "format", message)]
        )
    try:
        return Corpus.model_validate(data)
    except ValidationError as err:
        raise CorpusError(path, _validation_problems(err, data, text, fmt, name)) from None


def dump_corpus(corpus: Corpus) -> str:
    """The corpus as canonical JSON: itself a valid corpus file, stable byte for byte."""
    import json

    return json.dumps(corpus.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def warnings(corpus: Corpus, path: Path | None = None) -> list[Problem]:
    """Texts missing a language (zh or en): the reader falls back to the other one."""
    name, text = (str(path), _try_read(path)) if path is not None else ("corpus", "")
    fmt = _format_of(path, text) if path is not None else "toml"
    found: list[Problem] = []

    def need(value: LocalizedText, anchors: list[str], where: str, rest: list[str | int]) -> None:
        for lang, label in _LANG_NAMES:
            if not value.has(lang):
                line = locate(text, fmt, anchors, rest) if text else None
                message = f"no {label} text ({lang}): the reader shows the other language"
                found.append(Problem(name, line, where, message))

    for topic in corpus.topics:
        need(topic.title, [topic.id], f"topic {topic.id!r}, title", ["title"])
        for entry in topic.entries:
            anchors, label = [topic.id, entry.id], f"entry {entry.id!r}"
            need(entry.question, anchors, f"{label}, question", ["question"])
            for i, answer in enumerate(entry.answers):
                need(answer.text, anchors, f"{label}, answers[{i}].text", ["answers", i, "text"])
    return found


# ---------------------------------------------------------------- reading and parsing


def _read_text(path: Path, name: str) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        message = (
            "no such file: check the path (kimi-ama-tui export > FILE writes a starting point)"
        )
        raise CorpusError(path, [Problem(name, None, "", message)]) from None
    except IsADirectoryError:
        message = "is a directory, not a corpus file: give the path of a .toml or .json file"
        raise CorpusError(path, [Problem(name, None, "", message)]) from None
    except OSError as err:
        message = f"cannot read the file: {err.strerror or err}"
        raise CorpusError(path, [Problem(name, None, "", message)]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        message = (
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at column {column}): "
            "save the file as UTF-8"
        )
        raise CorpusError(path, [Problem(name, line, "", message)]) from None


def _try_read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def _format_of(path: Path, text: str) -> Format:
    suffix = path.suffix.lower()
    if suffix in (".toml", ".json"):
        return "toml" if suffix == ".toml" else "json"
    return "json" if text.lstrip().startswith("{") else "toml"


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _parse(text: str, fmt: Format, path: Path, name: str) -> Any:
    if fmt == "json":
        import json

        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise _syntax_error(path, name, text, "JSON", err.msg, err.lineno, err.colno) from None
        except RecursionError:
            raise _syntax_error(path, name, text, "JSON", "nested too deeply", None, None) from None
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        at = _TOML_AT.search(message)
        if at:
            line, column = int(at[1]), int(at[2])
        else:
            line, column = text.count("\n") + 1, None
        message = _TOML_AT.sub("", message).replace(" (at end of document)", "")
        raise _syntax_error(path, name, text, "TOML", message, line, column) from None


def _syntax_error(
    path: Path, name: str, text: str, kind: str, message: str, line: int | None, column: int | None
) -> CorpusError:
    lines = text.splitlines()
    near = lines[line - 1].strip() if line and line <= len(lines) else ""
    at = f" at column {column}" if column else ""
    near = f" in: {near[:60]}" if near else ""
    message = f"{message[:1].lower()}{message[1:]}{at}{near}: fix the {kind} syntax there"
    return CorpusError(path, [Problem(name, line, f"{kind} syntax error", message)])


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _reject_surrogates(data: Any, text: str, fmt: Format, path: Path, name: str) -> None:
    """JSON's \\ud800-style escapes can make strings no terminal or UTF-8 file can hold."""
    problems = []
    for loc, value in _strings(data, ()):
        if found := _SURROGATE.search(value):
            where, anchors, rest = place(data, loc)
            message = (
                f"contains a lone UTF-16 surrogate (\\u{ord(found[0]):04x}), which is not a "
                "character: remove it, or write the character itself"
            )
            problems.append(Problem(name, locate(text, fmt, anchors, rest), where, message))
    if problems:
        raise CorpusError(path, problems)


def _strings(node: Any, loc: tuple[str | int, ...]) -> Any:
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key, loc)
            yield from _strings(value, (*loc, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*loc, i))


# ---------------------------------------------------------------- validation problems

_EXPECTED = {"string_type": "a string (in quotes)", "list_type": "a list (in [brackets])"}
_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}


def _validation_problems(
    err: ValidationError, data: Any, text: str, fmt: Format, name: str
) -> list[Problem]:
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
        return _explain_value_error(str(error["ctx"]["error"]))
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
    }
    line = locate(text, fmt, [topic.id, entry_id], rest)
    what = problem.message + hints.get(problem.message, "")
    return Problem(name, line, f"entry {entry_id!r}, {field_path(rest)}", f"{ref!r} {what}")


# ---------------------------------------------------------------- finding lines (heuristic)
