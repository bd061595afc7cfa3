"""The config file: `$XDG_CONFIG_HOME/kimi-ama-tui/config.toml`, `--config PATH` or
`KIMI_AMA_TUI_CONFIG`.

Settings `lang`, `theme`, `clipboard`, `mouse`, `corpus`, and a `[keys]` table mapping
binding ids to keys (Textual's keymap). A broken file is never fatal: each problem is one
line with the file and line, and what was wrong falls back to its default.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.limits import unreadable_kind
from corpus.text import visible
from tui.options import CLIPBOARD_CHOICES, LANG_CHOICES
from tui.userdata.paths import config_dir

if TYPE_CHECKING:
    from tui.keymap import KeyBinding, KeyClash

ENV_VAR = "KIMI_AMA_TUI_CONFIG"
SETTINGS = ("lang", "theme", "clipboard", "mouse", "corpus")
"""The top-level settings, in the order the default file lists them."""


@dataclass(frozen=True)
class ConfigSource:
    """Where the config is read from, and why there."""

    path: Path | None
    """None when no file can be named (the default location, and no home folder)."""
    why: str
    """'--config', 'KIMI_AMA_TUI_CONFIG' or 'default location'."""
    required: bool
    """Whether a missing file is a problem (named explicitly) or just means no config."""


@dataclass(frozen=True)
class Config:
    """The settings a config file gives; None where it gives none (or a bad value)."""

    source: ConfigSource
    exists: bool = False
    not_read: str = ""
    """Why a file that exists was not read ("is a directory, not a config file",
    "cannot be read (Permission denied)"); empty when it was read, or there is none."""
    lang: str | None = None
    theme: str | None = None
    clipboard: str | None = None
    mouse: bool | None = None
    corpus: Path | None = None
    keys: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    """One line per problem: `FILE:LINE: what is wrong; what was used instead`, escaped
    (`corpus.text.visible`: a file name or a value may hold ESC or a bidi control)."""


def config_source(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> ConfigSource:
    """Which file to read: `--config`, else `$KIMI_AMA_TUI_CONFIG`, else the XDG location."""
    env = os.environ if env is None else env
    if explicit is not None:
        return ConfigSource(explicit, "--config", True)
    if env.get(ENV_VAR):
        return ConfigSource(Path(env[ENV_VAR]).expanduser(), ENV_VAR, True)
    folder = config_dir(env)
    return ConfigSource(folder / "config.toml" if folder else None, "default location", False)


def load_config(
    source: ConfigSource,
    binding_ids: Collection[str] | Mapping[str, KeyBinding] | None = None,
    themes: Collection[str] | None = None,
) -> Config:
    """Read and check the config; problems are reported, never raised.

    `binding_ids` and `themes`, when given, are what `[keys]` and `theme` may name. Given
    with their bindings (`tui.keymap.binding_ids`), a remap that takes a key another
    binding has where both act is reported too, and not applied.
    """
    path = source.path
    if path is None:
        return Config(source)
    try:
        kind = unreadable_kind(path.stat().st_mode)  # a device was read forever
        raw = b"" if kind else path.read_bytes()
    except FileNotFoundError:
        problem = visible(f"{path}: no such config file (from {source.why}); using the defaults")
        return Config(source, problems=(problem,) if source.required else ())
    except OSError as error:
        why = f"cannot be read ({error.strerror or error})"
        return Config(source, True, not_read=why, problems=(visible(f"{path}: {why}; using the defaults"),))
    if kind:
        why = f"is {kind}, not a config file"
        return Config(source, True, not_read=why, problems=(visible(f"{path}: {why}; using the defaults"),))
    import tomllib  # only when there is a file to read

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return Config(source, True, problems=(visible(f"{path}:1: the config is not UTF-8; using the defaults"),))
    except tomllib.TOMLDecodeError as err:
        line = _error_line(str(err))
        why = re.sub(r"\s*\(at .*?\)$", "", str(err))
        return Config(source, True, problems=(visible(f"{path}:{line}: TOML syntax error: {why}; using the defaults"),))
    return _check(source, text, data, binding_ids, themes)


def _check(
    source: ConfigSource,
    text: str,
    data: dict[str, Any],
    binding_ids: Collection[str] | Mapping[str, KeyBinding] | None,
    themes: Collection[str] | None,
) -> Config:
    problems: list[str] = []
    values: dict[str, Any] = {}

    def problem(key: str, table: str | None, message: str) -> None:
        problems.append(visible(f"{source.path}:{key_line(text, key, table)}: {message}"))

    for key, value in data.items():
        if key == "keys":
            continue
        if key not in SETTINGS:
            close = _close(key, (*SETTINGS, "keys"))
            problem(key, None, f"unknown setting {key!r}{close} (settings: {', '.join(SETTINGS)}, [keys]); ignored")
            continue
        checked, error = _setting(key, value, source.path or Path("."), themes)
        if error:
            problem(key, None, f"{key} = {_short(value)}: {error}; using the default")
        else:
            values[key] = checked
    keys: dict[str, str] = {}
    table = data.get("keys", {})
    if not isinstance(table, dict):
        problem("keys", None, "keys must be a table ([keys] with binding-id = \"key\" lines); ignored")
        table = {}
    for binding_id, value in _flatten(table).items():
        if binding_ids is not None and binding_id not in binding_ids:
            close = _close(binding_id, binding_ids)
            problem(binding_id, "keys", f"unknown binding id {binding_id!r}{close} (the help screen, ?, lists them); ignored")
        elif (wrong := _keys_problem(binding_id, value)) is not None:
            problem(binding_id, "keys", wrong)
        else:
            keys[binding_id] = key_names(value)
    if isinstance(binding_ids, Mapping) and keys:
        from tui.keymap import key_clashes

        for clash in key_clashes(keys, binding_ids):
            problem(clash.binding_id, "keys", _clash_problem(clash))
            del keys[clash.binding_id]
    return Config(source, True, keys=keys, problems=tuple(problems), **values)


def _clash_problem(clash: KeyClash) -> str:
    """What is wrong with a remap onto a key another binding has, and how to fix it."""
    from tui.keymap import key_label, keys_label

    others = " and ".join(owner.binding_id for owner in clash.owners)
    owners = " and ".join(f"{owner.binding_id}'s ({owner.description})" for owner in clash.owners)
    return (
        f"keys: {key_label(clash.key)} for {clash.binding_id} is already {owners}: choose another key, "
        f"or give {others} another key too; {clash.binding_id} keeps {keys_label(clash.default)}"
    )


def _setting(key: str, value: Any, path: Path, themes: Collection[str] | None) -> tuple[Any, str | None]:
    """The checked value of a setting, or an error saying what would be right."""
    if key == "mouse":
        return (value, None) if isinstance(value, bool) else (None, "must be true or false")
    if not isinstance(value, str) or not value.strip():
        return None, "must be a non-empty string"
    if key == "lang" and value not in LANG_CHOICES:
        return None, f"choose one of {', '.join(LANG_CHOICES)}"
    if key == "clipboard" and value not in CLIPBOARD_CHOICES:
        return None, f"choose one of {', '.join(CLIPBOARD_CHOICES)}"
    if key == "theme" and themes is not None and value not in themes:
        return None, f"unknown theme{_close(value, themes)} (e.g. {', '.join(sorted(themes)[:4])})"
    if key == "corpus":
        corpus = Path(value).expanduser()
        corpus = corpus if corpus.is_absolute() else path.parent / corpus
        try:
            kind = unreadable_kind(corpus.stat().st_mode)
        except (OSError, ValueError) as err:  # (ValueError: a NUL in the name)
            if isinstance(err, (FileNotFoundError, ValueError)):
                return None, f"no such file {str(corpus)!r}"
            return None, f"cannot read {str(corpus)!r} ({err.strerror})"
        if kind:
            return None, f"{str(corpus)!r} is {kind}, not a corpus file"
        return corpus, None
    return value, None


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """`tree.next-entry = "x"` unquoted is a nested table in TOML: read it as the id it means."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


KEY_ALIASES = {"esc": "escape"}
"""Keys the reader names otherwise than Textual (`tui.keymap.key_label`), as Textual names them:
`esc` was taken as a key (a Unicode name of ESC) that no key press ever matches."""


def key_names(value: str) -> str:
    """Keys as Textual names them: `]` is `right_square_bracket`, `?` is `question_mark`."""
    from tui.keymap import character_key

    names = []
    for part in (part.strip() for part in value.split(",")):
        if len(part) == 1 and not part.isalnum():
            part = character_key(part)  # `/` is `slash`, not `solidus`
        names.append(KEY_ALIASES.get(part, part))
    return ",".join(names)


def _keys_problem(binding_id: str, value: Any) -> str | None:
    """What is wrong with a `[keys]` value, and what to write instead; None if nothing."""
    if not isinstance(value, str) or not _valid_keys(value):
        if isinstance(value, str) and "," in value and "" in (part.strip() for part in value.split(",")):
            return (
                f"{binding_id} = {_short(value)}: a comma separates keys; the comma key is written comma "
                "(as in \"j,comma\"); ignored"
            )
        return f"{binding_id} = {_short(value)}: give keys as a string such as \"j,down\"; ignored"
    from tui.keymap import key_instead, key_is_sent

    for part in (part.strip() for part in value.split(",")):
        if key_is_sent(key_names(part)):
            continue
        instead = key_instead(key_names(part))
        if instead is not None and key_is_sent(key_names(instead)):
            return f"{binding_id} = {_short(value)}: {part!r} is not a key (the reader never sees a key of that name; write {instead} instead); ignored"
        return (
            f"{binding_id} = {_short(value)}: {part!r} is not a key (keys are named like j, ], ctrl+n, "
            "f5, pagedown, space, shift+tab); ignored"
        )
    return None


def _valid_keys(value: str) -> bool:
    parts = [part.strip() for part in value.split(",")]
    return bool(parts) and all(part and not any(ch.isspace() for ch in part) for part in parts)


def _close(word: str, choices: Collection[str]) -> str:
    import difflib

    match = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {match[0]!r}?)" if match else ""


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _error_line(message: str) -> int:
    match = re.search(r"at line (\d+)", message)
    return int(match[1]) if match else 1


_HEADER = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]")


def key_line(text: str, key: str, table: str | None) -> int:
    """The line where `key` is set in `table` (None: the top level); 1 if not found."""
    current: str | None = None
    pattern = re.compile(r"^\s*(?:\"|')?" + re.escape(key) + r"(?:\"|')?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = header[1].strip("\"'")
            if table is None and current == key:
                return number
            continue
        if current == table and pattern.match(line):
            return number
    return 1
