"""Whether an InfoView window has the data folder open, told without importing Qt.

The window holds a ``QLockFile`` on ``AppPaths.lock_file`` while it runs (``app.py``). A
command that writes to the folder (``import``, ``check --fix``) must not change the data
under an open window: the window would go on showing what it read before, and save over
it. This module reads the lock file as Qt writes it - the holder's process id, its
program name and its host name, one a line - and asks the system whether that process
is still alive, the test Qt itself makes for a lock that is not stale.

On Windows the open window keeps the file open without sharing it for writing, so
opening it for writing fails while the window runs: that is the test there.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.domain.i18n import _
from infoview_gui.paths import AppPaths


def window_pid(lock_file: Path) -> int | None:
    """Return the id of the live process that holds ``lock_file``, or None.

    None when there is no lock file, when it is stale (its process is gone), or when
    it was written on another computer (a shared folder: Qt leaves those to their host);
    0 when a window holds it but its process id cannot be read.
    """
    try:
        lines = lock_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    except OSError:  # Windows: the window has it open and does not share it
        return 0 if os.name == "nt" else None
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    host = lines[2] if len(lines) > 2 else ""
    if pid <= 0 or (host and host != socket.gethostname()):
        return None
    return pid if _alive(pid, lock_file) else None


def _alive(pid: int, lock_file: Path) -> bool:
    if os.name == "nt":  # os.kill would end the process there: ask the file instead
        return _held_on_windows(lock_file)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, run by someone else
        return True
    return True


def _held_on_windows(lock_file: Path) -> bool:
    try:
        with lock_file.open("a", encoding="utf-8"):
            return False
    except OSError:
        return True


def refuse_while_window_open(paths: AppPaths, command: str) -> None:
    """Raise ``CommandError`` with a sentence when a window has ``paths`` open.

    Args:
        paths: the data folder the command would write to.
        command: the command as the user typed it, e.g. ``infoview import``.
    """
    pid = window_pid(paths.lock_file)
    if pid is None:
        return
    process = f" (process {pid})" if pid else ""
    raise CommandError(
        _(
            "InfoView is open on the data folder {data_dir}{process}. Close its window, "
            "then run {command} again: it would change the data under the open window, "
            "which would go on showing what it read before."
        ).format(data_dir=paths.data_dir, process=process, command=command)
    )
