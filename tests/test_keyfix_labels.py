"""Keys named for the user by one owner, `tui.keymap`: the config file's messages list keys
as the help screen does."""

from __future__ import annotations

from pathlib import Path

from tui.keymap import KeyBinding, binding_ids
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
