"""First start of a big corpus file (issue 13): its whole search index is built and cached
by a child process (`corpus.search.build_cache`), off the reader's GIL; the reader reads
the cache it wrote. When the child cannot do it (caching off, it fails, is killed), the
reader builds the index itself and says why in one line, never a traceback. The read
marks and bookmarks are read in the loading thread, not on the UI thread."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest

import corpus.loader
import corpus.search.build_cache as build_cache
import corpus.search.cache
import tui.app
import tui.options
import tui.userdata.bookmarks
import tui.userdata.marks
from corpus.search import SearchIndex
from corpus.search.cache import cached_index, index_cache
from tests.reader_support import ready
from tui.loading import LOADING_SWITCH_INTERVAL

QUERIES = ("Blackwell", "int4", "旗舰", "by:zxytim", "src:article", "Marlin kernels")


def _json_file(small_corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "big.json"
    path.write_text(corpus.loader.dump_corpus(corpus.loader.load_corpus(small_corpus)), encoding="utf-8")
    return path


def _run_child(path: Path, env: dict[str, str] | None = None) -> tuple[int, bytes, bytes]:
    """Run the child as the reader does (its pipe kept open until it ends): its status,
    output and errors."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(build_cache.child_command(path), stdin=subprocess.PIPE, stdout=out, stderr=err, env=env)
        try:
            status = child.wait(60)
        finally:
            child.kill()
            assert child.stdin is not None
            child.stdin.close()
        out.seek(0)
        err.seek(0)
        return status, out.read(), err.read()


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [m.entry_id for m in index.search(query).matches]


def _writes_here(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record the index caches this process writes (a child's writes are not seen)."""
    written: list[Path] = []
    real = corpus.search.cache.write_atomically

    def recording(target: Path, chunks: Any) -> bool:
        written.append(target)
        return real(target, chunks)

    monkeypatch.setattr(corpus.search.cache, "write_atomically", recording)
    return written


def _big_file_reader(path: Path, monkeypatch: pytest.MonkeyPatch) -> tui.app.ReaderApp:
    """The reader on `path` as on a first start of a big file (outline first, child used)."""
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    monkeypatch.setattr(build_cache, "CHILD_MIN_BYTES", 100)
    outline = tui.app.first_screen_outline(path)
    assert outline is not None
    return tui.app.make_app(tui.options.ReaderOptions(corpus_path=path, lang="en"), None, outline)


def _gated_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the reader's indexing child wait, caching nothing, until the returned path
    exists: the reader searches by scanning meanwhile (a first start)."""
    gate = tmp_path / "gate"
    wait = f"import os, sys, time\nwhile not os.path.exists({str(gate)!r}): time.sleep(0.05)\nsys.exit(0)"
    monkeypatch.setattr(build_cache, "child_command", lambda path, detached=False: [sys.executable, "-c", wait])
    return gate


def _notes(app: tui.app.ReaderApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    notes: list[str] = []
    real = app.notify

    def recording(message: str, **kwargs: Any) -> None:
        notes.append(message)
        real(message, **kwargs)

    monkeypatch.setattr(app, "notify", recording)
    return notes


# -- the child itself ---------------------------------------------------------------------


def test_the_child_writes_the_cache_cached_index_reads(small_corpus: Path, tmp_path: Path) -> None:
    path = _json_file(small_corpus, tmp_path)
    found = index_cache(path)
    assert found is not None and not found[0].exists()
    assert _run_child(path) == (build_cache.BUILT, b"", b"")
    assert found[0].exists()  # the same key as cached_index's
    loaded = corpus.loader.load_corpus(path)
    built = SearchIndex.build(loaded)
    read = cached_index(path, loaded)
    for query in QUERIES:
        assert _ids(read, query) == _ids(built, query), query
    assert _ids(read, "Blackwell")  # (an answer's word: the whole index)


def test_the_child_says_in_one_line_why_it_cannot_cache(small_corpus: Path, tmp_path: Path) -> None:
    path = _json_file(small_corpus, tmp_path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    env = {**os.environ, "KIMI_AMA_TUI_CACHE": str(blocked)}
    status, _, errors = _run_child(path, env)
    assert status == build_cache.FAILED
    assert errors.decode().strip().count("\n") == 0
    assert "cannot write the index cache" in errors.decode() and b"Traceback" not in errors
    env["KIMI_AMA_TUI_CACHE"] = "off"
    status, _, errors = _run_child(path, env)
    assert status == build_cache.NOT_CACHED and b"caching is off" in errors


def _slow_child(path: Path, build: str) -> subprocess.Popen[bytes]:
    """The child, its `build_index` replaced by `build` (Python, taking the cache's place)."""
    code = (
        f"import sys, time; sys.path.insert(0, {build_cache._ROOT!r}); import corpus.search.cache as c; "
        f"c.build_index = {build}; from corpus.search.build_cache import run; run()"
    )
    return subprocess.Popen([sys.executable, "-I", "-c", code, str(path)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_child_ends_when_the_reader_tells_it_to_stop(small_corpus: Path, tmp_path: Path) -> None:
    path = _json_file(small_corpus, tmp_path)
    child = _slow_child(path, "lambda *a: time.sleep(600)")  # would build for ever
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(1.0)  # building
        assert child.stdin is not None
        child.stdin.write(build_cache.STOP)
        child.stdin.flush()
        assert child.wait(5) == build_cache.STOPPED
    finally:
        child.kill()
        child.wait()


def test_the_child_finishes_the_cache_when_the_reader_goes_away(small_corpus: Path, tmp_path: Path) -> None:
    """The reader quit, or its terminal went away, while its child built: the pipe's end
    does not stop the child, which finishes the cache (else the next start is a first
    start again)."""
    path = _json_file(small_corpus, tmp_path)
    done = tmp_path / "built"
    child = _slow_child(path, f"lambda *a: (time.sleep(1.5), open({str(done)!r}, 'w').close(), (None, True))[-1]")
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(0.5)  # building
        assert child.stdin is not None
        child.stdin.close()  # the reader is gone
        assert child.wait(10) == build_cache.BUILT
        assert done.exists()
    finally:
        child.kill()
        child.wait()


def test_the_reader_s_child_is_not_hung_up_with_its_terminal(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the reader's tmux pane or SSH connection sends SIGHUP to the terminal's
    session: the child, in a session of its own, is not sent it and finishes the cache."""
    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setattr(build_cache, "CHILD_MIN_BYTES", 100)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    started = build_cache.CacheBuild.start(path)
    assert started is not None
    try:
        assert os.getsid(started.process.pid) == started.process.pid != os.getsid(0)
    finally:
        started.release()
        started.process.wait(30)
    found = index_cache(path)
    assert found is not None and found[0].exists()  # released, it finished the cache


def _child_says(path: Path, says: str, own_session: bool = False) -> str:
    """What the indexing child for `path` writes to stderr when it would build the index,
    its build replaced by printing `says` (a Python expression) there."""
    code = (
        f"import os, sys; sys.path.insert(0, {build_cache._ROOT!r}); import corpus.search.cache as c; "
        f"c.build_index = lambda *a: print({says}, file=sys.stderr); "
        "from corpus.search.build_cache import run; run()"
    )
    child = subprocess.Popen(
        [sys.executable, "-I", "-c", code, str(path)], stdin=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=own_session,
    )
    try:
        child.wait(30)
        assert child.stderr is not None
        return child.stderr.read().decode()
    finally:
        child.kill()
        child.wait()


def test_the_child_runs_at_a_lower_priority(small_corpus: Path, tmp_path: Path) -> None:
    said = _child_says(_json_file(small_corpus, tmp_path), "'nice', os.nice(0)")
    assert f"nice {os.nice(0) + build_cache.CHILD_NICE}" in said or "nice 19" in said, said


def _autogroup_nice(group: str) -> int | None:
    """The nice value in a `/proc/<pid>/autogroup` text ("/autogroup-<id> nice <n>"), or
    None when the text is empty: a process in the root group (one that no session leader
    made since boot, such as a CI runner's) reads nothing there."""
    words = group.split()
    return int(words[2]) if len(words) == 3 and words[1] == "nice" else None


def test_an_autogroup_s_nice_is_read_or_none() -> None:
    assert _autogroup_nice("/autogroup-2177 nice 0\n") == 0
    assert _autogroup_nice("/autogroup-9 nice 19\n") == 19
    assert _autogroup_nice("") is None


@pytest.mark.skipif(not Path("/proc/self/autogroup").exists(), reason="no autogroups here (Linux's, turned on)")
@pytest.mark.parametrize("own_session", [True, False])
def test_the_child_s_session_runs_at_a_lower_priority(small_corpus: Path, tmp_path: Path, own_session: bool) -> None:
    """Linux shares the CPU between sessions (autogroups) before nice values count: the
    child, alone in its session, lowers its session's priority too. Run in another's
    session (by hand, in a shell), it leaves that session's alone."""
    outer = Path("/proc/self/autogroup").read_text(encoding="ascii")
    said = _child_says(_json_file(small_corpus, tmp_path), "'group', repr(open('/proc/self/autogroup').read())", own_session)
    group = ast.literal_eval(said.split("group ", 1)[1].splitlines()[0])
    if own_session:
        if _autogroup_nice(group) is None:
            pytest.skip(f"the child's own session got no autogroup: {group!r}")
        assert _autogroup_nice(group) == min(19, build_cache.CHILD_NICE), said
    else:
        assert group == outer, said
    assert Path("/proc/self/autogroup").read_text(encoding="ascii") == outer


def test_no_child_for_a_small_file_or_with_caching_off(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    assert build_cache.CacheBuild.start(path) is None  # under CHILD_MIN_BYTES: built here
    monkeypatch.setattr(build_cache, "CHILD_MIN_BYTES", 100)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    assert build_cache.CacheBuild.start(path) is None
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", str(tmp_path / "cache"))
    started = build_cache.CacheBuild.start(path)
    assert started is not None
    assert started.wait() is None


# -- the reader ---------------------------------------------------------------------------


async def test_a_first_start_reads_the_index_a_child_built_and_cached(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    written = _writes_here(monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    notes = _notes(app, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert app.index is not None and not app.index_partial
        assert _ids(app.index, "Blackwell") == ["why-int4"]  # an answer: the whole index
    found = index_cache(path)
    assert found is not None and found[0].exists()
    assert written == []  # the child wrote it; nothing was built and cached here
    assert not [n for n in notes if "indexing process" in n]


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("import sys; print('no luck here', file=sys.stderr); sys.exit(1)", "exited with status 1: no luck here"),
        ("import os, signal; os.kill(os.getpid(), signal.SIGKILL)", "was killed (signal 9)"),
        ("import sys; sys.exit(0)", None),  # says it built the cache, wrote nothing
    ],
    ids=["exits-1", "killed", "no-cache"],
)
async def test_when_the_child_fails_the_reader_builds_the_index_itself(
    command: str, said: str | None, small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setattr(build_cache, "child_command", lambda path: [sys.executable, "-c", command])
    written = _writes_here(monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    notes = _notes(app, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert app.index is not None and not app.index_partial and app.return_code is None
        assert _ids(app.index, "Blackwell") == ["why-int4"]
    found = index_cache(path)
    assert found is not None and written == [found[0]]  # built and cached here instead
    if said is not None:
        assert [n for n in notes if "indexing process" in n] == [
            f"the indexing process {said}; the reader indexes the corpus itself (slower to type meanwhile)"
        ]


def _popens(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record the processes started from here on (each Popen's arguments)."""
    started: list[object] = []
    real_popen = subprocess.Popen

    def recording(*args: Any, **kwargs: Any) -> Any:
        started.append(args)
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", recording)
    return started


async def test_with_caching_off_no_child_is_started(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setenv("KIMI_AMA_TUI_CACHE", "off")
    started = _popens(monkeypatch)
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert app.index is not None and _ids(app.index, "Blackwell") == ["why-int4"]
    assert started == []


async def test_the_built_in_corpus_and_a_small_file_start_no_child(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _popens(monkeypatch)
    path = _json_file(small_corpus, tmp_path)
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)  # outline first, but under CHILD_MIN_BYTES
    for options in (tui.options.ReaderOptions(lang="en"), tui.options.ReaderOptions(corpus_path=path, lang="en")):
        outline = tui.app.first_screen_outline(path) if options.corpus_path else None
        app = tui.app.make_app(options, None, outline)
        async with app.run_test(size=(120, 30)) as pilot:
            await ready(pilot)
    assert started == []
    found = index_cache(path)
    assert found is not None and found[0].exists()  # (the small file: indexed and cached here)


async def test_the_loading_thread_takes_short_turns_at_the_gil(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.compactload

    seen: list[float] = []
    real_load = corpus.compactload.load_compact

    def recording(path: Path, *rest: Any, **options: Any) -> Any:
        seen.append(sys.getswitchinterval())
        return real_load(path, *rest, **options)

    monkeypatch.setattr(corpus.compactload, "load_compact", recording)
    before = sys.getswitchinterval()
    app = tui.app.make_app(tui.options.ReaderOptions(lang="en"))
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
    assert seen == [LOADING_SWITCH_INTERVAL] and LOADING_SWITCH_INTERVAL < before
    assert sys.getswitchinterval() == before


async def test_read_marks_and_bookmarks_are_read_off_the_ui_thread(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _json_file(small_corpus, tmp_path)
    readers: list[tuple[str, bool]] = []
    for kind, cls in (("marks", tui.userdata.marks.ReadMarks), ("bookmarks", tui.userdata.bookmarks.Bookmarks)):
        real = cls.load.__func__  # type: ignore[attr-defined]

        def recording(klass: Any, *args: Any, _real: Any = real, _kind: str = kind, **kwargs: Any) -> Any:
            readers.append((_kind, threading.current_thread() is threading.main_thread()))
            return _real(klass, *args, **kwargs)

        monkeypatch.setattr(cls, "load", classmethod(recording))
    app = _big_file_reader(path, monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        screen = app.reader_screen
        assert screen is not None and screen.marks is not None and screen.bookmarks is not None
    assert sorted(readers) == [("bookmarks", False), ("marks", False)]


def test_the_child_waits_for_a_build_already_at_it_and_does_not_build_again(small_corpus: Path, tmp_path: Path) -> None:
    """A `search` just left a detached child building the file's index (it holds the
    lock beside the cache) and the reader starts: the reader's child waits for that one
    and, the cache written, ends at once (two builds at once took both cores); while it
    holds the lock itself, a `search` starts no detached build."""
    import fcntl

    path = _json_file(small_corpus, tmp_path)
    found = index_cache(path)
    assert found is not None
    lock = os.open(build_cache.lock_path(found[0]), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build already at it
        child = subprocess.Popen(build_cache.child_command(path), stdin=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            with pytest.raises(subprocess.TimeoutExpired):
                child.wait(2.0)  # waiting for the other build
            assert not found[0].exists()
            cached_index(path)  # the other build writes the cache...
            written = found[0].stat()
            fcntl.flock(lock, fcntl.LOCK_UN)  # ...and ends
            assert child.wait(30) == build_cache.BUILT
            assert child.stderr is not None and child.stderr.read() == b""
            after = found[0].stat()
            assert (after.st_ino, after.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)  # not built again
        finally:
            child.kill()
            child.wait()
        found[0].unlink()
        # the reader's child, building for a while (its build held up)
        code = (
            f"import sys, time; sys.path.insert(0, {build_cache._ROOT!r}); import corpus.search.cache as c; "
            "c.build_index = lambda *a: time.sleep(600); from corpus.search.build_cache import run; run()"
        )
        child = subprocess.Popen([sys.executable, "-I", "-c", code, str(path)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            for _ in range(200):  # until it holds the lock
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    break
                fcntl.flock(lock, fcntl.LOCK_UN)
                threading.Event().wait(0.05)
            else:
                pytest.fail("the reader's child never took the lock")
            assert not build_cache.build_in_background(path)  # no second build
            assert not found[0].exists()
        finally:
            child.kill()
            child.wait()
    finally:
        os.close(lock)
