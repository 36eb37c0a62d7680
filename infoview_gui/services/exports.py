"""Exports (P10): contacts to CSV or vCard, interviews to a calendar, everything to JSON.

Every file is written atomically and private to the user (``exchange.files.atomic_write``).
A JSON backup restores, row for row, into an empty data folder (``services.restore``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from infoview_gui import __version__
from infoview_gui.domain.contact import NAME_AND_WORK, PRIMARY_POINTS, ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointLabel
from infoview_gui.domain.enums import InterviewStatus, MeetingFormat, Source
from infoview_gui.domain.i18n import formats, ngettext
from infoview_gui.exchange import ics
from infoview_gui.exchange.files import atomic_write
from infoview_gui.exchange.json_backup import (
    Backup,
    TableData,
)
from infoview_gui.exchange.vcard_write import write_vcards
from infoview_gui.store.database import database, user_version
from infoview_gui.store.models import (
    ALL_MODELS,
    Contact,
    Interview,
)
from infoview_gui.store.point_rows import points_by_contact
from infoview_gui.store.queries import tuples
from infoview_gui.store.schema_contact_keys import DERIVED_TABLES as KEY_TABLES
from infoview_gui.store.schema_search import NOT_DERIVED
from infoview_gui.store.schema_sync import LOCAL_TABLES as SYNC_TABLES
from infoview_gui.store.schema_tags import DERIVED_TABLES as TAG_LINES
from infoview_gui.store.tag_rows import names_by_contact

ExportFormat = Literal["csv", "vcard", "ics", "json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "vcard", "ics", "json")
CALENDAR_STATUSES = (InterviewStatus.SCHEDULED, InterviewStatus.HELD, InterviewStatus.THANKED)
"""Interviews with a time that go into the calendar file (past ones stay as history)."""

_CONTACT_FIELDS = (
    *NAME_AND_WORK,
    *PRIMARY_POINTS,
    "source",
    "introduced_by_text",
    "notes",
    "email_label",
    "phone_label",
    "profile_url_label",
    "uid",
)
_LABELS = ("email_label", "phone_label", "profile_url_label")
_CHUNK = 500


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many records, of what, where."""

    path: str
    count: int
    noun: Literal["contact", "interview", "record"]  # what the records are

    @property
    def message(self) -> str:
        """A sentence for the status bar or the terminal."""
        if self.noun == "contact":
            said = ngettext(
                "Exported {n} contact to {path}", "Exported {n} contacts to {path}", self.count
            )
        elif self.noun == "interview":
            said = ngettext(
                "Exported {n} interview to {path}", "Exported {n} interviews to {path}", self.count
            )
        else:
            said = ngettext(
                "Exported {n} record to {path}", "Exported {n} records to {path}", self.count
            )
        return said.format(n=formats().number(self.count), path=self.path)


def raw_cursor() -> sqlite3.Cursor:
    """Return a raw cursor on the connection (types-peewee leaves ``cursor`` untyped)."""
    cursor: sqlite3.Cursor = database.cursor()  # type: ignore[no-untyped-call]
    return cursor


def run_sql(sql: str) -> sqlite3.Cursor:
    """Run one statement on the connection and return its cursor."""
    cursor = raw_cursor()
    cursor.execute(sql)
    return cursor


# -- contacts ---------------------------------------------------------------------------


def contacts_for_export(contact_ids: Sequence[int] | None = None) -> list[ContactData]:
    """Return the contacts to export (all, or those with these ids) in the table's order."""
    return _contacts(_export_rows(contact_ids))


def _contacts(rows: list[tuple[object, ...]]) -> list[ContactData]:
    """Return the contacts of export rows, each with its further points and tags."""
    ids = [int(str(row[-1])) for row in rows]
    points, tags = points_by_contact(ids), names_by_contact(ids)
    return [
        _contact(row, points.get(contact_id, ()), tags.get(contact_id, ()))
        for row, contact_id in zip(rows, ids, strict=True)
    ]


def contacts_of(contact_ids: Sequence[int] | None) -> list[tuple[int, ContactData]]:
    """Return (id, details) of the contacts (every one for None), tags included."""
    rows = _export_rows(contact_ids)
    return [
        (int(str(row[-1])), contact) for row, contact in zip(rows, _contacts(rows), strict=True)
    ]


def _export_rows(contact_ids: Sequence[int] | None) -> list[tuple[object, ...]]:
    """Return the contacts' :data:`_CONTACT_FIELDS`, last change and id, in the table's order."""
    columns = [getattr(Contact, name) for name in _CONTACT_FIELDS]
    query = Contact.select(*columns, Contact.updated_at, Contact.id).order_by(
        Contact.field.is_null(), Contact.field, Contact.rank, Contact.sort_name, Contact.id
    )
    if contact_ids is None:
        return tuples(query)
    ids = list(dict.fromkeys(contact_ids))
    rows = []
    for start in range(0, len(ids), _CHUNK):
        rows += tuples(query.where(Contact.id << ids[start : start + _CHUNK]))
    return rows


def _contact(
    row: tuple[object, ...],
    other_points: tuple[ContactPoint, ...],
    tags: tuple[str, ...] = (),
) -> ContactData:
    values = dict(zip(_CONTACT_FIELDS, row[: len(_CONTACT_FIELDS)], strict=True))
    values["source"] = Source(str(values["source"]))
    for name in _LABELS:
        values[name] = PointLabel(str(values[name]))
    return ContactData(**values, other_points=other_points, tags=tags)  # type: ignore[arg-type]


def _revision(stored: object) -> datetime | None:
    """Return a contact's stored time of last change as a datetime (None if unreadable)."""
    if isinstance(stored, datetime):
        return stored
    try:
        return datetime.fromisoformat(str(stored))
    except ValueError:
        return None


def export_csv(
    *,
    path: str | os.PathLike[str],
    contact_ids: Sequence[int] | None = None,
    spreadsheet: bool = False,
    raw: bool = False,
    report: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write contacts as CSV (RFC 4180), formulas defused unless ``raw``, batch by batch.

    ``spreadsheet`` adds a byte-order mark (spreadsheets then read UTF-8); ``raw`` writes
    cells a spreadsheet would run as formulas as they are, for programs.

    After the details: the career field, rank and weighted score, and one ``Score:``
    column per criterion of the contacts' fields (``exchange.csv_write``). Streamed by
    ``services.export_stream``; ``report(done, total)`` hears the progress.

    Raises:
        OSError: when the file cannot be written.
    """
    from infoview_gui.services import export_stream

    return export_stream.export_csv(
        path=path,
        contact_ids=contact_ids,
        spreadsheet=spreadsheet,
        raw=raw,
        report=report or export_stream.no_report,
    )


def export_vcard(
    *, path: str | os.PathLike[str], contact_ids: Sequence[int] | None = None
) -> ExportResult:
    """Write contacts as one vCard 4.0 file, each card with its UID and its REV.

    Raises:
        OSError: when the file cannot be written.
    """
    rows = _export_rows(contact_ids)
    people = _contacts(rows)
    revisions = [_revision(row[-2]) for row in rows]
    atomic_write(path, write_vcards(people, revisions).encode("utf-8"))
    return ExportResult(os.fspath(path), len(people), "contact")


# -- calendar ---------------------------------------------------------------------------


def calendar_events() -> list[ics.InterviewEvent]:
    """Return every interview with a time (scheduled, held or thanked), earliest first."""
    query = (
        Interview.select(
            Interview.uid,
            Interview.scheduled_start,
            Interview.time_zone,
            Interview.duration_min,
            Interview.format,
            Interview.place,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.title,
            Contact.organisation,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .where(
            Interview.scheduled_start.is_null(False)
            & (Interview.status << [status.value for status in CALENDAR_STATUSES])
        )
        .order_by(Interview.scheduled_start, Interview.id)
    )
    events = []
    for uid, start, zone, minutes, how, place, first, last, email, title, org in tuples(query):
        name = " ".join(part for part in (first, last) if part) or email
        events.append(
            ics.InterviewEvent(
                uid=uid,
                start=datetime.fromisoformat(start) if isinstance(start, str) else start,
                time_zone=zone,
                duration_min=int(minutes),
                contact_name=name,
                title=title,
                organisation=org,
                meeting_format=MeetingFormat(how) if how else None,
                place=place,
            )
        )
    return events


def export_ics(*, path: str | os.PathLike[str], now: datetime) -> ExportResult:
    """Write every interview with a time to one iCalendar file; UIDs stay the same.

    Raises:
        OSError: when the file cannot be written.
    """
    events = calendar_events()
    data = ics.write_calendar(ics.interview_event(event, stamp=now) for event in events)
    atomic_write(path, data)
    return ExportResult(os.fspath(path), len(events), "interview")


# -- full backup ------------------------------------------------------------------------


def table_names() -> list[str]:
    """Return every table of the database, InfoView's own in the models' order first.

    Tables derived from others by triggers (the search index, the contacts' keys) are
    left out: restoring the rows they follow makes them again. So is this computer's link
    with a sync server (``schema_sync.LOCAL_TABLES``).
    """
    known = [model._meta.table_name for model in ALL_MODELS]
    cursor = run_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND {NOT_DERIVED}"  # the search index is derived: a restore rebuilds it
    )
    present = {str(row[0]) for row in cursor.fetchall()} - {*KEY_TABLES, *TAG_LINES, *SYNC_TABLES}
    return [name for name in known if name in present] + sorted(present - set(known))


def dump_database(*, now: datetime) -> Backup:
    """Return every row of every table, values exactly as stored, in one read transaction."""
    tables: dict[str, TableData] = {}
    with database.atomic():
        for name in table_names():
            cursor = run_sql(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = tuple(str(column[0]) for column in cursor.description)
            tables[name] = TableData(columns, [tuple(row) for row in cursor.fetchall()])
    return Backup(user_version(), tables, __version__, now.isoformat(timespec="seconds"))


def export_json(
    *,
    path: str | os.PathLike[str],
    now: datetime,
    report: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write everything to one JSON file that :func:`restore_backup` reads back.

    Streamed, row by row, by ``services.export_stream``; ``report(done, total)`` hears
    the progress (and may raise to cancel: no file is left then).

    Raises:
        OSError: when the file cannot be written.
    """
    from infoview_gui.services import export_stream

    return export_stream.export_json(path=path, now=now, report=report or export_stream.no_report)
