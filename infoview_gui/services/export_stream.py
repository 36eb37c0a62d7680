"""The big exports, streamed: the JSON backup and the CSV of contacts, a batch at a time.

Rows are read from SQLite in batches inside one read transaction (a consistent copy,
however long it takes) and written to a temporary file that becomes the export only at
the end (``exchange.files.atomic_text``); so memory stays flat at any size, and a
cancel (``report`` raising) or a full disk leaves no file behind. Each calls
``report(done, total)`` as it goes; a worker passes one that raises when cancelled.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

from infoview_gui import __version__
from infoview_gui.exchange.backup_stream import BackupWriter
from infoview_gui.exchange.csv_write import Ranking, csv_header, csv_rows
from infoview_gui.exchange.files import atomic_text
from infoview_gui.exchange.json_backup import Value
from infoview_gui.services.exports import (
    _CONTACT_FIELDS,
    ExportResult,
    _contact,
    raw_cursor,
    run_sql,
    table_names,
)
from infoview_gui.store.database import database, user_version
from infoview_gui.store.point_rows import points_by_contact
from infoview_gui.store.tag_rows import names_by_contact

Report = Callable[[int, int], None]
BATCH = 200
"""Rows read, converted and written at a time (a row may hold pages of notes)."""


def no_report(_done: int, _total: int) -> None:
    """Progress nobody watches."""


def _batches(cursor: sqlite3.Cursor) -> Iterator[list[tuple[Value, ...]]]:
    while batch := cursor.fetchmany(BATCH):
        yield batch


# -- everything, as JSON ------------------------------------------------------------------


def export_json(
    *, path: str | os.PathLike[str], now: datetime, report: Report = no_report
) -> ExportResult:
    """Write everything to one JSON backup that ``services.restore`` reads back.

    Raises:
        OSError: when the file cannot be written (no file is left then).
    """
    with database.atomic():  # one read transaction: every table at the same moment
        names = table_names()
        counts = {name: run_sql(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}
        total, done = max(1, sum(counts.values())), 0
        with atomic_text(path) as handle:
            writer = BackupWriter(handle)
            created = now.isoformat(timespec="seconds")
            writer.begin(schema_version=user_version(), app_version=__version__, created_at=created)
            for name in names:
                cursor = run_sql(f'SELECT * FROM "{name}" ORDER BY rowid')
                columns = [str(column[0]) for column in cursor.description]

                def rows(cursor: sqlite3.Cursor = cursor) -> Iterator[tuple[Value, ...]]:
                    nonlocal done
                    for row in cursor:  # one at a time: a row may hold pages of notes
                        yield row
                        done += 1
                        if done % BATCH == 0:
                            report(done, total)

                writer.table(name, columns, rows())
            writer.end()
            report(total, total)  # a cancel up to here leaves no file
    return ExportResult(os.fspath(path), done, "record")


# -- contacts, as CSV ---------------------------------------------------------------------

_RANKED = (
    "SELECT c.id AS rid, f.name AS field_name, ROW_NUMBER() OVER (PARTITION BY c.field_id "
    "ORDER BY c.rank ASC NULLS LAST, c.id) AS place, c.score AS score FROM contact AS c "
    "JOIN career_field AS f ON f.id = c.field_id"
)
_CHOSEN = "c.id IN (SELECT id FROM temp.export_ids)"


def _choose(contact_ids: Sequence[int] | None) -> str:
    """Remember the chosen contacts (on this connection); return the SQL that keeps them."""
    if contact_ids is None:
        return "1"
    run_sql("CREATE TEMP TABLE IF NOT EXISTS export_ids (id INTEGER PRIMARY KEY)")
    run_sql("DELETE FROM temp.export_ids")
    raw_cursor().executemany(
        "INSERT OR IGNORE INTO temp.export_ids (id) VALUES (?)", ((i,) for i in contact_ids)
    )
    return _CHOSEN


def _criteria(chosen: str) -> list[str]:
    """The criteria of the exported contacts' fields, each name once, in their order."""
    sql = (
        "SELECT cr.name FROM criterion AS cr JOIN career_field AS f ON f.id = cr.field_id "
        "WHERE cr.field_id IN (SELECT DISTINCT c.field_id FROM contact AS c WHERE "
        f"{chosen}) ORDER BY f.position, f.id, cr.position, cr.id"
    )
    names: dict[str, str] = {}
    for (name,) in run_sql(sql).fetchall():
        names.setdefault(str(name).casefold(), str(name))
    return list(names.values())


def _scores(ids: list[int]) -> dict[int, dict[str, int]]:
    marks = ", ".join("?" for _ in ids)
    sql = (
        "SELECT s.contact_id, cr.name, s.score FROM criterion_score AS s JOIN criterion "
        f"AS cr ON cr.id = s.criterion_id WHERE s.contact_id IN ({marks})"
    )
    found: dict[int, dict[str, int]] = {}
    for contact_id, name, score in raw_cursor().execute(sql, ids).fetchall():
        found.setdefault(int(contact_id), {})[str(name)] = int(score)
    return found


def _export_query(chosen: str) -> str:
    fields = ", ".join(f"c.{name}" for name in _CONTACT_FIELDS)
    return (
        f"WITH ranked AS ({_RANKED}) SELECT {fields}, c.updated_at, c.id, r.field_name, "
        "r.place, r.score FROM contact AS c LEFT JOIN ranked AS r ON r.rid = c.id "
        f"WHERE {chosen} ORDER BY c.field_id IS NULL, c.field_id, c.rank, c.sort_name, c.id"
    )


def _csv_batch(batch: list[tuple[Value, ...]], *, raw: bool, criteria: list[str]) -> str:
    ids = [int(str(row[len(_CONTACT_FIELDS) + 1])) for row in batch]
    points, scores, tags = points_by_contact(ids), _scores(ids), names_by_contact(ids)
    people, rankings = [], []
    for row, contact_id in zip(batch, ids, strict=True):
        details = row[: len(_CONTACT_FIELDS)]
        people.append(_contact(details, points.get(contact_id, ()), tags.get(contact_id, ())))
        field_name, place, score = row[-3:]
        rankings.append(
            Ranking(str(field_name), int(str(place)), score, scores.get(contact_id, {}))  # type: ignore[arg-type]
            if field_name is not None
            else Ranking()
        )
    return csv_rows(people, raw=raw, rankings=rankings, criteria=criteria)


def export_csv(
    *,
    path: str | os.PathLike[str],
    contact_ids: Sequence[int] | None = None,
    spreadsheet: bool = False,
    raw: bool = False,
    report: Report = no_report,
) -> ExportResult:
    """Write contacts (all, or those with these ids) as CSV, in the table's order.

    See ``services.exports.export_csv`` for the columns.

    Raises:
        OSError: when the file cannot be written (no file is left then).
    """
    with database.atomic():
        chosen = _choose(contact_ids)
        total = run_sql(f"SELECT COUNT(*) FROM contact AS c WHERE {chosen}").fetchone()[0]
        criteria = _criteria(chosen)
        done = 0
        with atomic_text(path) as handle:
            handle.write(
                csv_header(spreadsheet=spreadsheet, raw=raw, ranked=True, criteria=criteria)
            )
            for batch in _batches(run_sql(_export_query(chosen))):
                handle.write(_csv_batch(batch, raw=raw, criteria=criteria))
                done += len(batch)
                report(done, total)
            report(total, max(total, 1))
        if contact_ids is not None:
            run_sql("DROP TABLE temp.export_ids")
    return ExportResult(os.fspath(path), done, "contact")
