"""The reader says its state files' problems in the reading language. Before, under `--lang
zh` a damaged file moved aside, a file it cannot read, a damaged journal and a change not
saved were said in English, with their "how to fix" line in Chinese. A problem now carries
its parts (a `tui.ui_text` key and fields each, `tui.userdata.problems`): its `str` is the
English the command line prints, the reader words the parts in zh, en, or both (中英);
paths and file names stay literal, escaped (`visible`)."""

from __future__ import annotations

from pathlib import Path

from tests.test_marks7_kept_marks import damaged_meanwhile
from tui.userdata.bookmarks import Bookmarks
from tui.userdata.marks import FORMAT, ReadMarks
from tui.userdata.store import StateFileError, read_json, write_atomic


def test_a_file_moved_aside_is_said_in_chinese_with_its_path_literal_and_escaped(tmp_path: Path) -> None:
    from tui.userdata.problems import said  # (new: the old code fails here)

    folder = tmp_path / "a\x1b]0;x\x07b"
    folder.mkdir()
    path = folder / "c.json"
    path.write_bytes(b"[1, 2")
    loaded = read_json(path, "read marks", FORMAT)
    assert loaded.problem is not None and loaded.aside is not None
    shown = str(path).replace("\x1b", "\\x1b").replace("\x07", "\\x07")
    english = f"{shown}: damaged read marks (not JSON: it ends at line 1, column 6 before the data is closed); moved to {loaded.aside.name}, starting afresh"
    assert loaded.problem == english  # the command line's words are as they were
    assert said("en", loaded.problem) == english
    zh = said("zh", loaded.problem)
    assert zh.startswith(f"{shown}：已读标记文件已损坏（") and zh.endswith(f"；已移到 {loaded.aside.name}，从头开始"), zh
    assert "\x1b" not in zh and "\x07" not in zh
    assert said("both", loaded.problem) == f"{zh}\n{english}"


def test_a_marks_file_that_cannot_be_read_and_a_save_that_fails_are_said_in_chinese(tmp_path: Path) -> None:
    from tui.userdata.problems import said  # (new: the old code fails here)

    path = tmp_path / "read" / "corpus.json"
    path.mkdir(parents=True)  # a directory where the file goes
    marks = ReadMarks.load("corpus", "T", ["a"], root=tmp_path)
    assert marks.problem is not None
    zh = said("zh", marks.problem)
    assert zh.startswith(f"{path}：无法读取已读标记（") and "请把该目录移走；先不带它们启动；此后做的已读标记不会保存" in zh, zh
    (tmp_path / "file").write_text("not a folder")
    target = tmp_path / "file" / "corpus.json"
    try:
        write_atomic(target, {"format": FORMAT})
    except StateFileError as err:
        assert str(err).startswith(f"cannot write {target}: ")
        assert said("zh", err.problem).startswith(f"无法写入 {target}："), err.problem
    else:
        raise AssertionError("written into a file where the folder goes")


def test_a_damaged_journal_is_said_in_chinese(tmp_path: Path) -> None:
    from tui.userdata.problems import said  # (new: the old code fails here)

    path = tmp_path / "bookmarks" / "corpus.json"
    path.parent.mkdir()
    path.with_name("corpus.json.journal").write_bytes(b'GARBAGE\n{"entry":"a","removed":true}\n')
    bookmarks = Bookmarks.load("corpus", "T", root=tmp_path)
    assert bookmarks.problem is not None and bookmarks.journal_aside is not None
    assert "damaged bookmarks journal (line 1: not JSON" in bookmarks.problem
    zh = said("zh", bookmarks.problem)
    assert zh.startswith(f"{path}.journal：书签日志已损坏（line 1: not JSON"), zh
    assert zh.endswith(f"）；跳过了这一行，读到其他 1 项改动；原样的副本保存在 {bookmarks.journal_aside.name}，日志中只留下改动"), zh


async def test_the_zh_reader_says_a_marks_file_damaged_meanwhile_in_chinese(small_corpus: Path) -> None:
    path, _, (said_now,), _ = await damaged_meanwhile(small_corpus, "zh")
    (aside,) = path.parent.glob(f"{path.name}.damaged-*")
    assert f"{path}：已读标记文件已损坏（" in said_now, said_now
    assert f"已移到 {aside.name}，这个窗口已有的已读标记都保留着，并存进新文件" in said_now
    assert "damaged" not in said_now.replace(aside.name, "").replace(str(aside), "")  # no English left but the names
