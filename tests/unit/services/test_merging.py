"""Possible duplicates among stored contacts, and merging two into one with undo."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.domain.errors import ValidationError
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.merging import (
    CARD,
    default_region,
    find_in_file,
    merge_contacts,
    possible_duplicates,
    undo_merge,
)
from infoview_gui.services.ranking import add_criterion, set_score
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, CriterionScore, Interview, Profile

_TABLES = ("contact", "contact_point", "criterion_score", "interview")


def dump() -> dict[str, list[tuple[object, ...]]]:
    return {
        table: list(database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
        for table in _TABLES
    }


def test_an_address_book_copy_of_a_networking_contact_is_listed(store: SqliteDatabase) -> None:
    add_contact(
        contact=ContactData(
            first_name="Robert",
            last_name="Smith",
            organisation="Fenwick",
            profile_url="https://www.linkedin.com/in/rsmith",
        )
    )
    add_contact(
        contact=ContactData(
            first_name="Bob",
            last_name="Smith",
            organisation="fenwick",
            email="bob@fenwick.example",
            phone="020 7946 0000",
        )
    )
    add_contact(
        contact=ContactData(
            first_name="Ann",
            last_name="Lee",
            email="ann@home.example",
            other_points=(ContactPoint(PointKind.PHONE, "+44 20 7946 0000", PointLabel.WORK),),
        )
    )
    pairs = possible_duplicates(region="GB")
    assert [(p.first_name, p.second_name, p.reasons) for p in pairs] == [
        ("Robert Smith", "Bob Smith", ("close names at Fenwick",)),
        ("Bob Smith", "Ann Lee", ("same phone +44 20 7946 0000",)),
    ]


def test_local_numbers_are_read_in_the_users_own_country(store: SqliteDatabase) -> None:
    assert default_region("US") == "US"
    Profile.create(name="Me", phone="+33 1 23 45 67 89")
    assert default_region("US") == "FR"


@pytest.fixture
def pair(store: SqliteDatabase) -> tuple[int, int, int]:
    """Two records of one person, each with an interview, scores, notes and an introduction."""
    field_id = add_field(name="Law")
    other_field = add_field(name="Nursing")
    criterion, second_criterion = (
        add_criterion(field_id=field_id, name="Pay"),
        add_criterion(field_id=field_id, name="Hours"),
    )
    kept = add_contact(
        contact=ContactData(
            first_name="Robert",
            last_name="Smith",
            organisation="Fenwick",
            profile_url="https://www.linkedin.com/in/rsmith",
            notes="Met at the careers fair.",
            field_id=field_id,
        )
    )
    removed = add_contact(
        contact=ContactData(
            first_name="Bob",
            last_name="Smith",
            organisation="Fenwick",
            title="Partner",
            email="bob@fenwick.example",
            phone="020 7946 0000",
            notes="Prefers phone calls.",
            field_id=other_field,
        )
    )
    introduced = add_contact(contact=ContactData(first_name="Cleo", introduced_by_id=removed))
    set_score(contact_id=kept, criterion_id=criterion, score=2)
    Contact.update(field=field_id).where(Contact.id == removed).execute()
    set_score(contact_id=removed, criterion_id=criterion, score=5)
    set_score(contact_id=removed, criterion_id=second_criterion, score=4)
    Contact.update(card_name="Bob Smith", card_title="Partner").where(
        Contact.id == removed
    ).execute()
    start_request(contact_id=removed)
    return kept, removed, introduced


def test_merging_moves_everything_onto_the_kept_contact(pair: tuple[int, int, int]) -> None:
    kept, removed, introduced = pair
    merge_contacts(kept_id=kept, removed_id=removed, picked={"title", CARD})
    assert not Contact.select().where(Contact.id == removed).exists()
    merged = load_contact(kept)
    assert (merged.first_name, merged.title) == ("Robert", "Partner")
    assert merged.notes == "Met at the careers fair.\n\nPrefers phone calls."
    assert merged.email == "bob@fenwick.example"
    assert merged.phone == "020 7946 0000"
    assert merged.profile_url == "https://www.linkedin.com/in/rsmith"
    assert Interview.select().where(Interview.contact == kept).count() == 1
    assert sorted(
        s.score for s in CriterionScore.select().where(CriterionScore.contact == kept)
    ) == [2, 4]  # the kept contact's own score on a criterion wins
    assert Contact.get_by_id(introduced).introduced_by_id == kept
    assert Contact.get_by_id(kept).card_title == "Partner"


def test_picked_primaries_come_first_and_the_others_stay(pair: tuple[int, int, int]) -> None:
    kept, removed, _ = pair
    Contact.update(email="robert@home.example").where(Contact.id == kept).execute()
    merge_contacts(kept_id=kept, removed_id=removed, picked={"email"})
    merged = load_contact(kept)
    assert merged.email == "bob@fenwick.example"
    assert [p.value for p in merged.other_points] == ["robert@home.example"]


def test_undo_puts_both_back_exactly(pair: tuple[int, int, int]) -> None:
    kept, removed, _ = pair
    before = dump()
    undo = merge_contacts(kept_id=kept, removed_id=removed, picked={"title", "email", CARD})
    assert dump() != before
    undo_merge(undo=undo)
    assert dump() == before


def test_a_contact_is_not_merged_with_itself(pair: tuple[int, int, int]) -> None:
    kept, _, _ = pair
    with pytest.raises(ValidationError):
        merge_contacts(kept_id=kept, removed_id=kept, picked=())


def test_a_worker_finds_them_in_the_file_on_its_own_connection(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    for first in ("Robert", "Bob"):
        add_contact(
            contact=ContactData(first_name=first, last_name="Smith", organisation="Fenwick")
        )
    found = find_in_file(paths.database, region="GB")
    assert [(p.first_name, p.second_name) for p in found] == [("Robert Smith", "Bob Smith")]
