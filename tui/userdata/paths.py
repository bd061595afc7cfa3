"""Where the reader keeps its files, following the XDG base directory specification."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_DIR = "kimi-ama-tui"


def _base(env: Mapping[str, str], var: str, default: str) -> Path:
    value = env.get(var, "")
    # The spec says a relative path is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / default


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    """`$XDG_STATE_HOME/kimi-ama-tui` (default `~/.local/state/kimi-ama-tui`): read marks."""
    return _base(os.environ if env is None else env, "XDG_STATE_HOME", ".local/state") / APP_DIR


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """`$XDG_DATA_HOME/kimi-ama-tui` (default `~/.local/share/kimi-ama-tui`): bookmarks."""
    return _base(os.environ if env is None else env, "XDG_DATA_HOME", ".local/share") / APP_DIR


def config_dir(env: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/kimi-ama-tui` (default `~/.config/kimi-ama-tui`): the config file."""
    return _base(os.environ if env is None else env, "XDG_CONFIG_HOME", ".config") / APP_DIR
