"""A damaged database, found at start before anything writes to it, and kept aside.

``diagnose`` looks at the data file without changing a byte of it: its size, its
header, and SQLite's ``quick_check`` on the file opened immutable (or, when a ``-wal``
journal is present, on a private copy of the pair, because opening the original would
replay the journal into it). ``keep_damaged`` renames the file and its journal so that
they stay together, never deleted and never overwritten.

A new data folder is told from a damaged one by its backups: InfoView backs up a new
database on its first start, so an empty or missing data file next to backups is damage,
and an empty file with no backups is a first start that was interrupted.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from infoview_gui.domain.i18n import N_, _
from infoview_gui.paths import AppPaths
from infoview_gui.store.backup import BackupFile, backup_files, fsync_folder, verify_backup
from infoview_gui.store.connection import SQLITE_MAGIC

SIDE_FILES = ("-wal", "-shm")
_HEADER = 100


class Condition(StrEnum):
    """What ``diagnose`` found."""

    NEW = "new"  # no data yet: open (and create) it
    SOUND = "sound"  # open it
    MISSING = "missing"  # the data file is gone but backups exist
    DAMAGED = "damaged"  # the data file cannot be used as it is


class Diagnosis(NamedTuple):
    """The state of the data file, and the problem in plain words when there is one."""

    condition: Condition
    problem: str = ""

    @property
    def needs_recovery(self) -> bool:
        """Whether the user must choose a backup (or quit) before InfoView opens the data."""
        return self.condition in (Condition.MISSING, Condition.DAMAGED)


def side_file(database: Path, suffix: str) -> Path:
    """Return the ``-wal`` or ``-shm`` file of ``database``."""
    return database.with_name(database.name + suffix)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _damaged(problem: str) -> Diagnosis:
    return Diagnosis(Condition.DAMAGED, problem)


def diagnose(database: Path, backups_dir: Path, *, deep: bool = True) -> Diagnosis:
    """Tell whether the data file can be opened, without changing it.

    Without ``deep``, SQLite's check of every page is left out when there is no journal
    (the file is as InfoView closed it: the check runs after the window opens).
    """
    journal = _size(side_file(database, "-wal"))
    if not database.exists():
        if journal:
            return _damaged(_("The data file is missing, but its journal file is still there."))
        if backup_files(backups_dir):
            return Diagnosis(Condition.MISSING, _("The data file is missing."))
        return Diagnosis(Condition.NEW)
    size = _size(database)
    if size == 0:
        if journal or backup_files(backups_dir):
            return _damaged(_("The data file is empty: it holds 0 bytes."))
        return Diagnosis(Condition.NEW)
    problem = _header_problem(database, size, journal=journal > 0)
    if not problem:
        if journal:
            problem = _check_copy(database)
        elif deep:
            problem = _check_in_place(database)
    return _damaged(problem) if problem else Diagnosis(Condition.SOUND)


def _header_problem(database: Path, size: int, *, journal: bool) -> str:
    try:
        with database.open("rb") as handle:
            header = handle.read(_HEADER)
    except OSError as exc:
        return _("The data file cannot be read ({reason}).").format(reason=exc.strerror or exc)
    if len(header) < _HEADER or not header.startswith(SQLITE_MAGIC):
        return _("The data file is not a database any more: its first bytes are wrong.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _("The data file is not a database any more: its header is wrong.")
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96] and pages > 0
    short = size % page_size != 0 or (header_valid and not journal and pages * page_size > size)
    if short:
        return _("The data file is cut short: its end is missing.")
    return ""


WAL_MISMATCH = N_(
    "The data file does not match its journal file (-wal): one of them is from another "
    "moment (a file put back from a copy?), and together they link to rows that are not "
    "there."
)


def _quick_check(uri: str, *, links: bool = False) -> str:
    """SQLite's quick check of the file at ``uri``; with ``links``, its foreign keys too."""
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            broken = links and conn.execute("PRAGMA foreign_key_check").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return cannot_read(exc)
    return said_by_check(rows) or (_(WAL_MISMATCH) if broken else "")


def cannot_read(error: sqlite3.Error) -> str:
    """The problem, in words, when SQLite cannot read the data file at all."""
    return _("The data file is damaged: SQLite cannot read it ({error}).").format(error=error)


def said_by_check(rows: list[tuple[object, ...]]) -> str:
    """The first problem in the rows of ``PRAGMA quick_check``, in words, or ""."""
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    if problems:
        return _("The data file is damaged inside: SQLite's check says “{said}”.").format(
            said=problems[0]
        )
    return ""


def _check_in_place(database: Path, *, links: bool = False) -> str:
    # immutable: no lock, no journal, no side file: the file is only read.
    return _quick_check(f"{database.resolve().as_uri()}?immutable=1", links=links)


def _check_copy(database: Path) -> str:
    """Check the file with its journal replayed, on a private copy of both.

    The copy goes next to the data (a private folder) or, if that folder is read-only,
    to the temporary folder; when no copy can be made, SQLite's own recovery at opening
    is trusted.
    """
    import shutil  # only after a crash: not worth importing at every start
    import tempfile

    for place in (database.parent, None):
        try:
            with tempfile.TemporaryDirectory(prefix=".infoview-check-", dir=place) as folder:
                copy = Path(folder) / database.name
                shutil.copyfile(database, copy)
                shutil.copyfile(side_file(database, "-wal"), side_file(copy, "-wal"))
                # A file put back beside a newer journal reads as sound page by page;
                # only its links show that the two do not belong together: links sound
                # in the file alone and broken once its journal is replayed.
                found = _quick_check(copy.as_uri(), links=True)
                if found == _(WAL_MISMATCH) and _check_in_place(database, links=True):
                    return ""  # broken in the file itself: ``check`` names those links
                return found
        except OSError:
            continue
    return ""


def damaged_name(database: Path, now: datetime, number: int = 0) -> Path:
    """Return the name a damaged data file is kept under."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    extra = f"-{number}" if number else ""
    return database.with_name(f"{database.stem}-damaged-{stamp}{extra}{database.suffix}")


def keep_damaged(database: Path, *, now: datetime) -> list[Path]:
    """Rename the data file and its journal files aside, as a pair; return the new names.

    Nothing is deleted or rewritten: renaming keeps every byte. The data file goes
    first, so that an interruption never leaves its journal beside another file.
    """
    number = 0
    while any(
        side_file(damaged_name(database, now, number), s).exists() for s in ("", *SIDE_FILES)
    ):
        number += 1
    target = damaged_name(database, now, number)
    kept = []
    for suffix in ("", *SIDE_FILES):
        source = side_file(database, suffix)
        if source.exists():
            destination = side_file(target, suffix)
            os.replace(source, destination)
            kept.append(destination)
    fsync_folder(database.parent)
    return kept


def verified_backups(backups_dir: Path) -> tuple[list[BackupFile], list[BackupFile]]:
    """Return (backups that pass their check, backups that do not), newest first."""
    good: list[BackupFile] = []
    bad: list[BackupFile] = []
    for backup in backup_files(backups_dir):
        (bad if verify_backup(backup.path) else good).append(backup)
    return good, bad


def files_fingerprint(paths: AppPaths) -> str:
    """Return what identifies the data file's state; call it before opening the store."""
    parts = []
    for suffix in ("", "-wal"):
        try:
            found = side_file(paths.database, suffix).stat()
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{found.st_ino}:{found.st_size}:{found.st_mtime_ns}")
    return "|".join(parts)
