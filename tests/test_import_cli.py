"""`kimi-ama-tui import` and `--corpus THREAD.json`: output, summary, bad input in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
THREAD, DUMP = FIXTURES / "thread.json", FIXTURES / "comments.jsonl"


def test_import_writes_a_corpus_check_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ama.toml"
    assert main(["import", str(THREAD), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "u/lumen_lab: posted the thread; 3 answers" in err
    assert "entries: 8, answers: 10" in err and "comments not loaded: 8" in err  # 7 and the post
    corpus = load_corpus(out)
    assert corpus.entry_count() == 8 and corpus.sources[0].comments_not_loaded == 8
    assert main(["check", str(out)]) == 0
    assert "no Chinese text" not in capsys.readouterr().err  # verbatim English is no gap
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_import_json_output_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ama.json"
    assert main(["import", str(THREAD), "-o", str(out)]) == 0
    assert main(["--corpus", str(out), "export"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")


def test_import_without_output_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(THREAD), "--topics", "flat"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["title"]["en"] for t in data["topics"]] == ["All questions"]


def test_toml_and_json_outputs_load_the_same(tmp_path: Path) -> None:
    assert main(["import", str(THREAD), "-o", str(tmp_path / "a.toml")]) == 0
    assert main(["import", str(THREAD), "-o", str(tmp_path / "a.json")]) == 0
    assert load_corpus(tmp_path / "a.toml") == load_corpus(tmp_path / "a.json")


def test_list_authors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(THREAD), "--list-authors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("u/ada-lumen  3 replies") and "flair 'Lumen Labs'" in lines[0]
    assert any(line.startswith("u/lumen_lab") and "poster" in line for line in lines)
    assert any(line.startswith("u/mod_anna  0 replies, 1 comment  (") and "distinguished as moderator" in line for line in lines)
    assert not any(" 1 replies" in line or " 1 comments" in line for line in lines)


def test_list_authors_marks_the_poster_reddit_marks_in_a_dump(capsys: pytest.CaptureFixture[str]) -> None:
    """A dump without its submission: the poster is whom Reddit marks is_submitter, as
    the import itself picks them."""
    assert main(["import", str(DUMP), "--thread", "1abcde", "--list-authors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("u/lumen_lab") and "poster" in line for line in lines)


def test_several_threads_without_thread_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.toml"
    assert main(["import", str(DUMP), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "2 threads in the files" in err[0] and "--thread ID" in err[0]
    assert any("1abcde  24 comments" in line for line in err[1:])
    assert not out.exists()


def _bad_files(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    cut = tmp_path / "cut.json"
    cut.write_bytes(THREAD.read_bytes()[:5000])
    return {
        "listing": ([str(FIXTURES / "listing.json")], "subreddit listing"),
        "user page": ([str(FIXTURES / "user.json")], "user page"),
        "truncated": ([str(cut)], "truncated"),
        "no such thread": ([str(DUMP), "--thread", "abc"], "no comments of thread 'abc'"),
        "never answered": ([str(THREAD), "--host", "nobody42"], "u/nobody42 never answered"),
        "missing": ([str(tmp_path / "nope.json")], "no such file"),
    }


@pytest.mark.parametrize(
    "case", ["listing", "user page", "truncated", "no such thread", "never answered", "missing"]
)
def test_bad_input_is_one_line_and_writes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args, expected = _bad_files(tmp_path)[case]
    out = tmp_path / "out.toml"
    out.write_text("kept", encoding="utf-8")
    assert main(["import", *args, "-o", str(out)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and expected in lines[0] and lines[0].startswith("kimi-ama-tui import: ")
    assert captured.out == "" and out.read_text(encoding="utf-8") == "kept"


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "import", str(FIXTURES / "listing.json"), "-o", str(tmp_path / "x.toml")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and not (tmp_path / "x.toml").exists()


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(THREAD), "-o", str(tmp_path / "no" / "dir" / "x.toml")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert main(["import", str(THREAD), "-o", str(tmp_path / "x.yaml")]) == 1
    assert ".toml or a .json" in capsys.readouterr().err


def test_corpus_option_reads_a_thread_directly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(THREAD), "export"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["url"] == "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/"
    assert main(["--corpus", str(THREAD), "cite", "what-s-the-context-length-of-q1"]) == 0
    cited = capsys.readouterr().out
    assert "Main answer · u/ada-lumen · 2025-11-10 · edited 2025-11-10" in cited
    assert "— https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a1/ (edited 2025-11-10)" in cited
    assert "The speaker's own words" in cited


def test_corpus_option_with_a_bad_dump_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(DUMP), "export"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "2 threads" in lines[0] and "--thread" in lines[0]


def test_records_cite_the_main_answer_permalink(capsys: pytest.CaptureFixture[str]) -> None:
    entry = "what-s-the-context-length-of-q1"
    assert main(["--corpus", str(THREAD), "cite", entry, "--format", "csl-json"]) == 0
    record = json.loads(capsys.readouterr().out)
    record = record[0] if isinstance(record, list) else record
    assert record["URL"] == "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a1/"
    assert main(["--corpus", str(THREAD), "cite", entry, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "[permalink, edited 2025-11-10](https://www.reddit.com/r/LocalLLaMA/comments/1abcde/_/a1/)" in markdown


def test_an_output_that_is_neither_toml_nor_json_is_refused_before_importing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was refused after the whole import had run and printed its summary."""
    out = tmp_path / "ama\x1b[31m.txt"
    assert main(["import", str(THREAD), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "write a .toml or a .json file, not '.txt'" in err and "\x1b" not in err
    assert "hosts:" not in err and not out.exists()


@pytest.mark.parametrize("host", ["", "u/", " , "])
def test_an_empty_host_is_said_to_be_empty(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`--host ""` imported nothing and said 'no host answered ... (hosts tried: )'."""
    assert main(["import", str(THREAD), "--host", host]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "names no account" in err and "hosts tried" not in err
    assert err.count("\n") == 1


def test_an_output_that_is_a_directory_is_said_to_be_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`-o DIR` said 'write a .toml or a .json file, not 'a file without suffix''."""
    assert main(["import", str(THREAD), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a directory" in err and "suffix" not in err


@pytest.mark.parametrize("via", ["same", "link"])
def test_an_output_that_is_an_input_file_is_refused_and_the_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], via: str
) -> None:
    """`import in.json -o in.json` wrote the corpus over the saved thread, perhaps its only
    copy once Reddit deletes comments."""
    thread = tmp_path / "in.json"
    thread.write_bytes(THREAD.read_bytes())
    out = thread
    if via == "link":  # another name for the same file
        out = tmp_path / "other.json"
        os.link(thread, out)
    assert main(["import", str(thread), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is one of the input files" in err and err.count("\n") == 1
    assert thread.read_bytes() == THREAD.read_bytes()


def test_a_thread_id_is_quoted_escaped_as_typed(capsys: pytest.CaptureFixture[str]) -> None:
    """`--thread t3_ESC[2J` was cleaned to `'[2J'`, an id nobody typed; `1abcde` + U+202E
    was cleaned to `1abcde` and imported a thread the user did not name."""
    assert main(["import", str(DUMP), "--thread", "t3_\x1b[2J", "--list-authors"]) == 1
    err = capsys.readouterr().err
    assert "no comments of thread '\\x1b[2J'" in err and "\x1b" not in err
    assert main(["import", str(DUMP), "--thread", "1abcde\u202e", "--list-authors"]) == 1
    assert "no comments of thread '1abcde\\u202e'" in capsys.readouterr().err


def test_an_output_in_a_missing_directory_is_refused_before_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole success summary ('hosts: 4 ... entries: 7') came first, then the error:
    it read as if it worked. Now the error alone, naming the missing directory."""
    target = tmp_path / "no" / "dir" / "x.json"
    assert main(["import", str(THREAD), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"kimi-ama-tui import: cannot write {target}: no directory {target.parent} (create it, or name another -o)"
    ]


def test_a_write_that_fails_after_the_import_prints_no_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails anyway (disk full): the error alone, exit 1, nothing left behind."""

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert main(["import", str(THREAD), "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"kimi-ama-tui import: cannot write {tmp_path / 'x.json'}: No space left on device"]
    assert list(tmp_path.iterdir()) == []


def _dump_without_post(tmp_path: Path) -> Path:
    """One thread's comments, no post and no is_submitter: nothing names the poster."""
    records = [json.loads(line) for line in DUMP.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [{k: v for k, v in r.items() if k != "is_submitter"} for r in records if r["link_id"] == "t3_1abcde"]
    path = tmp_path / "RC_one.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
    return path


def test_the_reader_on_a_dump_without_its_post_gives_only_import_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader was told to use --host (which it takes as a command) and to add the
    submissions file (it reads one file): both are `import`'s, and said as such."""
    dump = _dump_without_post(tmp_path)
    assert main(["--corpus", str(dump), "export"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"{dump}: the post (and so the poster) is not in the files: import it naming the hosts, "
        f"kimi-ama-tui import {dump} --host NAME[,NAME...] -o OUT.toml (kimi-ama-tui import {dump} "
        "--list-authors shows who replied most), or with the thread's submissions file: "
        f"kimi-ama-tui import {dump} SUBMISSIONS -o OUT.toml; then read it with kimi-ama-tui --corpus OUT.toml"
    ]
    # and the advice works: import with --host, or with the submissions file
    assert main(["import", str(dump), "--host", "lumen_lab", "-o", str(tmp_path / "a.json")]) == 0
    assert main(["import", str(dump), str(FIXTURES / "submissions.jsonl"), "-o", str(tmp_path / "b.json")]) == 0


@pytest.mark.parametrize(
    "given",
    [
        "https://www.reddit.com/r/LocalLLaMA/comments/1abcde/ama_with_lumen_labs/",
        "https://old.reddit.com/r/LocalLLaMA/comments/1abcde/",
        "www.reddit.com/r/LocalLLaMA/comments/1abcde",
        "https://www.reddit.com/comments/1abcde.json?raw_json=1",
        "https://redd.it/1abcde",
        "t3_1abcde",
        " 1abcde",
    ],
)
def test_thread_takes_a_url_or_t3_id(given: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`--thread https://www.reddit.com/r/Python/comments/2xmo63/` was refused."""
    assert main(["import", str(DUMP), "--thread", given, "--list-authors"]) == 0
    assert "u/ada-lumen" in capsys.readouterr().out


def test_thread_url_of_another_thread_names_its_id(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://www.reddit.com/r/LocalLLaMA/comments/9nope9/x/"
    assert main(["import", str(DUMP), "--thread", url, "--list-authors"]) == 1
    assert "no comments of thread '9nope9'" in capsys.readouterr().err


def test_the_summary_says_which_copy_of_a_merged_comment_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary was the same whichever copy was kept, and said nothing of the copies."""
    records = [json.loads(line) for line in DUMP.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in records:
        if record["id"] == "a1":
            record.update(body="Short version: a first draft", edited=False)
    early = tmp_path / "RC_early.jsonl"
    early.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for files in ([early, THREAD], [THREAD, early]):
        out = tmp_path / "out.json"
        assert main(["import", *map(str, files), "--thread", "1abcde", "-o", str(out)]) == 0
        err = capsys.readouterr().err
        assert "merged: 22 comments in more than one file; 1 comment with different texts: kept the newest copy" in err
        assert f"a1 from {THREAD} (edited, the other copy not)" in err
        assert "Short version: **128k**" in out.read_text(encoding="utf-8")
