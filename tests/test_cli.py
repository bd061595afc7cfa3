"""The `kimi-ama-tui` command line: options, export/check/schema, bad files without tracebacks."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus.loader import builtin_corpus_path, dump_corpus, load_corpus
from tui.cli import build_parser, main, options_from_args
from tui.options import ReaderOptions

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m tui.cli ARGS` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


# ---------------------------------------------------------------- bad files, one kind each


@dataclass(frozen=True)
class BadFile:
    """A way to break the small corpus, and what `check` must say about it."""

    kind: str
    make: Callable[[Path], tuple[Path, int | None]]
    """Breaks a copy of the small corpus; the file to check and the line to name (or None)."""
    expect: tuple[str, ...]
    """Text the first problem line must contain."""


def replace(
    old: str, new: str, mark: str | None = None, occurrence: int = 1
) -> Callable[[Path], tuple[Path, int | None]]:
    def make(path: Path) -> tuple[Path, int | None]:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"test setup: {old!r} not in the small corpus"
        text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
        return path, line_of(text, mark or new, occurrence)

    return make


def missing_file(path: Path) -> tuple[Path, int | None]:
    return path.parent / "no-such-corpus.toml", None


def directory(path: Path) -> tuple[Path, int | None]:
    return path.parent, None


def not_utf8(path: Path) -> tuple[Path, int | None]:
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("还在实验", "\udcfe", 1).encode("utf-8", "surrogateescape"))
    return path, line_of(text, "还在实验")


def json_syntax(path: Path) -> tuple[Path, int | None]:
    text = dump_corpus(load_corpus(path)).replace(
        '"question_source": "article",', '"question_source": "article" oops', 1
    )
    json_path = path.with_suffix(".json")
    json_path.write_text(text, encoding="utf-8")
    return json_path, line_of(text, "oops")


TEAM_SUPPLEMENT = 'speaker = "moonshot-team"\nrole = "supplement"\nsource = "digest"'
SPEAKER_COPY = (
    '[[speakers]]\nid = "zxytim"\nkind = "person"\nname = "X"\nrole = "Y"\nidentified_by = "Z"\n\n'
)

BAD_FILES = [
    BadFile("missing-file", missing_file, ("no-such-corpus.toml: no such file",)),
    BadFile("directory", directory, ("is a directory",)),
    BadFile("not-utf8", not_utf8, ("not UTF-8", "0xfe")),
    BadFile(
        "toml-syntax",
        replace('question_source = "article"', "question_source = article"),
        ("TOML syntax error", "column 19"),
    ),
    BadFile("json-syntax", json_syntax, ("JSON syntax error", "expecting ',' delimiter")),
    BadFile(
        "wrong-type",
        replace(TEAM_SUPPLEMENT, TEAM_SUPPLEMENT.replace('"moonshot-team"', "5"), "speaker = 5"),
        ("entry 'kda-next-flagship', answers[1].speaker:", "integer (5)"),
    ),
    BadFile(
        "missing-field",
        replace('question_source = "article"\n', "", 'id = "k3"'),
        ("entry 'k3', question_source:", "required field 'question_source' is missing"),
    ),
    BadFile(
        "unknown-field",
        replace('tags = ["INT4"]', 'tagz = ["INT4"]'),
        ("entry 'why-int4', tagz:", "unknown field 'tagz'", "did you mean 'tags'"),
    ),
    BadFile(
        "dangling-speaker",
        replace(TEAM_SUPPLEMENT, TEAM_SUPPLEMENT.replace("moonshot-team", "zxytim2"), "zxytim2"),
        ("entry 'kda-next-flagship', answers[1].speaker: 'zxytim2' is not a speaker id",),
    ),
    BadFile(
        "dangling-source",
        replace(
            'source = "article"\ntext = { zh = "在奥特曼',
            'source = "articel"\ntext = { zh = "在奥特曼',
            "articel",
        ),
        ("entry 'k3', answers[0].source: 'articel' is not a source id",),
    ),
    BadFile(
        "duplicate-entry-id",
        replace('id = "k3"', 'id = "why-int4"', occurrence=2),
        ("entry 'why-int4': duplicate entry id 'why-int4'",),
    ),
    BadFile(
        "duplicate-speaker-id",
        replace(
            '[[speakers]]\nid = "moonshot-team"',
            SPEAKER_COPY + '[[speakers]]\nid = "moonshot-team"',
            'id = "zxytim"',
            2,
        ),
        ("speaker 'zxytim': duplicate speaker id 'zxytim'",),
    ),
    BadFile(
        "empty-text",
        replace('zh = "还在实验。"', 'zh = ""'),
        ("entry 'kda-next-flagship', answers[1].text.zh:", "text is empty"),
    ),
    BadFile("bad-slug", replace('id = "k3"', 'id = "K3!"'), ("entry 'K3!', id:", "is not a slug")),
    BadFile(
        "non-http-url",
        replace("https://github.com/IST-DASLab/marlin", "file:///etc/passwd", "file://"),
        ("entry 'why-int4', links[0].url:", "is not an http(s) URL"),
    ),
    BadFile(
        "wrong-format",
        replace('format = "kimi-ama-corpus/1"', 'format = "kimi-ama-corpus/9"'),
        ("format: 'kimi-ama-corpus/9' is not a corpus format",),
    ),
]


def first_line(path: Path, line: int | None) -> str:
    return f"{path}:{line}: " if line is not None else f"{path}: "


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda bad: bad.kind)
def test_check_reports_bad_file(
    bad: BadFile, small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, line = bad.make(small_corpus)
    status = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    lines = err.splitlines()
    assert lines and lines[0].startswith(first_line(path, line)), err
    for text in bad.expect:
        assert text in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda bad: bad.kind)
def test_export_with_bad_corpus_fails_the_same_way(
    bad: BadFile, small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, line = bad.make(small_corpus)
    assert main(["--corpus", str(path), "export"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(first_line(path, line))


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda bad: bad.kind)
def test_bad_file_in_a_real_process_has_no_traceback(bad: BadFile, small_corpus: Path) -> None:
    path, line = bad.make(small_corpus)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(first_line(path, line))
    assert all(text in result.stderr.splitlines()[0] for text in bad.expect)
    assert "Traceback" not in result.stderr


def test_reader_with_bad_corpus_exits_1_before_any_ui(small_corpus: Path) -> None:
    path, line = replace(
        TEAM_SUPPLEMENT, TEAM_SUPPLEMENT.replace("moonshot-team", "nobody"), "nobody"
    )(small_corpus)
    result = run_cli("--corpus", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{path}:{line}: entry 'kda-next-flagship', answers[1].speaker")
    assert "Traceback" not in result.stderr and "\x1b[" not in result.stdout


# ---------------------------------------------------------------- good files and plain commands


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == "kimi-ama-tui 0.1.0\n"


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("export", "check", "schema", "--corpus", "--no-mouse", "--clipboard"):
        assert word in out


@pytest.mark.parametrize(
    "args", [["--lang", "fr"], ["--clipboard", "x"], ["nope"], ["export", "--format", "yaml"]]
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "usage: kimi-ama-tui" in capsys.readouterr().err


def test_reader_options_from_the_command_line(tmp_path: Path) -> None:
    args = build_parser().parse_args(
        [
            "--corpus",
            str(tmp_path / "c.toml"),
            "--theme",
            "nord",
            "--filter",
            "INT4",
            "--entry",
            "k3",
            "--no-mouse",
            "--lang",
            "en",
            "--clipboard",
            "tmux",
        ]
    )
    assert options_from_args(args) == ReaderOptions(
        corpus_path=tmp_path / "c.toml",
        theme="nord",
        filter="INT4",
        entry="k3",
        mouse=False,
        lang="en",
        clipboard="tmux",
    )
    assert options_from_args(build_parser().parse_args([])) == ReaderOptions()


def test_the_readers_entry_is_kept_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--entry k3` + U+202E was cleaned to `k3`: it opened an entry no one named, and a
    notice quoted `'k3[2J'` for `k3 ESC [2J`. Kept, it names no entry, and the reader's
    notice quotes it with repr (escaped)."""
    import tui.app

    started: list[ReaderOptions] = []
    monkeypatch.setattr(tui.app, "run_reader", lambda options, server=None: started.append(options) or 0)
    assert main(["--entry", "k3\u202e", "--filter", "int4\u202e"]) == 0
    assert (started[0].entry, started[0].filter) == ("k3\u202e", "int4")


def test_check_builtin_corpus_is_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(builtin_corpus_path())]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: ") and " entries in " in out and out.endswith(" topics\n")


def test_check_small_corpus_counts(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(small_corpus)]) == 0
    assert capsys.readouterr() == ("OK: 3 entries in 2 topics\n", "")


def test_check_prints_warnings_and_still_passes(
    small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace('"计划", en = "Plans", original = "zh" }', '"计划" }')(small_corpus)
    assert main(["check", str(small_corpus)]) == 0
    out, err = capsys.readouterr()
    assert out == "OK: 3 entries in 2 topics\n"
    assert (
        err.startswith(f"warning: {small_corpus}:")
        and "topic 'plans', title: no English text" in err
    )


def test_export_round_trips_through_corpus_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export"]) == 0
    first = capsys.readouterr().out
    exported = tmp_path / "export.json"
    exported.write_text(first, encoding="utf-8")
    assert main(["--corpus", str(exported), "export", "--format", "json"]) == 0
    assert capsys.readouterr().out == first
    assert main(["check", str(exported)]) == 0
    data = json.loads(first)
    assert {"sources", "speakers", "topics"} <= set(data)


def test_export_is_byte_identical_in_a_real_process(tmp_path: Path) -> None:
    first = run_cli("export")
    assert first.returncode == 0, first.stderr
    exported = tmp_path / "export.json"
    exported.write_bytes(first.stdout.encode("utf-8"))
    second = run_cli("--corpus", str(exported), "export")
    assert second.returncode == 0 and second.stdout == first.stdout


@pytest.mark.parametrize("reader", ["true", "head -c 20 >/dev/null"])
def test_export_into_a_closed_pipe_has_no_traceback(reader: str) -> None:
    # `true` exits before Python starts, so the write always meets a closed pipe.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = f"{sys.executable} -m tui.cli export | {reader}; echo status=${{PIPESTATUS[0]}} >&2"
    result = subprocess.run(
        ["bash", "-c", command], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    expected = ("status=141",) if reader == "true" else ("status=0", "status=141")
    assert result.stderr.strip() in expected


def test_schema_is_json_with_topics(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "topics" in schema["properties"] and "topics" in schema["required"]


def test_cli_imports_nothing_heavy() -> None:
    code = (
        "import sys; from tui.cli import build_parser; build_parser(); "
        "heavy = {'pydantic', 'textual', 'rich', 'rapidfuzz', 'corpus.model'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.parametrize("command", ["export", "schema"])
def test_json_output_is_utf8_whatever_the_locale(command: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", command], cwd=REPO, env=env, capture_output=True
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert json.loads(result.stdout.decode("utf-8"))
    assert "意译".encode() in result.stdout  # written as UTF-8, not \u-escaped


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", ["export", "check", "schema"])
def test_full_disk_is_one_line_not_a_traceback(command: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "tui.cli", command],
            cwd=REPO,
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == "kimi-ama-tui: cannot write the output: No space left on device\n"


def test_options_that_apply_to_a_subcommand_work_after_it(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`search muon --corpus F --lang zh` as `--corpus F --lang zh search muon`; in its --help too."""
    before = main(["--corpus", str(small_corpus), "--lang", "en", "search", "int4", "--json"])
    out_before = capsys.readouterr().out
    after = main(["search", "int4", "--json", "--corpus", str(small_corpus), "--lang", "en"])
    out_after = capsys.readouterr().out
    assert before == after == 0 and out_before == out_after and "why-int4" in out_after
    assert main(["export", "--corpus", str(small_corpus)]) == 0
    assert '"why-int4"' in capsys.readouterr().out


@pytest.mark.parametrize("command", ["search", "cite", "export"])
def test_subcommand_help_mentions_corpus(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--corpus PATH" in capsys.readouterr().out


def test_an_option_before_the_subcommand_is_not_overwritten(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(small_corpus), "cite", "why-int4"]) == 0
    assert "why-int4" in capsys.readouterr().out


def test_check_dash_reads_standard_input() -> None:
    text = (REPO / "corpus" / "data" / "kimi-ama.toml").read_bytes()
    ok = subprocess.run([sys.executable, "-m", "tui.cli", "check", "-"], input=text, capture_output=True, cwd=REPO)
    assert ok.returncode == 0 and b"OK: 38 entries" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "tui.cli", "check", "-"], input=b'title = [', capture_output=True, cwd=REPO)
    assert bad.returncode == 1 and b"TOML syntax error" in bad.stderr and b"Traceback" not in bad.stderr


@pytest.mark.parametrize("stdin", ["devnull", "pipe"])
def test_the_reader_without_a_terminal_is_one_line_and_status_2(stdin: str) -> None:
    """With /dev/null as input the reader raised a traceback and exited 0, or waited
    forever; with a pipe it waited forever (`ssh host kimi-ama-tui` without -t)."""
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--lang", "en"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL if stdin == "devnull" else None,
        input=None if stdin == "devnull" else b"jjq",
        capture_output=True,
        timeout=20,
        check=False,
    )
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "needs a terminal" in err and "ssh -t" in err and "Traceback" not in err
    assert err.count("\n") == 1 and result.stdout == b""


@pytest.mark.parametrize("query", ['"', '""'])
def test_search_for_an_empty_phrase_says_what_is_wrong(query: str) -> None:
    result = run_cli("search", query)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == 'kimi-ama-tui search: " needs a phrase, e.g. "training cost"\n'


STDOUT_CLOSED_LINE = (
    "kimi-ama-tui: standard output is closed: send the output somewhere, e.g. > FILE or "
    "> /dev/null, instead of closing it (>&-)\n"
)
THREAD_FIXTURE = REPO / "tests" / "fixtures" / "reddit" / "thread.json"


def _run_closed(args: list[str], closed: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m tui.cli ARGS` with stdout (`>&-`) or stderr (`2>&-`) closed by the shell."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        **{f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("DATA", "CONFIG", "STATE", "CACHE")},
    }
    env.pop("KIMI_AMA_TUI_CONFIG", None)
    quoted = " ".join(f"'{arg}'" for arg in args)
    # the other stream goes to a file: closing it is the shell's, inside bash -c
    other = "out" if closed == "2>&-" else "err"
    command = f"{sys.executable} -m tui.cli {quoted} {closed} {'>' if other == 'out' else '2>'}{tmp_path / other}"
    result = subprocess.run(["bash", "-c", command], cwd=REPO, env=env, text=True, timeout=60, stdin=subprocess.DEVNULL)
    saved = (tmp_path / other).read_text(encoding="utf-8")
    return subprocess.CompletedProcess(result.args, result.returncode, saved if other == "out" else "", saved if other == "err" else "")


@pytest.mark.parametrize(
    "args",
    [
        ["show", "--all"],
        ["show", "why-int4-not-fp4"],
        ["export"],
        ["search", "muon"],
        ["cite", "why-int4-not-fp4"],
        ["schema"],
        ["check"],
        ["config", "--default"],
        ["completions", "bash"],
        ["import", str(THREAD_FIXTURE), "--list-authors"],
    ],
)
def test_a_closed_stdout_is_one_line_not_a_traceback(args: list[str], tmp_path: Path) -> None:
    """`kimi-ama-tui show --all >&-`: sys.stdout is None; every command raised a traceback."""
    result = _run_closed(args, ">&-", tmp_path)
    assert result.returncode == 1
    assert result.stderr == STDOUT_CLOSED_LINE


def test_import_to_a_file_needs_no_stdout(tmp_path: Path) -> None:
    """`import -o` writes a file and its summary goes to stderr: stdout closed is no matter."""
    out = tmp_path / "thread.json"
    result = _run_closed(["import", str(THREAD_FIXTURE), "-o", str(out)], ">&-", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and f"wrote {out}" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "kimi-ama-corpus/1"


@pytest.mark.parametrize("args", [["show", "why-int4-not-fp4"], ["import", str(THREAD_FIXTURE), "-o", "OUT"]])
def test_a_closed_stderr_does_not_fail_a_command_that_worked(args: list[str], tmp_path: Path) -> None:
    """With `2>&-` the work was done and the status was still 1."""
    args = [str(tmp_path / "out.json") if arg == "OUT" else arg for arg in args]
    result = _run_closed(args, "2>&-", tmp_path)
    assert result.returncode == 0
    assert args[0] != "show" or "INT4" in result.stdout


def test_a_closed_stderr_keeps_errors_out_of_stdout(tmp_path: Path) -> None:
    """`print(..., file=sys.stderr)` with stderr None printed the error on stdout."""
    result = _run_closed(["show", "no-such-entry"], "2>&-", tmp_path)
    assert result.returncode == 1 and result.stdout == ""
