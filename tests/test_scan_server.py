"""A big file's first start is searched by a forked child (`corpus.search.scan_server`)
before the reader has decoded it (issue 13: the filter usable within 3 s of the first
screen). The child's answers are the `ScanIndex`'s, query by query; it serves only the
file the reader's outline is of; it is never forked beside other threads; a newer
request stops an older search; a child that ends drops searches as stale ones are
dropped; and the child ends when the reader lets it go. Each case forks from a fresh
interpreter (one thread), as the reader does before its first screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import CancelledError
from pathlib import Path

import pytest

import corpus.search.build_cache as build_cache
from corpus.search.scan_server import ScanServer, ServerGone
from tests.test_loading_child_tmux import _gone_within
from tests.test_search_lazy import QUERIES
from tests.test_search_scan import MORE

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """
import json, os, sys, threading, time
from pathlib import Path
import corpus.search.build_cache as build_cache
build_cache.CHILD_MIN_BYTES = 0
from corpus.search.scan_server import ScanServer, ServerGone
path = Path(sys.argv[1])
server = ScanServer.start(path)
assert server is not None, "not forked"
from corpus.compactload import file_cleanliness, load_compact
from corpus.loader import load_corpus
from corpus.search.scan import ScanIndex
corpus = load_compact(path) or load_corpus(path)
ids = [entry.id for entry in corpus.entries()]
handed = []
ready = threading.Event()
def hand(remote):
    handed.append(remote)
    ready.set()
def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
def gone_within(pid, seconds):
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not alive(pid)
"""


def _run(code: str, path: Path, cache: Path, *args: str, before: str = "") -> list[str]:
    """Run PRELUDE + `code` in a fresh interpreter (`before` the child's fork); its printed lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIMI_AMA_TUI_CACHE=str(cache))
    prelude = PRELUDE.replace("server = ScanServer.start(path)", before + "server = ScanServer.start(path)")
    done = subprocess.run(
        [sys.executable, "-c", prelude + code, str(path), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus-1500.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "1500", str(path)], check=True, capture_output=True)
    return path


def test_the_child_answers_every_query_as_the_scan_does(generated: Path, tmp_path: Path) -> None:
    code = """
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(60), "the child never said it was ready"
remote, scan = handed[0], ScanIndex.build(corpus)
print(json.dumps([remote.size == scan.size, remote.examples() == scan.examples()]))
plain = True
for query in json.loads(sys.argv[2]):
    got = remote.search(query)
    same = got == scan.search(query)
    plain = plain and all(type(match.spans) is dict for match in got.matches)
    short = remote.search(query, limit=5, spans=False, keep=ids[-1]) == scan.search(query, limit=5, spans=False, keep=ids[-1])
    found = bool(scan.search(query).matches)
    print(json.dumps([query, same, short, found]))
print(json.dumps(plain))  # worked out by the child: no match carries its entry's texts across
server.close()
"""
    lines = _run(code, generated, tmp_path / "cache", json.dumps(QUERIES + MORE))
    assert json.loads(lines[0]) == [True, True]
    assert json.loads(lines[-1]) is True
    answers = [json.loads(line) for line in lines[1:-1]]
    assert len(answers) == len(QUERIES + MORE)
    assert [query for query, same, short, _ in answers if not (same and short)] == []
    assert sum(found for *_, found in answers) >= len(QUERIES) - 2  # the queries do find things


def test_the_child_serves_only_the_file_the_outline_is_of(generated: Path, tmp_path: Path) -> None:
    code = """
server.wait_ready(ids[:-1], file_cleanliness(path), hand)  # an outline of other entries: the file changed meanwhile
pid = server._pid
print(json.dumps([gone_within(pid, 60), ready.wait(0.5), server.take() is None]))
"""
    # (the child is let go once its first message is read: by then `hand` was called or never is)
    assert json.loads(_run(code, generated, tmp_path / "cache")[0]) == [True, False, True]


def test_a_file_already_indexed_ends_the_child_at_once(generated: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; from corpus.search.cache import cached_index; cached_index(Path(sys.argv[1]))", str(generated)],
        env=dict(os.environ, PYTHONPATH=str(ROOT), KIMI_AMA_TUI_CACHE=str(cache)),
        cwd=ROOT,
        check=True,
    )
    assert list(cache.glob("index-*"))
    code = """
server.wait_ready(ids, file_cleanliness(path), hand)
pid = server._pid
print(json.dumps([gone_within(pid, 5), ready.wait(1), server.take() is None]))
"""
    assert json.loads(_run(code, generated, cache)[0]) == [True, False, True]


def test_letting_it_go_before_it_is_ready_ends_it(generated: Path, tmp_path: Path) -> None:
    code = """
pid = server._pid
print(json.dumps([server.take() is None, gone_within(pid, 5)]))
"""
    assert json.loads(_run(code, generated, tmp_path / "cache")[0]) == [True, True]


def test_a_search_stopped_midway_leaves_the_next_answers_right(generated: Path, tmp_path: Path) -> None:
    code = """
from corpus.text import LoadingStopped, stop_when
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(60)
remote, scan = handed[0], ScanIndex.build(corpus)
ui = threading.Event()
threading.Thread(target=ui.wait).start()  # (the reader's UI: a lone thread is never stopped)
stop_when(lambda: True)  # the reader closes while the first search is awaited
try:
    remote.search("model training")
    stopped = False
except LoadingStopped:
    stopped = True
stop_when(None)
print(json.dumps([stopped, remote.search("模型") == scan.search("模型"), remote.search("muon") == scan.search("muon")]))
server.close()
ui.set()
"""
    assert json.loads(_run(code, generated, tmp_path / "cache")[0]) == [True, True, True]


def test_when_the_child_is_killed_searches_are_dropped_and_the_reader_makes_its_own(generated: Path, tmp_path: Path) -> None:
    code = """
import signal
from concurrent.futures import CancelledError
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(60)
remote = handed[0]
os.kill(server._pid, signal.SIGKILL)
try:
    remote.search("model")
    dropped = False
except ServerGone as error:
    dropped = isinstance(error, CancelledError)
print(json.dumps([dropped, remote.gone, server.take() is None]))
"""
    assert json.loads(_run(code, generated, tmp_path / "cache")[0]) == [True, True, True]


def test_the_child_ends_when_the_reader_does(generated: Path, tmp_path: Path) -> None:
    code = """
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(60)
print(server._pid, flush=True)
os._exit(0)  # the reader ends, however: its end of the pair is closed by the system
"""
    pid = int(_run(code, generated, tmp_path / "cache")[0])
    assert _gone_within(pid, 5), f"the search child {pid} outlived the reader"


def test_a_child_stopped_midway_still_ends_with_the_reader(generated: Path, tmp_path: Path) -> None:
    """Not only at its next read or write of the pair: Linux ends it with the reader
    (a child stopped, or seconds into decoding a big file, would outlive it)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    code = """
import signal
time.sleep(0.2)  # (its death signal set)
os.kill(server._pid, signal.SIGSTOP)
print(server._pid, flush=True)
os._exit(0)
"""
    pid = int(_run(code, generated, tmp_path / "cache")[0])
    if not _gone_within(pid, 5):
        os.kill(pid, 9)
        pytest.fail(f"the stopped search child {pid} outlived the reader")


def test_no_fork_beside_other_threads(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork copies the forking thread alone: another thread's locks would stay held."""
    monkeypatch.setattr(build_cache, "CHILD_MIN_BYTES", 0)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert ScanServer.start(generated) is None
    finally:
        stop.set()
        thread.join()


def test_no_child_for_a_small_file(generated: Path) -> None:
    """Under `CHILD_MIN_BYTES` the reader's own scan is ready as soon (no child for its index either)."""
    assert generated.stat().st_size < build_cache.CHILD_MIN_BYTES
    code = "import sys; from pathlib import Path; from corpus.search.scan_server import ScanServer; print(ScanServer.start(Path(sys.argv[1])))"
    done = subprocess.run([sys.executable, "-c", code, str(generated)], env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "None"


def test_no_child_with_one_core(generated: Path) -> None:
    """With one core the child would only take the reader's turns (its first screen, its UI)."""
    code = (
        "import os, sys; from pathlib import Path; import corpus.search.build_cache as b; b.CHILD_MIN_BYTES = 0\n"
        "from corpus.search.scan_server import ScanServer\n"
        "os.sched_getaffinity = lambda pid: {0}; os.cpu_count = lambda: 1\n"
        "print(ScanServer.start(Path(sys.argv[1])))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(generated)], env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "None"


def test_a_search_awaited_as_the_child_is_let_go_is_dropped_not_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader lets the child go (the whole index is in) while the filter awaits an
    answer from it: the search is dropped (ServerGone), never a ValueError from the
    closed socket, which would end the reader."""
    import socket
    import time

    from corpus.search import scan_server

    monkeypatch.setattr(scan_server, "yield_to_other_threads", lambda: time.sleep(0.2))  # (closed meanwhile)
    mine, its = socket.socketpair()
    remote = scan_server.RemoteIndex(mine, 1, (None, None))
    caught: list[BaseException] = []

    def search() -> None:
        try:
            remote.search("muon")
        except BaseException as error:  # noqa: BLE001 - what the filter's thread would get
            caught.append(error)

    thread = threading.Thread(target=search)
    thread.start()
    its.settimeout(5)
    assert its.recv(4)  # the request arrived: the search awaits its answer
    time.sleep(0.05)
    remote.close()
    thread.join(5)
    its.close()
    assert len(caught) == 1 and isinstance(caught[0], ServerGone), caught
    assert remote.gone


def test_a_dropped_search_is_a_cancelled_one() -> None:
    """The filter passes over a cancelled search (a newer query took its turn): an ended
    child's is one, never an error that would end the reader."""
    assert issubclass(ServerGone, CancelledError)


def test_the_child_is_forked_before_textual_is_imported(generated: Path, tmp_path: Path) -> None:
    """The child's work decides when every text is searchable on a first start: it is
    forked first thing, not after the reader has imported Textual (0.23 s)."""
    code = (
        "import sys\n"
        "import tui.output; tui.output.not_a_terminal = lambda: None\n"
        "from corpus.search import scan_server\n"
        "def start(path):\n"
        "    print('textual' in sys.modules, path.name, flush=True)\n"
        "    raise SystemExit(0)\n"
        "scan_server.ScanServer.start = staticmethod(start)\n"
        "import tui.cli\n"
        "tui.cli.main(['--corpus', sys.argv[1]])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path), KIMI_AMA_TUI_CACHE=str(tmp_path / "cache"))
    env.pop("KIMI_AMA_TUI_CONFIG", None)
    done = subprocess.run([sys.executable, "-c", code, str(generated)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", generated.name], done.stderr


@pytest.fixture(scope="module")
def dirty(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated corpus with texts that need cleaning: a zero-width space inside
    words, dropped by the reader's cleaning (`corpus.text.clean_text`)."""
    path = tmp_path_factory.mktemp("dirty") / "dirty.json"
    path.write_text(generated.read_text(encoding="utf-8").replace("Muon", "Mu\u200bon"), encoding="utf-8")
    return path


def test_a_file_that_needs_cleaning_is_searched_as_the_reader_reads_it(dirty: Path, tmp_path: Path) -> None:
    """The child decodes the file as it is, the reader says whether it needs cleaning:
    when it does, the child's texts are the cleaned ones (`muon` is found), as the
    reader's own search finds them."""
    code = """
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(120), "the child never said it was ready"
remote, scan = handed[0], ScanIndex.build(corpus)
print(json.dumps([file_cleanliness(path), [remote.search(q) == scan.search(q) for q in ("muon", "mu", "optimizer")], len(scan.search("muon").matches)]))
server.close()
"""
    from corpus.compactload import DIRTY

    clean, same, found = json.loads(_run(code, dirty, tmp_path / "cache")[0])
    assert clean == DIRTY and found > 0
    assert same == [True, True, True]


def test_the_child_leaves_the_cleanliness_check_to_the_reader(generated: Path, tmp_path: Path) -> None:
    """The file is checked once, by the reader, for itself and the child: checked in
    the child too (in a second child, forked as it decoded), it took half the child's
    core (~0.4 s of its work at 100k entries, before every text was searchable)."""
    marks = tmp_path / "checked-by"
    before = f"""
import corpus.compactload as compactload
real_check = compactload.text_needs_no_cleaning
def check(*args, **kwargs):
    with open({str(marks)!r}, "a") as marks:
        marks.write(f"{{os.getpid()}}\\n")
    return real_check(*args, **kwargs)
compactload.text_needs_no_cleaning = check
"""
    code = """
server.wait_ready(ids, file_cleanliness(path), hand)
assert ready.wait(60), "the child never said it was ready"
print(os.getpid())
server.close()
"""
    lines = _run(code, generated, tmp_path / "cache", before=before)
    assert set(marks.read_text().split()) == {lines[-1]}
