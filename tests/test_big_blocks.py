"""The reader's loading keeps big blocks apart (`tui.loading.give_big_blocks_back`), so
what it frees once loaded goes back to the system (the resident size at 100k entries was
725 MB in about half the first starts, 580 MB in the others)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

_FREE_AFTER_A_RAISE = """
import sys
from tui.loading import give_big_blocks_back
if sys.argv[1] == "kept apart":
    give_big_blocks_back()
def resident():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 // 1_000_000
raised = b"y" * (4 << 20)  # freeing a 4 MiB block raises glibc's own threshold
del raised
blocks = [b"x" * (512 * 1024) for _ in range(400)]  # 200 MiB in 512 KiB blocks
kept = b"z" * 100
before = resident()
del blocks
print(before, resident())
"""


def _resident(mode: str) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", _FREE_AFTER_A_RAISE, mode], cwd=REPO, capture_output=True, text=True, check=True
    )
    before, after = map(int, done.stdout.split())
    return before, after


@pytest.mark.skipif(not Path("/proc/self/statm").exists() or sys.platform != "linux", reason="glibc on Linux")
def test_freed_big_blocks_go_back_to_the_system() -> None:
    """With the threshold left to glibc, 200 MB of 512 KiB blocks freed after a 4 MiB one
    stay resident (the control: the test can tell); kept apart, they are given back."""
    before, after = _resident("glibc's own")
    if after < before - 150:
        pytest.skip("this C library gives such blocks back anyway")
    before, after = _resident("kept apart")
    assert before > 200 and after < before - 150, (before, after)


async def test_a_corpus_file_is_loaded_with_big_blocks_kept_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader keeps them apart as it loads a corpus file (not the built-in corpus)."""
    import tui.loading as loading
    from tests.reader_support import reader, ready

    called: list[bool] = []
    monkeypatch.setattr(loading, "give_big_blocks_back", lambda: called.append(True))
    async with reader().run_test() as pilot:
        await ready(pilot)
    assert not called
    async with reader(corpus_path=REPO / "corpus" / "data" / "kimi-ama.toml").run_test() as pilot:
        await ready(pilot)
    assert called
