"""Backups the user can list and restore: at start, by hand, and before risky steps.

Every backup is made from the app's own open connection with SQLite's backup API,
verified, and written under a temporary name first (see ``store.backup``). Automatic
backups are thinned by ``domain.rotation``; the ones the user makes are kept.

A start-up backup is made only when the data changed since the last one: the data
file's identity, size and modification time, read before InfoView opens it, are
compared with those recorded at the last start-up backup (a file in the backups folder:
a row in the database would itself change the database).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice as os_advice
from infoview_gui.domain.os_errors import reason as os_reason
from infoview_gui.domain.rotation import BackupKind, backups_to_delete
from infoview_gui.paths import AppPaths
from infoview_gui.store.backup import (
    BackupFile,
    backup_files,
    content_digest,
    copy_database_file,
    ensure_private_folder,
    fsync_folder,
    new_backup_path,
    remove_stale_partials,
    schema_version_of,
    write_backup,
)
from infoview_gui.store.closed_mark import write_line
from infoview_gui.store.database import StoreError, close_database, database
from infoview_gui.store.migrations import SCHEMA_VERSION
from infoview_gui.store.opening import open_store
from infoview_gui.store.recovery import (
    SIDE_FILES,
    diagnose,
    keep_damaged,
    side_file,
    verified_backups,
)
from infoview_gui.store.recovery import Condition as Condition  # what the screens need
from infoview_gui.store.recovery import Diagnosis as Diagnosis
from infoview_gui.store.recovery import files_fingerprint as files_fingerprint

FINGERPRINT_FILE = ".last-start-backup"
IMPORT_DIGEST_FILE = ".last-import-backup"
"""The digest of the data last backed up before an import, and that backup's name."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the Backups window lists it."""

    path: Path
    taken_at: datetime
    kind: BackupKind
    size: int

    @property
    def kind_label(self) -> str:
        """Why the backup was made, in words."""
        return self.kind.label


def _info(found: BackupFile) -> BackupInfo:
    return BackupInfo(found.path, found.taken_at, found.kind, found.size)


def list_backups(*, paths: AppPaths) -> list[BackupInfo]:
    """Return the backups of the data folder, newest first, with their sizes."""
    return [_info(found) for found in backup_files(paths.backups_dir)]


def verified(*, paths: AppPaths) -> tuple[list[BackupInfo], int]:
    """Return the backups that pass their check, newest first, and how many do not."""
    good, bad = verified_backups(paths.backups_dir)
    return [_info(found) for found in good], len(bad)


def check_at_start(*, paths: AppPaths) -> Diagnosis:
    """Look at the data file before it is opened; nothing is changed.

    ``needs_recovery`` on the result means: show the recovery choice, do not open.
    """
    return diagnose(paths.database, paths.backups_dir)


def back_up(
    *,
    paths: AppPaths,
    now: datetime,
    kind: BackupKind = BackupKind.MANUAL,
    report: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Back up the open database now into the backups folder; return the new backup.

    ``report`` hears the steps and may raise to cancel (no file is left then).

    Raises:
        BackupError: the backup could not be written or verified; no file was left.
    """
    folder = paths.backups_dir
    try:
        ensure_private_folder(folder)
    except OSError as exc:
        raise BackupError(
            _(
                "The backups folder {folder} cannot be created: {os_reason}. Your data is "
                "as it was, but no backup was made. {os_advice}"
            ).format(folder=folder, os_reason=os_reason(exc), os_advice=os_advice(exc))
        ) from exc
    remove_stale_partials(folder)
    source = cast(Any, database).connection()
    target = new_backup_path(folder, now, kind)
    target = write_backup(source, target, report) if report else write_backup(source, target)
    if kind.automatic:
        rotate(paths=paths, now=now)
    parsed = next((b for b in backup_files(folder) if b.path == target), None)
    return _info(parsed) if parsed else BackupInfo(target, now, kind, target.stat().st_size)


def rotate(*, paths: AppPaths, now: datetime) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; return their paths."""
    automatic = [(b.path, b.taken_at) for b in backup_files(paths.backups_dir) if b.kind.automatic]
    removed = []
    for path in backups_to_delete(automatic, now):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _fingerprint_file(paths: AppPaths) -> Path:
    return paths.backups_dir / FINGERPRINT_FILE


def _recorded_fingerprint(paths: AppPaths) -> str:
    try:
        return _fingerprint_file(paths).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _record_fingerprint(paths: AppPaths, fingerprint: str) -> None:
    write_line(_fingerprint_file(paths), fingerprint)


def start_backup_needed(*, paths: AppPaths, fingerprint: str) -> bool:
    """Whether the data changed since the last start-up backup (or there is no backup)."""
    if not backup_files(paths.backups_dir):
        return True
    return fingerprint != _recorded_fingerprint(paths)


def backup_at_start(
    *,
    paths: AppPaths,
    fingerprint: str,
    now: datetime,
    report: Callable[[int, int], None] | None = None,
) -> BackupInfo | None:
    """Back up the open database if it changed since the last start; rotate the old ones.

    Args:
        paths: the data folder.
        fingerprint: ``files_fingerprint(paths)`` taken before the store was opened.
        now: the current moment, aware, in the user's time zone.
        report: hears the steps, and may raise to cancel (no file is left then).

    Raises:
        BackupError: the backup could not be made (it is tried again at the next start).
    """
    if not start_backup_needed(paths=paths, fingerprint=fingerprint):
        return None
    made = back_up(paths=paths, now=now, kind=BackupKind.START, report=report)
    _record_fingerprint(paths, fingerprint)
    return made


def before_migrate(paths: AppPaths, now: datetime) -> Callable[[int], None]:
    """Return the hook ``open_store`` calls before upgrading an existing database."""

    def hook(version: int) -> None:
        try:
            back_up(paths=paths, now=now, kind=BackupKind.UPGRADE)
        except BackupError as exc:
            raise StoreError(
                _(
                    "InfoView must upgrade your data (version {version}) and backs it up first, "
                    "but the backup failed: {exc} Nothing was changed."
                ).format(version=version, exc=exc)
            ) from exc

    return hook


def back_up_before_import(*, paths: AppPaths, now: datetime) -> BackupInfo:
    """Back up before an import writes anything; the import should stop if this raises.

    When the data is exactly as in the last backup made before an import (an import that
    failed, on a full disk say, and is tried again), that backup is kept and returned:
    the same data is never backed up twice in a row.
    """
    digest = content_digest(cast(Any, database).connection())
    record = paths.backups_dir / IMPORT_DIGEST_FILE
    try:
        recorded, _space, name = record.read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        recorded, name = "", ""
    kept = next((b for b in list_backups(paths=paths) if b.path.name == name), None)
    if kept is not None and recorded == digest:
        return kept
    made = back_up(paths=paths, now=now, kind=BackupKind.IMPORT)
    write_line(record, f"{digest} {made.path.name}")
    return made


def _incoming(paths: AppPaths) -> Path:
    return paths.data_dir / f".{paths.database.name}.restoring"


def _verified_copy(paths: AppPaths, backup: Path) -> Path:
    """Copy ``backup`` next to the data file under a temporary name, verified."""
    incoming = _incoming(paths)
    incoming.unlink(missing_ok=True)  # left by an interrupted restore: ours, never data
    copy_database_file(backup, incoming)
    if schema_version_of(incoming) > SCHEMA_VERSION:
        incoming.unlink(missing_ok=True)
        raise BackupError(
            _(
                "This backup was made by a newer version of InfoView. Install the newer "
                "InfoView to restore it. Nothing was changed."
            )
        )
    return incoming


def _swap_in(paths: AppPaths, incoming: Path) -> None:
    """Put the verified copy in place of the (closed) data file."""
    for suffix in SIDE_FILES:
        # A clean close removes them; any left hold nothing the safety backup lacks,
        # and beside the restored file they would be replayed into it.
        side_file(paths.database, suffix).unlink(missing_ok=True)
    os.replace(incoming, paths.database)
    fsync_folder(paths.data_dir)


def restore_backup(*, paths: AppPaths, backup: Path, now: datetime) -> BackupInfo:
    """Replace the open database with a backup; return the backup made of it first.

    The chosen backup is copied and verified before anything changes; the current data
    is backed up (kind "before a restore"); then the data file is swapped and reopened.
    The window does the first two in a worker (:func:`prepare_restore`) and only the
    swap on its own thread (:func:`finish_restore`).

    Raises:
        BackupError: the backup is damaged or newer, or the current data could not be
            backed up first; nothing was changed.
        StoreError: the restored data could not be opened (the safety backup is kept).
    """
    prepared = prepare_restore(paths=paths, backup=backup, now=now)
    finish_restore(paths=paths, prepared=prepared, now=now)
    return prepared.safety


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of the chosen backup beside the data file, and the safety backup."""

    incoming: Path
    safety: BackupInfo


def prepare_restore(
    *,
    paths: AppPaths,
    backup: Path,
    now: datetime,
    report: Callable[[int, int], None] | None = None,
    kind: BackupKind = BackupKind.RESTORE,
    check: Callable[[Path], None] | None = None,
) -> PreparedRestore:
    """Copy and verify ``backup`` next to the data file, then back up the current data.

    Nothing is changed yet; a cancel (``report`` raising) or a failure removes the copy.
    ``kind`` names the backup of the current data; ``check`` may look at the verified
    copy first and raise ``BackupError`` to refuse it (a hand-over that is not whole).

    Raises:
        BackupError: the backup is damaged or newer, or the current data could not be
            backed up first; nothing was changed.
    """
    incoming = _verified_copy(paths, backup)
    try:
        if check is not None:
            check(incoming)
        if report is not None:
            report(1, 2)
        safety = back_up(paths=paths, now=now, kind=kind, report=report)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    return PreparedRestore(incoming, safety)


def finish_restore(*, paths: AppPaths, prepared: PreparedRestore, now: datetime) -> None:
    """Put the prepared copy in place of the data file and reopen it.

    Raises:
        StoreError: the restored data could not be opened (the safety backup is kept).
    """
    close_database()
    _swap_in(paths, prepared.incoming)
    _reopen(paths, now, prepared.safety)


def _reopen(paths: AppPaths, now: datetime, safety: BackupInfo) -> None:
    try:
        db = open_store(paths.database, before_migrate=before_migrate(paths, now))
        problems = [row[0] for row in cast(Any, db).execute_sql("PRAGMA quick_check")]
    except StoreError as exc:
        raise StoreError(
            _(
                "The restored data could not be opened: {exc} Your data from before the restore "
                "is kept in {path}."
            ).format(exc=exc, path=safety.path)
        ) from exc
    if problems != ["ok"]:
        raise StoreError(
            _(
                "The restored data did not pass its check. Your data from before the restore is "
                "kept in {path}."
            ).format(path=safety.path)
        )


def recover_with_backup(*, paths: AppPaths, backup: Path, now: datetime) -> list[Path]:
    """Keep the damaged data file aside and put a verified copy of ``backup`` in its place.

    For the start-up recovery, before the store is opened. Returns the kept files.

    Raises:
        BackupError: the backup is damaged or newer; nothing was changed.
    """
    incoming = _verified_copy(paths, backup)
    kept = keep_damaged(paths.database, now=now)
    os.replace(incoming, paths.database)
    fsync_folder(paths.data_dir)
    return kept


def start_afresh(*, paths: AppPaths, now: datetime) -> list[Path]:
    """Keep the damaged data file aside so that InfoView starts with empty data."""
    return keep_damaged(paths.database, now=now)
