"""Binding ids and their keys, for the config file's `[keys]` table (Textual's keymap).

Generated from the bindings (`tui.keys.binding_groups`), like the help screen.
"""

from __future__ import annotations


def default_keys() -> list[tuple[str, str, str, str]]:
    """(group, binding id, default keys, description) for every binding with an id.

    Bindings sharing an id (one action on several keys) are listed once, keys joined.
    """
    from tui.keys import binding_groups

    rows: dict[str, list[str]] = {}
    seen: dict[str, tuple[str, str, str, str]] = {}
    for group, bindings in binding_groups():
        for binding in bindings:
            if not binding.id:
                continue
            keys = rows.setdefault(binding.id, [])
            keys.extend(k.strip() for k in binding.key.split(","))
            seen[binding.id] = (group, binding.id, ",".join(dict.fromkeys(keys)), binding.description)
    return list(seen.values())


def binding_ids() -> set[str]:
    """Every binding id the `[keys]` table may name."""
    return {row[1] for row in default_keys()}


def theme_names() -> set[str]:
    """Every theme `theme =` may name."""
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)
