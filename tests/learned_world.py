"""A student with three held interviews in Nursing and two in Data journalism (issue 19).

No Qt: the unit tests of "What I learned", progress and ``infoview report`` and the GUI
tests build the same data, and check their figures against ``EXPECTED``.

Nursing: Ana (5 Mar), Ben (12 Mar), Cy (2 Apr) held, all but Cy thanked, after waiting
2, 1 and 3 business days for a yes; Di declined after 2; Ed asked 2 Feb with no answer;
Fay asked 16 Apr (still waiting, not yet "no reply"); Ana referred Gil. Data journalism:
Jo (10 Mar, thanked) and Kim (20 Mar) held; Lou accepted, not held yet (1 day each).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, Topic
from infoview_gui.paths import resource_path
from infoview_gui.services import asking, holding
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field, add_research_items
from infoview_gui.services.question_lists import (
    add_questions,
    add_text,
    list_for_interview,
    verify_question,
)
from infoview_gui.services.questions import sync_bank_file
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Interview, Question

Days = tuple[date, date, date]  # asked, accepted, held

TODAY = date(2026, 4, 20)  # a Monday
RESEARCH_LINE = "Night shifts are expected in the first year"

EXPECTED = {
    "Nursing": {
        "asked": 6, "accepted": 3, "declined": 1, "no_reply": 1, "held": 3, "thanked": 2,
        "referrals": 1, "answered": 4, "response_rate": 0.6667,
        "median_reply_business_days": 2.0,
        "interviews_per_month": {"2026-03": 2, "2026-04": 1},
    },
    "Data journalism": {
        "asked": 3, "accepted": 3, "declined": 0, "no_reply": 0, "held": 2, "thanked": 1,
        "referrals": 0, "answered": 3, "response_rate": 1.0,
        "median_reply_business_days": 1.0, "interviews_per_month": {"2026-03": 2},
    },
    None: {
        "asked": 9, "accepted": 6, "declined": 1, "no_reply": 1, "held": 5, "thanked": 3,
        "referrals": 1, "answered": 7, "response_rate": 0.7778,
        "median_reply_business_days": 1.0,
        "interviews_per_month": {"2026-03": 4, "2026-04": 1},
    },
}  # fmt: skip
"""The figures of each field and overall (None) on ``TODAY`` with the default rule (7)."""


@dataclass
class LearnedWorld:
    """The ids the tests need."""

    nursing: int = 0
    journalism: int = 0
    contacts: dict[str, int] = field(default_factory=dict)
    interviews: dict[str, int] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)  # "Ana day" -> list question id
    research: int = 0


def bank_question(topic: Topic) -> int:
    """Return the first built-in question of ``topic``."""
    query = Question.select(Question.id).where(
        (Question.topic == topic.value) & Question.builtin_key.is_null(False)
    )
    return int(query.order_by(Question.id).scalar())


def _request(world: LearnedWorld, name: str, field_id: int, asked: date | None) -> int:
    contact_id = add_contact(
        contact=ContactData(first_name=name, last_name="Example", field_id=field_id)
    )
    world.contacts[name] = contact_id
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    world.interviews[name] = interview_id
    if asked is not None:
        asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=asked)
    return interview_id


def _held(world: LearnedWorld, name: str, field_id: int, days: Days, *, thanked: bool) -> int:
    asked, accepted, on = days
    interview_id = _request(world, name, field_id, asked)
    asking.mark_accepted(interview_id=interview_id, on=accepted)
    status = InterviewStatus.THANKED if thanked else InterviewStatus.HELD
    with database.atomic():
        move_request(interview_id, InterviewStatus.SCHEDULED)
        move_request(interview_id, InterviewStatus.HELD)
        held_at = datetime(on.year, on.month, on.day, 15, 0, tzinfo=UTC)
        Interview.update(
            status=status.value,
            held_at=held_at,
            time_zone="Europe/London",
            thank_you_sent_on=on if thanked else None,
        ).where(Interview.id == interview_id).execute()
    return interview_id


def _answer(world: LearnedWorld, key: str, item_id: int, text: str) -> None:
    holding.save_answer(item_id=item_id, text=text)
    world.items[key] = item_id


def _interview_answers(world: LearnedWorld, name: str, answers: dict[Topic, str]) -> None:
    list_id = list_for_interview(interview_id=world.interviews[name])
    for topic, text in answers.items():
        if topic is Topic.OWN:
            item_id = add_text(list_id=list_id, text="What surprised you most?")
        else:
            (item_id,) = add_questions(list_id=list_id, question_ids=[bank_question(topic)])
        _answer(world, f"{name} {topic.value}", item_id, text)


def build() -> LearnedWorld:
    """Fill the open store with the world; return its ids."""
    world = LearnedWorld()
    sync_bank_file(data=resource_path("questions", "bank.json").read_bytes())
    world.nursing = add_field(name="Nursing")
    world.journalism = add_field(name="Data journalism")
    for name, days, thanked in (
        ("Ana", (date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 5)), True),
        ("Ben", (date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 12)), True),
        ("Cy", (date(2026, 3, 23), date(2026, 3, 26), date(2026, 4, 2)), False),
    ):
        _held(world, name, world.nursing, days, thanked=thanked)
    for name, days, thanked in (
        ("Jo", (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 10)), True),
        ("Kim", (date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 20)), False),
    ):
        _held(world, name, world.journalism, days, thanked=thanked)
    di = _request(world, "Di", world.nursing, date(2026, 3, 2))
    asking.mark_declined(interview_id=di, on=date(2026, 3, 4))
    _request(world, "Ed", world.nursing, date(2026, 2, 2))
    _request(world, "Fay", world.nursing, date(2026, 4, 16))
    lou = _request(world, "Lou", world.journalism, date(2026, 3, 9))
    asking.mark_accepted(interview_id=lou, on=date(2026, 3, 10))
    add_contact(
        contact=ContactData(
            first_name="Gil", last_name="Example", introduced_by_id=world.contacts["Ana"]
        )
    )
    _interview_answers(
        world,
        "Ana",
        {Topic.DAY_TO_DAY: "Twelve-hour shifts, three a week", Topic.SKILLS: "Calm under pressure"},
    )
    _interview_answers(
        world, "Ben", {Topic.DAY_TO_DAY: "Rounds at 7, handover at 7", Topic.OWN: "The paperwork"}
    )
    _interview_answers(world, "Cy", {Topic.DAY_TO_DAY: "Mostly days on the ward"})
    _interview_answers(world, "Jo", {Topic.DAY_TO_DAY: "Spreadsheets and deadlines"})
    _interview_answers(world, "Kim", {Topic.SKILLS: "SQL and <b>plain</b> writing"})
    holding.save_interview_notes(interview_id=world.interviews["Ben"], text="Ask about bursaries")
    (world.research,) = add_research_items(field_id=world.nursing, texts=[RESEARCH_LINE])
    list_id = list_for_interview(interview_id=world.interviews["Cy"])
    item = add_text(list_id=list_id, text=verify_question(RESEARCH_LINE))
    _answer(world, "Cy research", item, "Only in some hospitals")
    Contact.update(notes="").where(Contact.id == world.contacts["Ana"]).execute()
    return world
