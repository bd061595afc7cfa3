"""An imported speaker's role and the evidence for it are this project's words: the corpus
holds them in Chinese too, as it does the importer's headings (sweep 11, item 6: every
`identified_by` of an import was English only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import load_corpus
from tests.test_import_post import thread_with_post
from tui.cli import main

THREAD = Path(__file__).parent / "fixtures" / "reddit" / "thread.json"


def _imported(tmp_path: Path, thread: Path, *extra: str) -> Path:
    out = tmp_path / "ama.json"
    assert main(["import", str(thread), *extra, "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("poster", ["lumen_lab", "[deleted]"])
def test_every_speakers_role_and_evidence_are_in_both_languages(tmp_path: Path, poster: str) -> None:
    corpus = load_corpus(_imported(tmp_path, thread_with_post(tmp_path, author=poster)))
    assert corpus.speakers
    for speaker in corpus.speakers:
        for text in (speaker.role, speaker.identified_by):
            assert text is not None and text.zh and text.en, (speaker.id, text)
            assert "importer" not in text.zh and "Reddit names it" not in text.zh


def test_a_host_named_with_host_is_said_so_in_chinese(tmp_path: Path) -> None:
    corpus = load_corpus(_imported(tmp_path, THREAD, "--host", "lumen_lab"))
    (host,) = [s for s in corpus.speakers if s.handle == "lumen_lab"]
    assert host.identified_by is not None
    assert host.identified_by.zh == "导入器：由 --host 指名。"
    assert host.identified_by.en == "The importer: named with --host."
