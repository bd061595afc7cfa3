"""Keys named for the user by one owner, `tui.keymap`: the config file's messages list keys
as the help screen does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader_support import reader, ready
from tui.keymap import KeyBinding, binding_ids
from tui.screens.help import HelpScreen
from tui.userdata.config import config_source, load_config


def test_a_clash_lists_the_keys_kept_as_the_help_does(tmp_path: Path) -> None:
    """A binding with two default keys keeps `], ctrl+n` (the config message joined its own
    `],ctrl+n`, beside the help's `], ctrl+n`)."""
    bindings = dict(binding_ids())
    two_keys = bindings["tree.next-entry"]
    bindings["tree.next-entry"] = KeyBinding(
        two_keys.binding_id, two_keys.group, ("right_square_bracket", "ctrl+n"), two_keys.action,
        two_keys.description, two_keys.focus,
    )
    path = tmp_path / "config.toml"
    path.write_text('[keys]\n"tree.next-entry" = "ctrl+c"\n', encoding="utf-8")
    (problem,) = load_config(config_source(path), bindings).problems
    assert problem.endswith("; tree.next-entry keeps ], ctrl+n"), problem


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_remapped_comma_reads_as_one_key_in_the_help(lang: str) -> None:
    """`"app.help" = "?,comma"` showed `?, ,` (two keys, or three?): now `?, comma`, the
    name the config file gives it, in either language."""
    app = reader(lang=lang, keys=(("app.help", "question_mark,comma"), ("reader.bookmark", "x,full_stop")))
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        labels = [keys for _, keys, _ in app.screen.rows]
        assert "?, comma" in labels and "x, ." in labels, labels
        assert not any(keys.startswith(",") or keys.endswith(",") or ", ," in keys for keys in labels), labels


def test_a_clash_on_the_comma_names_it(tmp_path: Path) -> None:
    """`keys: , for ...` read as a stray comma: the key is named."""
    path = tmp_path / "config.toml"
    path.write_text('[keys]\n"app.help" = "comma"\n"reader.bookmark" = "comma"\n', encoding="utf-8")
    (problem,) = load_config(config_source(path), binding_ids()).problems
    assert ": keys: comma for reader.bookmark is already app.help's (Help)" in problem, problem
