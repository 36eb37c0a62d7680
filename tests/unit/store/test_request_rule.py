"""The request rule (``store.request_rule``): the current request, and whom to ask next."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store import request_rule
from infoview_gui.store.connection import read
from infoview_gui.store.models import Contact, Interview

S = InterviewStatus


def person(field_id: int | None, name: str) -> int:
    """Add a contact at the end of the field's ranking."""
    return add_contact(contact=ContactData(first_name=name, field_id=field_id))


def request(contact_id: int, status: InterviewStatus) -> int:
    """Open a new request to the contact and give it ``status``."""
    interview_id = start_request(contact_id=contact_id)
    Interview.update(status=status.value).where(Interview.id == interview_id).execute()
    return interview_id


def current(contact_id: int) -> tuple[int | None, str]:
    """Return (current request id, current status) of one contact, by the rule's fragments."""
    rows = read(
        f"SELECT {request_rule.CURRENT_REQUEST_ID_SQL}, {request_rule.CURRENT_STATUS_SQL} "
        "FROM contact AS c WHERE c.id = ?",
        [contact_id],
    )
    return rows[0][0], rows[0][1]


def test_the_current_request_is_the_latest_whatever_its_status(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    ana, ben, cy, di, eve = (person(field_id, n) for n in ("Ana", "Ben", "Cy", "Di", "Eve"))
    request(ana, S.DECLINED)
    ana_again = request(ana, S.NOT_ASKED)  # asked again later: a new request, not made yet
    ben_only = request(ben, S.NO_REPLY)
    request(di, S.THANKED)
    di_declined = request(di, S.DECLINED)  # a second interview, declined this time
    request(eve, S.NOT_ASKED)
    eve_asked = request(eve, S.ASKED)  # an older empty request does not make her askable
    assert current(ana) == (ana_again, "not_asked")
    assert current(ben) == (ben_only, "no_reply")
    assert current(cy) == (None, "not_asked")
    assert current(di) == (di_declined, "declined")
    assert current(eve) == (eve_asked, "asked")
    assert [request_rule.current_request_id(c) for c in (ana, cy, eve)] == [
        ana_again,
        None,
        eve_asked,
    ]
    assert request_rule.current_request_id(9999) is None


def test_only_the_current_request_is_current(store: SqliteDatabase) -> None:
    ana = person(add_field(name="Nursing"), "Ana")
    first, second = request(ana, S.DECLINED), request(ana, S.ASKED)
    assert not request_rule.is_current_request(first)
    assert request_rule.is_current_request(second)
    assert not request_rule.is_current_request(9999)


def test_the_next_person_follows_the_ranks_with_ties_and_blanks(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    ana, ben, cy, di = (person(field_id, n) for n in ("Ana", "Ben", "Cy", "Di"))
    ranks = {di: 1.0, ben: 2.0, ana: 2.0, cy: None}  # Di, then Ana and Ben tied (by id), Cy last
    for contact_id, rank in ranks.items():
        Contact.update(rank=rank).where(Contact.id == contact_id).execute()
    request(di, S.DECLINED)
    assert request_rule.next_to_ask(field_id) == ana
    request(ana, S.NO_REPLY)
    request(ben, S.DECLINED)
    request(ben, S.NOT_ASKED)  # Ben is asked again: he is the next one
    assert request_rule.next_to_ask(field_id) == ben
    request(ben, S.ACCEPTED)
    assert request_rule.next_to_ask(field_id) == cy  # no rank: last, but not forgotten
    request(cy, S.ASKED)
    assert request_rule.next_to_ask(field_id) is None
    assert request_rule.next_to_ask(add_field(name="Empty")) is None


def test_only_the_fields_own_contacts_count(store: SqliteDatabase) -> None:
    nursing, law = add_field(name="Nursing"), add_field(name="Law")
    request(person(nursing, "Ana"), S.DECLINED)
    person(None, "Nobody")  # in no field: never anyone's next
    lee = person(law, "Lee")
    ben = person(nursing, "Ben")
    assert (request_rule.next_to_ask(nursing), request_rule.next_to_ask(law)) == (ben, lee)


def test_a_contact_moved_to_another_field_keeps_her_current_request(
    store: SqliteDatabase,
) -> None:
    nursing, law = add_field(name="Nursing"), add_field(name="Law")
    ana, ben = person(nursing, "Ana"), person(nursing, "Ben")
    lee = person(law, "Lee")
    request(ana, S.DECLINED)
    request(lee, S.ASKED)
    update_contact(contact_id=ana, contact=dataclasses.replace(load_contact(ana), field_id=law))
    assert request_rule.next_to_ask(nursing) == ben
    assert request_rule.next_to_ask(law) is None  # she declined: moving her does not undo it
    opened = start_request(contact_id=ana)  # made in Law, after the move
    assert Interview.get_by_id(opened).field_id == law
    assert request_rule.next_to_ask(law) == ana
    assert request_rule.current_request_id(ana) == opened


def test_the_rule_imports_without_peewee() -> None:
    """Home's first screen runs the rule before Peewee is loaded."""
    code = (
        "import sys; import infoview_gui.store.request_rule, infoview_gui.store.overview; "
        "sys.exit('peewee' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=False)
    assert done.returncode == 0


@pytest.mark.parametrize(
    "fragment",
    [
        request_rule.CURRENT_REQUEST_ID_SQL,
        request_rule.CURRENT_STATUS_SQL,
        request_rule.NEXT_TO_ASK_SQL,
    ],
)
def test_the_rule_reads_through_the_indexes(store: SqliteDatabase, fragment: str) -> None:
    sql = fragment if fragment.startswith("SELECT") else f"SELECT {fragment} FROM contact AS c"
    plan = " ".join(str(row[3]) for row in read(f"EXPLAIN QUERY PLAN {sql}", [1] * sql.count("?")))
    assert "interview_contact_id" in plan
    if fragment is request_rule.NEXT_TO_ASK_SQL:
        assert "contact_field_id_rank" in plan and "TEMP B-TREE" not in plan
