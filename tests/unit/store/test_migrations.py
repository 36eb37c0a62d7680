from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
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

    steps = (*migrations.migrations(), rebuild_contact)
    monkeypatch.setattr(migrations, "migrations", lambda: steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(steps))
    backups: list[int] = []
    open_store(path, before_migrate=backups.append)
    close_database()
    after = _counts(path)  # and the tables later steps add, empty
    assert {t: after[t] for t in before} == before and sum(after.values()) == sum(before.values())
    assert backups == [int(LATEST.stem[1:])]  # backed up once, before the first step
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(steps)
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

    steps = (*migrations.migrations(), broken)
    monkeypatch.setattr(migrations, "migrations", lambda: steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(steps))
    with pytest.raises(RuntimeError):
        open_store(path)
    close_database()
    after = _counts(path)  # and the tables later steps add, empty
    assert {t: after[t] for t in before} == before and sum(after.values()) == sum(before.values())
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(steps) - 1


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


def test_upgrading_version_2_makes_every_contact_searchable_and_sortable_by_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(FIXTURES / "v2.sqlite3", path)
    with sqlite3.connect(path) as conn:
        texts = conn.execute("SELECT id, search_text FROM contact ORDER BY id").fetchall()
    backups: list[int] = []
    db = open_store(path, before_migrate=backups.append)
    found = db.execute_sql("SELECT id, search FROM contact_keys ORDER BY id").fetchall()
    plan = db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT c.id FROM contact c"
        " ORDER BY c.title = '', c.title COLLATE NOCASE, c.id"
    ).fetchall()
    close_database()
    assert backups == [2]
    assert found == texts and len(texts) > 0
    assert "contact_title_order" in str(plan)


def test_the_search_table_follows_every_write_to_a_contact(store: SqliteDatabase) -> None:
    from infoview_gui.domain.contact import ContactData
    from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete

    ana = add_contact(contact=ContactData(first_name="Ana", organisation="St Mary"))

    def text() -> list[tuple[str]]:
        return store.execute_sql("SELECT search FROM contact_keys WHERE id = ?", [ana]).fetchall()

    assert "st mary" in text()[0][0]
    store.execute_sql("UPDATE contact SET search_text = 'changed' WHERE id = ?", [ana])
    assert text() == [("changed",)]
    snapshot = delete_contacts(contact_ids=[ana])
    assert text() == []
    undo_delete(snapshot=snapshot)
    assert text() == [("changed",)]


def test_the_introducer_key_follows_renames_removals_and_insert_order(
    store: SqliteDatabase,
) -> None:
    def introducer(contact_id: int) -> str:
        sql = "SELECT introducer FROM contact_keys WHERE id = ?"
        return str(store.execute_sql(sql, [contact_id]).fetchone()[0])

    with store.atomic():  # a restore inserts by id: the introducer may come later
        store.execute_sql("PRAGMA defer_foreign_keys = ON")
        store.execute_sql(
            "INSERT INTO contact (id, first_name, introduced_by_id, introduced_by_text, source,"
            " last_name, title, organisation, location, email, phone, profile_url, notes,"
            " card_name, card_title, card_organisation, card_email, card_phone, card_address,"
            " card_website, card_image, search_text, sort_name, email_key, url_key,"
            " name_org_key, created_at, updated_at)"
            " SELECT 1, 'Ana', 2, 'typed', 'other', '', '', '', '', '', '', '', '', '', '', '',"
            " '', '', '', '', '', '', '', '', '', '', '2026-01-01', '2026-01-01'"
        )
        assert introducer(1) == "typed"
        store.execute_sql("CREATE TEMP TABLE ben AS SELECT * FROM contact WHERE id = 1")
        store.execute_sql(
            "UPDATE ben SET id = 2, first_name = 'Ben', last_name = 'Ng',"
            " introduced_by_id = NULL, introduced_by_text = '', uid = 'ben'"
        )
        store.execute_sql("INSERT INTO contact SELECT * FROM ben")
    assert introducer(1) == "Ben Ng"
    store.execute_sql("UPDATE contact SET first_name = 'Bob' WHERE id = 2")
    assert introducer(1) == "Bob Ng"
    store.execute_sql("DELETE FROM contact WHERE id = 2")  # ON DELETE SET NULL
    assert introducer(1) == "typed"


def test_every_version_has_its_step_and_its_script() -> None:
    assert len(migrations.migrations()) == len(migrations.scripts()) == migrations.SCHEMA_VERSION


def test_opening_an_up_to_date_file_reads_no_schema_module(tmp_path: Path) -> None:
    # Every start but the first opens an up-to-date file: the steps' SQL stays unread.
    code = (
        "import sys; from pathlib import Path\n"
        "from infoview_gui.store.opening import open_store\n"
        f"open_store(Path({str(tmp_path / 'a.sqlite3')!r}))\n"  # new: made from the scripts
        "from infoview_gui.store.database import close_database; close_database()\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = (  # as the window opens it (app.py)
        "import sys; from pathlib import Path\n"
        "from infoview_gui.store.opening import open_data_file\n"
        f"open_data_file(Path({str(tmp_path / 'a.sqlite3')!r}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('infoview_gui.store.schema_')))\n"
    )
    second = subprocess.run([sys.executable, "-c", again], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "[]"
