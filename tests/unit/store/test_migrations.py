from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

from infoview_gui.store import migrations
from infoview_gui.store.database import NewerDatabaseError, StoreError, close_database
from infoview_gui.store.models import ALL_MODELS
from infoview_gui.store.opening import open_store

FIXTURES = Path(__file__).parents[2] / "fixtures" / "db"
TABLES = [model._meta.table_name for model in ALL_MODELS]
LATEST = max(FIXTURES.glob("v*.sqlite3"), key=lambda path: int(path.stem[1:]))
"""The newest released fixture (a version not yet released has none: it is migrated to)."""


def _counts(path: Path) -> dict[str, int]:
    """Return the rows of each table the file has (a step not yet run adds the others)."""
    with sqlite3.connect(path) as conn:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in TABLES
            if t in present
        }


def test_new_database_is_at_the_current_version(store: SqliteDatabase) -> None:
    assert store.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_file_from_a_newer_infoview_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of InfoView"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_sqlite_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an InfoView database"):
        open_store(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, this is not a database" * 10, b"SQLite format 3"])
def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="damaged or is not an InfoView database"):
        open_store(path)
    assert path.read_bytes() == content


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_version_migrates_without_losing_a_row(
    fixture: Path, tmp_path: Path
) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text())
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(fixture, path)
    backups: list[int] = []
    db = open_store(path, before_migrate=backups.append)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    close_database()
    counts = _counts(path)
    assert {table: counts[table] for table in expected} == expected
    assert all(count > 0 for table, count in counts.items() if table in expected)
    if int(fixture.stem[1:]) < migrations.SCHEMA_VERSION:
        assert backups == [int(fixture.stem[1:])]


def test_a_table_rebuild_in_a_migration_never_cascades_to_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later step that rebuilds ``contact`` keeps every interview and score."""
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(LATEST, path)
    before = _counts(path)

    def rebuild_contact(migrator: SqliteMigrator) -> None:
        migrator.drop_column("contact", "card_website").run()

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, rebuild_contact))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    backups: list[int] = []
    open_store(path, before_migrate=backups.append)
    close_database()
    after = _counts(path)  # and the tables later steps add, empty
    assert {t: after[t] for t in before} == before and sum(after.values()) == sum(before.values())
    assert backups == [int(LATEST.stem[1:])]  # backed up once, before the first step
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_step_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(LATEST, path)
    before = _counts(path)

    def broken(migrator: SqliteMigrator) -> None:
        migrator.database.execute_sql("DELETE FROM interview")
        raise RuntimeError("step failed half-way")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        open_store(path)
    close_database()
    after = _counts(path)  # and the tables later steps add, empty
    assert {t: after[t] for t in before} == before and sum(after.values()) == sum(before.values())
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS) - 1


def test_upgrading_version_1_keeps_every_email_and_gives_each_contact_its_own_uid(
    tmp_path: Path,
) -> None:
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(FIXTURES / "v1.sqlite3", path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, email, phone, profile_url FROM contact").fetchall()
    open_store(path)
    close_database()
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT id, email, phone, profile_url FROM contact").fetchall()
        uids = [row[0] for row in conn.execute("SELECT uid FROM contact")]
        labels = conn.execute("SELECT DISTINCT email_label FROM contact").fetchall()
        searched = conn.execute("SELECT count(*) FROM contact WHERE search_text LIKE '%@%'")
        found = searched.fetchone()[0]
    assert after == before
    assert len(set(uids)) == len(uids) and all(uid.startswith("urn:uuid:") for uid in uids)
    assert labels == [("other",)]
    assert found == len(before)  # every email is now searchable


def test_two_first_starts_racing_on_a_new_file_share_one_schema(tmp_path: Path) -> None:
    """The second saw an empty file, then waited for the first: it opens, no 'already exists'."""
    from infoview_gui.store.migrations import create_first_schema
    from infoview_gui.store.write_errors import GuardedConnection

    path = tmp_path / "infoview.sqlite3"
    first = sqlite3.connect(path, isolation_level=None, factory=GuardedConnection)
    second = sqlite3.connect(path, isolation_level=None, factory=GuardedConnection, timeout=5)
    try:
        assert second.execute("SELECT 1 FROM sqlite_master").fetchone() is None  # empty, it saw
        create_first_schema(first)
        create_first_schema(second)  # before: "table setting already exists"
        version = second.execute("PRAGMA user_version").fetchone()[0]
        assert version == migrations.SCHEMA_VERSION
        assert second.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        first.close()
        second.close()
