"""The filter query language: terms, operators, field filters, hints, smart case, widths."""

from __future__ import annotations

import pytest

from corpus.query import Filter, Term, fold_case, fold_width, lang_of, parse_query


def items(query: str) -> list[list[Term | Filter]]:
    return [list(clause) for clause in parse_query(query).clauses]


def test_space_separated_terms_are_separate_clauses() -> None:
    assert items("training cost") == [[Term("training")], [Term("cost")]]


def test_operators() -> None:
    assert items("'int4") == [[Term("int4", exact=True)]]
    assert items("'int4'") == [[Term("int4", exact=True, whole_word=True)]]
    assert items("^why") == [[Term("why", prefix=True)]]
    assert items("fp4$") == [[Term("fp4", suffix=True)]]
    assert items("!api") == [[Term("api", negated=True)]]
    assert items("!^why") == [[Term("why", prefix=True, negated=True)]]


def test_fuzzy_only_for_plain_terms() -> None:
    assert Term("muon").fuzzy
    for term in (Term("x", exact=True), Term("x", prefix=True), Term("x", suffix=True), Term("x", negated=True)):
        assert not term.fuzzy


def test_or_groups_alternatives() -> None:
    assert items("int4 | fp4 marlin") == [[Term("int4"), Term("fp4")], [Term("marlin")]]
    assert items("a | b | c") == [[Term("a"), Term("b"), Term("c")]]
    assert items("by:zxytim | by:ppwwyyxx") == [[Filter("by", "zxytim"), Filter("by", "ppwwyyxx")]]


def test_field_filters() -> None:
    assert items("by:zxytim by:杨植麟 topic:multimodal src:article lang:en") == [
        [Filter("by", "zxytim")],
        [Filter("by", "杨植麟")],
        [Filter("topic", "multimodal")],
        [Filter("src", "article")],
        [Filter("lang", "en")],
    ]
    assert items("!src:article") == [[Filter("src", "article", negated=True)]]
    assert items("BY:zxytim") == [[Filter("by", "zxytim")]]


def test_unknown_prefix_is_a_plain_term() -> None:
    assert items("k2:thinking") == [[Term("k2:thinking")]]


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("by:", "by: needs a name"),
        ("topic:", "topic: needs a word"),
        ("src:", "src: needs a source"),
        ("lang:", "lang: needs zh or en"),
        ("lang:fr", "lang:fr is not a language"),
        ("!", "! needs a word"),
        ("|", "| needs a term on each side"),
        ("int4 |", "| needs a term on each side"),
        ("| int4", "| needs a term on each side"),
        ("^", "^ needs a word"),
        ("'", "' needs a word"),
        ("$", "$ needs a word before it"),
    ],
)
def test_malformed_parts_become_hints_and_are_dropped(query: str, fragment: str) -> None:
    parsed = parse_query(query)
    assert parsed.hint is not None and fragment in parsed.hint
    assert all(isinstance(i, Term) and i.text == "int4" for c in parsed.clauses for i in c)


def test_the_rest_of_a_malformed_query_still_parses() -> None:
    parsed = parse_query("by: tensorboard lang:fr")
    assert parsed.clauses == ((Term("tensorboard"),),)
    assert parsed.hint is not None and "by:" in parsed.hint and "lang:fr" in parsed.hint


def test_well_formed_query_has_no_hint() -> None:
    assert parse_query("by:zxytim int4 | fp4 !api").hint is None
    assert parse_query("").hint is None and parse_query("   ").is_empty


def test_smart_case() -> None:
    assert not parse_query("tensorboard").case_sensitive
    assert parse_query("TensorBoard").case_sensitive
    assert parse_query("openai Training").case_sensitive
    assert parse_query("by:Yang").case_sensitive
    assert not parse_query("src:ARTICLE lang:EN").case_sensitive
    assert not parse_query("幻觉").case_sensitive


def test_full_width_forms_fold_to_half_width() -> None:
    assert items("ＩＮＴ４") == [[Term("INT4")]]
    assert items("ｂｙ：ｚｘｙｔｉｍ") == [[Filter("by", "zxytim")]]
    assert items("int4\u3000fp4") == [[Term("int4")], [Term("fp4")]]
    assert items("！ａｐｉ") == [[Term("api", negated=True)]]


def test_escaped_space_keeps_a_phrase() -> None:
    assert items(r"training\ cost") == [[Term("training cost")]]


def test_folds_are_length_preserving() -> None:
    text = "ＩＮＴ４ İstanbul ẞ 中文"
    assert len(fold_width(text)) == len(text)
    assert len(fold_case(text)) == len(text)
    assert fold_case("İ") == "i"


def test_lang_names() -> None:
    assert lang_of("zh") == "zh" and lang_of("EN") == "en" and lang_of("中文") == "zh"
    assert lang_of("z") == "zh" and lang_of("english") == "en"
    assert lang_of("fr") is None


def test_never_raises_on_odd_input() -> None:
    for query in ["!!", "||", "'''", "^$", "!|!", "by:by:", "\\", "\\ ", "a\\", "$$", "!'", "\x00"]:
        parse_query(query)


def test_a_bar_without_spaces_joins_alternatives() -> None:
    assert parse_query("int4|muon").clauses == parse_query("int4 | muon").clauses


def test_a_quoted_phrase_is_one_exact_term() -> None:
    (clause,) = parse_query('"training cost"').clauses
    (term,) = clause
    assert term.text == "training cost" and term.exact


def test_a_bar_inside_a_quoted_phrase_is_text() -> None:
    (clause,) = parse_query('"a|b"').clauses
    assert clause[0].text == "a|b"


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [('"', None), ('"t', "t"), ('"training c', "training c"), ('"training cost"', "training cost")],
)
def test_a_phrase_being_typed_is_the_phrase_so_far(typed: str, phrase: str | None) -> None:
    """Each keystroke of `"training cost"` narrows to the text typed so far, as the closed
    phrase will: not to a literal quote character followed by a word."""
    clauses = parse_query(typed).clauses
    assert [[(t.text, t.exact) for t in clause] for clause in clauses] == ([[(phrase, True)]] if phrase else [])


def test_an_open_quote_after_other_terms_runs_to_the_end() -> None:
    clauses = parse_query('by:zxytim int4 "scaling lad').clauses
    assert [t.text for clause in clauses for t in clause if hasattr(t, "exact")] == ["int4", "scaling lad"]


@pytest.mark.parametrize("query", ['"', '""', '!""'])
def test_an_empty_phrase_gets_a_hint(query: str) -> None:
    """`search '"'` printed 'kimi-ama-tui search: None' (no hint was made)."""
    syntax = parse_query(query)
    assert syntax.is_empty and syntax.hint == '" needs a phrase, e.g. "training cost"'
