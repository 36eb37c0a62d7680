"""Merging two contacts carries their tags, referrals and keeping in touch; undo parts them."""

from __future__ import annotations

from datetime import date

from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import keep_touch, tags
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.services.merging import merge_contacts, undo_merge
from infoview_gui.services.referrals import introductions
from infoview_gui.store.database import database
from infoview_gui.store.tag_rows import tag_lines

TODAY = date(2026, 4, 20)
_TABLES = ("contact", "contact_tag", "contact_tag_line", "keep_touch", "touch")


def _dump() -> dict[str, list[tuple[object, ...]]]:
    return {
        table: list(database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
        for table in _TABLES
    }


def _add(first: str, **details: object) -> int:
    return add_contact(contact=ContactData(first_name=first, **details))  # type: ignore[arg-type]


def test_merging_keeps_the_union_of_tags_and_undo_gives_each_its_own(
    store: SqliteDatabase,
) -> None:
    kept, removed = _add("Robert"), _add("Bob")
    tags.add_tags(contact_ids=[kept], names=["alumni", "law"])
    tags.add_tags(contact_ids=[removed], names=["Law", "mentor"])
    before = _dump()
    undo = merge_contacts(kept_id=kept, removed_id=removed, picked=set())
    assert tags.tags_of(contact_id=kept) == ["alumni", "law", "mentor"]
    assert tag_lines([kept, removed]) == {kept: "alumni, law, mentor"}
    undo_merge(undo=undo)
    assert _dump() == before


def test_the_people_either_introduced_follow_and_the_kept_introducer_stays(
    store: SqliteDatabase,
) -> None:
    dana, eve = _add("Dana"), _add("Eve")
    kept = _add("Robert", introduced_by_id=dana)
    removed = _add("Bob", introduced_by_id=eve)
    cleo, finn = _add("Cleo", introduced_by_id=removed), _add("Finn", introduced_by_id=kept)
    merge_contacts(kept_id=kept, removed_id=removed, picked=set())
    assert load_contact(kept).introduced_by_id == dana
    assert {load_contact(c).introduced_by_id for c in (cleo, finn)} == {kept}
    said = introductions(contact_id=kept).sentence()
    assert "Cleo" in said and "Finn" in said


def test_a_kept_contact_without_introducer_takes_the_others_and_its_referral_flag(
    store: SqliteDatabase,
) -> None:
    dana = _add("Dana")
    kept, removed = _add("Robert"), _add("Bob", introduced_by_id=dana)
    database.execute_sql("UPDATE contact SET referral = 1 WHERE id = ?", [removed])
    merge_contacts(kept_id=kept, removed_id=removed, picked=set())
    assert load_contact(kept).introduced_by_id == dana
    flag = database.execute_sql("SELECT referral FROM contact WHERE id = ?", [kept]).fetchone()
    assert flag == (1,)


def test_every_update_logged_with_either_stays_and_the_kept_cadence_wins(
    store: SqliteDatabase,
) -> None:
    kept, removed, third = _add("Robert"), _add("Bob"), _add("Rob")
    keep_touch.set_keep_touch(contact_id=kept, every=3, unit="months", today=TODAY)
    keep_touch.set_keep_touch(contact_id=removed, every=6, unit="weeks", today=TODAY)
    keep_touch.log_update(contact_id=kept, on=date(2026, 5, 1), note="first")
    keep_touch.log_update(contact_id=removed, on=date(2026, 6, 1), note="second")
    before = _dump()
    undo = merge_contacts(kept_id=kept, removed_id=removed, picked=set())
    rows = database.execute_sql("SELECT contact_id, note FROM touch ORDER BY on_day").fetchall()
    assert rows == [(kept, "first"), (kept, "second")]
    cadence = keep_touch.keep_touch_of(contact_id=kept, today=TODAY).cadence
    assert cadence is not None and cadence.words == "every 3 months"
    undo_merge(undo=undo)
    assert _dump() == before
    merge_contacts(kept_id=third, removed_id=removed, picked=set())  # no cadence of its own
    cadence = keep_touch.keep_touch_of(contact_id=third, today=TODAY).cadence
    assert cadence is not None and cadence.words == "every 6 weeks"
