"""Exports and restores stream: flat memory, and a cancel or a bad row keeps nothing."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.exchange import backup_stream
from infoview_gui.exchange.backup_stream import BackupReader
from infoview_gui.exchange.json_backup import BackupError
from infoview_gui.services import export_stream, exports, restore
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NOTES = "Long notes, é and 😀, " * 100  # about 2 KB a contact


class CancelledError(Exception):
    """What a worker's progress report raises once the user cancelled."""


def cancel_at(call: int) -> Callable[[int, int], None]:
    """A progress report that raises at its ``call``-th call."""
    calls = [0]

    def report(_done: int, _total: int) -> None:
        calls[0] += 1
        if calls[0] >= call:
            raise CancelledError

    return report


def many_contacts(count: int) -> None:
    with database.atomic():
        for number in range(count):
            add_contact(contact=ContactData(first_name=f"Person {number}", notes=NOTES))


def test_the_reader_takes_rows_cut_anywhere_by_its_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = {
        "format": "infoview-backup",
        "version": 2,
        "schema_version": 1,
        "tables": {
            "t": {"columns": ["a", "b"], "rows": [[12345, 'é😀 "x" ,]'], [-1.5e3, None]]},
            "u": {"columns": ["c"], "rows": []},
        },
        "later": {"ignored": [1, 2]},
    }
    one_line = json.dumps(document).encode()
    monkeypatch.setattr(backup_stream, "CHUNK_CHARS", 3)  # every value cut somewhere
    reader = BackupReader(io.BytesIO(one_line), schema_version=1)
    tables = [(name, columns, list(rows)) for name, columns, rows in reader.tables()]
    assert tables == [
        ("t", ("a", "b"), [(12345, 'é😀 "x" ,]'), (-1500.0, None)]),
        ("u", ("c",), []),
    ]


def test_rows_after_the_tables_or_a_cut_file_are_refused_as_damaged() -> None:
    whole = (
        b'{"format":"infoview-backup","version":2,"schema_version":1,"tables":'
        b'{"t":{"columns":["a"],"rows":[[1],[2]]}}}'
    )
    reader = BackupReader(io.BytesIO(whole[:-10]), schema_version=1)
    with pytest.raises(BackupError, match="not valid JSON|damaged"):
        for _name, _columns, rows in reader.tables():
            list(rows)


def test_a_cancelled_export_leaves_no_file_and_the_old_one_as_it_was(
    store: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many_contacts(20)
    monkeypatch.setattr(export_stream, "BATCH", 2)
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "old.json"
    kept.write_bytes(b"the old file")
    for export in (
        lambda report: exports.export_json(path=out / "new.json", now=NOW, report=report),
        lambda report: exports.export_json(path=kept, now=NOW, report=report),
        lambda report: exports.export_csv(path=out / "new.csv", report=report),
    ):
        with pytest.raises(CancelledError):
            export(cancel_at(3))
        assert sorted(path.name for path in out.iterdir()) == ["old.json"]
        assert kept.read_bytes() == b"the old file"


def test_a_cancelled_or_refused_restore_leaves_the_folder_empty(
    store: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many_contacts(30)
    path = tmp_path / "backup.json"
    exports.export_json(path=path, now=NOW)
    Contact.delete().execute()
    monkeypatch.setattr(backup_stream, "CHUNK_CHARS", 512)
    with pytest.raises(CancelledError):  # stopped half-way through the contacts
        restore.restore_file(path=path, report=cancel_at(4))
    assert restore.database_is_empty()
    document = json.loads(path.read_bytes())
    contacts = document["tables"]["contact"]
    contacts["rows"][-1][contacts["columns"].index("email")] = "not an email"
    path.write_text(json.dumps(document))
    with pytest.raises(BackupError, match="contact 30, email"):  # the last row, refused
        restore.restore_file(path=path)
    assert restore.database_is_empty()


def _peaks(tmp_path: Path) -> tuple[int, int, int]:
    """Peak Python memory of a JSON export, a CSV export and a restore of the data."""
    tmp_path.mkdir()
    path = tmp_path / "backup.json"
    peaks = []
    tracemalloc.start()
    try:
        for work in (
            lambda: exports.export_json(path=path, now=NOW),
            lambda: exports.export_csv(path=tmp_path / "contacts.csv"),
            lambda: (Contact.delete().execute(), restore.restore_file(path=path)),
        ):
            tracemalloc.reset_peak()
            start, _ = tracemalloc.get_traced_memory()
            work()
            peaks.append(tracemalloc.get_traced_memory()[1] - start)
    finally:
        tracemalloc.stop()
    return peaks[0], peaks[1], peaks[2]


def test_exports_and_restores_keep_memory_flat(store: SqliteDatabase, tmp_path: Path) -> None:
    many_contacts(400)
    small = _peaks(tmp_path / "small")
    many_contacts(1600)  # five times the data (the restore put the first ones back)
    large = _peaks(tmp_path / "large")
    assert Contact.select().count() == 2000
    assert (tmp_path / "large" / "backup.json").stat().st_size > 4_000_000
    for before, after in zip(small, large, strict=True):
        assert after < before * 1.5  # what a batch needs, not what the file holds
