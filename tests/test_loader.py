"""corpus.loader: every kind of bad corpus file becomes one-line problems with a location."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import (
    CorpusError,
    Problem,
    builtin_corpus_path,
    dump_corpus,
    load_corpus,
    warnings,
)

REPO = Path(__file__).resolve().parent.parent


def edit(path: Path, old: str, new: str) -> str:
    """Replace the first `old` in the file with `new`; the new text."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the n-th occurrence of `needle`."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(CorpusError) as info:
        load_corpus(path)
    assert info.value.problems, "a CorpusError always carries problems"
    for problem in info.value.problems:
        assert "\n" not in str(problem), "each problem is one line"
    return info.value.problems


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def to_json(toml_path: Path) -> Path:
    json_path = toml_path.with_suffix(".json")
    json_path.write_text(dump_corpus(load_corpus(toml_path)), encoding="utf-8")
    return json_path


def test_small_corpus_loads(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    assert corpus.entry_count() == 3
    assert [t.id for t in corpus.topics] == ["architecture", "plans"]


def test_builtin_corpus_path_is_the_packaged_toml() -> None:
    path = builtin_corpus_path()
    assert path.name == "kimi-ama.toml" and path.is_file()
    assert load_corpus().entry_count() == load_corpus(path).entry_count() > 0


def test_missing_file(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "nowhere.toml")
    assert problem.line is None
    assert str(problem).startswith(f"{tmp_path / 'nowhere.toml'}: no such file")


def test_directory(tmp_path: Path) -> None:
    problem = only_problem(tmp_path)
    assert "is a directory" in problem.message


def test_not_utf8(small_corpus: Path) -> None:
    text = small_corpus.read_text(encoding="utf-8")
    small_corpus.write_bytes(
        text.replace("还在实验", "\udcff", 1).encode("utf-8", "surrogateescape")
    )
    problem = only_problem(small_corpus)
    assert problem.line == line_of(text, "还在实验")
    assert "not UTF-8" in problem.message and "0xff" in problem.message


def test_toml_syntax_error_has_its_line_and_column(small_corpus: Path) -> None:
    text = edit(small_corpus, 'question_source = "article"', "question_source = article")
    problem = only_problem(small_corpus)
    assert problem.line == line_of(text, "question_source = article")
    assert problem.where == "TOML syntax error"
    assert "column 19" in problem.message and "question_source = article" in problem.message


def test_json_syntax_error_has_its_line_and_column(small_corpus: Path) -> None:
    path = to_json(small_corpus)
    text = edit(path, '"question_source": "article",', '"question_source": "article",,')
    problem = only_problem(path)
    assert problem.line == line_of(text, ",,")
    assert problem.where == "JSON syntax error" and "column" in problem.message


def test_wrong_type_names_entry_and_field(small_corpus: Path) -> None:
    text = edit(
        small_corpus,
        'speaker = "moonshot-team"\nrole = "supplement"\nsource = "digest"',
        'speaker = 5\nrole = "supplement"\nsource = "digest"',
    )
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'kda-next-flagship', answers[1].speaker"
    assert problem.message == "expected a string (in quotes), got an integer (5)"
    assert problem.line == line_of(text, "speaker = 5")


def test_text_of_wrong_type_says_what_a_text_is(small_corpus: Path) -> None:
    edit(small_corpus, 'text = { zh = "会的。", en = "Yes.", original = "zh" }', "text = 3")
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'kda-next-flagship', answers[0].text"
    assert "expected a text" in problem.message


def test_missing_field_points_at_the_item(small_corpus: Path) -> None:
    text = edit(small_corpus, 'question_source = "article"\n', "")
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'k3', question_source"
    assert "required field 'question_source' is missing" in problem.message
    assert problem.line == line_of(text, 'id = "k3"')


def test_unknown_field_suggests_the_right_name(small_corpus: Path) -> None:
    text = edit(small_corpus, 'tags = ["INT4"]', 'tagz = ["INT4"]')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'why-int4', tagz"
    assert "unknown field 'tagz'" in problem.message and "did you mean 'tags'" in problem.message
    assert problem.line == line_of(text, "tagz")


def test_dangling_speaker_reference(small_corpus: Path) -> None:
    text = edit(
        small_corpus,
        'speaker = "moonshot-team"\nrole = "supplement"\nsource = "digest"',
        'speaker = "zxytim2"\nrole = "supplement"\nsource = "digest"',
    )
    problem = only_problem(small_corpus)
    assert str(problem) == (
        f"{small_corpus}:{line_of(text, 'zxytim2')}: "
        "entry 'kda-next-flagship', answers[1].speaker: 'zxytim2' is not a speaker id (speaker ids: zxytim, moonshot-team)"
    )


def test_dangling_source_reference(small_corpus: Path) -> None:
    text = edit(
        small_corpus,
        'source = "article"\ntext = { zh = "在奥特曼',
        'source = "articel"\ntext = { zh = "在奥特曼',
    )
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'k3', answers[0].source"
    assert problem.message.startswith("'articel' is not a source id")
    assert problem.line == line_of(text, '"articel"')


def test_reference_missing_from_entry_sources(small_corpus: Path) -> None:
    text = edit(small_corpus, 'question_source = "article"', 'question_source = "digest"')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'k3', question_source"
    assert "missing from the entry's sources" in problem.message
    assert problem.line == line_of(text, 'question_source = "digest"', occurrence=3)


def test_duplicate_entry_id_points_at_the_second(small_corpus: Path) -> None:
    text = edit(small_corpus, 'id = "k3"', 'id = "why-int4"')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'why-int4'"
    assert "duplicate entry id 'why-int4'" in problem.message
    assert problem.line == line_of(text, 'id = "why-int4"', occurrence=2)


def test_duplicate_speaker_id(small_corpus: Path) -> None:
    copy = (
        '[[speakers]]\nid = "zxytim"\nkind = "person"\nname = "X"\nrole = "Y"\n'
        'identified_by = "Z"\n\n'
    )
    text = edit(
        small_corpus,
        '[[speakers]]\nid = "moonshot-team"',
        copy + '[[speakers]]\nid = "moonshot-team"',
    )
    problem = only_problem(small_corpus)
    assert problem.where == "speaker 'zxytim'" and "duplicate speaker id" in problem.message
    assert problem.line == line_of(text, 'id = "zxytim"', occurrence=2)


def test_reference_problems_are_reported_separately(small_corpus: Path) -> None:
    edit(small_corpus, 'id = "moonshot-team"', 'id = "team"')
    problems = problems_of(small_corpus)
    assert len(problems) == 3  # three answers name the team
    assert all("'moonshot-team' is not a speaker id" in p.message for p in problems)
    assert [p.where for p in problems] == [
        "entry 'why-int4', answers[1].speaker",
        "entry 'kda-next-flagship', answers[1].speaker",
        "entry 'k3', answers[0].speaker",
    ]
    assert all(";" not in p.message for p in problems)


def test_empty_text(small_corpus: Path) -> None:
    text = edit(small_corpus, 'zh = "还在实验。"', 'zh = "  "')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'kda-next-flagship', answers[1].text.zh"
    assert "text is empty" in problem.message
    assert problem.line == line_of(text, 'zh = "  "')


def test_bad_slug(small_corpus: Path) -> None:
    text = edit(small_corpus, 'id = "k3"', 'id = "K 3"')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'K 3', id" and "not a slug" in problem.message
    assert problem.line == line_of(text, 'id = "K 3"')


def test_non_http_url(small_corpus: Path) -> None:
    text = edit(small_corpus, "https://github.com/IST-DASLab/marlin", "javascript:alert(1)")
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'why-int4', links[0].url"
    assert "'javascript:alert(1)' is not an http(s) URL" in problem.message
    assert problem.line == line_of(text, "javascript:")


def test_non_http_source_url(small_corpus: Path) -> None:
    text = edit(small_corpus, "https://example.com/article", "ftp://example.com/article")
    problem = only_problem(small_corpus)
    assert problem.where == "source 'article', url"
    assert problem.line == line_of(text, "ftp://")


def test_control_characters_are_stripped_newline_and_tab_kept(small_corpus: Path) -> None:
    edit(small_corpus, '"还在实验。"', r'"还在\u001b]52;c;eA==\u0007实\u009b2J验\n\t。"')
    corpus = load_corpus(small_corpus)
    text = corpus.entry("kda-next-flagship").answers[1].text.get("zh")
    assert text == "还在]52;c;eA==实2J验\n\t。"
    assert not any(ch in text for ch in "\x1b\x07\x9b")


def test_wrong_format(small_corpus: Path) -> None:
    text = edit(small_corpus, 'format = "kimi-ama-corpus/1"', 'format = "kimi-ama-corpus/2"')
    problem = only_problem(small_corpus)
    assert problem.where == "format" and "'kimi-ama-corpus/2'" in problem.message
    assert problem.line == line_of(text, "format =")


def test_json_validation_problem_has_its_line(small_corpus: Path) -> None:
    path = to_json(small_corpus)
    text = edit(
        path,
        '"speaker": "moonshot-team",\n              "role": "supplement",\n'
        '              "source": "digest"',
        '"speaker": "nobody",\n'
        '              "role": "supplement",\n              "source": "digest"',
    )
    problem = only_problem(path)
    assert problem.where == "entry 'kda-next-flagship', answers[1].speaker"
    assert problem.line == line_of(text, '"nobody"')


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert "at the top level" in only_problem(path).message


def test_other_extensions_are_sniffed(small_corpus: Path, tmp_path: Path) -> None:
    as_toml = tmp_path / "corpus.txt"
    as_toml.write_text(small_corpus.read_text(encoding="utf-8"), encoding="utf-8")
    as_json = tmp_path / "corpus.data"
    as_json.write_text(dump_corpus(load_corpus(small_corpus)), encoding="utf-8")
    assert load_corpus(as_toml) == load_corpus(as_json) == load_corpus(small_corpus)


def test_dump_round_trips_byte_for_byte(small_corpus: Path) -> None:
    exported = dump_corpus(load_corpus(small_corpus))
    assert exported.endswith("}\n") and "测试语料" in exported  # not \u-escaped
    json_path = small_corpus.with_suffix(".json")
    json_path.write_text(exported, encoding="utf-8")
    assert dump_corpus(load_corpus(json_path)) == exported
    assert json.loads(exported)["topics"][1]["entries"][0]["id"] == "k3"


def test_single_language_corpus_loads_with_warnings(small_corpus: Path) -> None:
    text = edit(small_corpus, ', en = "Still experimenting."', "")
    corpus = load_corpus(small_corpus)
    found = warnings(corpus, small_corpus)
    assert [(w.where, w.line) for w in found] == [
        ("entry 'kda-next-flagship', answers[1].text", line_of(text, "还在实验"))
    ]
    assert "no English text (en)" in found[0].message


def test_full_corpus_has_no_warnings(small_corpus: Path) -> None:
    assert warnings(load_corpus(small_corpus), small_corpus) == []


def test_loader_imports_no_textual() -> None:
    code = "import sys, corpus.loader; print(sorted({'textual', 'rich'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_json_lone_surrogate_is_a_problem_not_a_crash_later(small_corpus: Path) -> None:
    path = to_json(small_corpus)
    text = edit(path, '"Still experimenting."', '"Still \\ud800 experimenting."')
    problem = only_problem(path)
    assert problem.where == "entry 'kda-next-flagship', answers[1].text.en"
    assert "lone UTF-16 surrogate (\\ud800)" in problem.message
    assert problem.line == line_of(text, "\\ud800")


def test_surrogate_pairs_are_characters(small_corpus: Path) -> None:
    path = to_json(small_corpus)
    edit(path, '"Still experimenting."', '"Still \\ud83d\\ude00 experimenting."')
    assert "\U0001f600" in load_corpus(path).entry("kda-next-flagship").answers[1].text.get("en")


def test_empty_list_says_what_it_needs(small_corpus: Path) -> None:
    text = edit(small_corpus, 'sources = ["article"]', "sources = []")
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'k3', sources"
    assert problem.message == "needs at least 1 item, has none: add one"
    assert problem.line == line_of(text, "sources = []")


def test_problem_lines_never_carry_control_characters(small_corpus: Path) -> None:
    edit(small_corpus, 'tags = ["INT4"]', '"tag\\u001b[2J\\u0007" = 1\ntags = ["INT4"]')
    line = str(only_problem(small_corpus))
    assert "unknown field" in line and "\\x1b[2J\\x07" in line
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in line)


def test_syntax_error_line_is_quoted_without_control_characters(small_corpus: Path) -> None:
    edit(small_corpus, 'tags = ["INT4"]', 'tags = ["INT4"] \x1b]0;pwned\x07')
    line = str(only_problem(small_corpus))
    assert "TOML syntax error" in line and "\\x1b]0;pwned\\x07" in line
    assert "\x1b" not in line and "\x07" not in line


def test_wrong_choice_lists_the_choices(small_corpus: Path) -> None:
    edit(small_corpus, 'role = "supplement"', 'role = "extra"')
    problem = only_problem(small_corpus)
    assert problem.where == "entry 'why-int4', answers[1].role"
    assert problem.message == (
        "must be 'main', 'supplement', 'additional', 'follow-up' or 'reply', got a string ('extra')"
    )


@pytest.mark.parametrize(("written", "shown"), [(r"\u001b[31m", r"'k\x1b[31m3'"), (r"\u202eK", r"'k\u202eK3'")])
def test_a_bad_id_is_quoted_as_the_file_has_it(small_corpus: Path, written: str, shown: str) -> None:
    # The id was quoted after cleaning: 'k[31m3' is an id the file does not hold.
    edit(small_corpus, 'id = "k3"', f'id = "k{written}3"')
    assert f"id: {shown} is not a slug" in str(only_problem(small_corpus))
