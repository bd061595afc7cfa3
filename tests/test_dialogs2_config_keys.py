"""`kimi-ama-tui config` names keys as the help does (`.`, `#`, `]`), not by Textual's names
(`full_stop`, `number_sign`, `right_square_bracket`); so does `config --default`, whose keys
still read back as the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.keymap import binding_ids, default_keys
from tui.userdata.config import config_source, key_names, load_config

TEXTUAL_NAMES = ("full_stop", "number_sign", "right_square_bracket", "greater_than_sign", "question_mark", "slash")


def test_config_names_remapped_keys_as_the_help_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[keys]\n"tree.next-entry" = "],ctrl+n"\n"reader.bookmark" = "."\n'
        '"reader.links" = "#"\n"reader.next-unread" = ">"\n"app.help" = "?, comma"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(path), "config"]) == 0
    out = capsys.readouterr().out
    for line in ("tree.next-entry = ], ctrl+n", "reader.bookmark = .", "reader.links = #", "reader.next-unread = >", "app.help = ?, comma"):
        assert f"  {line}\n" in out, out
    assert not any(name in out for name in TEXTUAL_NAMES), out


def test_the_default_file_names_keys_as_the_help_does_and_reads_back_as_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "--default"]) == 0
    text = capsys.readouterr().out
    assert '# "app.help" = "?"' in text and '# "reader.filter" = "/"' in text
    assert not any(name in text for name in TEXTUAL_NAMES), text
    path = tmp_path / "c.toml"
    path.write_text("\n".join(line[2:] if line.startswith('# "') else line for line in text.splitlines()), encoding="utf-8")
    config = load_config(config_source(path), binding_ids())
    assert config.problems == ()
    assert config.keys == {binding_id: key_names(keys) for _, binding_id, keys, _ in default_keys()}
