"""Reading a corpus file (TOML or JSON) into a validated `Corpus`, and writing it as JSON.

Plain Python, no Textual import. Every way a file can be wrong becomes a `Problem`: one
line naming the file, the line where the format allows, the item (entry, source ...) and
field, and what to do about it. `load_corpus` raises `CorpusError`, never a traceback.
Reading and parsing are here; `corpus.problems` explains what validation found and
`corpus.locate` finds the lines.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from corpus.limits import Refused, check_shape, read_corpus_bytes
from corpus.locate import Format, locate, place
from corpus.model import ALREADY_CLEAN, FORMAT, Corpus, Lang, LocalizedText
from corpus.problems import Problem, validation_problems
from corpus.text import needs_no_cleaning

__all__ = [
    "CorpusError",
    "Format",
    "Problem",
    "builtin_corpus_path",
    "dump_corpus",
    "load_corpus",
    "warnings",
]

_LANG_NAMES: tuple[tuple[Lang, str], ...] = (("zh", "Chinese"), ("en", "English"))


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
    if _is_reddit_file(path):
        return _import_reddit(path, name)
    text = _read_text(path, name)
    fmt = _format_of(path, text)
    data = _parse(text, fmt, path, name)
    _check_shape(data, path, name)
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
    # A file with nothing to clean (checked once, on the whole text) skips the per-string
    # cleaning in validation: 3.5 s of a 100k corpus's load (corpus.text.needs_no_cleaning).
    token = ALREADY_CLEAN.set(needs_no_cleaning(text))
    try:
        return Corpus.model_validate(data)
    except ValidationError as err:
        raise CorpusError(path, validation_problems(err, data, text, fmt, name)) from None
    finally:
        ALREADY_CLEAN.reset(token)


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

    def verbatim(source_id: str) -> bool:  # a quote has the one language it was written in
        return corpus.source(source_id).wording == "original"

    for topic in corpus.topics:
        if not topic.automatic:
            need(topic.title, [topic.id], f"topic {topic.id!r}, title", ["title"])
        for entry in topic.entries:
            anchors, label = [topic.id, entry.id], f"entry {entry.id!r}"
            if not verbatim(entry.question_source):
                need(entry.question, anchors, f"{label}, question", ["question"])
            for i, answer in enumerate(entry.answers):
                if not verbatim(answer.source):
                    need(answer.text, anchors, f"{label}, answers[{i}].text", ["answers", i, "text"])
    return found


# ---------------------------------------------------------------- a Reddit thread or dump


def _is_reddit_file(path: Path) -> bool:
    """Whether the file holds a Reddit thread or comment dump (told by its first bytes)."""
    if not path.is_file():  # a pipe is read once, as a corpus; a device is refused
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            if compressed(head):  # a zstandard block is decompressed whole: up to 128 KiB
                head += handle.read(COMPRESSED_HEAD - len(head))
    except OSError:
        return False  # _read_text says what is wrong
    from corpus.importer import is_reddit_file

    return is_reddit_file(head)


COMPRESSED_HEAD = 1 << 18
"""How much of a compressed file is read to tell what it holds."""


def compressed(head: bytes) -> bool:
    """Whether a file starting with `head` is zstandard or gzip (as `import` reads them)."""
    from corpus.importer.files import GZIP_MAGIC, ZSTD_MAGIC

    return head[:4] == ZSTD_MAGIC or head[:2] == GZIP_MAGIC


def _import_reddit(path: Path, name: str) -> Corpus:
    """Import a thread or dump in memory, with the default hosts and automatic topics."""
    from corpus.importer import ImportProblem, import_files

    try:
        return import_files([path], for_reader=True).corpus
    except ImportProblem as problem:
        message = _as_the_reader_says(str(problem).removeprefix(f"{name}: "), name)
        raise CorpusError(path, [Problem(name, None, "", message)]) from None


def _as_the_reader_says(message: str, name: str) -> str:
    """An import problem as the reader words it: the `import` commands it offers name the
    file, write a corpus file (-o), and are followed by reading that file with --corpus.
    A problem offering no command (a damaged file ...) is said as it is: no --host hint."""
    if "kimi-ama-tui import FILE" not in message:
        return message
    import shlex

    out = "OUT.toml" if "-o OUT.toml" in message else "OUT.json"
    if "--thread ID" in message and "-o OUT" not in message:
        message = message.replace("--thread ID", f"--thread ID -o {out}")
    message = message.replace("kimi-ama-tui import FILE", f"kimi-ama-tui import {shlex.quote(name)}")
    return f"{message}; then read it with kimi-ama-tui --corpus {out}"


# ---------------------------------------------------------------- reading and parsing


def _read_text(path: Path, name: str) -> str:
    try:
        data = read_corpus_bytes(path)
    except Refused as err:
        raise CorpusError(path, [Problem(name, None, "", err.message)]) from None
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
    if packed := _compression(data):
        raise CorpusError(path, [Problem(name, None, "", packed)])
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


def _compression(data: bytes) -> str | None:
    """What to do with a compressed file that is no Reddit thread or dump (those are
    imported as they are): a corpus file is read uncompressed."""
    if not compressed(data):
        return None
    kind, undo = ("zstandard", "zstd -d FILE") if data[:1] == b"\x28" else ("gzip", "gunzip -k FILE")
    return (
        f"{kind}-compressed, and not a Reddit thread or dump: a corpus file is read "
        f"uncompressed: {undo}, then give the file it writes"
    )


def _try_read(path: Path) -> str:
    if not path.is_file():  # a pipe was read once already; a device is never read
        return ""
    try:
        return read_corpus_bytes(path).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, Refused):
        return ""


def _check_shape(data: Any, path: Path, name: str) -> None:
    try:
        check_shape(data)
    except Refused as err:
        raise CorpusError(path, [Problem(name, None, "", err.message)]) from None


def _format_of(path: Path, text: str) -> Format:
    suffix = path.suffix.lower()
    if suffix in (".toml", ".json"):
        return "toml" if suffix == ".toml" else "json"
    return "json" if text.lstrip().startswith("{") else "toml"


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _parse(text: str, fmt: Format, path: Path, name: str) -> Any:
    if fmt == "json":
        import json

        from corpus.fastload import parse_json

        fast = parse_json(text)  # the same data, decoded in slices (a loading thread yields)
        if fast is not None:
            return fast
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise _syntax_error(path, name, text, "JSON", err.msg, err.lineno, err.colno) from None
        except RecursionError:
            raise _syntax_error(path, name, text, "JSON", "nested too deeply", None, None) from None
        except ValueError:  # an integer over Python's 4300-digit limit
            raise _huge_number(path, name, text) from None
    import tomllib

    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _syntax_error(path, name, text, "TOML", "nested too deeply", None, None) from None
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        at = _TOML_AT.search(message)
        if at:
            line, column = int(at[1]), int(at[2])
        else:
            line, column = text.count("\n") + 1, None
        message = _TOML_AT.sub("", message).replace(" (at end of document)", "")
        raise _syntax_error(path, name, text, "TOML", message, line, column) from None
    except ValueError:  # an integer over Python's 4300-digit limit
        raise _huge_number(path, name, text) from None


def _huge_number(path: Path, name: str, text: str) -> CorpusError:
    found = re.search(r"\d{4301}", text)
    line = text.count("\n", 0, found.start()) + 1 if found else None
    message = "a number with more than 4300 digits: a corpus has no such numbers; remove it"
    return CorpusError(path, [Problem(name, line, "", message)])


def _syntax_error(
    path: Path, name: str, text: str, kind: str, message: str, line: int | None, column: int | None
) -> CorpusError:
    lines = text.splitlines()
    near = lines[line - 1].strip() if line and line <= len(lines) else ""
    at = f" at column {column}" if column else ""
    near = f" in: {near[:60]}" if near else ""
    message = message.removesuffix(" at")  # json's "Invalid control character at"
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
