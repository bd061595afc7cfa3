"""Issue 10, items 2 and 12: text from a corpus, an argument or a file name never sends a
control, bidi or zero-width character to the terminal or to standard output/error."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from corpus.loader import load_corpus
from corpus.text import clean_text, visible
from tests.conftest import SMALL_CORPUS
from tui.cli import main

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
C0_C1 = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))


def _unsafe(text: str) -> list[str]:
    """Characters no output may hold: C0/C1 (but newline and tab) and format characters."""
    return [
        c
        for c in text
        if (unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")) and c not in "\n\t"
    ]


def test_clean_text_drops_every_control_and_format_character() -> None:
    every_format = "".join(
        chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
    )
    assert clean_text(every_format + BIDI + ZERO_WIDTH + C0_C1) == ""
    assert clean_text("paypal\u202egnp.exe") == "paypalgnp.exe"
    assert clean_text("a\r\nb\rc\u2028d\u2029e\tf") == "a\nb\nc\nd\ne\tf"
    assert clean_text("中文 English 😀") == "中文 English 😀"


def test_visible_shows_what_is_there_on_one_line() -> None:
    assert visible("a\x1b]0;x\x07\u202eb\u200b\nc") == "a\\x1b]0;x\\x07\\u202eb\\u200b\\x0ac"
    assert not _unsafe(visible(BIDI + ZERO_WIDTH + C0_C1 + "\n\t"))


def test_bidi_and_zero_width_never_reach_the_reader_or_citations(tmp_path: Path) -> None:
    text = SMALL_CORPUS.replace('en = "Zhou Xinyu"', 'en = "Zhou\u202e uynix\u200b"')
    text = text.replace('en = "Why INT4?"', 'en = "Why \u2066INT4\u2069?\u200d"')
    path = tmp_path / "bidi.toml"
    path.write_text(text, encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus.speaker("zxytim").name.get("en") == "Zhou uynix"
    assert corpus.entry("why-int4").question.get("en") == "Why INT4?"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as leave:
        status = int(leave.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_check_messages_escape_bidi_and_controls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "kimi-ama-corpus/1"\ntitle = "evil\u202e\x1b]0;X\x07 [', encoding="utf-8")
    status, out, err = _run(capsys, "check", str(bad))
    assert status == 1 and "\\u202e" in err and "\\x1b" in err
    assert not _unsafe(out + err.replace("\n", ""))


def test_file_names_and_arguments_are_shown_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = tmp_path / "big\x1b]0;PWNED\x07\u202e.toml"
    name.write_text("#" * 5_100_000 + "\ntitle = [\n", encoding="utf-8")  # over the 5 MB note
    status, out, err = _run(capsys, "--corpus", str(name))
    assert status == 1 and "reading" in err and "\\x1b]0;PWNED\\x07\\u202e" in err
    assert not _unsafe(out + err.replace("\n", ""))
    status, out, err = _run(capsys, "check", str(tmp_path / "no\u202etxt.toml"))
    assert status == 1 and "no\\u202etxt" in err
    status, out, err = _run(capsys, "--bogus\x1b]0;PWNED\x07\u202e")
    assert status == 2 and "bogus" in err and not _unsafe(err.replace("\n", ""))
    status, out, err = _run(capsys, "search", "lang:\x1b]0;PWNED\x07\u202e")
    assert status == 2 and not _unsafe(err.replace("\n", ""))
    status, out, err = _run(capsys, "cite", "k3\u202e\x1b[2J")
    assert status == 1 and not _unsafe(err.replace("\n", ""))


def test_search_output_has_no_unsafe_character(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SMALL_CORPUS.replace('en = "Why INT4?"', 'en = "Why\u202e \\u001b[2J \\u009b INT4?"')
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, "--corpus", str(path), "--lang", "en", "search", "int4", "--json")
    assert status == 0 and json.loads(out)
    assert "Why [2J  INT4?" in out and not _unsafe(out.replace("\n", ""))
    status, out, err = _run(capsys, "--corpus", str(path), "--lang", "en", "cite", "why-int4")
    assert status == 0 and "Why [2J  INT4?" in out and not _unsafe(out.replace("\n", ""))


@pytest.mark.parametrize("command", ["show", "cite"])
@pytest.mark.parametrize(("typed", "quoted"), [("\u202eevil", r"'\u202eevil'"), ("why\x1b]0;T\x07-int4", r"'why\x1b]0;T\x07-int4'")])
def test_an_unknown_id_is_quoted_as_typed(capsys: pytest.CaptureFixture[str], command: str, typed: str, quoted: str) -> None:
    """The id was cleaned before it was quoted: 'no entry with id 'evil'' named an id
    nobody typed (and `show` would have shown an entry other than the one asked for)."""
    code, out, err = _run(capsys, command, typed)
    assert code == 1 and out == ""
    assert f"no entry with id {quoted}" in err and not _unsafe(err)


def test_an_id_with_a_hidden_character_is_not_another_entry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "show", "\u200bk3-when")
    assert code == 1 and out == "" and "did you mean 'k3-when'?" in err
