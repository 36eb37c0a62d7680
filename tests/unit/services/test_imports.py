"""Imports (P4): preview, matching, one transaction, one batch, undo."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData, derived_keys
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.paths import AppPaths
from infoview_gui.services import imports
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.exports import dump_database
from infoview_gui.services.fields import add_field
from infoview_gui.services.import_merge import MergePolicy
from infoview_gui.services.import_plan import (
    ImportPlan,
    MatchIndex,
    inspect_data,
    plan_import,
    preview_data,
)
from infoview_gui.services.interviews import start_request
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Contact, ImportBatch
from infoview_gui.store.opening import open_store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def linkedin(*rows: str) -> bytes:
    """A connections export with the preamble and these data rows."""
    preamble = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'
    return (preamble + HEADER + "\n" + "\n".join(rows) + "\n").encode("utf-8")


def preview(data: bytes, policy: MergePolicy = MergePolicy.FILL_BLANKS) -> ImportPlan:
    return preview_data(data, imports.load_match_index(), policy=policy)


def import_bytes(data: bytes, **options: object) -> imports.ImportOutcome:
    policy = options.pop("policy", MergePolicy.FILL_BLANKS)
    assert isinstance(policy, MergePolicy)
    return imports.commit_import(plan=preview(data, policy), **options)  # type: ignore[arg-type]


def snapshot() -> dict[str, object]:
    return {name: table.rows for name, table in dump_database(now=NOW).tables.items()}


def contact_row(contact_id: int) -> Contact:
    return Contact.get_by_id(contact_id)


ADA = "Ada,Quill,https://www.linkedin.com/in/ada,,Orbit Labs,Analyst,30 May 2024"
BEN = "Ben,Okonkwo,https://www.linkedin.com/in/ben,ben@example.org,Kumo,Engineer,1 May 2024"


def test_new_contacts_get_keys_search_text_field_rank_and_batch(store: SqliteDatabase) -> None:
    field_id = add_field(name="Data")
    first = add_contact(contact=ContactData(first_name="Zoe", field_id=field_id))
    outcome = import_bytes(linkedin(ADA, BEN), field_id=field_id, file_name="Connections.csv")
    assert len(outcome.new_ids) == 2
    ada, ben = (contact_row(i) for i in outcome.new_ids)
    assert (ada.first_name, ada.organisation, ada.source) == (
        "Ada",
        "Orbit Labs",
        "networking_site",
    )
    for row in (ada, ben):
        data = load_contact(row.id)
        assert {k: getattr(row, k) for k in derived_keys(data)} == derived_keys(data)
        assert row.import_batch_id == outcome.batch_id
    assert contact_row(first).rank < ada.rank < ben.rank
    batch = ImportBatch.get_by_id(outcome.batch_id)
    assert (batch.file_name, batch.format, batch.new_count) == ("Connections.csv", "linkedin", 2)


def test_the_source_chosen_replaces_the_files(store: SqliteDatabase) -> None:
    outcome = import_bytes(linkedin(ADA), source=Source.ALUMNI_PROGRAMME)
    assert contact_row(outcome.new_ids[0]).source == "alumni_programme"


@pytest.mark.parametrize(
    "saved",
    [
        ContactData(first_name="Someone", email="BEN@example.org"),
        ContactData(first_name="B.", profile_url="https://WWW.LinkedIn.com/in/Ben/"),
        ContactData(first_name="bén", last_name="OKONKWO", organisation="kumo"),
    ],
    ids=["same email", "same profile URL", "same name and organisation"],
)
def test_a_row_matches_a_saved_contact(store: SqliteDatabase, saved: ContactData) -> None:
    saved_id = add_contact(contact=saved)
    plan = preview(linkedin(BEN))
    assert plan.new == ()
    assert [u.contact_id for u in plan.updates] == [saved_id]
    assert plan.updates[0].lines == (5,)


def test_a_different_person_is_new(store: SqliteDatabase) -> None:
    add_contact(contact=ContactData(first_name="Ben", last_name="Okonkwo", organisation="Other"))
    assert len(preview(linkedin(BEN)).new) == 1


def test_repeated_rows_within_a_file_become_one_contact(store: SqliteDatabase) -> None:
    twice = "Ada,Quill,https://www.linkedin.com/in/ADA/,ada@example.org,,,"
    plan = preview(linkedin(ADA, BEN, twice))
    assert len(plan.new) == 2
    assert plan.new[0].repeats == (7,)
    assert plan.new[0].contact.email == "ada@example.org"
    assert plan.new[0].contact.organisation == "Orbit Labs"


def test_fill_blanks_is_the_default_and_never_overwrites(store: SqliteDatabase) -> None:
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org", title="CTO"))
    plan = preview(linkedin(BEN))
    changes = {c.field: (c.old, c.new) for c in plan.updates[0].changes}
    assert changes == {
        "last_name": ("", "Okonkwo"),
        "organisation": ("", "Kumo"),
        "profile_url": ("", "https://www.linkedin.com/in/ben"),
        "notes": ("", "From the imported file:\nConnected on: 2024-05-01"),
    }
    imports.commit_import(plan=plan)
    after = load_contact(saved)
    assert (after.title, after.last_name) == ("CTO", "Okonkwo")
    assert contact_row(saved).search_text.startswith("ben okonkwo\nkumo")


def test_overwrite_updates_and_adds_notes_below(store: SqliteDatabase) -> None:
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org", title="CTO"))
    import_bytes(linkedin(BEN), policy=MergePolicy.OVERWRITE)
    assert load_contact(saved).title == "Engineer"


def test_keep_changes_nothing(store: SqliteDatabase) -> None:
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    before = snapshot()["contact"]
    outcome = import_bytes(linkedin(BEN), policy=MergePolicy.KEEP)
    assert outcome.updated_ids == ()
    assert snapshot()["contact"] == before
    assert load_contact(saved).organisation == ""


@pytest.mark.parametrize(
    "name",
    [
        "linkedin_new_with_preamble.csv",
        "linkedin_old_no_url.csv",
        "google_current.csv",
        "google_old_utf16.csv",
        "semicolon_cp1252.csv",
        "vcard21_qp.vcf",
        "vcard30.vcf",
        "vcard40_folded.vcf",
    ],
)
def test_importing_the_same_file_twice_adds_nothing(store: SqliteDatabase, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    first = import_bytes(data)
    assert first.new_ids
    contacts = snapshot()["contact"]
    second = import_bytes(data)
    assert second.new_ids == ()
    assert second.updated_ids == ()
    assert snapshot()["contact"] == contacts
    assert second.plan.matched_rows == len(first.new_ids) + first.plan.repeated_rows


def test_the_commit_matches_contacts_saved_since_the_preview(store: SqliteDatabase) -> None:
    plan = preview(linkedin(BEN))
    assert len(plan.new) == 1
    saved = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    outcome = imports.commit_import(plan=plan)
    assert outcome.new_ids == ()
    assert Contact.select().count() == 1
    assert load_contact(saved).organisation == "Kumo"


def test_a_missing_field_writes_nothing(store: SqliteDatabase) -> None:
    with pytest.raises(NotFoundError):
        import_bytes(linkedin(ADA), field_id=999)
    assert Contact.select().count() == ImportBatch.select().count() == 0


def test_undo_removes_exactly_the_batch_and_restores_what_it_changed(
    store: SqliteDatabase,
) -> None:
    mine = add_contact(contact=ContactData(first_name="Mine"))
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    earlier = import_bytes(linkedin("Cy,Earlier,,,,,"))
    before = snapshot()
    outcome = import_bytes(linkedin(ADA, BEN))
    assert outcome.updated_ids == (ben,)
    undone = imports.undo_import(batch_id=outcome.batch_id)
    assert (undone.removed, undone.restored) == (1, 1)
    after = snapshot()
    # Undo is itself an edit: every detail comes back, and updated_at moves on.
    stamp = dump_database(now=NOW).tables["contact"].columns.index("updated_at")
    assert [row[:stamp] + row[stamp + 1 :] for row in after["contact"]] == [
        row[:stamp] + row[stamp + 1 :] for row in before["contact"]
    ]
    assert {c.id for c in Contact.select()} == {mine, ben, *earlier.new_ids}
    assert ImportBatch.get_by_id(outcome.batch_id).undone_at is not None
    imports.redo_import(undone=undone)
    assert load_contact(outcome.new_ids[0]).first_name == "Ada"
    assert load_contact(ben).organisation == "Kumo"


def test_undo_keeps_what_the_user_edited_after_the_import(store: SqliteDatabase) -> None:
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    outcome = import_bytes(linkedin(BEN))
    edited = load_contact(ben)
    update_contact(contact_id=ben, contact=ContactData(**{**edited.__dict__, "title": "Mine"}))
    imports.undo_import(batch_id=outcome.batch_id)
    after = load_contact(ben)
    assert after.title == "Mine"  # edited since: kept
    assert after.organisation == ""  # filled by the import: put back


def test_undo_is_refused_when_contacts_have_interviews(store: SqliteDatabase) -> None:
    outcome = import_bytes(linkedin(ADA, BEN))
    start_request(contact_id=outcome.new_ids[0])
    before = snapshot()
    with pytest.raises(imports.ImportUndoRefusedError, match=r"interviews \(Ada Quill\)"):
        imports.undo_import(batch_id=outcome.batch_id)
    assert snapshot() == before


def test_an_import_is_undone_once(store: SqliteDatabase) -> None:
    outcome = import_bytes(linkedin(ADA))
    imports.undo_import(batch_id=outcome.batch_id)
    with pytest.raises(DomainError, match="undone already"):
        imports.undo_import(batch_id=outcome.batch_id)
    with pytest.raises(NotFoundError):
        imports.undo_import(batch_id=999)


def test_the_batch_remembers_previous_values(store: SqliteDatabase) -> None:
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    outcome = import_bytes(linkedin(BEN))
    undo = json.loads(ImportBatch.get_by_id(outcome.batch_id).undo_data)
    assert undo["updated"][0]["id"] == ben
    assert undo["updated"][0]["before"]["organisation"] == ""
    assert undo["updated"][0]["after"]["organisation"] == "Kumo"


# -- never half-applied -----------------------------------------------------------------

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _people(count: int) -> list[str]:
    return [f"P{n},Person,https://example.org/p{n},,Org {n % 3},,1 May 2024" for n in range(count)]


class PoisonedError(Exception):
    pass


@SETTINGS
@given(count=st.integers(1, 40), data=st.data())
def test_a_failure_at_any_insert_leaves_the_database_unchanged(
    store: SqliteDatabase, monkeypatch: pytest.MonkeyPatch, count: int, data: st.DataObject
) -> None:
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    plan = preview(linkedin(BEN, *_people(count)))
    before = snapshot()
    poisoned_at = data.draw(st.integers(0, count - 1))
    real = imports.new_row
    calls = []

    def failing(*args: object, **kwargs: object) -> dict[str, object]:
        calls.append(1)
        if len(calls) > poisoned_at:
            raise PoisonedError
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "new_row", failing)
    with pytest.raises(PoisonedError):
        imports.commit_import(plan=plan)
    monkeypatch.undo()
    assert snapshot() == before
    assert ben in {c.id for c in Contact.select()}
    Contact.delete().execute()


@SETTINGS
@given(count=st.integers(1, 30), data=st.data())
def test_skipping_invalid_rows_lands_exactly_the_valid_ones(
    store: SqliteDatabase, count: int, data: st.DataObject
) -> None:
    rows = _people(count)
    position = data.draw(st.integers(0, count))
    rows.insert(position, "Bad,Row,,not-an-email,,,")
    outcome = import_bytes(linkedin(*rows))
    assert [r.line for r in outcome.plan.rejects] == [5 + position]
    saved = sorted(c.first_name for c in Contact.select())
    assert saved == sorted(f"P{n}" for n in range(count))
    Contact.delete().execute()
    ImportBatch.delete().execute()


def test_the_plan_is_pure_and_reports_progress(store: SqliteDatabase) -> None:
    data = linkedin(*_people(2500))
    parsed = preview(data).parsed
    index = imports.load_match_index()
    seen: list[tuple[int, int]] = []
    plan_import(parsed, index, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 2500) and seen[-1] == (2500, 2500)


def test_inspect_tells_the_kind_and_guesses_a_mapping() -> None:
    info = inspect_data(b"Name,E-mail,Employer\nAna Lopez,ana@example.org,Acme\n")
    assert info.kind == "csv"
    assert info.headers == ("Name", "E-mail", "Employer")
    assert info.samples == (("Ana Lopez", "ana@example.org", "Acme"),)
    assert info.mapping == {"Name": "full_name", "E-mail": "email", "Employer": "organisation"}
    assert inspect_data((FIXTURES / "vcard30.vcf").read_bytes()).kind == "vcard"
    assert inspect_data(b'{"format": "infoview-backup", "version": 1}').kind == "backup"


CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from infoview_gui.services import imports
from infoview_gui.services.import_plan import preview_data
from infoview_gui.store.opening import open_store
open_store(Path(sys.argv[1]))
plan = preview_data(Path(sys.argv[2]).read_bytes(), imports.load_match_index())
real, calls = imports.new_row, []
def slow(*args, **kwargs):
    calls.append(1)
    if len(calls) == 300:
        print("INSIDE", flush=True)
        time.sleep(60)
    return real(*args, **kwargs)
imports.new_row = slow
imports.commit_import(plan=plan)
"""


def test_a_kill_during_the_import_transaction_leaves_none_of_its_rows(
    paths: AppPaths, tmp_path: Path
) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Kept"))
    close_database()
    export = tmp_path / "Connections.csv"
    export.write_bytes(linkedin(*_people(2000)))
    root = str(Path(__file__).resolve().parents[3])
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.database), str(export), root],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "INSIDE"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    db = open_store(paths.database)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [c.first_name for c in Contact.select()] == ["Kept"]
        assert ImportBatch.select().count() == 0
    finally:
        close_database()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_a_plan_or_the_documented_error_quickly(data: bytes) -> None:
    start = time.perf_counter()
    try:
        info = inspect_data(data)
        if info.kind != "backup":
            preview_data(data, MatchIndex(), mapping=info.mapping or None)
    except ImportFileError as error:
        assert str(error)
    assert time.perf_counter() - start < 2.0
