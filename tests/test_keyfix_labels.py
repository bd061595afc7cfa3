"""Keys named for the user by one owner, `tui.keymap`: the help's rows, its title and
footer, and the config file's messages name a key alike (`esc`, `comma`), and list keys alike."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.reader_support import reader, ready
from tui.keymap import KeyBinding, binding_ids
from tui.screens.help import HelpScreen
from tui.userdata.config import Config, config_source, load_config


def loaded(tmp_path: Path, keys: str, bindings: Mapping[str, KeyBinding] | None = None) -> Config:
    """The config file `[keys]` + `keys`, read as the reader reads it."""
    path = tmp_path / "config.toml"
    path.write_text(f"[keys]\n{keys}", encoding="utf-8")
    return load_config(config_source(path), binding_ids() if bindings is None else bindings)


async def help_shown(lang: str, press: str, keys: tuple[tuple[str, str], ...] = ()) -> tuple[list[str], str, list[str]]:
    """The help opened with `press` (`keys`: the config file's remaps): its rows' keys, its
    title, its footer's keys."""
    from textual.widgets import Static
    from textual.widgets._footer import FooterKey

    app = reader(lang=lang, keys=keys)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press(press)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        title = str(app.screen.query_one("#help-title", Static).render())
        footer = [key.key_display for key in app.screen.query(FooterKey)]
        return [keys for _, keys, _ in app.screen.rows], title, footer


def test_a_clash_lists_the_keys_kept_as_the_help_does(tmp_path: Path) -> None:
    """A binding with two default keys keeps `], ctrl+n` (the config message joined its own
    `],ctrl+n`, beside the help's `], ctrl+n`)."""
    bindings = dict(binding_ids())
    two_keys = bindings["tree.next-entry"]
    bindings["tree.next-entry"] = KeyBinding(
        two_keys.binding_id, two_keys.group, ("right_square_bracket", "ctrl+n"), two_keys.action,
        two_keys.description, two_keys.focus,
    )
    (problem,) = loaded(tmp_path, '"tree.next-entry" = "ctrl+c"\n', bindings).problems
    assert problem.endswith("; tree.next-entry keeps ], ctrl+n"), problem


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_remapped_comma_reads_as_one_key_in_the_help(lang: str) -> None:
    """`"app.help" = "?,comma"` showed `?, ,` (two keys, or three?): now `?, comma`, the
    name the config file gives it, in either language."""
    remaps = (("app.help", "question_mark,comma"), ("reader.bookmark", "x,full_stop"))
    labels, _, _ = await help_shown(lang, "comma", remaps)
    assert "?, comma" in labels and "x, ." in labels, labels
    assert not any(keys.startswith(",") or keys.endswith(",") or ", ," in keys for keys in labels), labels


def test_a_clash_on_the_comma_names_it(tmp_path: Path) -> None:
    """`keys: , for ...` read as a stray comma: the key is named."""
    (problem,) = loaded(tmp_path, '"app.help" = "comma"\n"reader.bookmark" = "comma"\n').problems
    assert ": keys: comma for reader.bookmark is already app.help's (Help)" in problem, problem


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_help_names_escape_esc_as_its_title_and_footer_do(lang: str) -> None:
    """The rows said `escape` under a title and a footer saying `esc` (the title `Esc`
    under zh): one name."""
    labels, title, footer = await help_shown(lang, "question_mark")
    assert "esc" in labels and not any("escape" in keys for keys in labels), labels
    assert title.startswith("Keys  (esc closes;" if lang == "en" else "按键  （esc 关闭；"), title
    assert "esc" in footer, footer


def test_the_config_takes_esc_as_the_help_names_it(tmp_path: Path) -> None:
    """`esc` passed as a key (a Unicode name of ESC) that no key press matches: it is Escape."""
    config = loaded(tmp_path, '"reader.clear-filter" = "esc,x"\n')
    assert config.problems == () and config.keys == {"reader.clear-filter": "escape,x"}
