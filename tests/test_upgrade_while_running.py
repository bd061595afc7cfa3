"""The package upgraded (or reinstalled) while a reader runs: the reader must not crash.

The reader imports some modules only when a key first needs them (help, the palette, the
citation dialog, the links picker, the bookmarks list, the note editor). `pip install`
over a running reader replaces or removes those files: a later key then crashed the reader
with a traceback (ModuleNotFoundError: tui.screens.help). Once loaded, the reader now
imports everything it may import later (`tui.preload`).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tui
from tests.reader_support import reader, ready
from tests.terminal import Terminal
from tests.test_copy_pilot import Notes

ROOT = Path(tui.__file__).resolve().parent.parent
"""The folder holding the `tui` and `corpus` packages under test."""

NEVER_IN_THE_READER = ("tui/commands/", "tui/completion_scripts.py")
"""Files only the command line's subcommands use."""


def _reader_files() -> dict[str, Path]:
    """Every module of `tui` and `corpus` the running reader may import, by name."""
    files = {}
    for path in sorted([*(ROOT / "tui").rglob("*.py"), *(ROOT / "corpus").rglob("*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if not relative.startswith(NEVER_IN_THE_READER):
            parts = path.relative_to(ROOT).with_suffix("").parts
            files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return files


def _imported_inside_functions(module: str, path: Path) -> set[str]:
    """The modules a module imports inside its functions (lazily: when first called)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                found.add(base)
                for alias in node.names:  # `from package import module`
                    try:
                        if importlib.util.find_spec(f"{base}.{alias.name}") is not None:
                            found.add(f"{base}.{alias.name}")
                    except ImportError:  # `base` is a module, not a package: a name in it
                        pass
    return found


LOADED_MODULES = """
import asyncio, json, sys
from tests.reader_support import reader, ready

async def main():
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        for _ in range(500):  # loading done, and whatever follows it
            if not any(worker.is_running for worker in app.workers):
                break
            await asyncio.sleep(0.02)
        print(json.dumps(sorted(sys.modules)))

asyncio.run(main())
"""


def test_once_loaded_every_module_a_later_key_imports_is_imported() -> None:
    """After loading, the reader has imported every module of its packages and every module
    its code imports inside functions (lazily), so no key reads code from disk later."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED_MODULES], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    files = _reader_files()
    lazy = {name for module, path in files.items() for name in _imported_inside_functions(module, path)}
    assert "tui.screens.help" in lazy and "tui.palette" in lazy  # the scan finds what it should
    missing = sorted((set(files) | lazy) - loaded)
    assert not missing, f"not imported once loaded: {missing}"


async def test_a_module_that_cannot_be_preloaded_does_not_end_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module gone, or failing as it is imported, is skipped; the reader says to restart
    it and goes on."""
    import tui.preload

    (tmp_path / "kimi_ama_tui_test_broken.py").write_text("raise RuntimeError('new version')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    gone, broken = "kimi_ama_tui_test_gone", "kimi_ama_tui_test_broken"
    monkeypatch.setattr(tui.preload, "ALSO_IMPORTED_LATER", (*tui.preload.ALSO_IMPORTED_LATER, gone, broken))
    app = reader()
    notes = Notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        for _ in range(500):
            if notes.calls:
                break
            await pilot.pause(0.02)
        assert "was upgraded while running: restart it" in notes.last["message"]
        assert gone in notes.last["message"] and broken in notes.last["message"]
        assert notes.last["markup"] is False
        await pilot.press("question_mark")  # the reader still answers
        from tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "q")
    assert app.return_code == 0


# (tmux key, what its feature shows) pressed with the package's files gone
FEATURES = [
    ("?", r"Keys +\(esc closes"),
    ("Y", r"Cite why-int4-not-fp4 as"),
    ("o", r"Links of why-int4-not-fp4"),
    ("m", r"why-int4-not-fp4: bookmarked"),
    ("B", r"Bookmarks \(1\)"),
    ("M", r"Note on why-int4-not-fp4"),
    ("C-p", r"Search for commands"),
    ("y", r"Citation · plain text"),
]


def _copy_package(site: Path) -> None:
    for name in ("tui", "corpus", "styles"):
        shutil.copytree(ROOT / name, site / name, ignore=shutil.ignore_patterns("__pycache__"))


def _compiled(site: Path) -> bool:
    """Whether every reader module of the copy has been imported (its bytecode written)."""
    tag = sys.implementation.cache_tag
    for path in [*(site / "tui").rglob("*.py"), *(site / "corpus").rglob("*.py")]:
        if path.relative_to(site).as_posix().startswith(NEVER_IN_THE_READER):
            continue
        if not (path.parent / "__pycache__" / f"{path.stem}.{tag}.pyc").exists():
            return False
    return True


@pytest.mark.slow
def test_files_removed_under_a_running_reader_do_not_crash_it(tmp_path: Path) -> None:
    """The real reader, run from a copy of the package, in tmux; once loaded the copy is
    deleted (an upgrade removing the files); every lazily imported feature still opens, no
    traceback, and q quits with status 0."""
    site = tmp_path / "site"
    _copy_package(site)
    command = [sys.executable, "-c", "from tui.cli import entry; entry()", "--lang", "en", "--entry", "why-int4-not-fp4"]
    with Terminal(100, 30) as term:
        term.start(command, env={"PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": ""}, cwd=tmp_path)
        term.wait_for(r"38 entries")
        term.wait_for(r"We chose int4")  # the answers: loaded
        deadline = time.monotonic() + 5
        while not _compiled(site) and time.monotonic() < deadline:  # (the old code never is)
            time.sleep(0.05)
        time.sleep(0.3)
        assert (site / "tui" / "__pycache__").is_dir(), "the reader did not run from the copy"
        for name in ("tui", "corpus", "styles"):
            shutil.rmtree(site / name)
        for key, shown in FEATURES:
            term.keys(key)
            screen = term.wait_for(shown, timeout=5)
            assert "Traceback" not in screen and "ModuleNotFoundError" not in screen, screen
            if key not in ("m", "y"):  # a dialog: closed again
                term.keys("Escape")
                term.wait_for(r"y Copy citation +q Quit")
        term.keys("]")  # still reading: the next entry
        screen = term.wait_for(r"› choosing-architecture-data-hyperparams")
        assert "Traceback" not in screen
        term.keys("q")
        assert term.wait_exit() == 0
