"""Where the reader keeps its files, following the XDG base directory specification."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_DIR = "kimi-ama-tui"


NO_HOME = "there is no home folder ($HOME unset, no passwd entry)"
"""Why a file cannot be kept when no XDG variable names a folder and there is no home."""


def _base(env: Mapping[str, str], var: str, default: str) -> Path | None:
    value = env.get(var, "")
    # The spec says a relative path is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    try:
        return Path.home() / default
    except (RuntimeError, KeyError):  # HOME unset and no passwd entry
        return None


def _app_dir(base: Path | None) -> Path | None:
    return base / APP_DIR if base is not None else None


def state_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """`$XDG_STATE_HOME/kimi-ama-tui` (default `~/.local/state/kimi-ama-tui`): read marks."""
    return _app_dir(_base(os.environ if env is None else env, "XDG_STATE_HOME", ".local/state"))


def data_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """`$XDG_DATA_HOME/kimi-ama-tui` (default `~/.local/share/kimi-ama-tui`): bookmarks."""
    return _app_dir(_base(os.environ if env is None else env, "XDG_DATA_HOME", ".local/share"))


def config_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """`$XDG_CONFIG_HOME/kimi-ama-tui` (default `~/.config/kimi-ama-tui`): the config file."""
    return _app_dir(_base(os.environ if env is None else env, "XDG_CONFIG_HOME", ".config"))
