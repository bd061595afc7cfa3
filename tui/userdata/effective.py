"""The settings the reader runs with: the command line over the config file over defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.userdata.config import SETTINGS, Config

DEFAULTS: dict[str, Any] = {"lang": None, "theme": None, "clipboard": "auto", "mouse": True, "corpus": None}
"""What each setting is when neither the command line nor the config gives it
(lang None: follow the locale; theme None: chosen for the terminal; corpus None: built-in)."""


@dataclass(frozen=True)
class Setting:
    """One effective setting and where it came from."""

    name: str
    value: Any
    origin: str
    """'command line', 'config' or 'default'."""


def effective_settings(cli: Mapping[str, Any], config: Config) -> dict[str, Setting]:
    """Each setting from the command line when given (not None), else the config, else the default."""
    out: dict[str, Setting] = {}
    for name in SETTINGS:
        given = cli.get(name)
        from_config = getattr(config, name)
        if given is not None:
            out[name] = Setting(name, given, "command line")
        elif from_config is not None:
            out[name] = Setting(name, from_config, "config")
        else:
            out[name] = Setting(name, DEFAULTS[name], "default")
    return out


def describe(setting: Setting) -> str:
    """How `config` prints a setting's value."""
    value = setting.value
    if value is None:
        return {
            "lang": "(follow the locale)",
            "theme": "(chosen for the terminal)",
            "corpus": "(the built-in corpus)",
        }.get(setting.name, "(none)")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, Path) else str(value)
