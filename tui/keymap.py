"""Binding ids and their keys, for the config file's `[keys]` table (Textual's keymap).

Generated from the bindings (`tui.keys.binding_owners`), like the help screen; so are the
places each binding acts in, which tell a remap that takes another binding's key there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.dom import DOMNode

KEY_LABELS = {"question_mark": "?", "slash": "/", "escape": "esc", "comma": "comma"}
"""How a key is named where `textual.keys.key_to_character` would not do: `?` and `/` as
their character; Escape as `esc`, as the footer and the reader's lines name it (the config
file takes `esc` too); the comma by its name, as the config file writes it, since a list of
keys is comma-separated (`?, ,` read as three keys or as two)."""

KEYS_SHOWN = {"escape": "Esc", "enter": "Enter", "ctrl+s": "Ctrl+S"}
"""Keys a dialog's message names as the reader's dialogs always did ("Enter: read it · Esc closes")."""

@dataclass(frozen=True)
class KeyBinding:
    """A binding with an id, as the reader declares it (before any `[keys]` remap)."""

    binding_id: str
    group: str
    """Where the help screen lists it."""
    keys: tuple[str, ...]
    """Its default keys, as Textual names them (`right_square_bracket`)."""
    action: str
    description: str
    focus: str | None
    """The widget class it acts in while that widget has the focus; None for the app's and
    the screen's bindings, which act everywhere."""

    def acts_with(self, other: KeyBinding) -> bool:
        """Whether the two can act in the same place (then one key cannot serve both)."""
        return self.focus is None or other.focus is None or self.focus == other.focus


@dataclass(frozen=True)
class KeyClash:
    """A `[keys]` remap that gives a key to a binding while another one has it where both act."""

    binding_id: str
    key: str
    """The key, as Textual names it."""
    owners: tuple[KeyBinding, ...]
    """The bindings that have the key already (by default or by a remap kept)."""
    default: str
    """The keys `binding_id` keeps instead, as Textual names them."""


def reader_bindings() -> dict[str, KeyBinding]:
    """Every binding with an id, by id, with the place it acts in (from the classes that
    declare it: an App's or a Screen's acts everywhere, a widget's where it has the focus)."""
    return dict(_reader_bindings())


@cache
def _reader_bindings() -> dict[str, KeyBinding]:
    # (the classes' BINDINGS never change: a message naming a key looks them up often)
    from textual.app import App
    from textual.screen import Screen

    from tui.keys import binding_owners
    from tui.userdata.config import key_names

    found: dict[str, KeyBinding] = {}
    for group, owners in binding_owners():
        for owner in owners:
            focus = None if issubclass(owner, (App, Screen)) else owner.__name__
            for binding in owner.BINDINGS:
                if not isinstance(binding, Binding) or not binding.id:
                    continue
                keys = tuple(key_names(binding.key).split(","))
                known = found.get(binding.id)
                if known is not None:  # one action on several keys
                    keys = tuple(dict.fromkeys(known.keys + keys))
                found[binding.id] = KeyBinding(binding.id, group, keys, binding.action, binding.description, focus)
    return found


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


def binding_ids() -> dict[str, KeyBinding]:
    """Every binding id the `[keys]` table may name, with its binding (so that a remap
    taking another binding's key is found: `key_clashes`)."""
    return reader_bindings()


def key_clashes(remaps: Mapping[str, str], bindings: Mapping[str, KeyBinding]) -> list[KeyClash]:
    """The remaps (binding id → keys as Textual names them, in the file's order) that would
    shadow another binding or be shadowed by one, where both act; each keeps its default.

    A swap (two ids exchanging keys) is no clash. Of two remaps onto one key the later one
    clashes. A remap left out gives its key back, which may make another remap clash."""
    kept = {binding_id: keys for binding_id, keys in remaps.items() if binding_id in bindings}
    clashes: list[KeyClash] = []
    while (clash := _first_clash(kept, bindings)) is not None:
        clashes.append(clash)
        del kept[clash.binding_id]
    return clashes


def _first_clash(kept: Mapping[str, str], bindings: Mapping[str, KeyBinding]) -> KeyClash | None:
    order = list(kept)
    keys_now = {i: tuple(kept[i].split(",")) if i in kept else b.keys for i, b in bindings.items()}

    def shares(mine: KeyBinding, other: KeyBinding, key: str) -> bool:
        if other.binding_id == mine.binding_id or key not in keys_now[other.binding_id]:
            return False
        if not mine.acts_with(other) or (other.focus, other.action) == (mine.focus, mine.action):
            return False  # (two keys of one action: `app.help` and `app.help-f1`)
        if key in mine.keys and key in other.keys:
            return False  # as the reader declares them (Esc in the filter bar clears it and leaves)
        # of two remaps onto one key, the later one is the clash
        return other.binding_id not in kept or order.index(other.binding_id) < order.index(mine.binding_id)

    for binding_id in order:
        mine = bindings[binding_id]
        for key in keys_now[binding_id]:
            owners = tuple(other for other in bindings.values() if shares(mine, other, key))
            if owners:
                return KeyClash(binding_id, key, owners, ",".join(mine.keys))
    return None


MODIFIERS = ("ctrl+", "shift+", "alt+", "meta+", "super+", "hyper+")
"""How a key's modifiers are written before its name (`ctrl+shift+up`)."""

KEYS_INSTEAD = {"del": "delete", "return": "enter"}
"""Names no key press is given, for the key meant: `del` is a Unicode name of the
character Backspace sends, not the Delete key; Textual's `Keys` has `return`, its parser
gives `enter`."""


@cache
def sent_key_names() -> frozenset[str]:
    """Every name Textual's parser gives a key press other than a character's (`escape`,
    `ctrl+pagedown`, `ctrl+@`, `f5`, `media_play`): from the parser's own tables (the escape
    sequences and the kitty protocol's keys), since `textual.keys.Keys` also holds names it
    never gives (`return`, `ctrl-at`)."""
    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
    from textual._keyboard_protocol import FUNCTIONAL_KEYS

    names = set(FUNCTIONAL_KEYS.values())
    for keys in ANSI_SEQUENCES_KEYS.values():
        if isinstance(keys, tuple):
            names.update(key.value for key in keys if not key.value.startswith("<"))
    return frozenset(names)


@cache
def _sent_bases() -> frozenset[str]:
    return frozenset(split_modifiers(name)[1] for name in sent_key_names())


def character_key(character: str) -> str:
    """The name Textual's parser gives the key that types `character`: `a`, `中`, `slash`,
    `full_stop`, `space` (a Unicode name, as `textual.keys.KEY_NAME_REPLACEMENTS` shortens it)."""
    import unicodedata

    from textual.keys import KEY_NAME_REPLACEMENTS

    if character.isalnum():
        return character
    name = unicodedata.name(character, character).lower().replace("-", "_").replace(" ", "_")
    return KEY_NAME_REPLACEMENTS.get(name, name)


def split_modifiers(key: str) -> tuple[str, str]:
    """(`ctrl+shift+`, `up`): a key's modifiers as written and its name."""
    base = key
    while len(base) > 1 and base.startswith(MODIFIERS):
        base = base.split("+", 1)[1]
    return key[: len(key) - len(base)], base


def key_is_sent(key: str) -> bool:
    """Whether a key press can be given `key` (as Textual names keys): a printable character,
    a name the parser gives (`sent_key_names`) or the name it gives a character it reads
    (`full_stop`, `no_break_space`; not `solidus`, `latin_small_letter_a`, nor `bel` or `del`,
    names of control characters that `textual.keys.key_to_character` knows), after any
    modifiers (not `ctrl+/`: the parser gives `ctrl+slash`; but `ctrl+@`)."""
    if key in sent_key_names():
        return True
    modifiers, base = split_modifiers(key)
    if len(base) == 1:
        return base.isprintable() and (base.isalnum() or not modifiers)
    if base in _sent_bases():
        return True
    character = _named_character(base)
    return character is not None and character_key(character) == base  # (a control character's is itself)


def key_instead(key: str) -> str | None:
    """What to write for a key no key press is given (`key_is_sent`), as the user types it:
    `delete` for `del`, `ctrl+g` for `bel` (ctrl+g sends it), `/` for `solidus`, `pagedown`
    for `pgdn`; None when nothing is close."""
    import difflib

    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

    modifiers, base = split_modifiers(key)
    character = _named_character(base)
    instead: str | None = None
    if base in KEYS_INSTEAD:
        instead = KEYS_INSTEAD[base]
    elif character is not None:  # the key that types it, or the one that sends it (ctrl+g sends BEL)
        sent = ANSI_SEQUENCES_KEYS.get(character)
        instead = sent[0].value if isinstance(sent, tuple) and sent else character_key(character)
    elif close := difflib.get_close_matches(base, sorted(_sent_bases()), n=1):
        instead = close[0]
    if instead is None or (modifiers and split_modifiers(instead)[0]):
        return None  # (`ctrl+bel`: ctrl+g with ctrl is no key)
    return modifiers + instead if modifiers else key_label(instead)


def _named_character(name: str) -> str | None:
    """The character a key's name names (`full_stop`, `slash`, `bel`, `no_break_space`: the
    Unicode name with `-` or ` ` where the name has `_`), as Textual reads it."""
    import itertools
    import unicodedata

    from textual.keys import REPLACED_KEYS, key_to_character

    if not name or "+" in name:
        return None
    if found := key_to_character(name) or key_to_character(REPLACED_KEYS.get(name, name)):
        return found
    words = name.upper().split("_")
    if len(words) > 12:
        return None
    for joins in itertools.product(" -", repeat=len(words) - 1):  # (`NO-BREAK SPACE`)
        try:
            return unicodedata.lookup("".join(word + join for word, join in zip(words, (*joins, ""))))
        except KeyError:
            continue
    return None


def key_label(key: str) -> str:
    """A key as the user types it: `]` for `right_square_bracket`, `?`, `ctrl+s` as is,
    `esc`, `comma` (`KEY_LABELS`)."""
    from textual.keys import key_to_character

    if key in KEY_LABELS:
        return KEY_LABELS[key]
    character = key_to_character(key)
    return character if character and character.isprintable() and not character.isspace() else key


def keys_label(keys: str) -> str:
    """Keys as Textual names them, comma-separated (`right_square_bracket,ctrl+n`), as the
    user types them, for a list of keys (`], ctrl+n`; `?, comma`)."""
    return ", ".join(key_label(key.strip()) for key in keys.split(","))


def binding_keys(binding: Binding, keymap: Mapping[str, str] | None = None) -> str:
    """A binding's keys as the user types them (`keys_label`): the config file's `[keys]`
    (`keymap`) when it remaps them, else its own."""
    return keys_label((keymap or {}).get(binding.id or "") or binding.key)


def bound_key(
    binding_id: str,
    keymap: Mapping[str, str],
    owner: type[DOMNode] | None = None,
    shown: Mapping[str, str] = KEYS_SHOWN,
) -> str:
    """The first key `binding_id` is bound to now (`keymap`: the `[keys]` remaps applied),
    as the user types it, for a message that names it; `shown`: how a named key is written.

    `owner`: the class whose BINDINGS declare it (a dialog's); None for the reader's own
    (any id `binding_ids` gives)."""
    if owner is None:
        default = ",".join(_reader_bindings()[binding_id].keys)
    else:
        default = next(b.key for b in owner.BINDINGS if isinstance(b, Binding) and b.id == binding_id)
    first = (keymap.get(binding_id) or default).split(",")[0].strip()
    return shown.get(first, key_label(first))


def typed_key(binding_id: str, keymap: Mapping[str, str], owner: type[DOMNode] | None = None) -> str:
    """`bound_key` as the chrome's lower-case lines (the pane, the tree, the help) name it,
    as `key_label` does: `esc`, `enter`, `/`."""
    return bound_key(binding_id, keymap, owner, {})


def app_keymap(node: DOMNode) -> dict[str, str]:
    """The config file's `[keys]` of the reader `node` is in (none outside the reader's app,
    or before it runs)."""
    from textual.dom import NoActiveAppError

    try:
        options = getattr(node.app, "options", None)
    except NoActiveAppError:
        return {}
    return dict(options.keys) if options is not None else {}


def theme_names() -> set[str]:
    """Every theme `theme =` may name."""
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)
