"""The corpus fuzzer (tests/fuzz_corpus.py), a bounded run: no traceback, no hang, bounded
memory, no control/bidi/zero-width character in any command's output.

CI runs FUZZ_CASES cases (default 200, about 25 s) with a fixed seed, in a subprocess
limited to 1.5 GB of address space and 10 s per case. Run thousands locally:
`FUZZ_CASES=5000 FUZZ_SEED=7 python -m pytest tests/test_fuzz_corpus.py`, or
`python -m tests.fuzz_corpus --cases 5000 --seed 7 --max-memory 1500M`.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys

from tests.fuzz_corpus import mutate, seeds, unsafe_characters

CASES = int(os.environ.get("FUZZ_CASES", "200"))
SEED = int(os.environ.get("FUZZ_SEED", "20261130"))


def test_fuzzer_finds_nothing_in_a_bounded_run() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz_corpus", "--cases", str(CASES), "--seed", str(SEED),
         "--max-memory", "1500M", "--seconds", "10"],
        capture_output=True, text=True, timeout=60 + CASES,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    assert f"{CASES} cases" in result.stdout and "; 0 failed" in result.stdout, result.stdout[-2000:]


def test_the_output_check_sees_every_unsafe_character() -> None:
    for character in ("\x1b", "\x07", "\x9b", "\x00", "\r", "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\ud800"):
        assert unsafe_characters(f"a{character}b"), repr(character)
    assert not unsafe_characters("中文 text, [b] 😀\t")


def test_mutations_are_reproducible_from_the_seed() -> None:
    starts = seeds()
    first = [mutate(random.Random(f"1:{n}"), starts[n % 3][1]) for n in range(20)]
    again = [mutate(random.Random(f"1:{n}"), starts[n % 3][1]) for n in range(20)]
    assert first == again and len(set(first)) > 15
