"""Hand the data over to another computer, and take it over from one.

Handing over writes a verified backup of the open data (``store.backup``) into a folder
the user carries (a synced folder, a USB stick), then its manifest: the data file first,
so that a manifest never names a file that is not whole. Taking over copies and verifies
that file beside the data file, checks that it is the data its manifest describes, backs
up the local data ("before taking over") and swaps the file in, as a restore does. When
the local data changed since the last hand-over too, nothing is taken over without the
user's choice: whichever side is not kept is kept as a backup, listed in Tools > Backups.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.handover import (
    MANIFEST_NAME,
    Manifest,
    Verdict,
    data_file_name,
    is_data_file_name,
    weigh,
)
from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice as os_advice
from infoview_gui.domain.os_errors import reason as os_reason
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.domain.synced_folders import synced_service
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import (
    BackupInfo,
    PreparedRestore,
    finish_restore,
    prepare_restore,
)
from infoview_gui.services.handover_files import (
    HandoverNote,
    read_manifest,
    read_note,
    write_json,
    write_note,
)
from infoview_gui.store.backup import (
    content_digest,
    copy_database_file,
    ensure_private_folder,
    new_backup_path,
    schema_version_of,
    write_backup,
)
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Contact, Interview

Report = Callable[[int, int], None]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Found:
    """What a hand-over folder holds, weighed against the local data."""

    folder: Path
    manifest: Manifest | None  # None: the folder holds no hand-over
    verdict: Verdict | None


@dataclass(frozen=True)
class HandedOver:
    """A hand-over written, and the unseen one it replaced, kept here as a backup."""

    manifest: Manifest
    set_aside: BackupInfo | None


def _quiet(_done: int, _total: int) -> None:
    """Progress nobody watches."""


def remembered_folder(*, paths: AppPaths) -> Path | None:
    """Return the hand-over folder last used with this data folder, if any."""
    folder = read_note(paths).folder
    return Path(folder) if folder else None


def synced_folder_service(*, paths: AppPaths) -> str:
    """Return the name of a file-syncing service whose folder holds the data, or ""."""
    return synced_service(paths.data_dir.resolve(), lambda place: Path(place).exists())


def _file_digest(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return content_digest(conn)
    finally:
        conn.close()


def _local_digest() -> str:
    return content_digest(cast(Any, database).connection())


def _has_data() -> bool:
    return any(model.select().exists() for model in (Contact, CareerField, Interview))


def look(*, paths: AppPaths, folder: Path) -> Found:
    """Read the hand-over in ``folder`` and weigh it against the local data (open store).

    Raises:
        BackupError: the folder or its manifest cannot be read.
    """
    manifest = read_manifest(folder)
    if manifest is None:
        return Found(folder, None, None)
    note = read_note(paths)
    if manifest.fingerprint in note.known:  # no need to read the local data
        return Found(folder, manifest, Verdict.OLDER)
    verdict = weigh(
        manifest,
        local=_local_digest(),
        last=note.last,
        known=note.known,
        local_has_data=_has_data(),
    )
    return Found(folder, manifest, verdict)


def _write_failed(folder: Path, exc: OSError) -> BackupError:
    return BackupError(
        _(
            "The hand-over could not be written in {folder}: {reason}. Your data is as it "
            "was. {advice}"
        ).format(folder=folder, reason=os_reason(exc), advice=os_advice(exc))
    )


def hand_over(
    *, paths: AppPaths, folder: Path, now: datetime, report: Report = _quiet
) -> HandedOver:
    """Write a verified hand-over of the open data into ``folder``; return its manifest.

    A hand-over already there that this data folder has never seen is kept here as a
    backup first (kind "from another computer"): its changes are not lost.

    Raises:
        BackupError: the folder cannot be used, or the copy could not be written or did
            not pass its check; the folder's earlier hand-over is as it was.
    """
    try:
        existing = read_manifest(folder)
    except BackupError:
        if not folder.is_dir():
            raise
        existing = None  # a damaged manifest: the new one replaces it
    note = read_note(paths)
    set_aside = None
    if existing is not None and existing.fingerprint not in note.known:
        if (folder / existing.data_file).is_file():
            set_aside = _keep_as_backup(paths, folder, existing)
        note = note.seen(existing.fingerprint, last=False)
    target = folder / data_file_name(now)
    write_backup(cast(Any, database).connection(), target, report)
    try:
        manifest = Manifest(
            written_at=now,
            computer=socket.gethostname(),
            folder_id=note.folder_id,
            fingerprint=_file_digest(target),
            based_on=note.last,
            data_file=target.name,
            size=target.stat().st_size,
            schema=schema_version_of(target),
        )
        write_json(folder / MANIFEST_NAME, manifest.to_json())
    except OSError as exc:
        raise _write_failed(folder, exc) from exc
    _remove_older(folder, keep=target.name)
    _remember(paths, replace(note.seen(manifest.fingerprint, last=True), folder=str(folder)))
    return HandedOver(manifest, set_aside)


def _remove_older(folder: Path, *, keep: str) -> None:
    """Delete the data files of earlier hand-overs in ``folder`` (ours by their names)."""
    try:
        entries = [entry for entry in folder.iterdir() if is_data_file_name(entry.name)]
    except OSError:
        return
    for entry in entries:
        if entry.name != keep:
            try:
                entry.unlink()
            except OSError:
                continue


def _remember(paths: AppPaths, note: HandoverNote) -> None:
    try:
        write_note(paths, note)
    except OSError as exc:  # the next look is then cautious: it asks rather than assumes
        log.warning("The hand-over note could not be written: %s", type(exc).__name__)


def _not_whole(folder: Path) -> BackupError:
    return BackupError(
        _(
            "The hand-over in {folder} is not complete: its data is not the data its "
            "description names. It may still be on its way (a synced folder copies it in "
            "its own time): try again in a moment. Nothing was changed."
        ).format(folder=folder)
    )


def _source(found: Found) -> tuple[Manifest, Path]:
    manifest = found.manifest
    if manifest is None:
        raise BackupError(
            _("There is no hand-over in {folder}. Nothing was changed.").format(folder=found.folder)
        )
    data = found.folder / manifest.data_file
    try:
        whole = data.stat().st_size == manifest.size
    except OSError:
        whole = False
    if not whole:
        raise _not_whole(found.folder)
    return manifest, data


def prepare_takeover(
    *, paths: AppPaths, found: Found, now: datetime, report: Report | None = None
) -> PreparedRestore:
    """Copy and verify the hand-over beside the data file; back up the local data.

    Nothing is changed yet (see ``services.backups.prepare_restore``).

    Raises:
        BackupError: the hand-over is not whole, damaged or newer, or the local data
            could not be backed up first; nothing was changed.
    """
    manifest, data = _source(found)

    def check(incoming: Path) -> None:
        if _file_digest(incoming) != manifest.fingerprint:
            raise _not_whole(found.folder)

    return prepare_restore(
        paths=paths, backup=data, now=now, report=report, kind=BackupKind.TAKEOVER, check=check
    )


def finish_takeover(
    *, paths: AppPaths, found: Found, prepared: PreparedRestore, now: datetime
) -> None:
    """Swap the prepared hand-over in for the data file and reopen it; remember it.

    Raises:
        StoreError: the data could not be opened (the local data's backup is kept).
    """
    finish_restore(paths=paths, prepared=prepared, now=now)
    manifest = found.manifest
    assert manifest is not None
    note = read_note(paths).seen(manifest.fingerprint, last=True)
    _remember(paths, replace(note, folder=str(found.folder)))


def take_over(*, paths: AppPaths, found: Found, now: datetime) -> BackupInfo:
    """Take the hand-over over in one go (the command line); return the local data's backup.

    Raises:
        BackupError: see :func:`prepare_takeover`; nothing was changed.
        StoreError: see :func:`finish_takeover`.
    """
    prepared = prepare_takeover(paths=paths, found=found, now=now)
    finish_takeover(paths=paths, found=found, prepared=prepared, now=now)
    return prepared.safety


def _keep_as_backup(paths: AppPaths, folder: Path, manifest: Manifest) -> BackupInfo:
    """Copy a hand-over into the backups folder (kind "from another computer"), verified."""
    ensure_private_folder(paths.backups_dir)
    target = new_backup_path(paths.backups_dir, manifest.written_at, BackupKind.HANDOVER)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    copy_database_file(folder / manifest.data_file, partial)
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(paths.backups_dir, exc) from exc
    return BackupInfo(target, manifest.written_at, BackupKind.HANDOVER, target.stat().st_size)


def keep_local(*, paths: AppPaths, found: Found) -> BackupInfo:
    """Keep the local data; keep the hand-over as a backup and offer it no more.

    Raises:
        BackupError: the hand-over could not be copied; nothing was changed.
    """
    manifest, _data = _source(found)
    kept = _keep_as_backup(paths, found.folder, manifest)
    note = read_note(paths).seen(manifest.fingerprint, last=False)
    _remember(paths, replace(note, folder=str(found.folder)))
    return kept
