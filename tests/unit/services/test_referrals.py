"""Referrals: the person suggested becomes a contact of the field, introduced and flagged."""

from __future__ import annotations

from datetime import date

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.referrals import Referral
from infoview_gui.services import asking, referrals, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.models import Contact


@pytest.fixture
def dana(store: SqliteDatabase) -> int:
    field_id = add_field(name="Data journalism")
    add_contact(contact=ContactData(first_name="First", last_name="Ranked", field_id=field_id))
    return add_contact(contact=ContactData(first_name="Dana", last_name="Ruiz", field_id=field_id))


def test_a_referral_joins_the_referrers_field_last_introduced_and_flagged(dana: int) -> None:
    new_id = referrals.add_referral(
        referrer_id=dana,
        referral=Referral("Sam Lee", organisation="The Courier", email="sam@courier.example"),
    )
    row = Contact.get_by_id(new_id)
    referrer = Contact.get_by_id(dana)
    assert (row.first_name, row.last_name, row.organisation) == ("Sam", "Lee", "The Courier")
    assert row.__data__["introduced_by"] == dana
    assert row.__data__["field"] == referrer.__data__["field"]
    assert row.referral is True
    ranks = [c.rank for c in Contact.select().where(Contact.field == row.__data__["field"])]
    assert row.rank == max(ranks)


def test_how_to_reach_them_goes_into_the_notes(dana: int) -> None:
    new_id = referrals.add_referral(
        referrer_id=dana, referral=Referral("Ola", how_to_reach="via  the newsroom\nfront desk")
    )
    assert Contact.get_by_id(new_id).notes == "How to reach them: via the newsroom front desk"


def test_a_referral_without_a_name_is_refused_and_nothing_is_added(dana: int) -> None:
    before = Contact.select().count()
    with pytest.raises(ValidationError, match="name"):
        referrals.add_referral(referrer_id=dana, referral=Referral("   ", email="x@example.org"))
    assert Contact.select().count() == before


def test_the_request_to_a_referral_opens_with_the_referrer(dana: int) -> None:
    new_id = referrals.add_referral(referrer_id=dana, referral=Referral("Sam Lee"))
    body = asking.draft_request(contact_id=new_id, today=date(2026, 3, 1))
    first_line = body.body.split("\n\n")[1]
    assert first_line.startswith("Dana Ruiz suggested I contact you.")


def test_each_contact_shows_who_introduced_them_and_whom_they_introduced(dana: int) -> None:
    sam = referrals.add_referral(referrer_id=dana, referral=Referral("Sam Lee"))
    referrals.add_referral(referrer_id=dana, referral=Referral("Ada Byron"))
    assert referrals.introductions(contact_id=dana).introduced == ("Ada Byron", "Sam Lee")
    assert referrals.introductions(contact_id=sam) == referrals.Introductions("Dana Ruiz", (), True)
    assert (
        referrals.introductions(contact_id=dana).sentence() == "Introduced Ada Byron and Sam Lee."
    )
    assert referrals.introductions(contact_id=sam).sentence() == "A referral from Dana Ruiz."


def test_a_field_shows_its_chains_from_the_people_first_found(dana: int) -> None:
    sam = referrals.add_referral(referrer_id=dana, referral=Referral("Sam Lee"))
    referrals.add_referral(referrer_id=sam, referral=Referral("Kim Park"))
    field_id = Contact.get_by_id(dana).__data__["field"]
    lines = referrals.referral_chains(field_id=field_id)
    assert [(line.depth, line.name) for line in lines] == [
        (0, "Dana Ruiz"),
        (1, "Sam Lee"),
        (2, "Kim Park"),
    ]


def test_a_field_shows_only_its_people_in_chains_whoever_introduced_them(dana: int) -> None:
    field_id = Contact.get_by_id(dana).__data__["field"]
    other = add_contact(contact=ContactData(first_name="Out", field_id=add_field(name="Law")))

    def person(first: str, by: int) -> int:
        data = ContactData(first_name=first, field_id=field_id, introduced_by_id=by)
        return add_contact(contact=data)

    person("Sam", dana)
    person("Moe", person("Lee", other))  # Lee was introduced from outside the field
    person("Pat", other)  # introduced from outside, introduced nobody: in no chain
    loop = person("Ann", dana)
    Contact.update(introduced_by=loop).where(Contact.id == dana).execute()  # typed by hand
    assert [(line.depth, line.name) for line in referrals.referral_chains(field_id=field_id)] == [
        (0, "Lee"),
        (1, "Moe"),
    ]
    Contact.update(introduced_by=None).where(Contact.id == dana).execute()
    lines = referrals.referral_chains(field_id=field_id)
    assert [(line.depth, line.name) for line in lines] == [
        (0, "Dana Ruiz"),
        (1, "Ann"),
        (1, "Sam"),
        (0, "Lee"),
        (1, "Moe"),
    ]


def test_the_thank_you_to_the_referrer_says_you_will_reach_out(dana: int) -> None:
    interview_id = asking.request_for(contact_id=dana).interview_id
    assert "suggesting" not in thanks.thank_you_draft(interview_id=interview_id).body
    referrals.add_referral(referrer_id=dana, referral=Referral("Sam Lee"))
    body = thanks.thank_you_draft(interview_id=interview_id).body
    assert "Thank you also for suggesting Sam Lee: I will get in touch with them." in body
