"""Saying thank you: the drafts name a point from the notes; sending is recorded once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.drafts import PLACEHOLDER
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.pipeline import IllegalTransition
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Interview, ListQuestion, QuestionList

LONDON = ZoneInfo("Europe/London")
HELD_AT = datetime(2026, 1, 30, 15, 0, tzinfo=UTC)  # Friday 30 January
SAM = ProfileData(
    name="Sam Patel",
    email="sam.patel@example.ac.uk",
    phone="07700 900123",
    address="12 High Street\nLeeds LS1 1AA",
)


def _interview(first: str = "Jane", field: str = "Law", *, held: bool = True) -> int:
    field_id = add_field(name=field)
    contact_id = add_contact(
        contact=ContactData(
            first_name=first,
            last_name="Smith",
            title="Senior associate",
            organisation="Smith & Co",
            email=f"{first.lower()}@example.org",
            field_id=field_id,
        )
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 1, 20))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 1, 21))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 1, 30, 15, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.IN_PERSON,
        place="Their office",
    )
    if held:
        with database.atomic():
            move_request(
                interview_id,
                InterviewStatus.HELD,
                held_at=HELD_AT,
                thank_you_due=date(2026, 1, 31),
            )
    return interview_id


def _notes(interview_id: int, *answers: tuple[str, str]) -> None:
    question_list = QuestionList.create(interview=interview_id)
    for position, (question, answer) in enumerate(answers):
        ListQuestion.create(
            question_list=question_list, text=question, position=position, answer=answer
        )


@pytest.fixture
def held(store: SqliteDatabase) -> int:
    save_profile(profile=SAM)
    return _interview()


def test_the_notes_offer_each_answer_line_in_question_order(held: int) -> None:
    _notes(
        held,
        ("What surprised you?", "How much is writing.\n\n  Clients call   late. "),
        ("Skipped?", ""),
        ("Advice?", "Build a portfolio first"),
    )
    Interview.update(notes="Read: The Firm").where(Interview.id == held).execute()
    assert thanks.note_lines(interview_id=held) == [
        thanks.NoteLine("What surprised you?", "How much is writing."),
        thanks.NoteLine("What surprised you?", "Clients call late."),
        thanks.NoteLine("Advice?", "Build a portfolio first"),
        thanks.NoteLine("", "Read: The Firm"),
    ]


def test_a_picked_line_becomes_one_sentence() -> None:
    assert thanks.point_from_note(" build a portfolio first. ") == (
        "I especially appreciated your point: “build a portfolio first”."
    )
    assert thanks.point_from_note("  ") == ""


@pytest.mark.parametrize("point", ["", "it helped", "Your point about <b>x</b> & y helped!"])
def test_the_point_sentence_is_the_one_the_drafts_write(held: int, point: str) -> None:
    sentence = thanks.point_sentence(point)
    assert sentence and sentence in thanks.thank_you_draft(interview_id=held, point=point).body
    assert (sentence == PLACEHOLDER) is (point == "")


def test_the_email_thanks_names_the_point_and_signs_with_the_profile(held: int) -> None:
    point = thanks.point_from_note("Build a portfolio first")
    draft = thanks.thank_you_draft(interview_id=held, point=point)
    assert draft.subject == "Thank you for your time"
    assert draft.body.startswith("Dear Jane Smith,\n\nThank you for taking the time")
    assert "about law." in draft.body  # a field named mid-sentence
    assert "I especially appreciated your point: “Build a portfolio first”." in draft.body
    assert draft.body.endswith("Sam Patel\nsam.patel@example.ac.uk\n07700 900123")


def test_without_a_point_the_draft_leaves_a_prompt(held: int) -> None:
    assert PLACEHOLDER in thanks.thank_you_draft(interview_id=held).body


def test_the_users_edits_and_point_are_kept(held: int) -> None:
    thanks.save_thank_you(
        interview_id=held, point="Your advice helped.", subject="  Thanks\nagain ", body="Hi!"
    )
    assert thanks.thank_you_draft(interview_id=held).subject == "Thanks again"
    assert thanks.thank_you_draft(interview_id=held).body == "Hi!"
    assert thanks.thank_you_record(interview_id=held).point == "Your advice helped."
    fresh = thanks.thank_you_draft(interview_id=held, point="Other point.")
    assert "Other point." in fresh.body


def test_a_point_that_is_far_too_long_is_refused(held: int) -> None:
    with pytest.raises(ValidationError) as raised:
        thanks.save_thank_you(interview_id=held, point="x" * 5000, subject="s", body="b")
    assert raised.value.field == "point"


def test_sending_the_email_marks_the_interview_thanked_once(held: int) -> None:
    thanks.mark_thank_you_sent(interview_id=held, on=date(2026, 1, 31))
    record = thanks.thank_you_record(interview_id=held)
    assert (record.status, record.sent_on) == (InterviewStatus.THANKED, date(2026, 1, 31))
    with pytest.raises(IllegalTransition, match="already marked “Thanked”"):
        thanks.mark_thank_you_sent(interview_id=held, on=date(2026, 2, 1))


def test_an_interview_not_held_yet_cannot_be_thanked(store: SqliteDatabase) -> None:
    scheduled = _interview(held=False)
    assert not thanks.thank_you_record(interview_id=scheduled).can_thank
    with pytest.raises(IllegalTransition, match="after the interview has been held"):
        thanks.mark_thank_you_sent(interview_id=scheduled, on=date(2026, 1, 31))
    with pytest.raises(ValidationError, match="once the interview has been held"):
        thanks.mark_letter_sent(interview_id=scheduled, on=date(2026, 1, 31))
    assert Interview.get_by_id(scheduled).status == InterviewStatus.SCHEDULED.value


def test_the_letter_goes_to_the_address_on_the_card(held: int) -> None:
    contact_id = thanks.thank_you_record(interview_id=held).contact_id
    Contact.update(card_address="1 Law Lane\nLeeds LS2 2BB").where(
        Contact.id == contact_id
    ).execute()
    letter = thanks.letter(interview_id=held, point="It helped.", today=date(2026, 2, 2))
    assert letter.recipient_block == (
        "Jane Smith",
        "Senior associate",
        "Smith & Co",
        "1 Law Lane",
        "Leeds LS2 2BB",
    )
    assert letter.sender_address[:2] == ("12 High Street", "Leeds LS1 1AA")
    assert letter.date_line == "February 2, 2026"
    assert letter.salutation == "Dear Jane Smith,"
    assert "It helped." in letter.body[0]
    other = thanks.letter(interview_id=held, point="", today=date(2026, 2, 2), address="PO Box 1")
    assert other.recipient_block[-1] == "PO Box 1"


def test_note_card_and_letter_are_recorded_after_the_email_too(held: int) -> None:
    assert thanks.note_card(interview_id=held, point="It helped.").startswith("Dear Jane Smith,")
    thanks.mark_thank_you_sent(interview_id=held, on=date(2026, 1, 31))
    thanks.mark_note_card_sent(interview_id=held, on=date(2026, 2, 1))
    thanks.mark_letter_sent(interview_id=held, on=date(2026, 2, 2))
    record = thanks.thank_you_record(interview_id=held)
    assert (record.note_card_sent_on, record.letter_sent_on) == (
        date(2026, 2, 1),
        date(2026, 2, 2),
    )


def test_follow_ups_list_what_is_due_first(held: int) -> None:
    sent = _interview("Ana", "Nursing")
    thanks.mark_thank_you_sent(interview_id=sent, on=date(2026, 1, 30))
    no_due = _interview("Ben", "Medicine")
    Interview.update(thank_you_due=None, held_at=datetime(2026, 2, 1, 23, 30, tzinfo=UTC)).where(
        Interview.id == no_due
    ).execute()
    _interview("Cy", "Teaching", held=False)
    rows = thanks.follow_ups(today=date(2026, 2, 2), zone=LONDON)
    assert [(row.interview_id, row.state) for row in rows] == [
        (held, "overdue"),
        (no_due, "due_today"),
        (sent, "sent"),
    ]
    assert rows[1].due == date(2026, 2, 2)  # held late on 1 February, London time
    assert rows[0].name == "Jane Smith"
    field_id = int(Interview.get_by_id(sent).field_id)
    assert [
        row.interview_id
        for row in thanks.follow_ups(today=date(2026, 2, 2), zone=LONDON, field_id=field_id)
    ] == [sent]
