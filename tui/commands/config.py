"""`kimi-ama-tui config`: where the config is read from, and the settings in effect.

`config --default` prints a commented default file to start from. The file is
`$XDG_CONFIG_HOME/kimi-ama-tui/config.toml`, or `--config PATH`, or `$KIMI_AMA_TUI_CONFIG`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `config` subcommand."""
    parser = subparsers.add_parser(
        "config",
        help="show where the config is read from and the settings in effect",
        description=(
            "Print where the config file is read from, any problem in it, and the settings in "
            "effect (command-line options override the file). --default prints a commented "
            "default file to start from."
        ),
    )
    parser.add_argument("--default", dest="print_default", action="store_true", help="print a commented default config file")


def run(args: argparse.Namespace) -> int:
    """Print the config report or the default file; 1 when the config has problems."""
    from tui.cli import write_stdout

    if args.print_default:
        write_stdout(default_file())
        return 0
    from corpus.text import visible
    from tui.keymap import binding_ids, keys_label, theme_names
    from tui.userdata.config import config_source, load_config
    from tui.userdata.effective import describe, effective_settings

    source = config_source(getattr(args, "config", None))
    config = load_config(source, binding_ids(), theme_names())
    if not config.exists:
        state = "not found: the defaults apply"
    else:
        state = f"found, but {config.not_read}: the defaults apply" if config.not_read else "found"
    from tui.userdata.paths import NO_HOME

    where = visible(source.path) if source.path else f"none ({NO_HOME})"
    lines = [f"config file: {where}  (from {source.why}; {state})"]
    for problem in config.problems:
        print(f"kimi-ama-tui: {problem}", file=sys.stderr)  # (escaped where they are made)
    cli = cli_settings(args)
    lines.append("settings in effect:")
    for setting in effective_settings(cli, config).values():
        lines.append(f"  {setting.name:<10} = {visible(describe(setting)):<28} ({setting.origin})")
    if config.keys:
        lines.append("keys ([keys], binding id = keys):")
        # (as the help and the messages name them: `.`, `#`, `]`, not full_stop, number_sign)
        lines += [f"  {visible(binding_id)} = {visible(keys_label(keys))}" for binding_id, keys in sorted(config.keys.items())]
    else:
        lines.append("keys: the defaults (the help screen, ?, shows each binding id)")
    write_stdout("\n".join(lines) + "\n")
    return 1 if config.problems else 0


def cli_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line (None where not given)."""
    mouse = getattr(args, "mouse", None)
    return {
        "lang": getattr(args, "lang", None),
        "theme": getattr(args, "theme", None),
        "clipboard": getattr(args, "clipboard", None),
        "mouse": mouse,
        "corpus": getattr(args, "corpus", None),
    }


def default_file() -> str:
    """A config file with every setting and key at its default, commented out."""
    from tui.keymap import default_keys, keys_label
    from tui.options import CLIPBOARD_CHOICES, LANG_CHOICES

    lines = [
        "# kimi-ama-tui config: $XDG_CONFIG_HOME/kimi-ama-tui/config.toml",
        "# (or --config PATH, or $KIMI_AMA_TUI_CONFIG). Command-line options override it.",
        "# Remove the '#' in front of a setting to change it.",
        "",
        f"# Reading language: {', '.join(LANG_CHOICES)}. Default: follow the locale (LANG=zh_* gives zh).",
        '# lang = "en"',
        "",
        "# A Textual theme (ctrl+p > theme lists them). Default: textual-dark, or ansi-dark on",
        "# a terminal with 16 colours.",
        '# theme = "textual-dark"',
        "",
        f"# How copying reaches your clipboard: {', '.join(CLIPBOARD_CHOICES)}.",
        '# clipboard = "auto"',
        "",
        "# false leaves the mouse to the terminal, to select text (as --no-mouse).",
        "# mouse = true",
        "",
        "# The corpus to read when --corpus is not given (relative to this file's folder).",
        '# corpus = "my-corpus.toml"',
        "",
        "[keys]",
        "# binding id = keys, comma-separated, as the help names them (\"j, down\", \"ctrl+n\", \"]\", \"comma\").",
        "# The help screen (?) shows each binding's id.",
    ]
    group_now = ""
    for group, binding_id, keys, description in default_keys():
        if group != group_now:
            group_now = group
            lines += ["", f"# {group}"]
        lines.append(f'# "{binding_id}" = "{keys_label(keys)}"  # {description}')
    return "\n".join(lines) + "\n"
