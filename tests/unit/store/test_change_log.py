"""The store records every write as it happens, so that no view can miss one."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, ranking
from infoview_gui.services.contacts import add_contact, update_contact
from infoview_gui.services.fields import add_field, add_research_item
from infoview_gui.services.profile import save_profile
from infoview_gui.store import change_log, connection
from infoview_gui.store.database import database
from infoview_gui.store.schema_search import NOT_DERIVED


def drained() -> Changes:
    return change_log.drain(connection.current())


@pytest.fixture
def nursing(store: SqliteDatabase) -> int:
    field_id = add_field(name="Nursing")
    drained()
    return field_id


def test_every_table_of_the_schema_is_recorded(store: SqliteDatabase) -> None:
    tables = {
        name
        for (name,) in connection.read(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            f"AND {NOT_DERIVED}"  # the search index: derived, no view shows it as such
        )
    }
    assert tables == set(change_log._RECORDS)


def test_adding_a_contact_to_a_field_changes_contacts_and_its_ranking(nursing: int) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    changes = drained()
    assert changes.ids_of(Kind.CONTACTS) == {ana}
    assert changes.ids_of(Kind.RANKING) == {nursing}
    assert not changes.touches(Kind.INTERVIEWS | Kind.QUESTIONS | Kind.PROFILE)
    assert not drained(), "a drained log starts empty"


def test_a_move_is_a_change_of_the_ranking(nursing: int) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    ben = add_contact(contact=ContactData(first_name="Ben", field_id=nursing))
    drained()
    ranking.move(field_id=nursing, contact_ids=[ben], after_id=None, before_id=ana)
    changes = drained()
    assert changes.ids_of(Kind.RANKING) == {nursing}
    assert changes.ids_of(Kind.CONTACTS) == {ben}


def test_editing_details_is_not_a_change_of_the_ranking(nursing: int) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    drained()
    update_contact(
        contact_id=ana, contact=ContactData(first_name="Ana", last_name="Ruiz", field_id=nursing)
    )
    changes = drained()
    assert changes.ids_of(Kind.CONTACTS) == {ana}
    assert not changes.touches(Kind.RANKING)


def test_moving_a_contact_to_another_field_changes_both_rankings(nursing: int) -> None:
    law = add_field(name="Law")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    drained()
    update_contact(contact_id=ana, contact=ContactData(first_name="Ana", field_id=law))
    assert drained().ids_of(Kind.RANKING) == {nursing, law}


def test_requests_research_and_profile_have_their_kinds(nursing: int) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    interview_id = asking.request_for(contact_id=ana).interview_id
    add_research_item(field_id=nursing, text="Night shifts are common")
    save_profile(profile=ProfileData(name="Sam Lee"))
    changes = drained()
    assert interview_id in (changes.ids_of(Kind.INTERVIEWS) or set())
    assert changes.ids_of(Kind.RESEARCH) == {nursing}
    assert changes.touches(Kind.PROFILE)


def test_a_rolled_back_action_leaves_nothing_in_the_log(nursing: int) -> None:
    with pytest.raises(DomainError), database.atomic():
        add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
        raise DomainError("the disk refused the last write")
    assert not drained()


def test_nothing_is_drained_inside_an_open_transaction(nursing: int) -> None:
    with database.atomic():
        add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
        assert not drained()
    assert drained().touches(Kind.CONTACTS)


def test_the_log_lives_with_the_connection_not_in_the_file(nursing: int) -> None:
    names = {name for (name,) in connection.read("SELECT name FROM sqlite_master")}
    assert not any(name.startswith("log_") or name == change_log.LOG_TABLE for name in names)


def test_a_write_of_very_many_rows_changes_the_kind_as_a_whole(nursing: int) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    with database.atomic():
        for _ in range(change_log.MAX_IDS):
            update_contact(contact_id=ana, contact=ContactData(first_name="Ana", field_id=nursing))
    changes = drained()
    assert changes.touches(Kind.CONTACTS)
    assert changes.ids_of(Kind.CONTACTS) is None  # read again as a whole, not id by id
    assert changes.ids_of(Kind.RANKING) == {nursing}
