"""Stored words read naturally inside a draft: field names and who introduced the user."""

from __future__ import annotations

from datetime import date

import pytest

from infoview_gui.domain.draft_words import field_in_sentence, introduction
from infoview_gui.domain.drafts import Recipient, call_script, follow_up_email, request_email
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Data science", "data science"),
        ("Nursing", "nursing"),
        ("  Data   journalism ", "data journalism"),
        ("data science", "data science"),
        ("UX design", "UX design"),  # an acronym keeps its capitals
        ("NHS management", "NHS management"),
        ("English teaching", "English teaching"),  # a language is a proper noun
        ("Doctors Without Borders", "Doctors Without Borders"),  # a name
        ("Data Science", "Data Science"),  # title case: a name or not, left as typed
        ("AI", "AI"),
        ("X", "X"),
        ("", ""),
    ],
)
def test_a_field_name_is_lowered_only_where_it_is_no_name(typed: str, read: str) -> None:
    assert field_in_sentence(typed) == read


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("Jordan", "Jordan suggested I contact you."),
        ("Jordan Lee", "Jordan Lee suggested I contact you."),
        ("Prof. Okafor", "Prof. Okafor suggested I contact you."),
        ("Jordan (roommate)", "Jordan, my roommate, suggested I contact you."),
        ("Jordan(roommate)", "Jordan, my roommate, suggested I contact you."),
        ("Jordan, my roommate", "Jordan, my roommate, suggested I contact you."),
        ("Jordan - roommate", "Jordan, my roommate, suggested I contact you."),
        (
            "Ana Ruiz (a friend of my aunt)",
            "Ana Ruiz, a friend of my aunt, suggested I contact you.",
        ),
        ("my roommate Jordan", "My roommate Jordan suggested I contact you."),
        ("roommate Jordan", "My roommate Jordan suggested I contact you."),
        ("Jordan (from LinkedIn)", "Jordan from LinkedIn suggested I contact you."),
        ("Jordan (Acme)", "Jordan (Acme) suggested I contact you."),
        ("the careers office", "The careers office suggested I contact you."),
        ("Mary-Jane Watts.", "Mary-Jane Watts suggested I contact you."),
        ("  ", ""),
    ],
)
def test_who_introduced_the_user_becomes_a_sentence(typed: str, sentence: str) -> None:
    assert introduction(typed) == sentence


def test_the_request_reads_naturally() -> None:
    profile = ProfileData(name="Maya Chen", decidedness=Decidedness.EXPLORING)
    jane = Recipient("Jane", "Smith", introduced_by="Jordan (roommate)")
    body = request_email(profile, jane, "Data science", "").body
    assert "Jordan, my roommate, suggested I contact you." in body
    assert "(roommate) suggested" not in body
    assert " data science " in body and "Data science" not in body


def test_the_follow_up_and_the_call_script_name_the_field_in_lower_case() -> None:
    profile, jane = ProfileData(name="Maya Chen"), Recipient("Jane", introduced_by="Jordan")
    follow = follow_up_email(profile, jane, "Data science", date(2026, 3, 2))
    assert "data science" in follow.subject and "Data science" not in follow.body
    assert "Data science" not in call_script(profile, jane, "Data science")
