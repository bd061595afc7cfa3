"""A read-marks file rebuilt after damage keeps the `seen` ids the window knew, those of
entries no longer in the corpus too. Before, it kept the corpus's current entries only: an
entry seen before, gone from the corpus and back (a thread imported again) came back new."""

from __future__ import annotations

import json
from pathlib import Path

from tui.userdata.marks import FORMAT, ReadMarks


def test_the_seen_ids_of_entries_gone_from_the_corpus_stay_in_a_rebuilt_file(tmp_path: Path) -> None:
    path = tmp_path / "read" / "corpus.json"
    path.parent.mkdir()
    seen = ["a", "b", "gone"]
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "read": {"a": "2026"}, "seen": seen}), encoding="utf-8")
    marks = ReadMarks.load("corpus", "T", ["a", "b", "new"], root=tmp_path)
    assert marks.new == {"new"}
    path.write_bytes(b"[1, 2")
    marks.set_read(["b"])
    marks.save()
    assert marks.aside is not None
    assert set(json.loads(path.read_text(encoding="utf-8"))["seen"]) == {"a", "b", "gone", "new"}
    back = ReadMarks.load("corpus", "T", ["a", "b", "gone", "later"], root=tmp_path)
    assert back.new == {"later"}  # "gone" back in the corpus is not new: it was seen


def test_a_window_keeps_the_seen_ids_it_knew_when_another_rebuilt_the_file(tmp_path: Path) -> None:
    a = ReadMarks.load("corpus", "T", ["a", "b"], root=tmp_path)  # no file yet: knows no seen id
    path = tmp_path / "read" / "corpus.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"format": FORMAT, "corpus": "T", "read": {}, "seen": ["a", "b", "gone"]}), encoding="utf-8")
    b = ReadMarks.load("corpus", "T", ["a", "b"], root=tmp_path)
    path.write_bytes(b"[1, 2")
    a.set_read(["a"])
    a.save()  # rebuilt from what A knew: no "gone"
    b.set_read(["b"])
    b.save()
    assert set(json.loads(path.read_text(encoding="utf-8"))["seen"]) == {"a", "b", "gone"}
