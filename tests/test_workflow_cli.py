"""CLI of the reading workflow: show, bookmarks, cite --bookmarks, config, completions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from corpus.citation import cite
from corpus.loader import load_corpus
from tui.cli import main
from tui.options import ReaderOptions
from tui.userdata import corpus_bookmarks

REPO = Path(__file__).resolve().parent.parent


def _bookmark(corpus_path: Path | None, *items: tuple[str, str]) -> None:
    corpus = load_corpus(corpus_path)
    marks = corpus_bookmarks(corpus)
    for entry_id, note in items:
        marks.set_note(entry_id, corpus.entry(entry_id).question.get("en"), note)
    marks.save()


# ---------------------------------------------------------------- show


def test_show_prints_what_the_pane_shows(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(small_corpus), "show", "why-int4", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for expected in (
        "Why INT4?",
        "● Main answer · u/zxytim · Zhou Xinyu",
        "＋ Supplement (补充) · The Moonshot AI team",
        "English rendering of the Chinese digest, itself a paraphrase (意译)",
        "For non-Blackwell GPUs.",
        "https://example.com/article",
        "Marlin  https://github.com/IST-DASLab/marlin",
        "Entry id: why-int4",
    ):
        assert expected in out, expected
    assert out.index("Why INT4?") < out.index("Main answer") < out.index("Supplement") < out.index("Sources")


def test_show_markdown_and_json(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(small_corpus), "show", "why-int4", "--format", "markdown", "--lang", "both"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("## 为什么是 INT4？ / Why INT4?")
    assert "> 为兼容非 Blackwell GPU。" in markdown and "- Marlin: <https://github.com/IST-DASLab/marlin>" in markdown
    assert main(["--corpus", str(small_corpus), "show", "why-int4", "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["role"] for a in data["answers"]] == ["main", "supplement"]
    assert data["answers"][0]["speaker"]["handle"] == "zxytim"
    assert data["sources"][1]["url"] == "https://example.com/article"
    assert data["links"][0]["url"] == "https://github.com/IST-DASLab/marlin"


def test_show_all_in_reading_order(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(small_corpus), "show", "--all", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    order = [out.index(s) for s in ("Test corpus", "Architecture", "Why INT4?", "Will KDA", "Plans", "When is K3?")]
    assert order == sorted(order)
    assert main(["--corpus", str(small_corpus), "show", "--all", "--format", "json"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)["entries"]] == ["why-int4", "kda-next-flagship", "k3"]


def test_show_wraps_only_on_a_terminal(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "30"}
    piped = subprocess.run(
        [sys.executable, "-m", "tui.cli", "show", "k3-when", "--lang", "en"], env=env, capture_output=True, text=True, timeout=60
    )
    assert piped.returncode == 0
    long_line = max(piped.stdout.splitlines(), key=len)
    assert len(long_line) > 60  # piped: one line per paragraph, whatever COLUMNS says
    import pty

    leader, follower = pty.openpty()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 40, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "show", "k3-when", "--lang", "en"], env=env, stdout=follower, stderr=subprocess.PIPE
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=60) == 0
    lines = b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()
    prose = [line for line in lines if "http" not in line]
    assert prose and max(len(line) for line in prose) <= 40
    assert any("https://www.reddit.com/r/LocalLLaMA/comments/1oth5pw/ama_with_moonshot_ai_the_opensource_frontier_lab" in line for line in lines)


def test_show_unknown_id_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "k3-whe"]) == 1
    assert capsys.readouterr().err == "kimi-ama-tui show: no entry with id 'k3-whe'; did you mean 'k3-when'?\n"
    assert main(["show"]) == 2
    assert "give one ENTRY_ID or --all" in capsys.readouterr().err


# ---------------------------------------------------------------- bookmarks and cite --bookmarks


def test_bookmarks_lists_entry_question_note_and_when(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 0
    assert "No bookmarks" in capsys.readouterr().err
    _bookmark(small_corpus, ("k3", "joke\x1b]52;c;aGk=\x07 answer"), ("why-int4", ""))
    assert main(["--corpus", str(small_corpus), "bookmarks", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["entry"], i["question"], i["note"]) for i in items] == [
        ("k3", "When is K3?", "joke]52;c;aGk= answer"),
        ("why-int4", "Why INT4?", ""),
    ]
    assert items[0]["added"].startswith(str(date.today().year))
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 0
    out = capsys.readouterr().out
    assert "k3  " in out and "  When is K3?" in out and "  > joke]52;c;aGk= answer" in out and "\x1b" not in out


def test_a_multi_line_question_stays_indented_under_its_bookmark(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only a bookmark's first line starts at column 0: a question's later paragraphs are
    indented like its first, with no blank line that would split the bookmark in two."""
    raw = small_corpus.read_text(encoding="utf-8")
    small_corpus.write_text(raw.replace('en = "When is K3?"', 'en = "When is K3?\\n\\nAnd will it be open?"'), encoding="utf-8")
    _bookmark(small_corpus, ("k3", "a note"), ("why-int4", ""))
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines if not line.startswith("  ")] == ["k3", "why-int4"]
    assert lines[1:4] == ["  When is K3?", "  And will it be open?", "  > a note"]


def test_a_damaged_bookmarks_file_is_reported_and_left_for_the_reader(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`bookmarks` only lists: it says the file is damaged and renames nothing; the reader
    keeps it aside when it opens the corpus."""
    _bookmark(small_corpus, ("k3", ""))
    path = corpus_bookmarks(load_corpus(small_corpus)).path
    path.write_text("{oops", encoding="utf-8")
    assert main(["--corpus", str(small_corpus), "bookmarks"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged bookmarks" in err and "left as it is until the reader opens this corpus" in err
    assert "No bookmarks" not in err  # (the bookmarks are in the damaged file)
    assert path.read_text(encoding="utf-8") == "{oops" and not list(path.parent.glob(path.name + ".damaged-*"))
    problem = corpus_bookmarks(load_corpus(small_corpus)).problem  # as the reader reads it
    (aside,) = path.parent.glob(path.name + ".damaged-*")
    assert aside.read_text(encoding="utf-8") == "{oops" and problem is not None and aside.name in problem


def test_cite_bookmarks_in_every_format_with_notes(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = load_corpus(small_corpus)
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks"]) == 1
    assert "no bookmarks" in capsys.readouterr().err
    _bookmark(small_corpus, ("k3", "a joke; check the article"), ("why-int4", ""))
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(cite(corpus, "k3", "text", "en", note="a joke; check the article"))
    assert text.endswith(cite(corpus, "why-int4", "text", "en")) and "Reading note: a joke; check the article" in text
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks", "--format", "markdown"]) == 0
    assert "**Reading note:** a joke; check the article" in capsys.readouterr().out
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks", "--format", "bibtex"]) == 0
    bibtex = capsys.readouterr().out
    assert bibtex.count("@misc{") == 2 and "annote       = {Reading note: a joke; check the article" in bibtex
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks", "--format", "csl-json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == ["kimi-ama:k3", "kimi-ama:why-int4"]
    assert items[0]["annote"] == "a joke; check the article" and "annote" not in items[1]
    assert items[0]["accessed"] == {"date-parts": [[date.today().year, date.today().month, date.today().day]]}


def test_a_bookmarked_id_is_quoted_escaped_as_the_file_has_it(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An id holding ESC and U+202E was quoted cleaned (`'[b]x[/b][31mevil'`), not as in the file."""
    _bookmark(small_corpus, ("k3", ""))
    path = corpus_bookmarks(load_corpus(small_corpus)).path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["bookmarks"].append({"entry": "[b]x[/b]\x1b[31m\u202eevil", "question": "Q", "note": "", "added": ""})
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--corpus", str(small_corpus), "cite", "--bookmarks"]) == 0
    err = capsys.readouterr().err
    assert "bookmarked entry '[b]x[/b]\\x1b[31m\\u202eevil' is no longer in the corpus" in err
    assert "\x1b" not in err and "\u202e" not in err


def test_cite_needs_an_id_or_bookmarks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite"]) == 2
    assert "give one ENTRY_ID or --bookmarks" in capsys.readouterr().err


# ---------------------------------------------------------------- config


def test_config_says_where_and_what(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"config file: {os.environ['XDG_CONFIG_HOME']}/kimi-ama-tui/config.toml" in out and "not found" in out
    assert "clipboard  = auto" in out and "(default)" in out
    path = tmp_path / "c.toml"
    path.write_text('lang = "zh"\nclipboard = "tmux"\n[keys]\n"reader.bookmark" = "x"\n', encoding="utf-8")
    monkeypatch.setenv("KIMI_AMA_TUI_CONFIG", str(path))
    assert main(["--lang", "en", "config"]) == 0
    out = capsys.readouterr().out
    assert f"config file: {path}  (from KIMI_AMA_TUI_CONFIG; found)" in out
    assert "lang       = en" in out and "(command line)" in out
    assert "clipboard  = tmux" in out and "(config)" in out
    assert "reader.bookmark = x" in out


def test_config_problems_are_one_line_each_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.toml"
    path.write_text('lang = "fr"\nmouse = true\n[keys]\n"no.such" = "x"\n', encoding="utf-8")
    assert main(["--config", str(path), "config"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"kimi-ama-tui: {path}:1: lang = 'fr'")
    assert err[1].startswith(f"kimi-ama-tui: {path}:4: unknown binding id 'no.such'")
    assert len(err) == 2


def test_config_shows_the_file_and_its_values_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`config --config` printed `c]2;CFGPWN.toml`: a name with the ESC dropped, not the file's."""
    (tmp_path / "my\u202ecorpus.toml").write_bytes(b"")
    path = tmp_path / "c\x1b]2;CFGPWN\x07\u202e.toml"
    path.write_text('corpus = "my\\u202ecorpus.toml"\n[keys]\n"reader.bookmark" = "\\u001b"\n', encoding="utf-8")
    main(["--config", str(path), "config"])
    out, err = capsys.readouterr()
    assert all(line.isprintable() for line in (out + err).splitlines())
    assert f"config file: {tmp_path}/c\\x1b]2;CFGPWN\\x07\\u202e.toml  (from --config; found)" in out
    assert f"corpus     = {tmp_path}/my\\u202ecorpus.toml" in out and "'\\x1b' is not a key" in err


def test_config_default_is_a_valid_commented_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--default"]) == 0
    text = capsys.readouterr().out
    assert '# lang = "en"' in text and "[keys]" in text and '# "reader.bookmark" = "m"' in text
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["--config", str(path), "config"]) == 0
    uncommented = "\n".join(line[2:] if line.startswith('# "') or line.startswith("# lang") else line for line in text.splitlines())
    path.write_text(uncommented, encoding="utf-8")
    assert main(["--config", str(path), "config"]) == 0
    capsys.readouterr()


# ---------------------------------------------------------------- completions


def test_bash_completion_completes_commands_options_and_entry_ids(tmp_path: Path, small_corpus: Path) -> None:
    script = tmp_path / "c.bash"
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "completions", "bash"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60,
    )
    script.write_text(result.stdout, encoding="utf-8")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "kimi-ama-tui").write_text(f'#!/bin/sh\nexec {sys.executable} -m tui.cli "$@"\n', encoding="utf-8")
    (bindir / "kimi-ama-tui").chmod(0o755)

    def complete(*words: str) -> list[str]:
        line = " ".join(f"'{w}'" for w in words)
        probe = f'source {script}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _kimi_ama_tui; printf "%s\\n" "${{COMPREPLY[@]}}"'
        env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}", "PYTHONPATH": str(REPO)}
        out = subprocess.run(["bash", "-c", probe], env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
        return [w for w in out.stdout.splitlines() if w]

    assert complete("kimi-ama-tui", "sh") == ["show"]
    assert set(complete("kimi-ama-tui", "co")) == {"config", "completions"}
    assert complete("kimi-ama-tui", "show", "k3-") == ["k3-when"]
    assert complete("kimi-ama-tui", "cite", "kda-next") == ["kda-next-flagship"]
    assert complete("kimi-ama-tui", "--entry", "why-int4-n") == ["why-int4-not-fp4"]
    assert complete("kimi-ama-tui", "--corpus", str(small_corpus), "show", "") == ["why-int4", "kda-next-flagship", "k3"]
    assert complete("kimi-ama-tui", "show", "--format", "") == ["text", "markdown", "json"]
    assert complete("kimi-ama-tui", "cite", "--format", "b") == ["bibtex"]
    assert complete("kimi-ama-tui", "cite", "--b") == ["--bookmarks"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_parse_and_name_every_command(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completions", shell]) == 0
    script = capsys.readouterr().out
    for command in ("show", "bookmarks", "cite", "config", "completions", "--entry-ids"):
        assert command in script
    if shutil.which(shell):
        checked = subprocess.run([shell, "-n" if shell == "zsh" else "--no-execute"], input=script, text=True, capture_output=True)
        assert checked.returncode == 0, checked.stderr


def test_completions_entry_ids(capsys: pytest.CaptureFixture[str], small_corpus: Path) -> None:
    assert main(["--corpus", str(small_corpus), "completions", "--entry-ids"]) == 0
    assert capsys.readouterr().out == "why-int4\nkda-next-flagship\nk3\n"
    assert main(["completions"]) == 2


def _readers_started(monkeypatch: pytest.MonkeyPatch) -> list[ReaderOptions]:
    """The options each reader `main` starts is given (none is run)."""
    import tui.app

    started: list[ReaderOptions] = []
    monkeypatch.setattr(tui.app, "run_reader", lambda options, server=None: started.append(options) or 0)
    return started


def test_the_reader_starts_with_the_config_and_the_command_line_over_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _readers_started(monkeypatch)
    path = tmp_path / "c.toml"
    path.write_text(
        'lang = "zh"\nclipboard = "tmux"\nmouse = false\ntheme = "no-such-theme"\n[keys]\n"reader.bookmark" = "x"\n"nope" = "y"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(path), "--clipboard", "osc52"]) == 0
    (options,) = started
    assert (options.lang, options.clipboard, options.mouse, options.theme) == ("zh", "osc52", False, None)
    assert options.keys == (("reader.bookmark", "x"),)
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 2)[1] for line in err] == [f"{path}:4", f"{path}:7"]
    assert len(options.notices) == 2 and options.notices[0].startswith(f"{path}:4: theme = 'no-such-theme'")
    path.write_text("lang = [\n", encoding="utf-8")  # broken: the reader starts with the defaults
    assert main(["--config", str(path)]) == 0
    assert started[-1].lang is None and started[-1].clipboard == "auto" and started[-1].mouse is True
    assert "TOML syntax error" in capsys.readouterr().err


def test_a_key_clash_is_said_by_config_and_at_the_reader_start_and_not_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _readers_started(monkeypatch)
    path = tmp_path / "c.toml"
    path.write_text('[keys]\n"reader.bookmark" = "y"\n"reader.note" = "x"\n', encoding="utf-8")
    clash = f"{path}:2: keys: y for reader.bookmark is already reader.copy-citation's (Copy citation)"
    assert main(["--config", str(path), "config"]) == 1
    out, err = capsys.readouterr()
    assert err.startswith(f"kimi-ama-tui: {clash}") and len(err.splitlines()) == 1
    assert "reader.note = x" in out and "reader.bookmark" not in out
    assert main(["--config", str(path)]) == 0
    (options,) = started
    assert options.keys == (("reader.note", "x"),)  # y stays the citation's, m the bookmark's
    assert len(options.notices) == 1 and options.notices[0].startswith(clash)


def test_the_config_names_the_default_corpus(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_corpus.parent / "c.toml"
    path.write_text('corpus = "corpus.toml"\n', encoding="utf-8")  # relative to the config file
    assert main(["--config", str(path), "show", "k3", "--lang", "en"]) == 0
    assert "When is K3?" in capsys.readouterr().out
    assert main(["--config", str(path), "--corpus", "/no/such.toml", "show", "k3"]) == 1  # the command line wins
    capsys.readouterr()


def test_fish_completion_completes_commands_and_entry_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fish = shutil.which("fish")
    if fish is None:
        pytest.skip("fish is not installed")
    assert main(["completions", "fish"]) == 0
    script = tmp_path / "c.fish"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "kimi-ama-tui").write_text(f'#!/bin/sh\nexec {sys.executable} -m tui.cli "$@"\n', encoding="utf-8")
    (bindir / "kimi-ama-tui").chmod(0o755)
    env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}", "PYTHONPATH": str(REPO)}

    def complete(line: str) -> list[str]:
        probe = f"source {script}; complete -C {line!r}"
        out = subprocess.run([fish, "-c", probe], env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
        return [w.split("\t")[0] for w in out.stdout.splitlines() if w]

    assert complete("kimi-ama-tui sh") == ["show"]
    assert complete("kimi-ama-tui show k3-") == ["k3-when"]
    assert complete("kimi-ama-tui cite kda-next") == ["kda-next-flagship"]
    assert complete("kimi-ama-tui --entry why-int4-n") == ["why-int4-not-fp4"]
    assert sorted(complete("kimi-ama-tui show --format ")) == ["json", "markdown", "text"]


@pytest.mark.parametrize("width", [80, 50])
def test_show_all_headings_fit_the_terminal_and_are_underlined_to_their_width(width: int) -> None:
    """`show --all --lang both` printed the title at 110 columns on an 80-column terminal,
    underlined by 60 '=' whatever its width."""
    from rich.cells import cell_len

    from corpus.loader import load_corpus
    from tui.commands.show import render

    corpus = load_corpus()
    text = render(corpus, list(corpus.entries()), "text", "both", True, width)
    lines = text.split("\n")
    assert max(cell_len(line) for line in lines if "http" not in line) <= width + 2  # (a URL is not cut; closing punctuation may hang by 2)
    rule = next(n for n, line in enumerate(lines) if line and set(line) == {"="})
    assert cell_len(lines[rule]) == max(cell_len(line) for line in lines[:rule]), lines[: rule + 1]


def test_config_is_taken_after_the_command_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`config --config F` said 'unrecognized arguments', while --corpus works either side."""
    path = tmp_path / "c.toml"
    path.write_text('lang = "zh"\n', encoding="utf-8")
    for argv in (["--config", str(path), "config"], ["config", "--config", str(path)]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert str(path) in out and '"zh"' in out or "zh " in out, out
    assert main(["show", "k3-when", "--config", str(path)]) == 0
    assert "K3 何时" in capsys.readouterr().out  # the file's lang applies
