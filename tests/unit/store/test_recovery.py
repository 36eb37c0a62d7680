from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import back_up, recover_with_backup, start_afresh
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store.database import close_database, database
from infoview_gui.store.opening import open_store
from infoview_gui.store.recovery import (
    Condition,
    diagnose,
    keep_damaged,
    side_file,
    verified_backups,
)

NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def add_people(prefix: str, count: int, field_id: int) -> None:
    for i in range(count):
        add_contact(
            contact=ContactData(first_name=f"{prefix}{i}", field_id=field_id, notes="n" * 300)
        )


def folder_bytes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def first_names(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT first_name FROM contact ORDER BY id")]


@pytest.fixture
def used(paths: AppPaths) -> list[str]:
    """A data folder in use: data, a backup of it, more data since; closed cleanly."""
    open_store(paths.database)
    field_id = add_field(name="Nursing")
    add_people("A", 20, field_id)
    back_up(paths=paths, now=NOW - timedelta(days=1), kind=BackupKind.START)
    add_people("B", 40, field_id)
    close_database()
    backups = verified_backups(paths.backups_dir)[0]
    return first_names(backups[0].path)


def zero_bytes(db: Path) -> None:
    db.write_bytes(b"")


def truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 123])


def truncated_at_a_page(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: (len(data) // 2) // 4096 * 4096])


def random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def flipped_byte(db: Path) -> None:
    with sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contact'"
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size] ^= 0x01  # the b-tree page's type: one bit flipped
    db.write_bytes(bytes(data))


def stray_wal(db: Path) -> None:
    """An older copy put back over the live file, whose newer -wal stayed behind."""
    older = db.read_bytes()
    open_store(db)
    field_id = add_field(name="Law")
    add_people("C", 60, field_id)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    add_people("D", 20, field_id)
    wal = side_file(db, "-wal").read_bytes()
    close_database()
    db.write_bytes(older)
    side_file(db, "-wal").write_bytes(wal)


def wal_of_another_moment(db: Path) -> None:
    """An older copy put back beside a -wal whose every page reads: only the links break.

    SQLite's own quick check finds nothing; the window opened it silently while
    ``check`` reported foreign-key errors.
    """
    older = db.read_bytes()
    open_store(db)
    contact_id = add_contact(contact=ContactData(first_name="New"))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    start_request(contact_id=contact_id)  # in the -wal: an interview of a newer contact
    wal = side_file(db, "-wal").read_bytes()
    close_database()
    db.write_bytes(older)
    side_file(db, "-wal").write_bytes(wal)
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def wal_without_its_file(db: Path) -> None:
    open_store(db)
    add_people("E", 5, add_field(name="Law"))
    wal = side_file(db, "-wal").read_bytes()
    close_database()
    db.unlink()
    side_file(db, "-wal").write_bytes(wal)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "zero bytes": zero_bytes,
    "truncated": truncated,
    "truncated at a page": truncated_at_a_page,
    "random bytes": random_bytes,
    "flipped byte in a page": flipped_byte,
    "stray -wal": stray_wal,
    "-wal of another moment": wal_of_another_moment,
    "-wal without its file": wal_without_its_file,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_is_detected_without_changing_a_byte(
    damage: str, used: list[str], paths: AppPaths
) -> None:
    DAMAGE[damage](paths.database)
    before = folder_bytes(paths.data_dir)
    found = diagnose(paths.database, paths.backups_dir)
    assert found.condition is Condition.DAMAGED
    assert found.needs_recovery
    assert found.problem
    assert folder_bytes(paths.data_dir) == before


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_restoring_keeps_the_damaged_files_and_gives_the_backups_rows(
    damage: str, used: list[str], paths: AppPaths
) -> None:
    DAMAGE[damage](paths.database)
    before = folder_bytes(paths.data_dir)
    good, bad = verified_backups(paths.backups_dir)
    assert len(good) == 1 and not bad
    kept = recover_with_backup(paths=paths, backup=good[0].path, now=NOW)
    # Every damaged byte is still there, under a new name.
    kept_bytes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in kept}
    renamed = {name.replace("infoview", kept[0].stem, 1): h for name, h in before.items()}
    renamed = {n: h for n, h in renamed.items() if n.startswith(kept[0].stem)}
    assert kept_bytes == renamed
    assert first_names(paths.database) == used
    db = open_store(paths.database)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()


def test_a_new_folder_is_not_damage(paths: AppPaths) -> None:
    assert diagnose(paths.database, paths.backups_dir).condition is Condition.NEW
    paths.database.write_bytes(b"")  # a first start that stopped right after creating it
    assert diagnose(paths.database, paths.backups_dir).condition is Condition.NEW


def test_a_sound_file_is_sound_and_left_as_it_is(used: list[str], paths: AppPaths) -> None:
    before = folder_bytes(paths.data_dir)
    assert diagnose(paths.database, paths.backups_dir).condition is Condition.SOUND
    assert folder_bytes(paths.data_dir) == before


def test_a_sound_file_with_a_journal_left_by_a_crash_is_sound(
    used: list[str], paths: AppPaths
) -> None:
    open_store(paths.database)
    add_people("F", 3, add_field(name="Law"))
    crashed = {s: side_file(paths.database, s).read_bytes() for s in ("", "-wal")}
    close_database()
    for suffix, data in crashed.items():
        side_file(paths.database, suffix).write_bytes(data)
    before = folder_bytes(paths.data_dir)
    assert diagnose(paths.database, paths.backups_dir).condition is Condition.SOUND
    assert folder_bytes(paths.data_dir) == before
    assert not [p for p in paths.data_dir.iterdir() if p.name.startswith(".infoview-check")]


def test_a_missing_file_with_backups_asks_for_a_choice(used: list[str], paths: AppPaths) -> None:
    paths.database.unlink()
    found = diagnose(paths.database, paths.backups_dir)
    assert found.condition is Condition.MISSING
    assert found.needs_recovery


def test_starting_afresh_keeps_the_damaged_file(used: list[str], paths: AppPaths) -> None:
    random_bytes(paths.database)
    data = paths.database.read_bytes()
    kept = start_afresh(paths=paths, now=NOW)
    assert [p.read_bytes() for p in kept] == [data]
    assert not paths.database.exists()


def test_keeping_twice_in_the_same_second_never_overwrites(paths: AppPaths) -> None:
    for content in (b"first", b"second"):
        paths.database.write_bytes(content)
        keep_damaged(paths.database, now=NOW)
    kept = sorted(p.read_bytes() for p in paths.data_dir.glob("infoview-damaged-*"))
    assert kept == [b"first", b"second"]


def test_a_damaged_backup_is_not_offered(used: list[str], paths: AppPaths) -> None:
    good = verified_backups(paths.backups_dir)[0][0]
    broken = paths.backups_dir / good.path.name.replace("start", "manual")
    shutil.copyfile(good.path, broken)
    random_bytes(broken)
    ok, bad = verified_backups(paths.backups_dir)
    assert [b.path for b in ok] == [good.path]
    assert [b.path for b in bad] == [broken]
