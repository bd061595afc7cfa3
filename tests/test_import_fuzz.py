"""Mutated Reddit files (keys dropped, values of the wrong type or hostile): the importer
either imports them or says why in one line (ImportProblem), never another exception."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corpus.importer import ImportProblem, import_files

FIXTURES = Path(__file__).parent / "fixtures" / "reddit"
VALUES: list[Any] = [
    None, True, False, 0, -1, 3.5, 10**30, "", "x", "[deleted]", [], {}, [1], {"kind": "t1"},
    "t1_", "t3_zz", "\x1b[2J", "\u202e", "../../x", {"kind": "Listing", "data": 5},
]


def _dicts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dicts(value)


def _mutated(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    tables = [d for d in _dicts(data) if d]
    for _ in range(rng.randint(1, 4)):
        table = rng.choice(tables)
        if not table:
            continue
        key = rng.choice(list(table))
        if rng.random() < 0.3:
            del table[key]
        else:
            table[key] = rng.choice(VALUES)
    return data


@pytest.mark.parametrize("kind", ["thread", "dump"])
def test_mutated_files_import_or_fail_in_one_line(tmp_path: Path, kind: str) -> None:
    thread = json.loads((FIXTURES / "thread.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (FIXTURES / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "mutated.json"
    outcomes = {"imported": 0, "refused": 0}
    for seed in range(200):
        rng = random.Random(seed)
        if kind == "thread":
            path.write_text(json.dumps(_mutated(thread, rng)), encoding="utf-8")
        else:
            text = "".join(json.dumps(_mutated(x, rng) if rng.random() < 0.3 else x) + "\n" for x in lines)
            path.write_text(text, encoding="utf-8")
        try:
            import_files([path], thread="1abcde" if kind == "dump" else None)
            outcomes["imported"] += 1
        except ImportProblem as problem:
            assert "\n" not in str(problem), seed
            outcomes["refused"] += 1
    assert outcomes["imported"] and outcomes["refused"]  # both paths were exercised
