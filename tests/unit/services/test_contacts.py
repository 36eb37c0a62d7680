from __future__ import annotations

from dataclasses import replace

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel, with_points
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.services.contacts import (
    add_contact,
    delete_contacts,
    find_duplicates,
    load_contact,
    undo_delete,
    update_contact,
)
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.ranking import criteria, set_score
from infoview_gui.store.models import Contact, CriterionScore, Interview, ListQuestion, QuestionList


def test_contact_round_trips(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    data = ContactData(
        first_name="Ana",
        last_name="López",
        email="ana@example.org",
        profile_url="https://example.org/in/ana",
        field_id=field_id,
        notes="Kind.",
        email_label=PointLabel.WORK,
        phone="+34 600 000 000",
        phone_label=PointLabel.MOBILE,
        other_points=(
            ContactPoint(PointKind.EMAIL, "ana@home.example", PointLabel.HOME),
            ContactPoint(PointKind.PHONE, "+34 600 000 001", PointLabel.WORK),
        ),
    )
    contact_id = add_contact(contact=data)
    loaded = load_contact(contact_id)
    assert loaded.uid.startswith("urn:uuid:")
    assert loaded == replace(data, uid=loaded.uid)


def test_an_edit_changes_the_points_and_keeps_the_uid(store: SqliteDatabase) -> None:
    contact_id = add_contact(
        contact=ContactData(
            first_name="Ana",
            email="ana@work.example",
            other_points=(ContactPoint(PointKind.EMAIL, "ana@home.example"),),
        )
    )
    before = load_contact(contact_id)
    edited = with_points(
        replace(before, uid="urn:uuid:someone-else"),
        [ContactPoint(PointKind.EMAIL, "ana@home.example", PointLabel.HOME)],
    )
    update_contact(contact_id=contact_id, contact=edited)
    after = load_contact(contact_id)
    assert (after.email, after.email_label, after.other_points) == (
        "ana@home.example",
        PointLabel.HOME,
        (),
    )
    assert after.uid == before.uid
    search = Contact.get_by_id(contact_id).search_text
    assert "ana@home.example" in search and "ana@work.example" not in search


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (ContactData(), "first_name", "needs a name or an email"),
        (ContactData(first_name="Ana", email="ana@"), "email", "does not look like an email"),
        (ContactData(first_name="Ana", email="a@b.org?cc=x"), "email", "cannot contain"),
        (ContactData(first_name="Ana", email="a&b@b.org"), "email", "cannot contain"),
        (ContactData(first_name="Ana", profile_url="javascript:alert(1)"), "profile_url", "http"),
        (ContactData(first_name="Ana", profile_url="ftp://x.org"), "profile_url", "http"),
        (ContactData(first_name="A" * 201), "first_name", "too long"),
        (ContactData(first_name="Ana", notes="x" * 100_001), "notes", "too long"),
    ],
)
def test_bad_contacts_are_refused_in_words(
    store: SqliteDatabase, data: ContactData, field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        add_contact(contact=data)
    assert refused.value.field == field
    assert Contact.select().count() == 0


def test_a_contact_with_only_an_email_is_fine(store: SqliteDatabase) -> None:
    contact_id = add_contact(contact=ContactData(email="someone@example.org"))
    assert load_contact(contact_id).email == "someone@example.org"


def test_introduced_by_points_at_another_contact(store: SqliteDatabase) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana"))
    ben = add_contact(contact=ContactData(first_name="Ben", introduced_by_id=ana))
    assert load_contact(ben).introduced_by_id == ana
    with pytest.raises(ValidationError, match="introduced themselves"):
        update_contact(contact_id=ben, contact=ContactData(first_name="Ben", introduced_by_id=ben))


def test_moving_a_contact_to_another_field_puts_them_last(store: SqliteDatabase) -> None:
    law, art = add_field(name="Law"), add_field(name="Art")
    first = add_contact(contact=ContactData(first_name="A", field_id=art))
    moving = add_contact(contact=ContactData(first_name="B", field_id=law))
    update_contact(contact_id=moving, contact=ContactData(first_name="B", field_id=art))
    ranks = {c.id: c.rank for c in Contact.select()}
    assert ranks[moving] > ranks[first]


def test_updating_a_missing_contact_says_so(store: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        update_contact(contact_id=99, contact=ContactData(first_name="X"))


@pytest.mark.parametrize(
    ("saved", "new", "reason"),
    [
        (
            ContactData(first_name="A", email="Ana@Example.org"),
            ContactData(first_name="B", email="ana@example.ORG"),
            "the same email address",
        ),
        (
            ContactData(first_name="A", profile_url="https://www.linkedin.com/in/Ana/"),
            ContactData(first_name="B", profile_url="https://www.linkedin.com/in/ana"),
            "the same profile address",
        ),
        (
            ContactData(first_name="José", last_name="Núñez", organisation="Café Co"),
            ContactData(first_name="jose", last_name="NUNEZ", organisation="cafe co"),
            "the same name and organization",
        ),
    ],
)
def test_likely_duplicates_are_found(
    store: SqliteDatabase, saved: ContactData, new: ContactData, reason: str
) -> None:
    existing = add_contact(contact=saved)
    [duplicate] = find_duplicates(new)
    assert (duplicate.contact_id, duplicate.reason) == (existing, reason)
    assert find_duplicates(new, exclude_id=existing) == []


def test_different_people_are_not_duplicates(store: SqliteDatabase) -> None:
    add_contact(contact=ContactData(first_name="Ana", last_name="Lopez", organisation="A"))
    assert find_duplicates(ContactData(first_name="Ana", last_name="Lopez", organisation="B")) == []


def test_delete_then_undo_restores_the_contact_with_everything(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    ben = add_contact(contact=ContactData(first_name="Ben", introduced_by_id=ana))
    criterion_id = criteria(field_id)[0][0]
    set_score(contact_id=ana, criterion_id=criterion_id, score=4)
    interview_id = start_request(contact_id=ana)
    qlist = QuestionList.create(interview=interview_id)
    ListQuestion.create(
        question_list=qlist.id, text="How did you start?", position=1.0, answer="By accident"
    )
    before = [dict(row) for row in Contact.select().dicts()]

    snapshot = delete_contacts(contact_ids=[ana])
    assert Interview.select().count() == 0
    assert ListQuestion.select().count() == 0
    assert Contact.get_by_id(ben).introduced_by_id is None

    undo_delete(snapshot=snapshot)
    assert [dict(row) for row in Contact.select().dicts()] == before
    assert Interview.get_by_id(interview_id).contact_id == ana
    assert ListQuestion.get().answer == "By accident"
    assert CriterionScore.get().score == 4
    assert store.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_two_contacts_that_point_at_each_other_undoes_cleanly(
    store: SqliteDatabase,
) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana"))
    ben = add_contact(contact=ContactData(first_name="Ben", introduced_by_id=ana))
    update_contact(contact_id=ana, contact=ContactData(first_name="Ana", introduced_by_id=ben))
    snapshot = delete_contacts(contact_ids=[ben, ana])
    assert Contact.select().count() == 0
    undo_delete(snapshot=snapshot)
    assert load_contact(ana).introduced_by_id == ben
    assert load_contact(ben).introduced_by_id == ana
