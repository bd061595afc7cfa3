"""Shell completion scripts for bash, zsh and fish, generated from the argument parser.

Plain text generation, no Textual import. Only ids and option names from our own parser go
into a script; entry ids are fetched when completing (`completions --entry-ids`).
"""

from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field

ENTRY_OPTIONS = ("--entry",)
"""Options whose value is an entry id."""
ENTRY_COMMANDS = ("cite", "show")
"""Subcommands whose positional argument is an entry id."""
FILE_OPTIONS = ("--corpus", "--config")


@dataclass
class Options:
    """The options of the program or of one subcommand."""

    flags: list[str] = field(default_factory=list)
    """Options that take no value."""
    values: dict[str, list[str]] = field(default_factory=dict)
    """Options that take a value, with the choices when there are some."""
    positional: list[str] = field(default_factory=list)
    """Choices of the first positional argument (a shell for `completions`)."""
    help: str = ""


def _options(parser: argparse.ArgumentParser) -> Options:
    out = Options(help=parser.description or "")
    for action in parser._actions:  # argparse has no public way to list its actions
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction | argparse._VersionAction):
            if not isinstance(action, argparse._SubParsersAction):
                out.flags += [o for o in action.option_strings if o.startswith("--")]
            continue
        longs = [o for o in action.option_strings if o.startswith("--")]
        if not action.option_strings:
            out.positional = [str(c) for c in action.choices or ()]
        elif action.nargs == 0:
            out.flags += longs
        else:
            for option in longs:
                out.values[option] = [str(c) for c in action.choices or ()]
    return out


def describe(parser: argparse.ArgumentParser) -> tuple[Options, dict[str, Options], dict[str, str]]:
    """The program's options, each subcommand's options, and each subcommand's help."""
    commands: dict[str, Options] = {}
    helps: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                helps[choice.dest] = choice.help or ""
            for name, sub in action.choices.items():
                commands[name] = _options(sub)
    return _options(parser), commands, helps


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for `shell` (bash, zsh or fish)."""
    top, commands, helps = describe(parser)
    if shell == "fish":
        return _fish(top, commands, helps)
    body = _bash(top, commands)
    if shell == "zsh":
        return "# kimi-ama-tui completion for zsh (through bashcompinit)\nautoload -U +X bashcompinit && bashcompinit\n" + body
    return "# kimi-ama-tui completion for bash\n" + body


def _words(items: list[str]) -> str:
    return shlex.quote(" ".join(items))


def _bash(top: Options, commands: dict[str, Options]) -> str:
    value_opts = sorted({*top.values, *(o for c in commands.values() for o in c.values)})
    lines = [
        "_kimi_ama_tui() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local cmd="" i corpus=()',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        case "${COMP_WORDS[i]}" in',
        f"            {'|'.join(value_opts)})",
        '                [[ "${COMP_WORDS[i]}" == --corpus ]] && corpus=(--corpus "${COMP_WORDS[i+1]}")',
        "                ((i++)) ;;",
        "            -*) ;;",
        '            *) [[ -z "$cmd" ]] && cmd="${COMP_WORDS[i]}" ;;',
        "        esac",
        "    done",
        '    case "$prev" in',
        f"        {'|'.join(ENTRY_OPTIONS)})",
        '            COMPREPLY=($(compgen -W "$(kimi-ama-tui "${corpus[@]}" completions --entry-ids 2>/dev/null)" -- "$cur")); return ;;',
        f"        {'|'.join(FILE_OPTIONS)})",
        '            COMPREPLY=($(compgen -f -- "$cur")); return ;;',
    ]
    lines += ["    esac", '    case "$cmd:$prev" in']
    for name, opts in [("", top), *commands.items()]:
        for option, values in opts.values.items():
            if values:
                lines.append(f'        {name}:{option}) COMPREPLY=($(compgen -W {_words(values)} -- "$cur")); return ;;')
            elif option not in ENTRY_OPTIONS + FILE_OPTIONS:
                lines.append(f"        {name}:{option}) return ;;")
    lines += [
        "    esac",
        '    case "$cmd" in',
        f'        "") COMPREPLY=($(compgen -W {_words([*commands, *top.flags, *top.values])} -- "$cur")) ;;',
    ]
    for name, opts in commands.items():
        words = _words([*opts.flags, *opts.values, *opts.positional])
        if name in ENTRY_COMMANDS:
            lines.append(
                f'        {name}) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W {words} -- "$cur")); '
                'else COMPREPLY=($(compgen -W "$(kimi-ama-tui "${corpus[@]}" completions --entry-ids 2>/dev/null)" -- "$cur")); fi ;;'
            )
        elif name == "check":
            lines.append(f'        {name}) COMPREPLY=($(compgen -W {words} -- "$cur") $(compgen -f -- "$cur")) ;;')
        else:
            lines.append(f'        {name}) COMPREPLY=($(compgen -W {words} -- "$cur")) ;;')
    lines += ["    esac", "}", "complete -F _kimi_ama_tui kimi-ama-tui", ""]
    return "\n".join(lines)


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(top: Options, commands: dict[str, Options], helps: dict[str, str]) -> str:
    ids = "(kimi-ama-tui (__fish_kimi_ama_tui_corpus) completions --entry-ids 2>/dev/null)"
    lines = [
        "# kimi-ama-tui completion for fish",
        "function __fish_kimi_ama_tui_corpus",
        "    set -l words (commandline -opc)",
        "    set -l i (contains -i -- --corpus $words)",
        "    and echo --corpus; and echo $words[(math $i + 1)]",
        "end",
        "complete -c kimi-ama-tui -f",
    ]
    names = " ".join(commands)
    for name in commands:
        lines.append(f"complete -c kimi-ama-tui -n 'not __fish_seen_subcommand_from {names}' -a {name} -d {_fish_quote(helps.get(name, ''))}")

    def option_lines(opts: Options, condition: str) -> None:
        for flag in opts.flags:
            lines.append(f"complete -c kimi-ama-tui -n {_fish_quote(condition)} -l {flag[2:]}")
        for option, values in opts.values.items():
            if option in ENTRY_OPTIONS:
                extra = f"-xa {_fish_quote(ids)}"
            elif option in FILE_OPTIONS:
                extra = "-rF"
            elif values:
                extra = f"-xa {_fish_quote(' '.join(values))}"
            else:
                extra = "-x"
            lines.append(f"complete -c kimi-ama-tui -n {_fish_quote(condition)} -l {option[2:]} {extra}")

    option_lines(top, f"not __fish_seen_subcommand_from {names}")
    for name, opts in commands.items():
        condition = f"__fish_seen_subcommand_from {name}"
        option_lines(opts, condition)
        if name in ENTRY_COMMANDS:
            lines.append(f"complete -c kimi-ama-tui -n {_fish_quote(condition)} -xa {_fish_quote(ids)}")
        elif opts.positional:
            lines.append(f"complete -c kimi-ama-tui -n {_fish_quote(condition)} -xa {_fish_quote(' '.join(opts.positional))}")
    return "\n".join(lines) + "\n"
