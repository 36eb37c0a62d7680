from __future__ import annotations

from datetime import UTC, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.question_lists import (
    add_text,
    list_for_field,
    list_for_interview,
    move_items,
    set_must_ask,
)
from infoview_gui.services.settings import set_setting
from infoview_gui.services.sheets import (
    field_sheet,
    interview_sheet,
    list_sheet,
    paper_size,
    set_paper_size,
    set_sheet_spacing,
    sheet_spacing,
)
from infoview_gui.store.models import Interview


def make_interview(*, zone: str = "Europe/London", scheduled: bool = True) -> int:
    field_id = add_field(name="Nursing")
    contact_id = add_contact(
        contact=ContactData(
            first_name="Ana",
            last_name="<b>Ruiz</b>",
            title="Charge nurse",
            organisation="St Mary's & Co",
            field_id=field_id,
        )
    )
    interview_id = start_request(contact_id=contact_id)
    values: dict[str, object] = {"format": "video", "place": "https://meet.example.com/a"}
    if scheduled:
        values |= {
            "scheduled_start": datetime(2026, 5, 12, 13, 30, tzinfo=UTC),
            "time_zone": zone,
            "duration_min": 45,
        }
    Interview.update(**values).where(Interview.id == interview_id).execute()
    return interview_id


def test_the_interview_sheet_says_who_when_where_and_who_is_asking(
    store: SqliteDatabase,
) -> None:
    save_profile(
        profile=ProfileData(
            name="Sam Lee", email="sam@example.com", phone="+1 555 0100", organisation="Uni"
        )
    )
    interview_id = make_interview()
    data = interview_sheet(interview_id=interview_id, locale_name="en_GB")
    assert data.professional is not None
    assert data.professional.name == "Ana <b>Ruiz</b>"
    assert data.professional.title == "Charge nurse"
    assert data.professional.organisation == "St Mary's & Co"
    assert data.field_name == "Nursing"
    assert data.meeting is not None
    assert data.meeting.starts == datetime(2026, 5, 12, 14, 30)  # BST, the interview's zone
    assert (data.meeting.zone, data.meeting.zone_abbreviation) == ("Europe/London", "BST")
    assert data.meeting.minutes == 45
    assert data.meeting.format is MeetingFormat.VIDEO
    assert data.meeting.place == "https://meet.example.com/a"
    assert data.user.lines() == ("Sam Lee", "Uni", "sam@example.com", "+1 555 0100")
    assert (data.paper, data.spacing, data.clock_12h) == (Paper.A4, Spacing.COMPACT, False)


def test_the_questions_come_in_the_users_order_with_the_first_must_asks_marked(
    store: SqliteDatabase,
) -> None:
    interview_id = make_interview()
    list_id = list_for_interview(interview_id=interview_id)
    first = add_text(list_id=list_id, text="First?")
    add_text(list_id=list_id, text="Second?")
    third = add_text(list_id=list_id, text="Third?")
    move_items(list_id=list_id, item_ids=[third], before_id=first)
    set_must_ask(list_id=list_id, count=1)
    data = interview_sheet(interview_id=interview_id)
    assert [(q.number, q.text, q.must_ask) for q in data.questions] == [
        (1, "Third?", True),
        (2, "First?", False),
        (3, "Second?", False),
    ]


def test_an_interview_without_a_list_has_no_questions(store: SqliteDatabase) -> None:
    assert interview_sheet(interview_id=make_interview()).questions == ()


def test_the_time_falls_back_to_the_users_zone_then_utc(store: SqliteDatabase) -> None:
    save_profile(profile=ProfileData(name="Sam", time_zone="America/New_York"))
    interview_id = make_interview(zone="")
    meeting = interview_sheet(interview_id=interview_id, locale_name="en_US").meeting
    assert meeting is not None
    assert meeting.starts == datetime(2026, 5, 12, 9, 30)
    assert meeting.zone_abbreviation == "EDT"
    Interview.update(time_zone="Mars/Olympus").where(Interview.id == interview_id).execute()
    meeting = interview_sheet(interview_id=interview_id).meeting
    assert meeting is not None
    assert (meeting.starts, meeting.zone) == (datetime(2026, 5, 12, 13, 30), "UTC")


def test_an_unscheduled_interview_has_no_time_yet(store: SqliteDatabase) -> None:
    data = interview_sheet(interview_id=make_interview(scheduled=False))
    assert data.meeting is not None
    assert data.meeting.starts is None
    assert data.meeting.format is MeetingFormat.VIDEO


def test_a_missing_interview_is_named_in_the_error(store: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError, match="no interview number 42"):
        interview_sheet(interview_id=42)


def test_the_field_sheet_reads_the_fields_own_list_whatever_the_case(
    store: SqliteDatabase,
) -> None:
    field_id = add_field(name="Marine Biology")
    list_id = list_for_field(field_id=field_id)
    add_text(list_id=list_id, text="What surprised you?")
    add_text(list_id=list_id, text="What do you read?")
    interview_id = make_interview()  # another field's interview list is not this one
    add_text(list_id=list_for_interview(interview_id=interview_id), text="Not mine")
    data = field_sheet(field_name="  marine   biology ")
    assert data.field_name == "Marine Biology"
    assert [q.text for q in data.questions] == ["What surprised you?", "What do you read?"]
    assert data.professional is None
    assert data.meeting is None
    assert data.title == "Informational interview questions: Marine Biology"


def test_a_field_without_a_list_has_no_questions_and_an_unknown_one_is_refused(
    store: SqliteDatabase,
) -> None:
    add_field(name="Law")
    assert field_sheet(field_name="Law").questions == ()
    with pytest.raises(NotFoundError, match="Dentistry"):
        field_sheet(field_name="Dentistry")


def test_the_paper_follows_the_locale_until_the_user_chooses(store: SqliteDatabase) -> None:
    assert paper_size(locale_name="en_US") is Paper.LETTER
    assert paper_size(locale_name="de_DE") is Paper.A4
    set_paper_size(paper=Paper.A4)
    assert paper_size(locale_name="en_US") is Paper.A4
    set_setting(key="paper_size", value="tabloid")
    assert paper_size(locale_name="en_CA") is Paper.LETTER


def test_the_spacing_is_compact_until_the_user_chooses(store: SqliteDatabase) -> None:
    assert sheet_spacing() is Spacing.COMPACT
    set_sheet_spacing(spacing=Spacing.ROOMY)
    assert sheet_spacing() is Spacing.ROOMY
    data = interview_sheet(interview_id=make_interview(), locale_name="en_US")
    assert (data.spacing, data.paper, data.clock_12h) == (Spacing.ROOMY, Paper.LETTER, True)


def test_options_override_the_settings(store: SqliteDatabase) -> None:
    set_sheet_spacing(spacing=Spacing.ROOMY)
    data = interview_sheet(
        interview_id=make_interview(), paper=Paper.LETTER, spacing=Spacing.COMPACT, notes_page=True
    )
    assert (data.paper, data.spacing, data.notes_page) == (Paper.LETTER, Spacing.COMPACT, True)


def test_a_list_prints_as_its_interviews_sheet_or_its_fields(store: SqliteDatabase) -> None:
    interview_id = make_interview()
    interview_list = list_for_interview(interview_id=interview_id)
    add_text(list_id=interview_list, text="For Ana?")
    field_list = list_for_field(field_id=add_field(name="Law"))
    add_text(list_id=field_list, text="For law?")
    by_interview = list_sheet(list_id=interview_list, paper=Paper.LETTER)
    assert by_interview.professional is not None
    assert [q.text for q in by_interview.questions] == ["For Ana?"]
    assert by_interview.paper is Paper.LETTER
    by_field = list_sheet(list_id=field_list)
    assert (by_field.professional, by_field.field_name) == (None, "Law")
    assert [q.text for q in by_field.questions] == ["For law?"]
    with pytest.raises(NotFoundError):
        list_sheet(list_id=999)
