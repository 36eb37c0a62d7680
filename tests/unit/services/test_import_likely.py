"""An import offers to merge rows that are probably a saved contact, and fills labels too."""

from __future__ import annotations

from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.services import imports
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.services.import_plan import ImportPlan, Merges, preview_data
from infoview_gui.store.models import Contact

HEADER = "Name,Email,Phone,Organisation,Job title"
MAPPING = {
    "Name": "full_name",
    "Email": "email",
    "Phone": "phone",
    "Organisation": "organisation",
    "Job title": "title",
}


def plan(*rows: str, merges: Merges = ()) -> ImportPlan:
    data = "\n".join([HEADER, *rows]).encode()
    index = imports.load_match_index(region="GB")
    return preview_data(data, index, format="csv", mapping=MAPPING, merges=merges)


def dana() -> int:
    return add_contact(
        contact=ContactData(
            first_name="Dana", last_name="Ruiz", email="dana@work.example", phone="020 7946 0000"
        )
    )


DAN = "Dan Ruiz-Lopez,dana.r@home.example,+44 20 7946 0000,Kumo,Engineer"


def test_a_row_with_a_saved_phone_in_another_notation_is_a_strong_likely_match(
    store: SqliteDatabase,
) -> None:
    saved = dana()
    found = plan(DAN)
    (row,) = found.likely
    assert (row.lines, row.name, row.merged) == ((2,), "Dan Ruiz-Lopez", False)
    assert (row.match.contact_id, row.match.name, row.match.strong) == (saved, "Dana Ruiz", True)
    assert row.match.reason == "same phone +44 20 7946 0000"
    assert len(found.new) == 1  # offered only: added as new unless chosen


def test_merging_a_likely_row_fills_the_saved_contact_adds_nothing_and_undoes(
    store: SqliteDatabase,
) -> None:
    saved = dana()
    found = plan(DAN, merges="strong")
    assert found.new == () and found.likely[0].merged
    (update,) = found.updates
    assert update.contact_id == saved
    assert update.reason == "looks like it: same phone +44 20 7946 0000"
    outcome = imports.commit_import(plan=found)
    assert outcome.new_ids == () and outcome.updated_ids == (saved,)
    assert Contact.select().count() == 1
    after = load_contact(saved)
    assert (after.first_name, after.email, after.title) == ("Dana", "dana@work.example", "Engineer")
    assert ContactPoint(PointKind.EMAIL, "dana.r@home.example") in after.other_points
    imports.undo_import(batch_id=outcome.batch_id)
    undone = load_contact(saved)
    assert (undone.title, undone.organisation, undone.other_points) == ("", "", ())


def test_close_names_at_one_organisation_are_offered_not_chosen(store: SqliteDatabase) -> None:
    robert = add_contact(
        contact=ContactData(first_name="Robert", last_name="Smith", organisation="Acme")
    )
    jane = add_contact(
        contact=ContactData(first_name="Jane", last_name="Doe", organisation="Orbit Labs")
    )
    found = plan("Bob Smith,,,Acme,", "J. Doé,,,ORBIT LABS,", "Mark Smith,,,Acme,", merges="strong")
    assert [(r.lines, r.match.contact_id, r.match.strong, r.merged) for r in found.likely] == [
        ((2,), robert, False, False),
        ((3,), jane, False, False),
    ]
    assert found.likely[0].match.reason == "close names at Acme"
    assert len(found.new) == 3
    chosen = plan("Bob Smith,,,Acme,", "J. Doé,,,ORBIT LABS,", merges={(3, jane)})
    assert [u.contact_id for u in chosen.updates] == [jane]
    assert [p.line for p in chosen.new] == [2]


def test_every_likely_row_is_merged_when_asked(store: SqliteDatabase) -> None:
    add_contact(contact=ContactData(first_name="Robert", last_name="Smith", organisation="Acme"))
    dana()
    found = plan("Bob Smith,,,Acme,", DAN, merges="all")
    assert found.new == () and len(found.updates) == 2
    assert found.merges == {row.choice for row in found.likely}


def test_a_number_several_saved_people_give_is_no_likely_match(store: SqliteDatabase) -> None:
    for first in ("Ana", "Ben"):
        add_contact(contact=ContactData(first_name=first, phone="+44 20 7946 0000"))
    assert plan(DAN).likely == ()


def test_a_contact_deleted_since_the_preview_leaves_the_row_new(store: SqliteDatabase) -> None:
    saved = dana()
    found = plan(DAN, merges="strong")
    Contact.delete_by_id(saved)
    outcome = imports.commit_import(plan=found)
    assert len(outcome.new_ids) == 1
    assert load_contact(outcome.new_ids[0]).first_name == "Dan"


CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quill;Ada;;;\r\nORG:Orbit Labs\r\n"
    "EMAIL;type=INTERNET;type=WORK:ada@work.example\r\n"
    "TEL;type=CELL:+44 7700 900999\r\n"
    "URL;type=HOME:https://ada.example/\r\nEND:VCARD\r\n"
)


def test_a_filled_primary_takes_its_label_from_the_file_and_undo_puts_it_back(
    store: SqliteDatabase,
) -> None:
    saved = add_contact(
        contact=ContactData(first_name="Ada", last_name="Quill", organisation="Orbit Labs")
    )
    found = preview_data(CARD.encode(), imports.load_match_index())
    outcome = imports.commit_import(plan=found)
    after = load_contact(saved)
    assert (after.email, after.email_label) == ("ada@work.example", PointLabel.WORK)
    assert (after.phone, after.phone_label) == ("+44 7700 900999", PointLabel.MOBILE)
    assert (after.profile_url, after.profile_url_label) == ("https://ada.example/", PointLabel.HOME)
    imports.undo_import(batch_id=outcome.batch_id)
    undone = load_contact(saved)
    assert (undone.email, undone.email_label, undone.phone_label) == (
        "",
        PointLabel.OTHER,
        PointLabel.OTHER,
    )


def test_a_label_is_not_changed_when_the_value_is_not(store: SqliteDatabase) -> None:
    saved = add_contact(
        contact=ContactData(
            first_name="Ada",
            last_name="Quill",
            organisation="Orbit Labs",
            email="ada@work.example",
            email_label=PointLabel.HOME,
        )
    )
    imports.commit_import(plan=preview_data(CARD.encode(), imports.load_match_index()))
    assert load_contact(saved).email_label == PointLabel.HOME
