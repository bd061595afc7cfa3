"""The config file's `[keys]` takes exactly the key names a terminal's key press is given
(Textual's parser): a Unicode name of a control character (`bel`, `del`), a name Textual's
`Keys` holds but the parser never gives (`return`) or a character's name the parser shortens
(`solidus`, `latin_small_letter_a`) is refused in one line that says what to write instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual._xterm_parser import XTermParser

from tui.keymap import reader_bindings
from tui.userdata.config import Config, config_source, load_config

NEVER_GIVEN = ("bel", "del", "nul", "return", "solidus", "hyphen_minus", "latin_small_letter_a", "ctrl-at", "newline")
"""Names the old check took (Unicode names, or `textual.keys.Keys`) that no key press is given."""


def loaded(tmp_path: Path, value: str) -> Config:
    """The config `[keys]` giving reader.bookmark `value` (a TOML string's inside; no check
    of clashes with the reader's other keys)."""
    path = tmp_path / "config.toml"
    path.write_text(f'[keys]\n"reader.bookmark" = "{value}"\n', encoding="utf-8")
    return load_config(config_source(path), {"reader.bookmark"})


def taken(tmp_path: Path, key: str) -> bool:
    """Whether the config file takes `key` (as Textual names it) for a binding."""
    return loaded(tmp_path, key.replace("\\", "\\\\").replace('"', '\\"')).problems == ()


def parser_keys(text: str) -> list[str]:
    """The keys Textual's parser gives for `text` typed."""
    return [event.key for event in XTermParser().feed(text) if isinstance(event, events.Key)]


@pytest.mark.parametrize(
    ("value", "instead"),
    [
        ("bel", "ctrl+g"),  # BEL is what ctrl+g sends
        ("del", "delete"),
        ("nul", "ctrl+@"),
        ("cr", "enter"),
        ("return", "enter"),
        ("solidus", "/"),
        ("latin_small_letter_a", "a"),
        ("ctrl+]", "ctrl+right_square_bracket"),
        ("pgdn", "pagedown"),
    ],
)
def test_a_name_no_key_press_is_given_is_refused_with_what_to_write(tmp_path: Path, value: str, instead: str) -> None:
    config = loaded(tmp_path, value)
    (problem,) = config.problems
    assert problem.startswith(f"{tmp_path / 'config.toml'}:2: reader.bookmark = {value!r}: {value!r} is not a key ")
    assert problem.endswith(f"write {instead} instead); ignored") and "\n" not in problem, problem
    assert config.keys == {}
    assert taken(tmp_path, instead)  # and what it says to write is a key


@pytest.mark.parametrize("name", NEVER_GIVEN)
def test_the_names_refused_are_never_given_and_the_parser_never_gives_them(tmp_path: Path, name: str) -> None:
    typed = {key for code in range(0x250) if chr(code) != "\x1b" for key in parser_keys(chr(code))}
    assert name not in typed and not taken(tmp_path, name)


def test_every_key_the_parser_gives_a_typed_character_is_taken(tmp_path: Path) -> None:
    """`no_break_space` (option+space on a Mac), `space`, `full_stop`, `ctrl+g`, `中`: the check
    takes every name the parser gives a character that is not a raw C1 control."""
    codes = [*range(0x00, 0x80), *range(0xA0, 0x250), 0x200B, 0x4E2D, 0x1F600]
    refused = [(hex(code), key) for code in codes if chr(code) != "\x1b" for key in parser_keys(chr(code)) if not taken(tmp_path, key)]
    assert refused == []
    for sequence in ("\x1b[57428u", "\x1b[5;5~", "\x1b[Z", "\x1b[1;2A"):  # kitty media_play, ctrl+pageup, shift+tab, shift+up
        (key,) = parser_keys(sequence)
        assert taken(tmp_path, key), key


def test_the_readers_own_keys_and_real_names_are_taken(tmp_path: Path) -> None:
    assert all(taken(tmp_path, key) for binding in reader_bindings().values() for key in binding.keys)
    config = loaded(tmp_path, "x, ctrl+n, f35, media_play, no_break_space, ctrl+@, ctrl+right_square_bracket")
    assert config.problems == ()
