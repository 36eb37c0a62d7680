"""An import gives tags: to new contacts, added to saved ones (never removed), undone whole."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import imports
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.exports import export_csv, export_vcard
from infoview_gui.services.import_merge import MergePolicy
from infoview_gui.services.import_plan import ImportPlan, Merges, preview_data
from infoview_gui.services.tags import add_tags, tag_choices, tags_of
from infoview_gui.store.models import Contact, ImportBatch

HEADER = "Name,Email,Phone,Organisation,Tags"
MAPPING = {
    "Name": "full_name",
    "Email": "email",
    "Phone": "phone",
    "Organisation": "organisation",
    "Tags": "tags",
}


def plan(
    *rows: str, merges: Merges = (), policy: MergePolicy = MergePolicy.FILL_BLANKS
) -> ImportPlan:
    data = "\n".join([HEADER, *rows]).encode()
    index = imports.load_match_index(region="GB")
    return preview_data(data, index, format="csv", mapping=MAPPING, merges=merges, policy=policy)


def names() -> list[str]:
    return [name for _id, name in tag_choices()]


def test_new_contacts_carry_the_files_tags_and_new_tags_are_made(store: SqliteDatabase) -> None:
    saved = add_contact(contact=ContactData(first_name="Zoe"))
    add_tags(contact_ids=[saved], names=["Alumni"])
    found = plan(
        'Ada Quill,ada@example.org,,Orbit,"alumni, Met at the fair"', "Ben Ode,ben@ex.org,,,"
    )
    assert [p.contact.tags for p in found.new] == [("alumni", "Met at the fair"), ()]
    assert found.tag_names == ["alumni", "Met at the fair"]
    outcome = imports.commit_import(plan=found)
    ada, ben = outcome.new_ids
    # "alumni" is the saved "Alumni" (case aside): one tag, not two.
    assert tags_of(contact_id=ada) == ["Alumni", "Met at the fair"]
    assert tags_of(contact_id=ben) == []
    assert names() == ["Alumni", "Met at the fair"]


def test_a_matching_row_adds_its_tags_to_the_saved_ones_and_removes_none(
    store: SqliteDatabase,
) -> None:
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@ex.org"))
    add_tags(contact_ids=[saved], names=["Mentors", "Kumo"])
    found = plan('Ben,ben@ex.org,,,"mentors, Nursing"')
    (update,) = found.updates
    assert update.tags == ("Nursing",)
    assert [(c.label, c.new) for c in update.changes] == [("Tags added", "Nursing")]
    stamp = Contact.get_by_id(saved).updated_at
    imports.commit_import(plan=found)
    assert tags_of(contact_id=saved) == ["Kumo", "Mentors", "Nursing"]
    assert Contact.get_by_id(saved).updated_at == stamp  # tags alone: details untouched


def test_leave_as_they_are_gives_saved_contacts_no_tags(store: SqliteDatabase) -> None:
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@ex.org"))
    found = plan("Ben,ben@ex.org,,,Nursing", policy=MergePolicy.KEEP)
    assert found.updates[0].tags == () and found.changed == ()
    imports.commit_import(plan=found)
    assert tags_of(contact_id=saved) == []


def test_a_likely_row_merged_into_a_saved_contact_adds_its_tags(store: SqliteDatabase) -> None:
    saved = add_contact(
        contact=ContactData(first_name="Dana", last_name="Ruiz", phone="020 7946 0000")
    )
    found = plan("Dan Ruiz-Lopez,dan@home.example,+44 20 7946 0000,Kumo,Referral", merges="strong")
    assert found.new == () and found.updates[0].tags == ("Referral",)
    imports.commit_import(plan=found)
    assert tags_of(contact_id=saved) == ["Referral"]


def test_repeated_rows_give_their_new_contact_every_tag_once(store: SqliteDatabase) -> None:
    found = plan("Ada Quill,ada@example.org,,,Alumni", 'Ada Quill,ada@example.org,,,"ALUMNI, Law"')
    (ada,) = found.new
    assert ada.contact.tags == ("Alumni", "Law")


def test_undo_removes_the_tags_it_gave_and_made_then_redo_gives_them_again(
    store: SqliteDatabase,
) -> None:
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@ex.org"))
    zoe = add_contact(contact=ContactData(first_name="Zoe"))
    add_tags(contact_ids=[ben, zoe], names=["Mentors"])
    found = plan(
        'Ben,ben@ex.org,,,"Mentors, Nursing, Fair"', 'Ada Quill,ada@example.org,,,"Fair, Law"'
    )
    outcome = imports.commit_import(plan=found)
    (ada,) = outcome.new_ids
    add_tags(contact_ids=[zoe], names=["Law"])  # the user uses a tag the import made
    undone = imports.undo_import(batch_id=outcome.batch_id)
    assert tags_of(contact_id=ben) == ["Mentors"]
    assert tags_of(contact_id=zoe) == ["Law", "Mentors"]
    # "Nursing" and "Fair" were made by the import and nobody carries them: gone.
    # "Law" was made by it too, but Zoe carries it now: kept.
    assert names() == ["Law", "Mentors"]
    imports.redo_import(undone=undone)
    assert tags_of(contact_id=ben) == ["Fair", "Mentors", "Nursing"]
    assert tags_of(contact_id=ada) == ["Fair", "Law"]
    assert names() == ["Fair", "Law", "Mentors", "Nursing"]
    assert ImportBatch.get_by_id(outcome.batch_id).undone_at is None


def test_tags_survive_export_then_import_into_another_folder(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    ada = add_contact(contact=ContactData(first_name="Ada", email="ada@example.org"))
    add_tags(contact_ids=[ada], names=["=Alumni", "Met at the fair", "Café"])
    export_csv(path=tmp_path / "c.csv", spreadsheet=True)
    export_vcard(path=tmp_path / "c.vcf")
    Contact.delete().execute()
    for name in ("c.csv", "c.vcf"):
        data = (tmp_path / name).read_bytes()
        outcome = imports.commit_import(plan=preview_data(data, imports.load_match_index()))
        (new,) = outcome.new_ids
        assert tags_of(contact_id=new) == ["=Alumni", "Café", "Met at the fair"]
        Contact.delete().execute()


def test_redo_after_the_user_made_one_of_its_tags_again_keeps_one_tag(
    store: SqliteDatabase,
) -> None:
    outcome = imports.commit_import(plan=plan("Ada Quill,ada@example.org,,,Law"))
    (ada,) = outcome.new_ids
    undone = imports.undo_import(batch_id=outcome.batch_id)
    zoe = add_contact(contact=ContactData(first_name="Zoe"))
    add_tags(contact_ids=[zoe], names=["LAW"])  # made again by the user, under a new id
    imports.redo_import(undone=undone)
    assert tags_of(contact_id=ada) == ["LAW"]
    assert tags_of(contact_id=zoe) == ["LAW"]
    assert names() == ["LAW"]
