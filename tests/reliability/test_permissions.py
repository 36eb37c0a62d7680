"""P9: the data, its journal, the backups and their folders are private to the user.

Checked with a umask of 0, so that the modes come from InfoView and not from the
environment the test happens to run in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoview_gui.commands.backup import run_backup
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import (
    back_up,
    backup_at_start,
    files_fingerprint,
    recover_with_backup,
    restore_backup,
)
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture
def paths(tmp_path: Path, open_umask: None) -> Iterator[AppPaths]:
    made = AppPaths(tmp_path / "data")
    made.ensure()
    yield made
    close_database()


def test_the_data_file_and_its_journal_are_private(paths: AppPaths) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana"))
    assert mode(paths.data_dir) == 0o700
    for suffix in ("", "-wal", "-shm"):
        assert mode(paths.database.with_name(paths.database.name + suffix)) == 0o600, suffix


def test_backups_and_their_folder_are_private(paths: AppPaths) -> None:
    fingerprint = files_fingerprint(paths)
    open_store(paths.database)
    made = [
        backup_at_start(paths=paths, fingerprint=fingerprint, now=NOW),
        back_up(paths=paths, now=NOW, kind=BackupKind.MANUAL),
        back_up(paths=paths, now=NOW, kind=BackupKind.IMPORT),
    ]
    assert mode(paths.backups_dir) == 0o700
    assert all(info is not None and mode(info.path) == 0o600 for info in made)
    for other in paths.backups_dir.iterdir():  # the start-up fingerprint too
        assert mode(other) == 0o600, other.name


def test_a_restored_data_file_stays_private(paths: AppPaths) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana"))
    chosen = back_up(paths=paths, now=NOW)
    safety = restore_backup(paths=paths, backup=chosen.path, now=NOW)
    add_contact(contact=ContactData(first_name="Ben"))
    for path in (paths.database, paths.database.with_name(paths.database.name + "-wal")):
        assert mode(path) == 0o600, path.name
    assert mode(safety.path) == 0o600


def test_a_damaged_file_kept_aside_stays_private(paths: AppPaths) -> None:
    open_store(paths.database)
    chosen = back_up(paths=paths, now=NOW)
    close_database()
    paths.database.write_bytes(os.urandom(8192))
    os.chmod(paths.database, 0o600)
    kept = recover_with_backup(paths=paths, backup=chosen.path, now=NOW)
    assert [mode(p) for p in kept] == [0o600]
    assert mode(paths.database) == 0o600


def test_a_backup_from_the_command_line_is_private(paths: AppPaths, tmp_path: Path) -> None:
    open_store(paths.database)
    close_database()
    target = tmp_path / "mine.sqlite3"
    assert run_backup(paths, target) == 0
    assert mode(target) == 0o600
