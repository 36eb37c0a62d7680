"""Tags on contacts: one tag however it is cased, many contacts at once, every change undone."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError
from infoview_gui.services import tags
from infoview_gui.services.contacts import add_contact, delete_contacts, save_contact, undo_delete
from infoview_gui.services.search import search_everything
from infoview_gui.store import tag_rows


def _people(*names: str) -> list[int]:
    return [add_contact(contact=ContactData(first_name=name)) for name in names]


def _line(contact_id: int) -> str:
    return tag_rows.tag_lines([contact_id]).get(contact_id, "?")


def test_a_tag_typed_in_another_case_or_without_accents_is_the_same_tag(
    store: SqliteDatabase,
) -> None:
    ana, ben = _people("Ana", "Ben")
    tags.add_tags(contact_ids=[ana], names=["Café  alumni"])
    tags.add_tags(contact_ids=[ben], names=["CAFE ALUMNI", "nursing"])
    assert tags.tag_choices() == [(1, "Café alumni"), (2, "nursing")]  # kept as first typed
    assert tags.tags_of(contact_id=ben) == ["Café alumni", "nursing"]
    assert _line(ben) == "Café alumni, nursing"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("   ", "Type the tag"), ("a, b", "comma"), ("x" * 61, "at most 60"), ("a\nb", "one line")],
)
def test_a_bad_tag_is_refused_with_a_sentence_and_nothing_changes(
    store: SqliteDatabase, name: str, reason: str
) -> None:
    (ana,) = _people("Ana")
    with pytest.raises(ValidationError, match=reason):
        tags.add_tags(contact_ids=[ana], names=["good", name])
    assert tags.tags_of(contact_id=ana) == [] and tags.tag_choices() == []


def test_adding_and_removing_on_a_selection_touches_only_those_and_undoes_exactly(
    store: SqliteDatabase,
) -> None:
    ana, ben, cy = _people("Ana", "Ben", "Cy")
    tags.add_tags(contact_ids=[ana], names=["alumni"])
    change = tags.add_tags(contact_ids=[ana, ben], names=["alumni", "met at fair"])
    assert change.contacts == 2 and len(change.added) == 3  # Ana had alumni already
    assert [_line(c) for c in (ana, ben, cy)] == ["alumni, met at fair"] * 2 + [""]
    tags.undo_tag_change(change=change)
    assert [_line(c) for c in (ana, ben, cy)] == ["alumni", "", ""]
    alumni = tags.tag_choices()[0][0]
    removed = tags.remove_tag(contact_ids=[ana, cy], tag_id=alumni)
    assert removed.removed == ((ana, alumni),) and _line(ana) == ""
    assert tags.tag_choices() == []  # in use by none: no longer offered
    tags.undo_tag_change(change=removed)
    assert _line(ana) == "alumni"


def test_renaming_a_tag_renames_it_on_every_contact_and_onto_another_merges(
    store: SqliteDatabase,
) -> None:
    ana, ben = _people("Ana", "Ben")
    tags.add_tags(contact_ids=[ana, ben], names=["nurse"])
    tags.add_tags(contact_ids=[ben], names=["nursing"])
    nurse, nursing = (tag_id for tag_id, _ in tags.tag_choices())
    renamed = tags.rename_tag(tag_id=nurse, name="Nurses")
    assert [_line(ana), _line(ben)] == ["Nurses", "Nurses, nursing"]
    merged = tags.rename_tag(tag_id=nurse, name="NURSING")
    assert [_line(ana), _line(ben)] == ["nursing", "nursing"]
    assert tags.tag_choices() == [(nursing, "nursing")]
    tags.undo_tag_change(change=merged)
    tags.undo_tag_change(change=renamed)
    assert [_line(ana), _line(ben)] == ["nurse", "nurse, nursing"]


def test_the_contact_dialog_saves_details_and_tags_in_one_transaction(
    store: SqliteDatabase,
) -> None:
    def save() -> int:
        return save_contact(contact_id=None, contact=ContactData(first_name="Dana"), scores={})

    dana = tags.save_with_tags(save=save, names=["alumni", "Alumni", "mentor"])
    assert tags.tags_of(contact_id=dana) == ["alumni", "mentor"]
    with pytest.raises(ValidationError):
        tags.save_with_tags(save=save, names=["a,b"])
    count = store.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    assert count == 1  # the second Dana was not saved either


def test_delete_and_undo_keep_a_contacts_tags(store: SqliteDatabase) -> None:
    ana, ben = _people("Ana", "Ben")
    tags.add_tags(contact_ids=[ana, ben], names=["alumni", "mentor"])
    snapshot = delete_contacts(contact_ids=[ana])
    assert tags.tag_choices() != [] and _line(ana) == "?"
    undo_delete(snapshot=snapshot)
    assert tags.tags_of(contact_id=ana) == ["alumni", "mentor"]
    assert _line(ana) == "alumni, mentor"


def test_search_everything_finds_a_contact_by_its_tag_and_follows_a_rename(
    store: SqliteDatabase,
) -> None:
    (ana,) = _people("Ana")
    tags.add_tags(contact_ids=[ana], names=["Hospitalière"])
    hits = search_everything(text="hospitali").hits
    assert [(hit.record_id, hit.title) for hit in hits] == [(ana, "Ana")]
    tags.rename_tag(tag_id=tags.tag_choices()[0][0], name="clinic")
    assert search_everything(text="hospitali").hits == ()
    assert [hit.record_id for hit in search_everything(text="clin").hits] == [ana]


def test_a_contact_found_by_name_and_by_tag_is_listed_once(store: SqliteDatabase) -> None:
    (ana,) = _people("Nora")
    tags.add_tags(contact_ids=[ana], names=["Norway"])
    assert [hit.record_id for hit in search_everything(text="nor").hits] == [ana]
