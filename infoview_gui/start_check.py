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
        self.deferred = False  # the full check is left for after the first paint
        self._error: BaseException | None = None
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(self.SWITCH_INTERVAL)
        self.start()

    def run(self) -> None:
        """Note the files' state (did the data change since?), then look for damage.

        When the file is as InfoView's last clean close left it, only its header is
        checked now; the check of every page runs once the window is painted.
        """
        from infoview_gui.store.closed_mark import left_as_closed
        from infoview_gui.store.recovery import Condition, diagnose, files_fingerprint

        try:
            fingerprint = files_fingerprint(self.paths)
            deep = not left_as_closed(self.paths, fingerprint)
            diagnosis = diagnose(self.paths.database, self.paths.backups_dir, deep=deep)
            self.deferred = not deep and diagnosis.condition is Condition.SOUND
            self._result = diagnosis, fingerprint
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
