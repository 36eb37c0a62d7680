from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store import backup
from infoview_gui.store.backup import (
    backup_files,
    backup_name,
    copy_database_file,
    new_backup_path,
    parse_backup_name,
    remove_stale_partials,
    verify_backup,
    write_backup,
)

NOW = datetime(2026, 5, 10, 14, 30, 15, tzinfo=UTC)


def names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT first_name FROM contact ORDER BY id")]


def open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def populate() -> None:
    field_id = add_field(name="Nursing")
    for name in ("Ana", "Ben", "Chloé"):
        add_contact(contact=ContactData(first_name=name, field_id=field_id))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_backup_is_a_verified_private_copy_of_the_open_database(
    store: SqliteDatabase, out: Path
) -> None:
    populate()
    target = out / backup_name(NOW, BackupKind.MANUAL)
    write_backup(store.connection(), target)
    assert verify_backup(target) == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_ro(target) as conn:
        assert names(conn) == ["Ana", "Ben", "Chloé"]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # one file, no -wal


def test_a_backup_sees_edits_still_in_the_wal(store: SqliteDatabase, paths: AppPaths) -> None:
    populate()
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.stat().st_size > 0
    target = paths.data_dir / "copy.sqlite3"
    write_backup(store.connection(), target)
    with open_ro(target) as conn:
        assert len(names(conn)) == 3


def test_a_backup_that_fails_its_check_leaves_no_file(
    store: SqliteDatabase, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "verify_backup", lambda path: ["*** in database main ***"])
    target = out / backup_name(NOW, BackupKind.START)
    with pytest.raises(BackupError, match="did not pass its check"):
        write_backup(store.connection(), target)
    assert list(out.iterdir()) == []


def test_a_backup_taken_while_another_connection_writes_is_consistent(
    store: SqliteDatabase, paths: AppPaths, out: Path
) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Model"))
    start_request(contact_id=contact_id)
    stop = threading.Event()

    def columns(conn: sqlite3.Connection, table: str) -> str:
        found = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        return ", ".join(c for c in found if c != "id")

    def write() -> None:
        conn = sqlite3.connect(paths.database, timeout=10, isolation_level=None)
        people, talks = columns(conn, "contact"), columns(conn, "interview")
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                f"INSERT INTO contact ({people}) SELECT {people} FROM contact WHERE id = ?",
                (contact_id,),
            )
            copied = talks.replace("uid", "? || uid").replace("contact_id", "last_insert_rowid()")
            conn.execute(
                f"INSERT INTO interview ({talks}) SELECT {copied} FROM interview "
                "WHERE contact_id = ?",
                (str(n), contact_id),
            )
            conn.execute("COMMIT")
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        counts = []
        for i in range(15):
            target = out / f"b{i}.sqlite3"
            write_backup(store.connection(), target)
            assert verify_backup(target) == []
            with open_ro(target) as conn:
                contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
                interviews = conn.execute("SELECT count(*) FROM interview").fetchone()[0]
            assert contacts == interviews  # each write added both, in one transaction
            counts.append(contacts)
            time.sleep(0.005)
    finally:
        stop.set()
        writer.join()
    assert counts[-1] > counts[0]  # the writer really wrote meanwhile


def test_backup_names_carry_the_moment_and_the_reason(tmp_path: Path) -> None:
    path = tmp_path / backup_name(NOW, BackupKind.UPGRADE)
    assert path.name == "infoview-backup-20260510-143015-upgrade.sqlite3"
    parsed = parse_backup_name(path)
    assert parsed is not None
    assert parsed.taken_at == NOW
    assert parsed.kind is BackupKind.UPGRADE
    for other in ("infoview.sqlite3", "infoview-backup-2026-x-start.sqlite3", "notes.txt"):
        assert parse_backup_name(tmp_path / other) is None
    assert parse_backup_name(tmp_path / "infoview-backup-20260510-143015-other.sqlite3") is None


def test_two_backups_in_the_same_second_get_different_names(tmp_path: Path) -> None:
    first = new_backup_path(tmp_path, NOW, BackupKind.IMPORT)
    first.write_bytes(b"x")
    second = new_backup_path(tmp_path, NOW, BackupKind.IMPORT)
    assert second != first
    assert parse_backup_name(second) is not None


def test_backups_are_listed_newest_first_and_other_files_ignored(tmp_path: Path) -> None:
    for hours in (3, 1, 2):
        (tmp_path / backup_name(NOW - timedelta(hours=hours), BackupKind.START)).write_bytes(b"")
    (tmp_path / f".{backup_name(NOW, BackupKind.START)}.123.partial").write_bytes(b"half")
    (tmp_path / "readme.txt").write_text("hello")
    found = backup_files(tmp_path)
    assert [NOW - b.taken_at for b in found] == [timedelta(hours=h) for h in (1, 2, 3)]


def test_only_old_partial_files_are_removed(tmp_path: Path) -> None:
    old = tmp_path / f".{backup_name(NOW, BackupKind.START)}.1.partial"
    fresh = tmp_path / f".{backup_name(NOW, BackupKind.MANUAL)}.2.partial"
    for path in (old, fresh):
        path.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert remove_stale_partials(tmp_path) == [old]
    assert fresh.exists()


def test_copying_a_damaged_backup_fails_and_leaves_nothing(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    target = tmp_path / "incoming.sqlite3"
    with pytest.raises(BackupError):
        copy_database_file(damaged, target)
    assert not target.exists()


def test_a_backup_on_a_full_disk_says_so_and_leaves_nothing(
    store: SqliteDatabase, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate()

    def full(source: Any, dest: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupError, match="the disk is full. Your data is as it was"):
        write_backup(store.connection(), out / backup_name(NOW, BackupKind.START))
    assert list(out.iterdir()) == []


def test_the_data_digest_is_the_same_as_before_it_was_made_in_pieces(tmp_path: Path) -> None:
    """A hand-over's manifest keeps the digest: made 64 rows at a time (so a worker lets
    the window in), it must stay the digest of each batch's repr()."""
    import hashlib

    conn = sqlite3.connect(tmp_path / "d.sqlite3")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT, data BLOB, n REAL)")
    rows = [
        (i, f"Nyström “{i}” 🎓"[: 10 + i % 7], bytes([i % 256]) * (i % 90), i / 3)
        for i in range(2500)
    ]
    conn.executemany("INSERT INTO note VALUES (?, ?, ?, ?)", rows)
    conn.execute("CREATE TABLE empty (id INTEGER)")
    conn.commit()
    former = hashlib.blake2b(digest_size=20)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        former.update(f"\x00table {name}\x00".encode())
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        while batch := cursor.fetchmany(1000):
            former.update(repr(batch).encode("utf-8", "surrogatepass"))
    assert backup.content_digest(conn) == former.hexdigest()
    conn.close()
