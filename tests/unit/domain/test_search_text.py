"""The words of a search, and a found text's excerpt with the matches marked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.search_text import (
    EXCERPT,
    excerpt,
    marked_html,
    match_expression,
    spans,
    terms,
)


def test_terms_fold_case_and_accents_and_drop_punctuation() -> None:
    assert terms("  MARÍA-José  o'Brien, maria ") == ("maria", "jose", "o", "brien")
    assert terms('"*) NEAR(') == ("near",)
    assert terms("…") == ()


def test_every_word_becomes_a_quoted_prefix() -> None:
    assert match_expression(("dana", "ru")) == '"dana"* "ru"*'
    assert match_expression(("dana",), column="title") == '{title} : ("dana"*)'


def test_a_word_matches_where_it_begins_a_word_whatever_its_accents() -> None:
    text = "José Fâcteur met Facts"
    assert [text[a:b] for a, b in spans(text, ("fac",))] == ["Fâcteur", "Facts"]
    assert spans("artefact", ("fac",)) == ()


def test_a_long_text_is_cut_around_the_first_match_at_word_boundaries() -> None:
    text = " ".join(f"word{n}" for n in range(60)) + " needle " + "tail " * 40
    shown, marks = excerpt(text, ("needle",))
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= EXCERPT + 2
    assert [shown[a:b] for a, b in marks] == ["needle"]
    assert not shown[1:].startswith(" ")


@given(st.text(max_size=300), st.text(max_size=20))
def test_any_text_comes_out_escaped_and_whole(text: str, query: str) -> None:
    shown, marks = excerpt(text, terms(query))
    html = marked_html(shown, marks)
    assert "<" not in html.replace("<b>", "").replace("</b>", "")
    for start, end in marks:
        assert 0 <= start < end <= len(shown)
