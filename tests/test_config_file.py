"""The config file: where it is read from, every kind of problem in one line with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.userdata.config import Config, config_source, key_names, load_config
from tui.userdata.effective import effective_settings

IDS = {"tree.next-entry", "app.quit", "reader.filter"}
THEMES = {"nord", "textual-dark"}


def _load(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(config_source(path), IDS, THEMES)


def test_where_the_config_is_read_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_source().path == tmp_path / "xdg" / "kimi-ama-tui" / "config.toml"
    assert not config_source().required
    monkeypatch.setenv("KIMI_AMA_TUI_CONFIG", str(tmp_path / "env.toml"))
    assert config_source().path == tmp_path / "env.toml" and config_source().why == "KIMI_AMA_TUI_CONFIG"
    assert config_source(tmp_path / "cli.toml").why == "--config"


def test_a_good_config_gives_every_setting(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text("", encoding="utf-8")
    config = _load(
        tmp_path,
        'lang = "zh"\ntheme = "nord"\nclipboard = "tmux"\nmouse = false\ncorpus = "mine.toml"\n'
        '[keys]\n"tree.next-entry" = "x, ctrl+n"\napp.quit = "Q"\n',
    )
    assert config.problems == ()
    assert (config.lang, config.theme, config.clipboard, config.mouse) == ("zh", "nord", "tmux", False)
    assert config.corpus == tmp_path / "mine.toml"
    assert config.keys == {"tree.next-entry": "x,ctrl+n", "app.quit": "Q"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('lang = "en"\ncolour = "red"\n', 2, "unknown setting 'colour'"),
        ('lang = "fr"\n', 1, "choose one of zh, en, both"),
        ('\nmouse = "no"\n', 2, "must be true or false"),
        ('theme = "nordd"\n', 1, "did you mean 'nord'"),
        ('clipboard = "pigeon"\n', 1, "choose one of auto"),
        ('corpus = "missing.toml"\n', 1, "no such file"),
        ('corpus = "/dev/zero"\n', 1, "'/dev/zero' is a character device (like /dev/zero"),
        ('lang = "en"\ncorpus = "."\n', 2, "is a directory, not a corpus file"),
        ('[keys]\n\n"tree.next-entri" = "x"\n', 3, "unknown binding id 'tree.next-entri' (did you mean 'tree.next-entry'?)"),
        ('[keys]\napp.quit = 3\n', 2, "give keys as a string"),
        ('[keys]\n"tree.next-entry" = "[/]"\n', 2, "'[/]' is not a key"),
        ('[keys]\n"tree.next-entry" = "x,ctrl+nn"\n', 2, "'ctrl+nn' is not a key"),
        ('[keys]\n"tree.next-entry" = "pgdn"\n', 2, "'pgdn' is not a key"),
        ('[keys]\n"tree.next-entry" = "x,\\u001b"\n', 2, "'\\x1b' is not a key"),
        ('lang = "en"\nlang =\n', 2, "TOML syntax error"),
    ],
)
def test_each_problem_is_one_line_with_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    config = _load(tmp_path, text)
    (problem,) = config.problems
    assert problem.startswith(f"{tmp_path / 'config.toml'}:{line}: ")
    assert words in problem and "\n" not in problem


def test_what_was_wrong_falls_back_and_the_rest_applies(tmp_path: Path) -> None:
    config = _load(tmp_path, 'lang = "fr"\ntheme = "nord"\n[keys]\nnope = "x"\n"app.quit" = "Q"\n')
    assert len(config.problems) == 2
    assert config.lang is None and config.theme == "nord" and config.keys == {"app.quit": "Q"}


def test_a_missing_file_is_a_problem_only_when_named(tmp_path: Path) -> None:
    assert load_config(config_source(tmp_path / "none.toml")).problems[0].endswith("using the defaults")
    default = load_config(config_source(None, {"XDG_CONFIG_HOME": str(tmp_path)}))
    assert default.problems == () and not default.exists


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'lang = "\xff"\n')
    (problem,) = load_config(config_source(path)).problems
    assert "not UTF-8" in problem


def test_real_keys_are_accepted(tmp_path: Path) -> None:
    text = '[keys]\n"tree.next-entry" = "x, ctrl+n, ], right_square_bracket, f5, pagedown, shift+tab, 中, ctrl+shift+up, space"\n'
    config = _load(tmp_path, text)
    assert config.problems == () and config.keys["tree.next-entry"].startswith("x,ctrl+n,right_square_bracket")


def test_keys_are_named_as_textual_names_them() -> None:
    assert key_names("],ctrl+n, ?") == "right_square_bracket,ctrl+n,question_mark"
    assert key_names("j") == "j"
    # Textual's own names for these (`solidus` was never matched: `/` in [keys] did nothing)
    assert key_names("/,-,+,@,_,\\") == "slash,minus,plus,at,underscore,backslash"


def test_the_command_line_overrides_the_config(tmp_path: Path) -> None:
    config = _load(tmp_path, 'lang = "zh"\nclipboard = "tmux"\n')
    settings = effective_settings({"lang": "en", "clipboard": None}, config)
    assert (settings["lang"].value, settings["lang"].origin) == ("en", "command line")
    assert (settings["clipboard"].value, settings["clipboard"].origin) == ("tmux", "config")
    assert (settings["mouse"].value, settings["mouse"].origin) == (True, "default")


def test_a_config_that_is_a_directory_is_not_reported_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """stdout said 'not found: the defaults apply' while stderr said it could not be read."""
    from tui.cli import main

    assert main(["--config", str(tmp_path), "config"]) == 1
    out, err = capsys.readouterr()
    assert f"{tmp_path}: is a directory, not a config file; using the defaults" in err
    # and stdout agrees (it said "found" while stderr said the file could not be read)
    assert "(from --config; found, but is a directory, not a config file: the defaults apply)" in out


def test_a_config_problem_shows_the_file_name_escaped(tmp_path: Path) -> None:
    """`--config` naming `c ESC ]2;CFGPWN BEL U+202E .toml` set the terminal's title from the
    reader's notification, and `config` printed the name with the ESC dropped."""
    path = tmp_path / "c\x1b]2;CFGPWN\x07\u202e.toml"
    path.write_text('lang = "xx"\n', encoding="utf-8")
    (tmp_path / "d\x1b[2J").mkdir()
    broken = tmp_path / "b\x9b.toml"
    broken.write_text("lang = [\n", encoding="utf-8")
    problems = [
        *load_config(config_source(path), IDS, THEMES).problems,
        *load_config(config_source(tmp_path / "d\x1b[2J"), IDS, THEMES).problems,
        *load_config(config_source(broken), IDS, THEMES).problems,
        *load_config(config_source(tmp_path / "gone\u2028.toml"), IDS, THEMES).problems,
    ]
    assert [p.isprintable() for p in problems] == [True] * 4
    assert problems[0].startswith(str(tmp_path) + "/c\\x1b]2;CFGPWN\\x07\\u202e.toml:1: lang = 'xx'")
    assert "/d\\x1b[2J: is a directory" in problems[1] and "/b\\x9b.toml:1: TOML syntax error" in problems[2]
    assert "/gone\\u2028.toml: no such config file" in problems[3]


def _load_real(tmp_path: Path, text: str) -> Config:
    from tui.keymap import binding_ids, theme_names

    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(config_source(path), binding_ids(), theme_names())


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (2, "y for reader.bookmark is already reader.copy-citation's (Copy citation): choose another key, "
         "or give reader.copy-citation another key too; reader.bookmark keeps m"),
        (3, "j for reader.links is already tree.down's (Down) and pane.down's (Down)"),  # (the screen's acts in the tree)
        (4, "ctrl+c for tree.next-entry is already app.quit-ctrl-c's (Quit)"),  # (the app's acts in the tree)
    ],
)
def test_a_key_another_binding_has_where_both_act_is_reported_and_not_applied(tmp_path: Path, line: int, words: str) -> None:
    text = '[keys]\n"reader.bookmark" = "y"\n"reader.links" = "j"\n"tree.next-entry" = "ctrl+c"\n"pane.top" = "h"\n'
    config = _load_real(tmp_path, text)
    assert len(config.problems) == 3
    assert any(p.startswith(f"{tmp_path / 'config.toml'}:{line}: keys: {words}") for p in config.problems)
    # the clashing remaps keep their defaults; h is the tree's, not the pane's: no clash
    assert config.keys == {"pane.top": "h"}


def test_a_swap_or_a_default_written_out_is_no_clash(tmp_path: Path) -> None:
    text = '[keys]\n"reader.bookmark" = "y"\n"reader.copy-citation" = "m"\n"reader.clear-filter" = "escape"\n"app.help" = "f1"\n'
    config = _load_real(tmp_path, text)
    assert config.problems == ()
    assert config.keys == {"reader.bookmark": "y", "reader.copy-citation": "m", "reader.clear-filter": "escape", "app.help": "f1"}


def test_of_two_remaps_onto_one_key_the_later_is_the_clash(tmp_path: Path) -> None:
    text = '[keys]\n"tree.next-entry" = "x"\n"tree.previous-entry" = "x"\n'
    (problem,) = _load_real(tmp_path, text).problems
    assert problem.startswith(f"{tmp_path / 'config.toml'}:3: keys: x for tree.previous-entry is already tree.next-entry's")
    assert problem.endswith("tree.previous-entry keeps [")


def test_a_half_swap_refused_gives_its_key_back(tmp_path: Path) -> None:
    # reader.bookmark cannot take j (the tree's and the pane's), so it keeps m: the remap
    # of reader.copy-citation onto m then clashes with it
    text = '[keys]\n"reader.bookmark" = "j"\n"reader.copy-citation" = "m"\n'
    config = _load_real(tmp_path, text)
    assert [p.split(": keys: ")[1].split(" is ")[0] for p in config.problems] == [
        "j for reader.bookmark",
        "m for reader.copy-citation",
    ]
    assert config.keys == {}
