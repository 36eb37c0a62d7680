"""Every reader of the request rule gives the rule's answer (``store.request_rule``).

Home (``store.overview`` through ``services.agenda``), the contacts table
(``store.contact_table``), the ask page's shortlist (``store.queries``), asking and thanks
are checked on one tangle of fields, ranks and requests, before and after each change.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain import pipeline
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus
from infoview_gui.services import agenda, asking, thanks
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store import contact_table, overview, queries, request_rule
from infoview_gui.store.connection import read
from infoview_gui.store.models import Contact, Interview

S = InterviewStatus
FRI = date(2026, 3, 6)
TUE = date(2026, 3, 10)  # the declines come after every request: Home shows them
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _person(field_id: int, name: str, rank: float | None) -> int:
    contact_id = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    Contact.update(rank=rank).where(Contact.id == contact_id).execute()
    return contact_id


def _request(contact_id: int, status: InterviewStatus) -> int:
    interview_id = start_request(contact_id=contact_id)
    asked = status != S.NOT_ASKED
    Interview.update(
        status=status.value,
        requested_on=FRI if asked else None,
        responded_on=TUE if status == S.DECLINED else None,
    ).where(Interview.id == interview_id).execute()
    return interview_id


@pytest.fixture
def tangle(store: SqliteDatabase) -> dict[str, int]:
    """Two fields; ties, a blank rank, several requests per person, a person moved."""
    nursing, law = add_field(name="Nursing"), add_field(name="Law")
    people = {"nursing": nursing, "law": law}
    # Added in another order than their ranks: Di, then Ana and Ben tied, Eve, Cy unranked.
    for name, rank in (("ana", 2.0), ("ben", 2.0), ("cy", None), ("di", 1.0), ("eve", 3.0)):
        people[name] = _person(nursing, name.title(), rank)
    people["zoe"] = _person(nursing, "Zoe", 4.0)
    people["lee"], people["kit"] = _person(law, "Lee", 1.0), _person(law, "Kit", 2.0)
    _request(people["di"], S.DECLINED)
    _request(people["ana"], S.DECLINED)
    _request(people["ana"], S.NOT_ASKED)  # asked again: a new request, not made yet
    _request(people["ben"], S.NO_REPLY)
    _request(people["eve"], S.NOT_ASKED)
    _request(people["eve"], S.ASKED)
    _request(people["zoe"], S.DECLINED)
    _request(people["lee"], S.ASKED)
    zoe = load_contact(people["zoe"])
    update_contact(contact_id=people["zoe"], contact=dataclasses.replace(zoe, field_id=law))
    Contact.update(rank=0.5).where(Contact.id == people["zoe"]).execute()  # first in Law
    return people


def _status_by_rule(contact_id: int) -> str:
    sql = f"SELECT {request_rule.CURRENT_STATUS_SQL} FROM contact AS c WHERE c.id = ?"
    return str(read(sql, [contact_id])[0][0])


def _home_next_people() -> dict[int, int | None]:
    """Return, by field, whom Home offers to ask next after a decline or a silence."""
    facts = agenda.agenda_facts(now=NOW)
    offered: dict[int, int | None] = {f.field_id: f.next_contact_id for f in facts.declined}
    for fact in facts.waiting:
        field_id = Contact.get_by_id(fact.contact_id).field_id
        assert offered.setdefault(field_id, fact.next_contact_id) == fact.next_contact_id
    return offered


def _assert_everyone_agrees(fields: list[int]) -> None:
    contacts = [int(i) for (i,) in read("SELECT id FROM contact")]
    for field_id in fields:
        rule = request_rule.next_to_ask(field_id)
        home = overview.next_person(field_id)
        assert (home[0] if home else None) == rule
        assert asking.next_to_ask(field_id=field_id) == rule
        shortlist = queries.shortlist_rows(field_id)
        assert pipeline.next_to_ask([(int(r[0]), S(str(r[4]))) for r in shortlist]) == rule
        assert [r[4] for r in shortlist] == [_status_by_rule(int(r[0])) for r in shortlist]
        ordinals = contact_table.rank_ordinals([field_id])
        assert sorted(ordinals, key=ordinals.__getitem__) == [r[0] for r in shortlist]
    offered = _home_next_people()
    assert set(offered) == set(fields)
    assert offered == {field_id: request_rule.next_to_ask(field_id) for field_id in fields}
    rows = contact_table.contact_rows(contacts)
    for contact_id in contacts:
        current = request_rule.current_request_id(contact_id)
        assert rows[contact_id].interview_id == current
        assert rows[contact_id].status.value == _status_by_rule(contact_id)
        record = asking.current_request(contact_id=contact_id)
        assert (record.interview_id if record else None) == current
    askable = contact_table.contact_ids(
        contact_table.ContactFilter(status=S.NOT_ASKED), contact_table.SortKey.NAME
    )
    assert set(askable) == {c for c in contacts if _status_by_rule(c) == S.NOT_ASKED.value}
    for interview_id, contact_id in read("SELECT id, contact_id FROM interview"):
        latest = interview_id == request_rule.current_request_id(contact_id)
        assert thanks.is_latest_request(interview_id=interview_id) == latest


def test_the_tangle_has_the_expected_answers(tangle: dict[str, int]) -> None:
    assert request_rule.next_to_ask(tangle["nursing"]) == tangle["ana"]  # tie with Ben: by id
    assert request_rule.next_to_ask(tangle["law"]) == tangle["kit"]  # Zoe declined, then moved
    statuses = {name: _status_by_rule(tangle[name]) for name in ("ana", "eve", "zoe", "cy")}
    assert statuses == {"ana": "not_asked", "eve": "asked", "zoe": "declined", "cy": "not_asked"}


def test_every_reader_gives_the_rules_answer(tangle: dict[str, int]) -> None:
    fields = [tangle["nursing"], tangle["law"]]
    _assert_everyone_agrees(fields)
    ana = asking.request_for(contact_id=tangle["ana"]).interview_id
    asking.mark_asked(interview_id=ana, channel=Channel.EMAIL, on=FRI)
    _assert_everyone_agrees(fields)  # Nursing: Cy, the one without a rank
    assert request_rule.next_to_ask(tangle["nursing"]) == tangle["cy"]
    start_request(contact_id=tangle["zoe"])  # Zoe is asked again, in Law this time
    _assert_everyone_agrees(fields)
    assert request_rule.next_to_ask(tangle["law"]) == tangle["zoe"]


def test_a_decline_hands_over_to_the_rules_next_person(tangle: dict[str, int]) -> None:
    ben = asking.current_request(contact_id=tangle["ben"])
    assert ben is not None
    following = asking.mark_declined(interview_id=ben.interview_id, on=FRI)
    assert following == request_rule.next_to_ask(tangle["nursing"]) == tangle["ana"]


def test_request_for_opens_a_request_only_for_someone_without_one(
    tangle: dict[str, int],
) -> None:
    before = request_rule.current_request_id(tangle["eve"])
    assert asking.request_for(contact_id=tangle["eve"]).interview_id == before
    opened = asking.request_for(contact_id=tangle["cy"]).interview_id
    assert request_rule.current_request_id(tangle["cy"]) == opened
    assert thanks.is_latest_request(interview_id=opened)
