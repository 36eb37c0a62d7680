"""Drafts of requests, thank-yous, letters and the call script, and the request checker."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.drafts import (
    PLACEHOLDER,
    Recipient,
    call_script,
    decline_thanks,
    follow_up_email,
    formal_letter,
    note_card,
    request_email,
    thank_you_email,
)
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.request_check import check_request

SAM = ProfileData(
    name="Sam Patel",
    email="sam.patel@example.ac.uk",
    phone="07700 900123",
    organisation="the University of Leeds",
    address="12 High Street\nLeeds LS1 1AA",
    graduation="2027-06",
    decidedness=Decidedness.EXPLORING,
    time_zone="Europe/London",
)
JANE = Recipient("Jane", "Smith", "Senior Data Editor", "The Guardian", "Professor Alan Grey")
TODAY = date(2026, 3, 5)


def _request(profile: ProfileData = SAM, recipient: Recipient = JANE, how: str = "") -> str:
    return request_email(profile, recipient, "data journalism", how, today=TODAY).body


def test_the_request_reads_as_the_method_says() -> None:
    draft = request_email(SAM, JANE, "data journalism", "", today=TODAY)
    assert draft.subject == "Request for a short conversation about data journalism"
    body = draft.body
    assert body.startswith("Dear Jane Smith,\n\nProfessor Alan Grey suggested I contact you.")
    assert "I am a student at the University of Leeds, graduating in June 2027." in body
    assert "exploring a career in data journalism" in body
    assert "Senior Data Editor at The Guardian" in body
    assert "20 to 30 minutes" in body and "in person, by phone or by video call" in body
    assert body.endswith("Best regards,\nSam Patel\nsam.patel@example.ac.uk\n07700 900123")


def test_the_connection_comes_before_who_i_am() -> None:
    body = _request()
    assert body.index("suggested I contact you") < body.index("I am a student")


def test_the_request_passes_its_own_check() -> None:
    body = _request()
    check = check_request(body, connections=[JANE.introduced_by])
    assert check.problems == ()
    assert check.word_count < 100


def test_how_i_found_them_stands_in_for_an_introduction() -> None:
    body = _request(recipient=Recipient("Jane", "Smith"), how="through the alumni programme.")
    assert "I found your name through the alumni programme." in body
    assert "suggested" not in body


def test_a_past_graduation_reads_graduated() -> None:
    graduate = ProfileData(name="Sam", organisation="Leeds", graduation="2024-07")
    assert "I graduated from Leeds in July 2024." in _request(graduate)


@pytest.mark.parametrize(
    ("decidedness", "phrase"),
    [
        (Decidedness.EXPLORING, "exploring a career in"),
        (Decidedness.COMPARING, "considering a career in"),
        (Decidedness.DECIDED, "preparing for a career in"),
        (None, "interested in a career in"),
    ],
)
def test_the_interest_follows_how_decided_the_user_is(
    decidedness: Decidedness | None, phrase: str
) -> None:
    profile = ProfileData(name="Sam", decidedness=decidedness)
    assert f"{phrase} data journalism" in _request(profile)


def test_an_empty_profile_leaves_out_what_it_does_not_know() -> None:
    body = request_email(ProfileData(), Recipient(), "", "").body
    assert body == (
        "Hello,\n\nI would value an insider's view of your work.\n\n"
        "Would you have 20 to 30 minutes for a conversation in person, by phone or by "
        "video call, at a time that suits you?\n\nBest regards,"
    )


def test_decline_thanks_is_polite_and_asks_for_nothing_job_like() -> None:
    draft = decline_thanks(SAM, JANE)
    assert draft.body.startswith("Dear Jane Smith,\n\nThank you for letting me know")
    assert "Sam Patel" in draft.body
    assert check_request(draft.body).job_words == ()


def test_the_follow_up_names_the_first_request_and_asks_again() -> None:
    draft = follow_up_email(SAM, JANE, "data journalism", date(2026, 3, 2))
    assert "on March 2" in draft.body
    assert "data journalism" in draft.subject
    check = check_request(draft.body)
    assert check.ends_with_question and not check.over_limit and check.job_words == ()


def test_the_thank_you_names_something_specific_and_signs_in_full() -> None:
    draft = thank_you_email(SAM, JANE, "your advice to build a portfolio first helped most")
    assert "Your advice to build a portfolio first helped most." in draft.body
    assert PLACEHOLDER not in draft.body
    assert draft.subject == "Thank you for your time"
    assert draft.body.splitlines()[-3:] == ["Sam Patel", "sam.patel@example.ac.uk", "07700 900123"]


def test_the_thank_you_leaves_a_clear_placeholder_when_nothing_specific_is_given() -> None:
    assert "[mention one thing they said that helped you]" in thank_you_email(SAM, JANE, " ").body


def test_a_missing_phone_leaves_no_empty_line_in_the_signature() -> None:
    body = thank_you_email(ProfileData(name="Sam", email="s@example.org"), JANE, "x").body
    assert body.endswith("Best regards,\nSam\ns@example.org")


def test_the_note_card_is_short_and_signed() -> None:
    card = note_card(SAM, JANE, "Your story about your first year stayed with me.")
    assert card.startswith("Dear Jane Smith,")
    assert "Your story about your first year stayed with me." in card
    assert card.endswith("With best wishes,\nSam Patel\nsam.patel@example.ac.uk\n07700 900123")
    assert len(card.split()) < 50


def test_the_formal_letter_has_every_block() -> None:
    letter = formal_letter(
        SAM, JANE, "Kings Place\n 90 York Way \n\nLondon N1 9GU", TODAY, "", field_name="law"
    )
    assert letter.sender_address == ("12 High Street", "Leeds LS1 1AA")
    assert letter.date_line == "March 5, 2026"
    assert letter.recipient_block == (
        "Jane Smith",
        "Senior Data Editor",
        "The Guardian",
        "Kings Place",
        "90 York Way",
        "London N1 9GU",
    )
    assert letter.salutation == "Dear Jane Smith,"
    assert letter.closing == "Sincerely,"
    assert letter.signature == "Sam Patel"
    assert letter.contact == ("sam.patel@example.ac.uk", "07700 900123")
    assert "careers in law" in letter.body[0] and PLACEHOLDER in letter.body[0]
    text = letter.as_text()
    assert text.startswith("12 High Street\n")
    assert text.endswith("Sincerely,\nSam Patel\nsam.patel@example.ac.uk\n07700 900123")


@pytest.mark.parametrize(
    "point",
    [
        "Your advice to build a portfolio first was especially useful.",
        "Our conversation about portfolios stayed with me.",
        "talking with you about portfolios helped.",
        "",
    ],
)
def test_no_two_sentences_in_a_row_of_the_letter_open_alike(point: str) -> None:
    letter = formal_letter(SAM, JANE, "", TODAY, point, field_name="law")
    sentences = [
        sentence
        for paragraph in letter.body
        for sentence in re.split(r"(?<=[.?!\]])\s+", paragraph)
    ]
    openings = [tuple(sentence.casefold().split()[:2]) for sentence in sentences]
    assert all(a != b for a, b in zip(openings, openings[1:], strict=False)), sentences
    assert not any(p.startswith("Your advice") for p in letter.body)


def test_a_letter_to_an_unknown_name_is_to_sir_or_madam() -> None:
    letter = formal_letter(ProfileData(), Recipient(), "", TODAY, "Thanks.")
    assert (letter.salutation, letter.closing) == ("Dear Sir or Madam,", "Yours truly,")
    assert letter.sender_address == () and letter.recipient_block == ()
    assert letter.contact == ()
    assert "\n\n\n" not in letter.as_text()


def test_the_call_script_asks_for_the_person_and_covers_each_answer() -> None:
    script = call_script(SAM, JANE, "data journalism")
    assert script.startswith("Hello, may I speak to Jane Smith?")
    assert "my name is Sam Patel. Professor Alan Grey suggested I contact you." in script
    for answer in ("If they say yes:", "If now is not a good time:", "If they say no:"):
        assert answer in script
    assert "07700 900123 or sam.patel@example.ac.uk" in script


def test_the_call_script_without_a_name_or_details_still_reads_well() -> None:
    script = call_script(ProfileData(), Recipient(), "", how_found="at a careers fair")
    assert script.startswith("Hello. I found your name at a careers fair.")
    assert "voicemail" not in script


def test_text_is_plain_not_html() -> None:
    body = request_email(SAM, Recipient(first_name="<b>Jo</b> & Co"), "", "").body
    assert body.startswith("Dear <b>Jo</b> & Co,")


# --- graceful degradation -------------------------------------------------------

maybe = st.sampled_from(["", "  ", "Ann", " Ann  Lee ", "Acme\nLtd"])
graduations = st.sampled_from([None, "", "2027-06", "2020-01", "2027-13", "June"])
profiles = st.builds(
    ProfileData,
    name=maybe,
    email=maybe,
    phone=maybe,
    organisation=maybe,
    address=maybe,
    graduation=graduations,
    decidedness=st.sampled_from([None, *Decidedness]),
)
recipients = st.builds(
    Recipient,
    first_name=maybe,
    last_name=maybe,
    title=maybe,
    organisation=maybe,
    introduced_by=maybe,
)


def _all_drafts(p: ProfileData, r: Recipient, words: str) -> list[str]:
    letter = formal_letter(p, r, words, TODAY, words, field_name=words)
    return [
        request_email(p, r, words, words, today=TODAY).body,
        request_email(p, r, words, words).subject,
        decline_thanks(p, r).body,
        follow_up_email(p, r, words, TODAY).body,
        thank_you_email(p, r, words, field_name=words).body,
        note_card(p, r, words),
        call_script(p, r, words, how_found=words),
        letter.as_text(),
        *letter.sender_address,
        *letter.recipient_block,
        *letter.body,
    ]


@given(profiles, recipients, maybe)
def test_missing_facts_leave_no_trace(p: ProfileData, r: Recipient, words: str) -> None:
    for text in _all_drafts(p, r, words):
        assert "None" not in text
        assert "  " not in text
        assert not re.search(r" [,.?]|\n |[ \t]\n|\n\n\n|^\s|\s$|\.\.|,,| \.", text)
        assert "Dear ," not in text and "at ." not in text and "in ." not in text


# --- the request checker --------------------------------------------------------


def test_job_words_are_found_as_written() -> None:
    text = "Are there any openings? I attached my CV and résumé; I'm keen to be employed."
    assert check_request(text).job_words == ("openings", "CV", "résumé", "employed")


def test_ordinary_words_are_not_job_words() -> None:
    assert check_request("I would like to position... no: jobless? cv? hiring!").job_words == (
        "position",
        "cv",
        "hiring",
    )
    assert check_request("A career in law, and what the work is like.").job_words == ()


def test_more_than_100_words_is_over_the_limit() -> None:
    assert not check_request(" ".join(["word"] * 100)).over_limit
    check = check_request(" ".join(["word"] * 101))
    assert check.over_limit and check.word_count == 101
    assert "101 words" in check.problems[0]


def test_addresses_and_contractions_count_as_one_word() -> None:
    assert check_request("I'm at sam.patel@example.ac.uk, 07700-900123.").word_count == 4


def test_the_connection_is_found_by_name_or_by_phrase() -> None:
    assert check_request(
        "Zoë Brontë told me to write.", connections=["zoe bronte"]
    ).names_connection
    assert check_request("My tutor suggested I contact you.").names_connection
    assert check_request("I came across your article.").names_connection
    assert not check_request("I would like to talk.", connections=["Zoe", " "]).names_connection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would you have time?\n\nBest regards,\nSam\nsam@example.org\n07700 900123", True),
        ("Would you have time?\n\nThank you for considering it.\n\nKind regards,\nSam", True),
        ("Would you have time? Thanks!\nSam", True),
        ("Would you have time?", True),
        ("Would you have time? I look forward to it.\n\nBest,\nSam", False),
        ("Please let me know a time.\n\nRegards,\nSam", False),
        ("Would you have time\n\nBest regards,\nSam", False),
        ("", False),
    ],
)
def test_ends_with_question(text: str, expected: bool) -> None:
    assert check_request(text).ends_with_question is expected


def test_a_bad_request_lists_every_problem() -> None:
    check = check_request("I am looking for a job. Send me any vacancies.")
    assert len(check.problems) == 3  # job words, no connection, no question
    assert "job, vacancies" in check.problems[0]


def test_the_note_card_does_not_say_advice_twice_in_a_row() -> None:
    dana = Recipient(first_name="Dana", last_name="Ruiz")
    card = note_card(SAM, dana, "Your advice to start with public health data helped me most.")
    assert "Thank you again for your time. Your advice to start" in card
    other = note_card(SAM, dana, "The story of your first project stayed with me.")
    assert "Thank you again for your time and advice. The story" in other
