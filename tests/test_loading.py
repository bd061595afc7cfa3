"""Loading at scale (issue 13): the corpus loads with Python's cyclic collector off, the
UI thread never walks what was loaded (a full collection froze the screen for seconds
at 100k), and the collector is back on once the corpus is handed over; a command's
process exits at once after flushing its output."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import corpus.compactload
import corpus.loader
import tui.loading
from tests.reader_support import hold_corpus_load, index_first, reader, ready

REPO = Path(__file__).resolve().parent.parent


async def test_the_ui_thread_never_walks_what_was_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A collection on the UI thread walks the objects not frozen, and they are few: what
    was loaded is frozen (a full collection of it froze the screen ~2 s at 100k)."""
    walked: list[int] = []
    real_collect = gc.collect

    def recording(*args: Any) -> int:
        if threading.current_thread() is threading.main_thread():
            # no other thread runs while the list is alive: it would hold a second
            # reference to a tuple the loading thread is building (SystemError there)
            interval = sys.getswitchinterval()
            sys.setswitchinterval(60)
            try:
                walked.append(len(gc.get_objects()))
            finally:
                sys.setswitchinterval(interval)
        return real_collect(*args)

    monkeypatch.setattr(gc, "collect", recording)
    gc.disable()  # as the console script runs the reader
    try:
        app = reader()
        async with app.run_test(size=(100, 30)) as pilot:
            await ready(pilot)
            await pilot.pause(2 * tui.loading.SWEEP_INTERVAL)
    finally:
        gc.enable()
    assert walked and max(walked) <= tui.loading.SWEEP_MOST + tui.loading.SWEEP_KEEP


async def test_the_corpus_loads_with_the_collector_off_and_it_is_on_again_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    real_load = corpus.compactload.load_compact

    def recording(path: Path, *rest: Any, **options: Any) -> Any:
        seen.append(gc.isenabled())
        return real_load(path, *rest, **options)

    monkeypatch.setattr(corpus.compactload, "load_compact", recording)
    assert gc.isenabled()
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert seen == [False]
        assert gc.isenabled()
    assert gc.isenabled()


def _script(*args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    """The installed console script's code path (`tui.cli.entry`) in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    code = "import sys; from tui.cli import entry; sys.argv[0] = 'kimi-ama-tui'; entry()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=60
    )


def test_a_command_flushes_everything_before_its_quick_exit(small_corpus: Path) -> None:
    done = _script("--corpus", str(small_corpus), "search", "int4")
    assert done.returncode == 0
    assert done.stdout.decode().split()[1] == "why-int4"
    many = _script("export")
    assert many.returncode == 0 and many.stdout.decode().rstrip().endswith("}")
    missing = _script("--corpus", str(small_corpus), "search", "nothing-like-this")
    assert (missing.returncode, missing.stdout) == (1, b"")



# ---------------------------------------------------------------- a corpus file's outline first


async def _run_until_loaded(app: Any) -> Any:
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
    return app


async def test_a_corpus_file_validated_once_starts_from_its_outline_and_loads_behind_it(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.outline import Outline
    from tui.app import make_app
    from tui.options import ReaderOptions

    options = ReaderOptions(corpus_path=small_corpus, lang="en")
    assert Outline.read_validated(small_corpus) is None  # never validated: no outline yet
    await _run_until_loaded(reader(corpus_path=small_corpus))
    outline = Outline.read_validated(small_corpus)
    assert outline is not None and outline == Outline.from_corpus(corpus.loader.load_corpus(small_corpus))

    threads: list[bool] = []
    real_load = corpus.compactload.load_compact

    def recording(path: Path, *rest: Any, **options: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_load(path, *rest, **options)

    monkeypatch.setattr(corpus.compactload, "load_compact", recording)
    app = make_app(options, outline=outline)
    assert app.corpus is None  # nothing loaded before the first screen
    await _run_until_loaded(app)
    assert threads == [False]  # validated again, in the loading thread
    assert app.corpus is not None and [e.id for e in app.corpus.entries()] == outline.entry_ids()


async def test_an_edited_corpus_file_has_no_validated_outline(small_corpus: Path) -> None:
    from corpus.outline import Outline

    await _run_until_loaded(reader(corpus_path=small_corpus))
    assert Outline.read_validated(small_corpus) is not None
    small_corpus.write_text(small_corpus.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert Outline.read_validated(small_corpus) is None


async def test_a_file_broken_after_its_outline_was_read_ends_the_reader_with_status_1(small_corpus: Path) -> None:
    from corpus.outline import Outline
    from tui.app import make_app
    from tui.options import ReaderOptions

    await _run_until_loaded(reader(corpus_path=small_corpus))
    outline = Outline.read_validated(small_corpus)
    assert outline is not None
    small_corpus.write_text(small_corpus.read_text(encoding="utf-8").replace('speaker = "zxytim"', 'speaker = "nobody"'), encoding="utf-8")
    app = make_app(ReaderOptions(corpus_path=small_corpus, lang="en"), outline=outline)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.return_code is not None:
                break
    assert app.return_code == 1


def _json_copy(small_corpus: Path, tmp_path: Path) -> Path:
    from corpus.loader import dump_corpus

    path = tmp_path / "big.json"
    path.write_text(dump_corpus(corpus.loader.load_corpus(small_corpus)), encoding="utf-8")
    return path


def test_a_big_json_file_shows_its_outline_before_it_is_validated(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app
    from corpus.outline import Outline

    path = _json_copy(small_corpus, tmp_path)
    monkeypatch.setattr(corpus.loader, "load_corpus", lambda *a: pytest.fail("validated before the first screen"))
    assert tui.app.first_screen_outline(path) is None  # small: validated first, as before
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    outline = tui.app.first_screen_outline(path)
    monkeypatch.undo()
    assert outline == Outline.from_corpus(corpus.loader.load_corpus(path))


async def test_a_big_bad_json_file_ends_the_reader_with_its_problems(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app
    from tui.options import ReaderOptions

    path = _json_copy(small_corpus, tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('"speaker": "zxytim"', '"speaker": "nobody"'), encoding="utf-8")
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    outline = tui.app.first_screen_outline(path)
    assert outline is not None and outline.entry_count == 3
    app = tui.app.make_app(ReaderOptions(corpus_path=path, lang="en"), outline=outline)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if app.return_code is not None:
                break
    assert app.return_code == 1
    assert app.corpus is None and (app.index is None or app.index_partial)  # its questions only, never used after


def test_a_search_answered_from_the_index_cache_never_imports_pydantic(small_corpus: Path, tmp_path: Path) -> None:
    """Importing pydantic and the corpus model took ~0.5 s of a 1-2 s warm search."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "KIMI_AMA_TUI_CACHE": str(tmp_path / "cache")}
    code = (
        "import sys; from tui.cli import main; status = main(['--corpus', sys.argv[1], 'search', 'int4']);"
        "print('pydantic' in sys.modules, status)"
    )
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-c", code, str(small_corpus)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    first = run()  # validates the file and writes the index cache
    assert first.stdout.split()[-2:] == ["True", "0"]
    second = run()
    assert "why-int4" in second.stdout
    assert second.stdout.split()[-2:] == ["False", "0"], second.stderr


def test_the_built_in_corpus_starts_without_importing_hashlib_or_pydantic() -> None:
    """Its outline cache is keyed by a zlib checksum (hashlib cost 8-19 ms to import)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    code = (
        "import sys; from tui.app import make_app; from tui.options import ReaderOptions;"
        "make_app(ReaderOptions()); make_app(ReaderOptions());"
        "print(sorted({'hashlib', 'pydantic'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_a_big_json_file_over_the_size_limit_is_not_read_for_its_outline(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app

    path = _json_copy(small_corpus, tmp_path)
    monkeypatch.setattr(tui.app, "OUTLINE_FIRST_BYTES", 100)
    monkeypatch.setenv("KIMI_AMA_TUI_MAX_BYTES", "200")
    read: list[Path] = []
    real = Path.read_bytes

    def recording(self: Path) -> bytes:
        read.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", recording)
    assert tui.app.first_screen_outline(path) is None  # validated (and refused) before any UI
    assert path not in read


async def test_a_cached_index_filters_before_the_corpus_is_validated(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Second start of a corpus file: the outline and the index come from their caches, so
    the filter works while the answers are still being validated (they then follow)."""
    from corpus.outline import Outline
    from corpus.search import cached_index
    from tui.app import first_screen_outline, make_app
    from tui.options import ReaderOptions

    loaded = corpus.loader.load_corpus(small_corpus)
    cached_index(small_corpus, loaded)  # the first start cached the index ...
    Outline.from_corpus(loaded).remember_validated(small_corpus)  # ... and the outline
    outline = first_screen_outline(small_corpus)
    assert outline is not None
    release = hold_corpus_load(monkeypatch)
    app = make_app(ReaderOptions(corpus_path=small_corpus, lang="en"), None, outline)
    async with app.run_test(size=(100, 30)) as pilot:
        await index_first(pilot)
        await pilot.press("slash", *"int4")
        await pilot.pause(0.3)
        screen = app.reader_screen
        assert screen is not None and screen.result is not None and screen.result.matches
        assert screen.shown_entry == screen.result.matches[0].entry_id
        assert "Loading the answers" in screen.pane.text.plain
        release.set()
        await ready(pilot)
        await pilot.pause(0.3)
        assert "Loading the answers" not in screen.pane.text.plain


@pytest.mark.parametrize("lookup", ["_topic_of", "_entry_of"])
async def test_the_outline_lookups_by_id_are_made_in_the_loading_thread(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch, lookup: str
) -> None:
    """Made when first asked, each took 55 ms of the UI thread at 100k entries (the
    entries' one 250 ms on a busy machine, as a filter's result was applied). Where each
    is first made is recorded: asked first (its cached property), or made ahead
    (`make_lookups`, which fills both)."""
    from functools import cached_property

    from corpus.outline import Outline

    on_ui_thread: list[bool] = []
    real = getattr(Outline, lookup).func
    real_ahead = Outline.make_lookups

    def recording(self: Outline) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(self)

    def ahead(self: Outline) -> None:
        if lookup not in self.__dict__:
            on_ui_thread.append(threading.current_thread() is threading.main_thread())
        real_ahead(self)

    made = cached_property(recording)
    made.__set_name__(Outline, lookup)
    monkeypatch.setattr(Outline, lookup, made)
    monkeypatch.setattr(Outline, "make_lookups", ahead)
    await _run_until_loaded(reader())
    assert on_ui_thread and on_ui_thread[0] is False


_PANE_WHILE_LOADING = """
import asyncio, sys, threading
from pathlib import Path

first_import = {}


class Spy:
    def find_spec(self, name, path=None, target=None):
        if name in ("pydantic", "tui.entry_view"):
            first_import.setdefault(name, threading.current_thread().name)
        return None


sys.meta_path.insert(0, Spy())
import tui.app, tui.loading
from tui.options import ReaderOptions

tui.app.OUTLINE_FIRST_BYTES = 100  # drawn from its outline, as a big file is
gate = threading.Event()
decode = tui.loading.decode_corpus


def held(app, path, *rest):
    gate.wait(30)
    return decode(app, path, *rest)


tui.loading.decode_corpus = held
path = Path(sys.argv[1])
app = tui.app.make_app(ReaderOptions(corpus_path=path, lang="en"), outline=tui.app.first_screen_outline(path))


async def main():
    async with app.run_test(size=(100, 30)) as pilot:
        while app.index is None:
            await pilot.pause(0.02)
        await pilot.press("slash", *"int4")
        await pilot.pause(0.5)  # the pane follows the best match: its question, answers loading
        print("pane:", "Loading the answers" in str(app.reader_screen.pane.text))
        gate.set()


asyncio.run(main())
print("first imported on:", first_import.get("tui.entry_view"), first_import.get("pydantic"))
"""


def test_the_pane_draws_a_question_while_the_answers_load_without_importing_pydantic(
    small_corpus: Path, tmp_path: Path
) -> None:
    """On a second start the filter works from the cached index before the corpus is in,
    and the pane shows the best match's question from the outline. Reading the pane's
    styles imported the entry view and with it pydantic, ~0.4 s on the UI thread: the
    first key typed after the first screen waited for it (345-565 ms echoes in tmux)."""
    path = _json_copy(small_corpus, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO), "KIMI_AMA_TUI_CACHE": str(tmp_path / "cache")}
    script = tmp_path / "pane.py"
    script.write_text(_PANE_WHILE_LOADING, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "tui.cli", "--corpus", str(path), "search", "int4"], cwd=REPO, env=env, capture_output=True, timeout=60)  # the index cache
    done = subprocess.run([sys.executable, str(script), str(path)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert "pane: True" in done.stdout, done.stdout + done.stderr
    importers = done.stdout.rsplit("first imported on:", 1)[1].split()
    assert "MainThread" not in importers, importers
