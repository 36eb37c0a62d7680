"""Snapshots of deleted rows: exact to the id, with links cut by SET NULL put back."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import add_text, list_for_interview
from infoview_gui.services.ranking import add_criterion, set_score
from infoview_gui.store import search_queries
from infoview_gui.store.models import Contact, CriterionScore, Interview
from infoview_gui.store.snapshots import restore, take
from tests.unit.services.test_deletion import dump


@pytest.fixture
def people(store: SqliteDatabase) -> dict[str, int]:
    """Ana introduced Ben and Cy; each has a score, an interview and its answered list."""
    field_id = add_field(name="Nursing")
    criterion = add_criterion(field_id=field_id, name="Near")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    ids = {"ana": ana, "field": field_id}
    for name in ("Ben", "Cy"):
        ids[name.lower()] = add_contact(
            contact=ContactData(first_name=name, field_id=field_id, introduced_by_id=ana)
        )
    for key in ("ana", "ben", "cy"):
        set_score(contact_id=ids[key], criterion_id=criterion, score=4)
        interview = start_request(contact_id=ids[key])
        add_text(list_id=list_for_interview(interview_id=interview), text=f"{key} rounds?")
    return ids


def test_a_snapshot_puts_back_every_row_and_every_cut_link(people: dict[str, int]) -> None:
    before = dump()
    snapshot = delete_contacts(contact_ids=[people["ana"]])
    assert Contact.get_by_id(people["ben"]).introduced_by_id is None  # SET NULL cut it
    assert snapshot.count(Contact) == 1 and snapshot.count(CriterionScore) == 1
    assert snapshot.tables() >= {"contact", "interview", "question_list", "list_question"}
    undo_delete(snapshot=snapshot)
    assert dump() == before
    assert search_queries.search_index_problem() == ""


def test_deleting_everyone_and_undoing_keeps_the_search_index_in_step(
    people: dict[str, int],
) -> None:
    before = dump()
    everyone = [people["ana"], people["ben"], people["cy"]]
    steps: list[tuple[int, int]] = []
    snapshot = delete_contacts(contact_ids=everyone, report=lambda d, t: steps.append((d, t)))
    assert Contact.select().count() == 0 and Interview.select().count() == 0
    assert steps and steps[-1][0] == steps[-1][1]  # the progress reaches its end
    undo_delete(snapshot=snapshot)
    assert dump() == before
    assert search_queries.search_index_problem() == ""


def test_a_restore_stopped_half_way_puts_back_nothing(people: dict[str, int]) -> None:
    snapshot = delete_contacts(contact_ids=[people["ana"], people["ben"], people["cy"]])

    def stop(done: int, total: int) -> None:
        if done < total:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        restore(snapshot, stop)
    assert Contact.select().count() == 0  # rolled back: all or nothing
    restore(snapshot)
    assert Contact.select().count() == 3


def test_a_delete_stopped_half_way_deletes_nothing(people: dict[str, int]) -> None:
    def stop(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        delete_contacts(contact_ids=[people["ana"]], report=stop)
    assert Contact.select().count() == 3
    assert take(Contact, [people["ana"]]).count(Interview) == 1
