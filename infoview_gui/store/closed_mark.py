"""The state InfoView left its data file in at its last clean close, and the later check.

At start, SQLite's ``quick_check`` reads every page of the data file: 0.85 s at 100,000
contacts, 2.2 s at 300,000. It is only worth waiting for, before the window opens, when
the file is not as InfoView left it: after a crash (its journal is still there), a file
put back by hand, a copy from another computer, a damaged disk that rewrote it. So a
clean close notes the file's fingerprint (inode, size, modification time, and whether a
journal is there) in a small file beside it; when the next start finds the same
fingerprint, the header is checked before opening, and the full check runs after the
first paint on its own read-only connection (``check_open_file``), while the user
works. Every start still checks every page; damage found afterwards is told at once,
the note is forgotten, and the next start goes through the recovery before opening.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from infoview_gui.paths import FILE_MODE, AppPaths
from infoview_gui.store.recovery import cannot_read, said_by_check

Report = Callable[[int, int], None]

CLOSED_MARK = ".closed-sound"


def write_line(target: Path, line: str) -> None:
    """Write ``line`` to ``target`` whole (temporary file, then rename), or not at all."""
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(line + "\n")
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)  # only means a slower (joined) check next time


def _mark(paths: AppPaths) -> Path:
    return paths.data_dir / CLOSED_MARK


def note_closed(paths: AppPaths, fingerprint: str) -> None:
    """Note that InfoView closed the data file soundly, with ``fingerprint``."""
    write_line(_mark(paths), fingerprint)


def forget_closed(paths: AppPaths) -> None:
    """Forget the note: the next start checks the whole file before opening it."""
    with contextlib.suppress(OSError):
        _mark(paths).unlink(missing_ok=True)


def left_as_closed(paths: AppPaths, fingerprint: str) -> bool:
    """Whether the data file is as InfoView's last clean close left it."""
    try:
        noted = _mark(paths).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    has_journal = not fingerprint.endswith("|-")
    return bool(noted) and noted == fingerprint and not has_journal


def check_open_file(database: Path, report: Report | None = None, *, every: int = 500_000) -> str:
    """SQLite's quick check of the open data file, read-only; the problem, or "".

    A read transaction in WAL mode sees one moment of the file whatever the window
    writes meanwhile (and checkpoints stop before the pages it reads), so the check
    never blocks the window and never mistakes a write in progress for damage.
    ``report`` is called every ``every`` steps of SQLite (a few milliseconds: each call
    takes Python's lock from the window's thread); what it raises stops the check.
    """
    stopped: list[BaseException] = []

    def going() -> int:
        try:
            if report is not None:
                report(0, 1)
        except BaseException as exc:  # noqa: BLE001 - raised again below, as it was
            stopped.append(exc)
            return 1
        return 0

    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.set_progress_handler(going, every)
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if stopped:
            raise stopped[0] from None
        return cannot_read(exc)
    return said_by_check(rows)
