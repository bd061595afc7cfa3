"""Issue 10, item 11: no home directory (HOME unset, no passwd entry) means no cache, not a
traceback, for every command and for the reader."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reader_support import reader, ready

NO_PASSWD_ENTRY = (
    "import pwd\n"
    "def _missing(uid):\n"
    "    raise KeyError(f'getpwuid(): uid not found: {uid}')\n"
    "pwd.getpwuid = _missing\n"
)
HOMELESS = ("HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "KIMI_AMA_TUI_CACHE")


def _homeless_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in HOMELESS}


@pytest.mark.parametrize(
    "argv",
    [["check"], ["export"], ["search", "int4"], ["search", "int4"], ["cite", "k3-when"], ["--lang", "en", "search", "kda"]],
    ids=["check", "export", "search", "search-again", "cite", "search-lang"],
)
def test_commands_run_without_a_home(argv: list[str], small_corpus: Path) -> None:
    code = NO_PASSWD_ENTRY + f"import os.path\nassert os.path.expanduser('~') == '~'\nfrom tui.cli import main\nraise SystemExit(main({argv!r}))"
    for corpus in ([], ["--corpus", str(small_corpus)]):
        if corpus and argv[0] == "cite":
            argv = ["cite", "k3"]
            code = code.replace("'k3-when'", "'k3'")
        result = subprocess.run(
            [sys.executable, "-c", code.replace(f"main({argv!r})", f"main({[*corpus, *argv]!r})")],
            capture_output=True, text=True, timeout=60, env=_homeless_env(),
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Traceback" not in result.stderr and result.stdout


async def test_reader_runs_without_a_home(small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in HOMELESS:
        monkeypatch.delenv(key, raising=False)

    def missing(uid: int) -> pwd.struct_passwd:
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(pwd, "getpwuid", missing)
    with pytest.raises(RuntimeError):
        Path.home()  # the situation: no home at all
    from corpus.outline import Outline

    assert Outline.read_validated(small_corpus) is None
    app = reader(corpus_path=small_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j", "slash", *"int4")
        await pilot.pause(0.3)
        assert app.is_running and app.index is not None
    app.outline.remember_validated(small_corpus)  # no cache to remember it in: nothing
