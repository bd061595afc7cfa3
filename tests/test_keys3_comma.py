"""A `[keys]` value with an empty key between commas (`","`, `"x,"`) says that a comma
separates keys and the comma key is written `comma`: it was told to give keys as a string,
though it gave one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_keys3_key_names import loaded


@pytest.mark.parametrize("value", [",", "x,", ",,"])
def test_a_lone_comma_says_the_comma_key_is_written_comma(tmp_path: Path, value: str) -> None:
    """`"reader.bookmark" = ","` was told to give keys as a string, though it gave one."""
    (problem,) = loaded(tmp_path, value).problems
    assert f"reader.bookmark = {value!r}: a comma separates keys; the comma key is written comma" in problem, problem
    assert "give keys as a string" not in problem
    assert loaded(tmp_path, "comma").keys == {"reader.bookmark": "comma"}
