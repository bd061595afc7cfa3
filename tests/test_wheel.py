"""The built wheel, installed into a fresh virtual environment, carries and runs everything.

Slow: builds the wheel and installs it with its dependencies from the package index.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent


def run(*args: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a command outside the source tree, with none of this process's Python paths."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    built = run(sys.executable, "-m", "pip", "wheel", REPO, "--no-deps", "-q", "-w", out, cwd=out)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list(out.glob("kimi_ama_tui-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (and its dependencies) installed."""
    root = tmp_path_factory.mktemp("venv")
    made = run(sys.executable, "-m", "venv", root / "env", cwd=root)
    assert made.returncode == 0, made.stderr
    python = root / "env" / "bin" / "python"
    installed = run(
        python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=root
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return root / "env"


def test_wheel_carries_corpus_data_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "corpus/data/kimi-ama.toml" in names
    styles = [n for n in names if n.startswith("tui/styles/") and n.endswith(".tcss")]
    assert "tui/styles/reader.tcss" in styles
    assert {"tui/cli.py", "corpus/loader.py", "corpus/model.py"} <= set(names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "kimi-ama-tui = tui.cli:entry" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_version(venv: Path) -> None:
    result = run(venv / "bin" / "kimi-ama-tui", "--version", cwd=venv)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "kimi-ama-tui 0.1.0\n"


def installed_data_path(venv: Path) -> Path:
    code = "from corpus.loader import builtin_corpus_path; print(builtin_corpus_path())"
    result = run(venv / "bin" / "python", "-c", code, cwd=venv)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip())


def test_installed_check_of_installed_data(venv: Path) -> None:
    data = installed_data_path(venv)
    assert data.is_file() and venv in data.parents, f"{data} is not inside the venv"
    result = run(venv / "bin" / "kimi-ama-tui", "check", data, cwd=venv)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ") and "Traceback" not in result.stderr


def test_installed_export_is_json(venv: Path) -> None:
    result = run(venv / "bin" / "kimi-ama-tui", "export", cwd=venv)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "kimi-ama-corpus/1" and data["topics"]


def test_installed_command_starts_in_a_terminal(venv: Path) -> None:
    data = json.loads(run(venv / "bin" / "kimi-ama-tui", "export", cwd=venv).stdout)
    titles = [topic["title"]["zh"] for topic in data["topics"]]
    with Terminal(cols=120, rows=40) as term:
        term.start([str(venv / "bin" / "kimi-ama-tui")], cwd=venv, env={"PYTHONPATH": ""})
        screen = term.wait_for("|".join(["Kimi", *map(re.escape, titles)]), timeout=60)
        assert "Traceback" not in screen and "Error" not in screen, screen
        time.sleep(1.0)  # a crash right after the first paint would show by now
        screen = term.screen()
        assert "Traceback" not in screen and "Error" not in screen, screen
