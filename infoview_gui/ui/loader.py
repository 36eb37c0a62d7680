"""Reading a view's data off the GUI thread once the data is big (What I learned, Home).

A read is a function of the services; ``Loader.load`` runs it and hands its result to a
callback on the GUI thread. With few interviews (every student's real data) it runs at
once, as before; from ``BIG_FROM`` interviews on it runs in a worker thread on its own
SQLite connection (``ui.workers``), so the window keeps turning
while SQL reads a field of thousands of answers. A newer read replaces one still
running: only the last one's result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from infoview_gui.store.learned_queries import interview_count
from infoview_gui.ui.workers import JobRunner

BIG_FROM = 2000
"""From this many interviews, reads run in a worker thread."""


class Loader(QObject):
    """Runs the view's reads at once (small data) or in a worker thread (big data).

    Signals:
        busy(bool): a worker read started (True) or ended (False).
        failed(str): a worker read failed, in plain words.
    """

    busy = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        big_from: int = BIG_FROM,
        doing: str = "",
        kept: str = "",
    ) -> None:
        """Make a loader; ``doing`` and ``kept`` word a failed read ("could not <doing>...").

        Both come translated by the caller; left empty they say "read what you learned"
        and that nothing was changed.
        """
        super().__init__(parent)
        self.big_from = big_from
        doing = doing or self.tr("read what you learned")
        kept = kept or self.tr("Nothing was changed; switch fields or views to try again.")
        self._runner = JobRunner(self, doing=doing, kept=kept)
        self._done: Callable[[Any], None] | None = None
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.failed.connect(self._on_runner_failed)

    def is_busy(self) -> bool:
        """Whether a worker read is running."""
        return self._runner.is_busy()

    def load(self, job: Callable[[], object], done: Callable[[Any], None]) -> None:
        """Run ``job`` and give its result to ``done`` (on the GUI thread)."""
        if interview_count() < self.big_from:
            self._runner.cancel()
            self._done = None
            done(job())
            return
        self._done = done
        self._runner.run(lambda _report: job(), connection=True)
        self.busy.emit(True)

    def wait(self) -> None:
        """Drop any read still running and wait for its thread to end."""
        self._done = None
        self._runner.wait()

    def _on_runner_finished(self, result: object) -> None:
        done, self._done = self._done, None
        self.busy.emit(False)
        if done is not None:
            done(result)

    def _on_runner_failed(self, message: str) -> None:
        self._done = None
        self.busy.emit(False)
        self.failed.emit(message)
