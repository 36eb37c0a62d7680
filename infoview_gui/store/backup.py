"""Backups of the database: copied with SQLite's backup API, verified, never half-named.

A backup is written under a temporary hidden name, checked by opening it read-only and
running ``integrity_check``, and only then renamed to its final name: a crash or a kill
at any moment leaves either no backup or a complete, verified one. A backup is a single
self-contained file (rollback journal mode, no ``-wal``), private to the user (0600).

Backup files are named ``infoview-backup-YYYYMMDD-HHMMSS[-N]-KIND.sqlite3`` with the
moment in UTC, so that the folder sorts by age and the name says why it was made.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from infoview_gui.domain.errors import (
    BackupError,
    DamagedStorageError,
    DiskError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
)
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.os_errors import advice as os_advice
from infoview_gui.domain.os_errors import reason as os_reason
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import DIR_MODE, FILE_MODE
from infoview_gui.store.integrity import integrity_problems
from infoview_gui.store.write_errors import translated

PREFIX = "infoview-backup-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
_NAME = re.compile(
    rf"^{re.escape(PREFIX)}(\d{{8}}-\d{{6}})(?:-(\d+))?-([a-z]+){re.escape(SUFFIX)}$"
)
_STAMP = "%Y%m%d-%H%M%S"
_STALE_PARTIAL_SECONDS = 3600


class BackupFile(NamedTuple):
    """A backup in the backups folder."""

    path: Path
    taken_at: datetime
    kind: BackupKind

    @property
    def size(self) -> int:
        """The size of the file in bytes (0 if it has gone)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backup_name(taken_at: datetime, kind: BackupKind, number: int = 0) -> str:
    """Return the file name of a backup taken at ``taken_at`` (aware)."""
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    extra = f"-{number}" if number else ""
    return f"{PREFIX}{stamp}{extra}-{kind.value}{SUFFIX}"


def parse_backup_name(path: Path) -> BackupFile | None:
    """Return what a backup's file name says, or None for any other file."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    stamp = found.group(1)  # the digits of _STAMP: not strptime, which reads the locale
    try:
        kind = BackupKind(found.group(3))
        day = (int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]))
        clock = (int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))
        taken_at = datetime(*day, *clock, tzinfo=UTC)
    except ValueError:  # a month 13, a 25th hour: not one of ours
        return None
    return BackupFile(path, taken_at, kind)


def backup_files(folder: Path) -> list[BackupFile]:
    """Return the backups in ``folder``, newest first (by the moment in their names)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [parsed for entry in entries if (parsed := parse_backup_name(entry)) is not None]
    return sorted(found, key=lambda item: (item.taken_at, item.path.name), reverse=True)


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` if needed, private to the user (0700 on POSIX)."""
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, DIR_MODE)


def new_backup_path(folder: Path, taken_at: datetime, kind: BackupKind) -> Path:
    """Return a free path for a new backup in ``folder``."""
    number = 0
    while (folder / backup_name(taken_at, kind, number)).exists():
        number += 1
    return folder / backup_name(taken_at, kind, number)


def verify_backup(path: Path) -> list[str]:
    """Open a backup read-only and return its problems in words; empty when it is sound."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [_("It cannot be opened ({reason}).").format(reason=exc)]
    try:
        problems = integrity_problems(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            problems.append(_("It is not an InfoView database."))
    except sqlite3.Error as exc:
        problems = [_("It cannot be read ({reason}).").format(reason=exc)]
    finally:
        conn.close()
    return problems


def schema_version_of(path: Path) -> int:
    """Return the schema version stored in a (verified) backup."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; elsewhere nothing to do)."""
    if os.name != "posix":
        return
    try:
        _fsync(folder)
    except OSError:
        return


def _partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL}")


def _copy(source: sqlite3.Connection, partial: Path) -> None:
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        # The copy carries the source's WAL flag; one self-contained file is easier to keep.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    _fsync(partial)


_SHORT_REASONS: tuple[tuple[type[StorageError], str], ...] = (
    (
        StorageFullError,
        N_("the disk is full. Your data is as it was. Free some space and try again."),
    ),
    (
        ReadOnlyStorageError,
        N_(
            "the folder is read-only. Your data is as it was. Check that the disk is not "
            "write-protected and that the folder is yours."
        ),
    ),
    (
        DiskError,
        N_(
            "the disk reported an error. Your data is as it was. Check the disk (or its cable "
            "or network connection) and try again."
        ),
    ),
    (
        DamagedStorageError,
        N_(
            "the data file is damaged. Start the InfoView window: it checks the file and "
            "offers to restore an earlier backup."
        ),
    ),
)


def _reason(exc: BaseException, folder: Path) -> str:
    """Why a backup into ``folder`` failed, what was kept and what to do."""
    if isinstance(exc, OSError):
        return _("{reason}. Your data is as it was. {advice}").format(
            reason=os_reason(exc), advice=os_advice(exc)
        )
    better = translated(exc, str(folder))
    for kind, words in _SHORT_REASONS:
        if isinstance(better, kind):
            return _(words)
    return _("{reason}. Your data is as it was.").format(reason=exc)


def content_digest(conn: sqlite3.Connection) -> str:
    """Return a digest of every row of every table: equal digests, equal data.

    Page layout, free pages and the ``-wal`` file do not count, so a transaction that
    failed and rolled back leaves the digest as it was.
    """
    import hashlib  # OpenSSL's library: 2.5 ms that a start, which never digests, does without

    digest = hashlib.blake2b(digest_size=20)
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for (name,) in tables:
        digest.update(f"\x00table {name}\x00".encode())
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        while rows := cursor.fetchmany(1000):
            # The bytes of repr(rows), made 64 rows at a time: repr() of a thousand rows of
            # the search index's blocks held Python's lock for a tenth of a second, and the
            # window (waiting for it) froze. The same digest as before: hand-overs keep it.
            for start in range(0, len(rows), 64):
                part = ", ".join(map(repr, rows[start : start + 64]))
                digest.update(("[" if start == 0 else ", ").encode() + _utf8(part))
            digest.update(b"]")
    return digest.hexdigest()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _quiet(_done: int, _total: int) -> None:
    """Progress nobody watches."""


def write_backup(
    source: sqlite3.Connection, target: Path, report: Callable[[int, int], None] = _quiet
) -> Path:
    """Copy the database open on ``source`` to ``target``, verified; return ``target``.

    The copy is made under a hidden temporary name next to ``target`` and renamed only
    once it passed ``integrity_check``. An existing ``target`` is replaced. ``report``
    hears each step (copied, checked) and may raise to cancel: no file is left then.

    Raises:
        BackupError: the copy could not be written or failed its check; no file is left.
    """
    partial = _partial_path(target)
    try:
        _copy(source, partial)
        report(1, 3)
        problems = verify_backup(partial)
        report(2, 3)
        if problems:
            raise BackupError(
                _("The backup did not pass its check, so it was not kept: {problems}").format(
                    problems="; ".join(problems[:3])
                )
            )
        os.replace(partial, target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            _("The backup could not be written: {reason}").format(
                reason=_reason(exc, target.parent)
            )
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temporary files left by backups that were interrupted over an hour ago."""
    moment = time.time() if now is None else now
    removed = []
    try:
        entries = list(folder.glob(f".{PREFIX}*{PARTIAL}"))
    except OSError:
        return []
    for entry in entries:
        try:
            if moment - entry.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def copy_database_file(source: Path, target: Path) -> Path:
    """Copy a backup file to ``target`` (a temporary name the caller renames), verified.

    Uses the backup API between two connections, so the copy is a sound database even if
    ``source`` is being read meanwhile.

    Raises:
        BackupError: the copy failed or did not pass its check; ``target`` is removed.
    """
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(conn, target)
        finally:
            conn.close()
        problems = verify_backup(target)
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise BackupError(
            _("The backup could not be copied: {reason}").format(reason=_reason(exc, target.parent))
        ) from exc
    if problems:
        target.unlink(missing_ok=True)
        raise BackupError(
            _("This backup is damaged: {problems}").format(problems="; ".join(problems[:3]))
        )
    return target
