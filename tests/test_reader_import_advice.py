"""What the reader (`--corpus FILE` of a Reddit thread or dump) says when the file cannot be
imported as it is: the reader takes no import option, so its advice is an `import` command
naming the file and writing a corpus (-o), then `--corpus` of what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.importer import ImportProblem, import_files
from tui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, DUMP = FIXTURES / "thread.json", FIXTURES / "comments.jsonl"
HOSTS = {"lumen_lab", "ada-lumen", "Byte_Smith", "quietcoder"}


def _no_host_answered(tmp_path: Path) -> Path:
    """The thread with every host's comment signed by another account (no flair): the post
    still names its poster, who answered nothing."""

    def resign(obj: dict) -> dict:
        if obj.get("author") in HOSTS and "body" in obj:
            obj.update(author="a_bystander", author_flair_text=None, distinguished=None)
        return obj

    data = json.loads(THREAD.read_text(encoding="utf-8"), object_hook=resign)
    path = tmp_path / "silent thread.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_reader_gives_the_import_command_when_no_host_answered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "name the hosts with --host": `--corpus F --host X` takes X as a command."""
    path = _no_host_answered(tmp_path)
    assert main(["--corpus", str(path), "export"]) == 1
    quoted = f"'{path}'"  # the name has a space: the command is given as typed in a shell
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: no host answered any comment in thread 1abcde (hosts tried: u/lumen_lab, u/ada-lumen, u/Byte_Smith): "
        f"import it naming the hosts: kimi-ama-tui import {quoted} --host NAME[,NAME...] -o OUT.json "
        f"(kimi-ama-tui import {quoted} --list-authors shows who replied most); "
        "then read it with kimi-ama-tui --corpus OUT.json"
    ]
    # and `import` itself names its own option, as before
    with pytest.raises(ImportProblem) as raised:
        import_files([path])
    assert str(raised.value).endswith(
        ": name the hosts with --host NAME[,NAME...] (--list-authors shows who replied most)"
    )


def test_the_reader_on_a_dump_of_two_threads_gives_a_command_that_writes_a_corpus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`import FILE --thread ID` with no -o prints JSON: the reader's advice writes a file."""
    assert main(["check", str(DUMP)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{DUMP}: 2 threads in the files (1abcde: 24 comments, 1zzzzz: 2 comments): "
        f"pick one with kimi-ama-tui import {DUMP} --thread ID -o OUT.json; "
        "then read it with kimi-ama-tui --corpus OUT.json"
    ]


def test_a_damaged_file_gets_no_host_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every import problem ended "; or import it with: ... --host NAME", even a truncated dump."""
    cut = tmp_path / "RC.jsonl"
    cut.write_text(DUMP.read_text(encoding="utf-8").rstrip("\n")[:-20], encoding="utf-8")
    assert main(["check", str(cut)]) == 1
    err = capsys.readouterr().err
    assert "the last line is cut off (truncated file)" in err
    assert "--host" not in err and "kimi-ama-tui import" not in err
