"""P5: a full disk or a read-only folder never damages data; the user is told plainly.

A full disk is ``PRAGMA max_page_count`` set to the pages the file has; the edits then
need new pages (a long note, a new field). A read-only folder is made with permissions,
or, where permissions do not stop the test's user (root), with a read-only bind mount.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import (
    DamagedStorageError,
    DiskError,
    DomainError,
    ReadOnlyStorageError,
    StorageFullError,
)
from infoview_gui.paths import AppPaths
from infoview_gui.services import contacts, fields, ranking
from infoview_gui.services.backups import back_up
from infoview_gui.store.database import close_database, database
from infoview_gui.store.opening import open_store
from infoview_gui.store.schema_search import NOT_DERIVED
from infoview_gui.store.write_errors import translated

MAIN = Path(__file__).parents[2] / "main.py"
LONG = "What the work is like, day to day. " * 400  # about 14 KB: needs new pages
FULL = "Your disk is full, so this change was not saved;"


def dump() -> dict[str, list[tuple[Any, ...]]]:
    query = (  # the search index is derived (its virtual table takes no trigger)
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND {NOT_DERIVED}"
    )
    names = [row[0] for row in database.execute_sql(query).fetchall()]
    return {n: database.execute_sql(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names}


@pytest.fixture
def full(store: SqliteDatabase) -> Iterator[int]:
    """Data in the store, then no room for a single new page."""
    field_id = fields.add_field(name="Nursing")
    for name in ("Ana", "Ben"):
        contacts.add_contact(contact=ContactData(first_name=name, field_id=field_id))
    pages = store.execute_sql("PRAGMA page_count").fetchone()[0]
    store.execute_sql(f"PRAGMA max_page_count = {pages}")
    yield field_id
    store.execute_sql("PRAGMA max_page_count = 1073741823")


EDITS: dict[str, Callable[[int, int], object]] = {
    # Each is one user action; the n-th is tried until the disk is full.
    "add a contact with long notes": lambda f, n: contacts.add_contact(
        contact=ContactData(first_name=f"Chloé {n}", field_id=f, notes=LONG)
    ),
    "write research notes": lambda f, n: fields.save_research_notes(field_id=f, text=LONG * n),
    "add a field with its criteria": lambda f, n: fields.add_field(name=f"{n} {LONG[:110]}"),
    "add a criterion": lambda f, n: ranking.add_criterion(field_id=f, name=f"{n} {LONG[:110]}"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_full_disk_refuses_plainly_and_keeps_the_data(
    edit: str, full: int, store: SqliteDatabase
) -> None:
    for n in range(1, 200):
        before = dump()
        try:
            EDITS[edit](full, n)
        except StorageFullError as refused:
            assert str(refused).startswith(FULL)
            assert "typed" not in str(refused)  # the screen that kept it says so
            break
    else:
        pytest.fail(f"{edit}: the disk never got full")
    assert dump() == before
    assert store.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed: the same edit works
    EDITS[edit](full, n)
    assert dump() != before


def test_the_contact_dialog_keeps_what_was_typed_on_a_full_disk(
    qtbot: QtBot, full: int, store: SqliteDatabase
) -> None:
    from infoview_gui.ui.dialogs.contact import ContactDialog

    dialog = ContactDialog(field_id=full)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Chloé")
    dialog.notes.setPlainText(LONG)
    dialog.buttons.accepted.emit()
    assert dialog.error.text().startswith(FULL)
    assert dialog.error.text().endswith("What you typed is still here.")
    assert dialog.result() == 0  # still open
    assert dialog.first_name.text() == "Chloé"
    assert dialog.notes.toPlainText() == LONG
    store.execute_sql("PRAGMA max_page_count = 1073741823")
    dialog.buttons.accepted.emit()
    assert dialog.created_id is not None


def test_a_backup_that_cannot_be_written_fails_cleanly(full: int, paths: AppPaths) -> None:
    if paths.backups_dir.exists():
        shutil.rmtree(paths.backups_dir)
    paths.backups_dir.write_text("a file where the backups folder should be")
    with pytest.raises(DomainError, match="backups folder"):
        back_up(paths=paths, now=datetime.now(UTC))
    assert paths.backups_dir.read_text() == "a file where the backups folder should be"


def test_a_read_only_database_refuses_plainly(full: int, store: SqliteDatabase) -> None:
    store.execute_sql("PRAGMA max_page_count = 1073741823")
    store.execute_sql("PRAGMA query_only = ON")  # SQLite answers as for a read-only file
    before = dump()
    try:
        with pytest.raises(ReadOnlyStorageError, match="read-only") as refused:
            contacts.add_contact(contact=ContactData(first_name="Dev", field_id=full))
        assert "typed" not in str(refused.value)
        with pytest.raises(ReadOnlyStorageError):
            fields.delete_field(field_id=full)
    finally:
        store.execute_sql("PRAGMA query_only = OFF")
    assert dump() == before


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (13, StorageFullError),
        (8, ReadOnlyStorageError),
        (8 | (3 << 8), ReadOnlyStorageError),
        (10, DiskError),
        (10 | (4 << 8), DiskError),
        (11, DamagedStorageError),
        (26, DamagedStorageError),
    ],
)
def test_sqlite_disk_errors_become_plain_messages(code: int, kind: type[DomainError]) -> None:
    error = sqlite3.OperationalError("disk trouble")
    error.sqlite_errorcode = code
    assert isinstance(translated(error), kind)


def test_other_sqlite_errors_are_left_alone() -> None:
    error = sqlite3.IntegrityError("UNIQUE constraint failed")
    error.sqlite_errorcode = 19
    assert translated(error) is None
    assert translated(ValueError("x")) is None


# -- a read-only data folder ---------------------------------------------------------


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """Yield ``folder`` made read-only (or a read-only view of it); skip if impossible."""
    modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        if not _can_write(folder):
            yield folder
            return
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    view = folder.with_name(folder.name + "-read-only")
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        view.rmdir()
        pytest.skip("permissions do not stop this user and no read-only mount is possible")
    try:
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(view)], capture_output=True
        )
        if remounted.returncode != 0 or _can_write(view):
            pytest.skip("no read-only mount is possible here")
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)
        view.rmdir()


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    fields.add_field(name="Nursing")
    close_database()
    return paths


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(MAIN), *args], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(shutil.which("mount") is None and os.name == "posix", reason="no mount")
def test_a_read_only_data_folder_is_refused_plainly_and_left_as_it_is(data: AppPaths) -> None:
    with read_only(data.data_dir) as folder:
        before = digest(folder)
        started = run_app("--data-dir", str(folder), "--quit-when-shown")
        assert started.returncode != 0
        message = started.stderr.strip().splitlines()[-1]
        assert str(folder) in message and "Traceback" not in started.stderr
        assert "read-only" in message.lower() or "cannot" in message.lower()
        checked = run_app("--data-dir", str(folder), "check")
        assert "read-only" in checked.stdout
        assert checked.stdout.strip().splitlines()[-1] == "ok"
        assert digest(folder) == before
