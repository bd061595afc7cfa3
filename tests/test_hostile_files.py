"""Issue 10, items 5 and 6: special and endless files, and parser limits.

`check` (and every command that reads a corpus) refuses devices, caps what it reads (the
limit named, with how to raise it), never waits forever on a FIFO with no writer, and
answers deep nesting and huge integers with one line, never a traceback. Each command runs
in a subprocess with a time limit and a 1 GB address-space limit, so a regression fails
instead of eating the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import builtin_corpus_path

MEMORY_LIMIT = 1 << 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(*argv: str, env: dict[str, str] | None = None, stdin: bytes | None = None, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """`kimi-ama-tui ARGV` in a subprocess with bounded time and memory."""
    code = f"{prelude}\nfrom tui.cli import main\nraise SystemExit(main({list(argv)!r}))"
    return subprocess.run(
        [sys.executable, "-c", code],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        preexec_fn=_limit_memory,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_at_once(device: str) -> None:
    for argv in (["check", device], ["--corpus", device, "search", "int4"], ["--corpus", device, "export"]):
        _one_clear_line(run_cli(*argv), device, "character device")


def test_a_config_that_is_a_device_is_refused_at_once() -> None:
    """`--config /dev/zero` was read until memory ran out."""
    result = run_cli("--config", "/dev/zero", "config")
    line = _one_clear_line(result, "/dev/zero: is a character device", "not a config file; using the defaults")
    assert "found, but is a character device" in result.stdout, (line, result.stdout)


def test_fifo_with_no_writer_is_given_up_on(tmp_path: Path) -> None:
    fifo = tmp_path / "corpus.fifo"
    os.mkfifo(fifo)
    result = run_cli("check", str(fifo), prelude="import corpus.limits as limits; limits.PIPE_WAIT_SECONDS = 0.5")
    _one_clear_line(result, "sent nothing for 0.5 s", "writing to it")


def test_pipes_are_read() -> None:
    result = run_cli("check", "/dev/stdin", stdin=builtin_corpus_path().read_bytes())
    assert result.returncode == 0 and result.stdout.startswith("OK: 38 entries"), result.stderr


def test_size_cap_names_the_limit_and_how_to_raise_it() -> None:
    big = str(builtin_corpus_path())
    line = _one_clear_line(run_cli("check", big, env={"KIMI_AMA_TUI_MAX_BYTES": "10K"}), "10240 bytes limit")
    assert "KIMI_AMA_TUI_MAX_BYTES" in line
    piped = run_cli("check", "/dev/stdin", env={"KIMI_AMA_TUI_MAX_BYTES": "10K"}, stdin=builtin_corpus_path().read_bytes())
    _one_clear_line(piped, "a pipe that sent more than 10240 bytes", "KIMI_AMA_TUI_MAX_BYTES")
    _one_clear_line(run_cli("check", big, env={"KIMI_AMA_TUI_MAX_BYTES": "lots"}), "is not a size")
    assert run_cli("check", big, env={"KIMI_AMA_TUI_MAX_BYTES": "1G"}).returncode == 0


HEAD = 'format = "kimi-ama-corpus/1"\n'
DIGITS = "9" * 5000


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.toml", HEAD + "title = " + "[" * 600 + "]" * 600 + "\n"),
        ("deep-table.toml", HEAD + "title = " + "{a = " * 600 + "1" + "}" * 600 + "\n"),
        ("deep.json", '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        ("deep-valid.json", '{"title": ' + "[" * 900 + "]" * 900 + "}"),
        ("int.json", '{"format": "kimi-ama-corpus/1", "title": ' + DIGITS + "}"),
        ("int.toml", HEAD + "title = " + DIGITS + "\n"),
        ("hex.toml", HEAD + "title = 0x" + "f" * 5000 + "\n"),
        ("hex-in-list.toml", HEAD + 'title = "t"\nsources = [0x' + "f" * 5000 + "]\n"),
    ],
    ids=lambda value: value if len(value) < 40 else "",
)
def test_parser_limits_are_one_line_each(name: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _one_clear_line(run_cli("check", str(path)), name)


def test_the_reader_refuses_a_device_before_drawing_anything() -> None:
    _one_clear_line(run_cli("--corpus", "/dev/zero"), "/dev/zero", "character device")


def test_ctrl_c_while_a_command_waits_is_status_130_without_a_traceback(tmp_path: Path) -> None:
    import signal
    import time

    fifo = tmp_path / "slow.fifo"
    os.mkfifo(fifo)
    code = "from tui.cli import main\nraise SystemExit(main(['check', %r]))" % str(fifo)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.5)  # importing, then waiting for the FIFO's writer
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 130 and "Traceback" not in err, err[-2000:]
