"""The private log: what InfoView did and what went wrong, to diagnose a user's problem.

The window writes ``logs/infoview.log`` in the data folder, the commands
``logs/commands.log`` (a command may run beside the window). A file is rotated only when
a process opens it, at its start, never while one writes it (the window's only by the
window that holds the folder's lock; two commands started in the same millisecond could
both rotate, and an old file would be lost, nothing worse): past ``ROTATE_BYTES`` it
becomes ``.1`` (the ``.1`` before it ``.2``; ``KEEP`` old files are kept), and a file
stops growing at ``MAX_BYTES`` until the next start, so the folder holds at most about
``(KEEP + 1) * MAX_BYTES``. The folder is 0700, the files 0600.

In it: start-up facts, warnings, Qt messages and every unexpected error with its
traceback. Never in it: a name, an email address, notes or a draft. Records are named by
their id, and the links Qt quotes in its messages (a ``mailto:`` link holds a whole
email) are cut off by ``without_links``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path

from infoview_gui import APP_NAME, __version__
from infoview_gui.paths import FILE_MODE, AppPaths

LOGGER_NAME = "infoview_gui"
WINDOW_LOG = "infoview.log"
COMMANDS_LOG = "commands.log"
ROTATE_BYTES = 1_000_000
MAX_BYTES = 2_000_000
KEEP = 2
TAIL_BYTES = 64_000
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
FULL_NOTICE = "The log is full: nothing more is written to it until the next start."
_LINK = re.compile(r"\b(mailto|https?|file|tel|sms|callto|ftp):.*", re.IGNORECASE | re.DOTALL)

log = logging.getLogger(LOGGER_NAME)
log.addHandler(logging.NullHandler())  # without a log file, records go nowhere (not stderr)


class _BoundedFileHandler(logging.FileHandler):
    """Appends to one file, and stops writing at ``MAX_BYTES`` until the next start."""

    full = False

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record`` unless the file is full (say once that it is)."""
        if self.full:
            return
        try:
            at_bound = self.stream is not None and self.stream.tell() >= MAX_BYTES
        except (OSError, ValueError):
            self.full = True
            return
        if at_bound:
            self.full = True
            record = logging.LogRecord(
                LOGGER_NAME, logging.WARNING, __file__, 0, FULL_NOTICE, None, None
            )
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Stop writing (a full disk, say) without a word: a log never troubles the user."""
        self.full = True


def rotate(path: Path) -> None:
    """Move ``path`` to ``path.1`` (``.1`` to ``.2``, ...) if it is past ``ROTATE_BYTES``."""
    try:
        if path.stat().st_size <= ROTATE_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(KEEP, 1, -1):
        older = path.with_name(f"{path.name}.{number - 1}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def _create_private(path: Path) -> None:
    """Create ``path`` as a file only its user can read (0600), or make it so."""
    os.close(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE))
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def start_log(paths: AppPaths, name: str) -> logging.Handler | None:
    """Open the log file ``name`` of this process in the data folder's ``logs/``.

    The data folder must exist already: a log is never the reason one is made. A log
    never stops InfoView either: a folder that cannot be written just has no log.

    Args:
        paths: the data folder.
        name: ``WINDOW_LOG`` or ``COMMANDS_LOG``.

    Returns:
        The handler to give to ``stop_log``, or None when there is no log.
    """
    try:
        path = paths.ensure_logs_dir() / name
        rotate(path)
        _create_private(path)
        handler = _BoundedFileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def stop_log(handler: logging.Handler | None) -> None:
    """Close a log opened by ``start_log``."""
    if handler is not None:
        log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
        # A full disk: its last lines are lost; a log never troubles the user.
        with contextlib.suppress(OSError):
            handler.close()


def start_facts(paths: AppPaths, what: str, qt_version: str = "") -> str:
    """One line of facts for the start of a run (cheap: no ``platform`` module)."""
    qt = f", Qt {qt_version}" if qt_version else ""
    return (
        f"{APP_NAME} {__version__} {what} started: Python {sys.version.split()[0]}{qt}, "
        f"{sys.platform}, data folder {paths.data_dir}"
    )


def system_description() -> str:
    """The operating system, its version and the processor (about 10 ms the first time)."""
    import platform

    return platform.platform()


def without_links(message: str) -> str:
    """Return ``message`` cut at the first link it quotes (a mailto: link is a whole email)."""
    return _LINK.sub(lambda found: f"{found.group(1)}:<link left out>", message)


def last_lines(path: Path, count: int = 50) -> list[str]:
    """Return the last ``count`` lines of the log file ``path`` (none if there is none)."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - TAIL_BYTES))
            data = handle.read()
    except OSError:
        return []
    lines = data.decode("utf-8", "replace").splitlines()
    if size > TAIL_BYTES:
        lines = lines[1:]  # most likely cut in the middle
    return lines[-count:]
