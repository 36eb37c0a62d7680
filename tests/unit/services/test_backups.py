from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services import backups
from infoview_gui.services.backups import (
    back_up,
    back_up_before_import,
    backup_at_start,
    before_migrate,
    files_fingerprint,
    list_backups,
    restore_backup,
)
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.backup import backup_name
from infoview_gui.store.database import StoreError, close_database, database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store

NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def names() -> list[str]:
    return [c.first_name for c in Contact.select().order_by(Contact.id)]


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT first_name FROM contact ORDER BY id")]


def start(paths: AppPaths, now: datetime) -> backups.BackupInfo | None:
    """What the app does at start: fingerprint, open, back up if changed."""
    fingerprint = files_fingerprint(paths)
    open_store(paths.database)
    return backup_at_start(paths=paths, fingerprint=fingerprint, now=now)


@pytest.fixture
def closed(paths: AppPaths) -> Iterator[AppPaths]:
    yield paths
    close_database()


def test_back_up_now_lists_the_backup_with_its_date_size_and_kind(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    made = back_up(paths=paths, now=NOW)
    assert made.kind is BackupKind.MANUAL
    assert made.kind_label == "Made by you"
    assert made.taken_at == NOW
    assert made.size > 0
    later = back_up(paths=paths, now=NOW + timedelta(minutes=5))
    assert [b.path for b in list_backups(paths=paths)] == [later.path, made.path]
    assert names_in(made.path) == ["Ana"]


def test_backups_and_their_folder_are_private(store: SqliteDatabase, paths: AppPaths) -> None:
    made = back_up(paths=paths, now=NOW)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.backups_dir.stat().st_mode) == 0o700


def test_a_first_start_backs_up_and_an_unchanged_start_does_not(closed: AppPaths) -> None:
    paths = closed
    assert start(paths, NOW) is not None  # the very first start: nothing to restore yet
    add_contact(contact=ContactData(first_name="Ana"))
    close_database()
    made = start(paths, NOW + timedelta(hours=1))  # the data changed since
    assert made is not None and names_in(made.path) == ["Ana"]
    close_database()
    assert start(paths, NOW + timedelta(hours=2)) is None  # nothing changed
    close_database()
    assert start(paths, NOW + timedelta(days=3)) is None
    assert len(list_backups(paths=paths)) == 2


def test_a_start_after_a_crash_backs_up(closed: AppPaths) -> None:
    paths = closed
    start(paths, NOW)
    add_contact(contact=ContactData(first_name="Ana"))
    # A crash: the files stay as they are, the journal not folded in.
    crashed = {s: paths.database.with_name(paths.database.name + s) for s in ("", "-wal")}
    saved = {s: p.read_bytes() for s, p in crashed.items()}
    close_database()
    for suffix, data in saved.items():
        crashed[suffix].write_bytes(data)
    made = start(paths, NOW + timedelta(hours=1))
    assert made is not None and names_in(made.path) == ["Ana"]


def test_without_any_backup_a_start_backs_up_even_if_unchanged(closed: AppPaths) -> None:
    paths = closed
    start(paths, NOW)
    close_database()
    for found in list_backups(paths=paths):
        found.path.unlink()
    assert start(paths, NOW + timedelta(hours=1)) is not None


def test_the_upgrade_hook_backs_up_and_a_failed_backup_stops_the_upgrade(
    store: SqliteDatabase, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_migrate(paths, NOW)(1)
    assert [b.kind for b in list_backups(paths=paths)] == [BackupKind.UPGRADE]

    def failing(*args: object, **kwargs: object) -> Path:
        raise BackupError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(backups, "write_backup", failing)
    with pytest.raises(StoreError, match="disk is full"):
        before_migrate(paths, NOW)(1)


def test_an_import_backup_is_made_on_request(store: SqliteDatabase, paths: AppPaths) -> None:
    assert back_up_before_import(paths=paths, now=NOW).kind is BackupKind.IMPORT


def test_unchanged_data_is_not_backed_up_again_before_an_import(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    """An import that failed (a full disk) and is tried again: one backup, not one a try."""
    add_contact(contact=ContactData(first_name="Ana"))
    first = back_up_before_import(paths=paths, now=NOW)
    with pytest.raises(RuntimeError), database.atomic():  # the import fails, rolled back
        add_contact(contact=ContactData(first_name="Ben"))
        raise RuntimeError("the disk is full")
    for minutes in (1, 2, 3):
        again = back_up_before_import(paths=paths, now=NOW + timedelta(minutes=minutes))
        assert again.path == first.path
    assert len(list_backups(paths=paths)) == 1
    add_contact(contact=ContactData(first_name="Cy"))  # the data changed: a new backup
    changed = back_up_before_import(paths=paths, now=NOW + timedelta(minutes=9))
    assert changed.path != first.path
    assert len(list_backups(paths=paths)) == 2


def test_old_automatic_backups_are_thinned_and_manual_ones_kept(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    model = back_up(paths=paths, now=NOW - timedelta(days=400))
    manual_old = model.path
    for day in range(1, 120):
        when = NOW - timedelta(days=day)
        shutil.copyfile(model.path, paths.backups_dir / backup_name(when, BackupKind.START))
    back_up(paths=paths, now=NOW, kind=BackupKind.START)
    kept = list_backups(paths=paths)
    automatic = [b for b in kept if b.kind is BackupKind.START]
    assert 12 < len(automatic) < 40
    assert manual_old in [b.path for b in kept]


def test_restore_replaces_the_data_after_backing_up_the_current_state(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    chosen = back_up(paths=paths, now=NOW)
    add_contact(contact=ContactData(first_name="Ben"))
    safety = restore_backup(paths=paths, backup=chosen.path, now=NOW + timedelta(minutes=1))
    assert names() == ["Ana"]
    assert safety.kind is BackupKind.RESTORE
    assert names_in(safety.path) == ["Ana", "Ben"]
    # The restored data is open and writable as usual, in WAL mode.
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    add_contact(contact=ContactData(first_name="Chloé"))
    assert names() == ["Ana", "Chloé"]
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    assert not list(paths.data_dir.glob(".*restoring"))


def test_a_damaged_backup_is_refused_and_nothing_changes(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    chosen = back_up(paths=paths, now=NOW)
    data = bytearray(chosen.path.read_bytes())
    data[100:4096] = bytes(3996)
    chosen.path.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(paths=paths, backup=chosen.path, now=NOW)
    assert names() == ["Ana"]
    assert len(list_backups(paths=paths)) == 1  # no safety backup for a restore not done


def test_a_backup_from_a_newer_infoview_is_refused(store: SqliteDatabase, paths: AppPaths) -> None:
    chosen = back_up(paths=paths, now=NOW)
    with sqlite3.connect(chosen.path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(paths=paths, backup=chosen.path, now=NOW)


def test_no_restore_without_a_backup_of_the_current_data(
    store: SqliteDatabase, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    chosen = back_up(paths=paths, now=NOW)
    add_contact(contact=ContactData(first_name="Ben"))

    def failing(*args: object, **kwargs: object) -> Path:
        raise BackupError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(backups, "write_backup", failing)
    with pytest.raises(BackupError, match="disk is full"):
        restore_backup(paths=paths, backup=chosen.path, now=NOW)
    assert names() == ["Ana", "Ben"]
    assert not list(paths.data_dir.glob(".*restoring"))


def test_a_restore_brings_back_the_links_between_records(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    field_id = add_field(name="Nursing")
    add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    chosen = back_up(paths=paths, now=NOW)
    Contact.delete().execute()
    restore_backup(paths=paths, backup=chosen.path, now=NOW)
    assert Contact.get().field_id == field_id
