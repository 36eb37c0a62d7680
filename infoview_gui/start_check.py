"""The damage check of the data file, run in a thread while Qt loads (no Qt here)."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from infoview_gui.paths import AppPaths

if TYPE_CHECKING:
    from infoview_gui.store.recovery import Diagnosis


class StartCheck(threading.Thread):
    """The damage check and the files' fingerprint, taken before the store is opened.

    Each of its file reads and SQLite calls lets go of the GIL and must then win it back
    from the main thread, which is busy loading Qt: with Python's 5 ms switch interval
    the check would wait longer than it works, so the interval is shorter until it ends.
    """

    SWITCH_INTERVAL = 0.0005

    def __init__(self, paths: AppPaths) -> None:
        super().__init__(name="start check", daemon=True)
        self.paths = paths
        self._result: tuple[Diagnosis, str] | None = None
        self._error: BaseException | None = None
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(self.SWITCH_INTERVAL)
        self.start()

    def run(self) -> None:
        """Look for damage, then note the files' state (did the data change since?)."""
        from infoview_gui.store.recovery import diagnose, files_fingerprint

        try:
            diagnosis = diagnose(self.paths.database, self.paths.backups_dir)
            self._result = diagnosis, files_fingerprint(self.paths)
        except BaseException as exc:  # noqa: BLE001 - raised again in the main thread
            self._error = exc

    def outcome(self) -> tuple[Diagnosis, str]:
        """Wait for the check; return (diagnosis, fingerprint) or raise what it raised."""
        self.join()
        sys.setswitchinterval(self._interval)
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
