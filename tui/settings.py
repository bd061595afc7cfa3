"""The reader's settings: the command line over the config file over the defaults.

No Textual import unless the config names keys or a theme (then the binding ids and theme
names are needed to check them), so a reader without a config starts as fast as before.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.options import ReaderOptions
from tui.userdata.config import Config, config_source, load_config
from tui.userdata.effective import effective_settings


def read_config(explicit: Path | None, check_keys: bool = True) -> Config:
    """The config file's settings, checked; its problems are in `problems`.

    Without `check_keys` (a command, not the reader) `[keys]` and `theme` are taken as they
    are: checking them needs Textual's bindings and themes, slow to import."""
    source = config_source(explicit)
    config = load_config(source)
    if check_keys and (config.keys or config.theme):
        from tui.keymap import binding_ids, theme_names

        config = load_config(source, binding_ids(), theme_names())
    return config


def cli_values(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line; None where an option was not given."""
    return {
        "lang": getattr(args, "lang", None),
        "theme": getattr(args, "theme", None),
        "clipboard": getattr(args, "clipboard", None),
        "mouse": getattr(args, "mouse", None),
        "corpus": getattr(args, "corpus", None),
    }


def apply_config(args: argparse.Namespace, report: bool = True, check_keys: bool = True) -> Config:
    """Fill what the command line left out from the config file (in place); say each problem
    on stderr, one line each, when `report`."""
    config = read_config(getattr(args, "config", None), check_keys)
    if report:
        for problem in config.problems:  # (escaped where they are made)
            print(f"kimi-ama-tui: {problem}", file=sys.stderr)
    for setting in effective_settings(cli_values(args), config).values():
        setattr(args, setting.name, setting.value)
    return config


def with_config(options: ReaderOptions, config: Config) -> ReaderOptions:
    """The reader's options with the config's keymap and problems (shown once it is up)."""
    return replace(options, keys=tuple(sorted(config.keys.items())), notices=config.problems)
