"""No child process outlives the reader (issue 13): on a first start of a big file the
index is built by a child (`corpus.search.build_cache`); however the reader ends while
the child builds (q, SIGTERM, SIGHUP from a dropped SSH session, SIGKILL), the child ends
within seconds. Run in a real terminal (tmux), with a generated corpus over the size
where the reader starts a child."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from corpus.search.build_cache import CHILD_MIN_BYTES
from tests.scale_support import write_scale_corpus
from tests.terminal import Terminal

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus file over CHILD_MIN_BYTES (36,000 entries, ~16 MB: a few seconds to index)."""
    path = write_scale_corpus(tmp_path_factory.mktemp("big"), 12_000)
    assert path.stat().st_size > CHILD_MIN_BYTES
    return path


def _command() -> list[str]:
    script = shutil.which("kimi-ama-tui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui.cli"]


def _children(pid: int, indexing: bool = True) -> list[int]:
    """The processes whose parent is `pid` and that build an index cache (or, `indexing`
    false, the others: the search child forked as the reader starts)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid and (b"corpus.search.build_cache" in command) == indexing:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(pid)


@pytest.mark.parametrize("end", ["q", "SIGTERM", "SIGHUP", "SIGKILL"])
def test_the_indexing_child_ends_with_the_reader(end: str, big_file: Path, tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    reader = shlex.join([*_command(), "--lang", "en", "--corpus", str(big_file)])
    env = {"KIMI_AMA_TUI_CACHE": str(tmp_path / "cache")}
    with Terminal(120, 30) as term:
        term.start(f"sh -c {shlex.quote(f'echo $$ > {shlex.quote(str(pid_file))}; exec {reader}')}", env=env)
        deadline = time.monotonic() + 30
        while not pid_file.exists() or not pid_file.read_text().strip():
            assert time.monotonic() < deadline, term.screen()
            time.sleep(0.05)
        pid = int(pid_file.read_text().strip())
        children: list[int] = []
        searching: list[int] = []
        while not children and time.monotonic() < deadline and _alive(pid):
            searching = searching or _children(pid, indexing=False)
            children = _children(pid)
            time.sleep(0.05)
        try:
            assert children, "no indexing child was started"
            assert searching, "no search child was forked"
            assert term.wait_for(r"36000 entries"), term.screen()
            if end == "q":
                term.keys("q")
                assert term.wait_exit(10) == 0
            else:
                os.kill(pid, getattr(signal, end))
            assert _gone_within(pid, 10), f"the reader is still running after {end}"
            for child in children:
                assert _gone_within(child, 5), f"the indexing child {child} outlived the reader ({end})"
            for child in searching:
                assert _gone_within(child, 5), f"the search child {child} outlived the reader ({end})"
            assert "Traceback" not in term.history()
        finally:
            for leftover in [pid, *children, *searching]:
                if _alive(leftover):
                    os.kill(leftover, signal.SIGKILL)
