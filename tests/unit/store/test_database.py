from __future__ import annotations

import stat
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store.models import CareerField, Contact, Criterion, Interview


def test_pragmas_read_back_as_chosen(store: SqliteDatabase) -> None:
    assert store.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_database_and_wal_are_private(store: SqliteDatabase, paths: AppPaths) -> None:
    add_field(name="Nursing")
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_database_file_is_created_private_before_sqlite_opens_it(tmp_path: Path) -> None:
    from infoview_gui.store.database import create_private_file

    target = tmp_path / "x.sqlite3"
    create_private_file(target)
    assert target.stat().st_size == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_enumerations_are_checked_by_the_database(store: SqliteDatabase) -> None:
    with pytest.raises(IntegrityError):
        CareerField.create(name="Law", status="maybe")


def test_weights_are_kept_between_zero_and_five(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    with pytest.raises(IntegrityError):
        Criterion.create(field=field_id, name="Too heavy", weight=6)


def test_deleting_a_contact_deletes_its_interviews(store: SqliteDatabase) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Ana"))
    start_request(contact_id=contact_id)
    Contact.delete_by_id(contact_id)
    assert Interview.select().count() == 0


def test_deleting_a_field_keeps_its_contacts(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    contact_id = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    CareerField.delete_by_id(field_id)
    contact = Contact.get_by_id(contact_id)
    assert contact.field_id is None
    assert Criterion.select().count() == 0


def test_a_new_field_gets_the_three_starting_criteria(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    names = [c.name for c in Criterion.select().where(Criterion.field == field_id)]
    assert names == [
        "How close their job is to the one I want",
        "We know someone in common",
        "Easy to meet (location)",
    ]
