"""Exported vCards carry each contact's stable UID and REV; re-importing matches by UID."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.services import exports, imports
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.import_plan import preview_data
from infoview_gui.store.models import Contact

ADA = ContactData(
    first_name="Ada",
    last_name="Quill",
    email="ada@work.example",
    email_label=PointLabel.WORK,
    phone="+44 20 7946 0000",
    phone_label=PointLabel.MOBILE,
    other_points=(
        ContactPoint(PointKind.EMAIL, "ada@home.example", PointLabel.HOME),
        ContactPoint(PointKind.WEB, "https://ada.example", PointLabel.HOME),
    ),
)


def _card(path: Path) -> str:
    return path.read_bytes().decode("utf-8").replace("\r\n ", "")


def test_every_export_writes_the_same_uid_and_a_rev(store: SqliteDatabase, tmp_path: Path) -> None:
    contact_id = add_contact(contact=ADA)
    uid = load_contact(contact_id).uid
    exports.export_vcard(path=tmp_path / "one.vcf")
    update_contact(contact_id=contact_id, contact=replace(load_contact(contact_id), title="CTO"))
    exports.export_vcard(path=tmp_path / "two.vcf")
    first, second = _card(tmp_path / "one.vcf"), _card(tmp_path / "two.vcf")
    assert f"\r\nUID:{uid}\r\n" in first and f"\r\nUID:{uid}\r\n" in second
    assert re.search(r"\r\nREV:\d{8}T\d{6}Z\r\n", second)
    assert "EMAIL;TYPE=work;PREF=1:ada@work.example\r\nEMAIL;TYPE=home:ada@home.example" in first
    assert "TEL;TYPE=cell:+44 20 7946 0000" in first
    assert "URL;TYPE=home:https://ada.example" in first


def test_reimporting_an_export_updates_the_contact_with_that_uid(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    """The card matches by UID even when its email and name changed meanwhile."""
    contact_id = add_contact(contact=ADA)
    exports.export_vcard(path=tmp_path / "ada.vcf")
    moved = replace(
        load_contact(contact_id), first_name="Augusta", email="augusta@new.example", other_points=()
    )
    update_contact(contact_id=contact_id, contact=moved)
    plan = preview_data((tmp_path / "ada.vcf").read_bytes(), imports.load_match_index())
    assert plan.new == ()
    assert [(u.contact_id, u.reason) for u in plan.updates] == [(contact_id, "the same UID")]
    imports.commit_import(plan=plan)
    assert Contact.select().count() == 1


def test_an_imported_card_keeps_its_uid_and_every_point(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    contact_id = add_contact(contact=ADA)
    exports.export_vcard(path=tmp_path / "ada.vcf")
    before = load_contact(contact_id)
    Contact.delete().execute()
    plan = preview_data((tmp_path / "ada.vcf").read_bytes(), imports.load_match_index())
    (new_id,) = imports.commit_import(plan=plan).new_ids
    assert load_contact(new_id) == before


CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quill;Ada;;;\r\n"
    "EMAIL;type=INTERNET;type=pref:ada@work.example\r\n"
    "EMAIL;type=INTERNET;type=HOME:ada@elsewhere.example\r\n"
    "TEL;type=CELL:+44 7700 900999\r\nEND:VCARD\r\n"
)


def test_a_matching_card_adds_the_emails_and_phones_the_contact_lacks_and_undo_removes_them(
    store: SqliteDatabase,
) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Ada", email="ada@work.example"))
    plan = preview_data(CARD.encode(), imports.load_match_index())
    (update,) = plan.updates
    assert [(c.label, c.new) for c in update.changes] == [
        ("Last name", "Quill"),
        ("Phone", "+44 7700 900999"),  # the contact had none: it fills the blank
        ("Phone label", "mobile"),  # with the card's label
        ("Another email", "ada@elsewhere.example"),
    ]
    outcome = imports.commit_import(plan=plan)
    saved = load_contact(contact_id)
    assert (saved.phone, saved.phone_label) == ("+44 7700 900999", PointLabel.MOBILE)
    assert saved.other_points == (
        ContactPoint(PointKind.EMAIL, "ada@elsewhere.example", PointLabel.HOME),
    )
    assert "ada@elsewhere.example" in Contact.get_by_id(contact_id).search_text
    imports.undo_import(batch_id=outcome.batch_id)
    undone = load_contact(contact_id)
    assert (undone.phone, undone.phone_label, undone.other_points) == ("", PointLabel.OTHER, ())
    assert "elsewhere" not in Contact.get_by_id(contact_id).search_text
