"""The real `kimi-ama-tui` in a real terminal (tmux): start, move, type a query, read the screen."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=["80x24", "200x50"])
def test_type_a_query_and_read_the_screen(size: tuple[int, int]) -> None:
    with Terminal(*size) as term:
        term.start([*_command(), "--lang", "en"], env={"LANG": "C.UTF-8"})
        term.wait_for(r"Architecture / training")
        term.wait_for(r"38 entries")
        term.keys("/")
        term.type("tensrboard")
        screen = term.wait_for(r"\d+ / 38")
        screen = term.wait_for(r"TensorBoard")
        assert "Traceback" not in screen
        assert "Infrastructure" in screen
        term.keys("Enter")
        screen = term.wait_for(r"u/ppwwyyxx")
        assert "Wu Yuxin" in screen
        term.keys("Escape")
        term.wait_for(r"38 entries")
        term.keys("q")
        assert term.wait_exit() == 0


def test_chinese_screen_and_resizing_in_a_real_terminal() -> None:
    with Terminal(120, 40) as term:
        term.start([*_command(), "--lang", "zh", "--entry", "training-hardware"], env={"LANG": "zh_CN.UTF-8"})
        screen = term.wait_for(r"H800")
        assert "u/ppwwyyxx" in screen and "吴育昕" in screen
        for cols, rows in ((80, 24), (60, 20), (200, 50), (100, 30)):
            term.resize(cols, rows)
            screen = term.wait_for(r"H800")
            for line in screen.splitlines():
                assert "\ufffd" not in line  # no character cut in half
        assert not term.exited()
        term.keys("q")
        assert term.wait_exit() == 0


def test_bad_corpus_file_is_one_clear_line_and_status_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "kimi-ama-corpus/1"\ntitle = [', encoding="utf-8")
    with Terminal(100, 20) as term:
        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; (exit $status)", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert "Traceback" not in screen
        assert term.wait_exit() == 1


@pytest.mark.parametrize("env", [{"TERM": "xterm"}, {"TERM": "linux", "NO_COLOR": "1"}], ids=["16-colours", "no-color"])
def test_few_colours_and_no_color_still_read(env: dict[str, str]) -> None:
    with Terminal(100, 30, term=env["TERM"]) as term:
        term.start([*_command(), "--lang", "en", "--entry", "k3-when"], env=env)
        screen = term.wait_for(r"Sam's trillion")
        assert "u/ComfortableAsk4494" in screen and "Traceback" not in screen
        term.keys("q")
        assert term.wait_exit() == 0


def test_q_exits_at_once_while_the_corpus_is_still_loading(tmp_path: Path) -> None:
    """`q` ends the reader at once even while its loading thread is busy (a big file
    decoding, a vocabulary collected): asyncio waits for a thread worker before the
    process may exit, so the thread stops at its next slice of work."""
    from corpus.loader import dump_corpus, load_corpus

    corpus = tmp_path / "corpus.json"
    corpus.write_text(dump_corpus(load_corpus()), encoding="utf-8")
    script = tmp_path / "slow_loading.py"
    script.write_text(
        "import sys, time\n"
        "import corpus.compactload as c, corpus.text as t, tui.app\n"
        "tui.app.OUTLINE_FIRST_BYTES = 100  # the outline first, as for a big file\n"
        "real = c.load_compact\n"
        "def slow(*args, **kwargs):\n"
        "    for _ in range(3000):  # 30 s of work in slices, as a big file's decoding\n"
        "        time.sleep(0.01)\n"
        "        t.yield_to_other_threads()\n"
        "    return real(*args, **kwargs)\n"
        "c.load_compact = slow\n"
        f"sys.argv = ['kimi-ama-tui', '--lang', 'en', '--corpus', {str(corpus)!r}]\n"
        "from tui.cli import entry\n"
        "entry()\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parent.parent
    with Terminal(100, 30) as term:
        term.start([sys.executable, str(script)], env={"LANG": "C.UTF-8", "PYTHONPATH": str(root)})
        term.wait_for(r"38 entries")
        term.wait_for(r"questions only")  # the outline's scan is in; the corpus is decoding
        term.keys("q")
        assert term.wait_exit(timeout=5) == 0


@pytest.mark.slow
def test_ctrl_z_suspends_and_fg_draws_the_whole_screen_again() -> None:
    """ctrl+z did nothing; a reader stopped otherwise (kill -TSTP) came back from `fg` to
    a blank screen, drawn again only where a later key changed it."""
    import shlex

    from tests.test_reader_burst import _command

    with Terminal(100, 24) as term:
        term.start("bash --norc --noprofile -i", env={"PS1": "$ "})
        time.sleep(0.5)
        term.type(shlex.join([*_command(), "--lang", "en", "--entry", "k3-when"]))
        term.keys("Enter")
        term.wait_for(r"38 entries")
        before = _settled(term)
        term.keys("C-z")
        term.wait_for(r"Stopped")
        term.type("fg")
        term.keys("Enter")
        term.wait_for(r"38 entries")
        assert _settled(term) == before
        term.keys("q")
        term.wait_for(r"fg\n.*kimi-ama-tui.*\n.*[#$]")  # the shell's prompt again


def _settled(term: Terminal) -> str:
    """The screen once it stays the same for a second (the entry shown is marked read)."""
    screen = term.screen()
    for _ in range(20):
        time.sleep(1.0)
        screen, last = term.screen(), screen
        if screen == last:
            break
    return screen
