"""The journal copied into the data file by a worker, a moment after each write.

The window's connection does not checkpoint as it commits (``store.connection``): a
worker does it on its own connection, ``DELAY_MS`` after the last write that changed
something, so that a run of edits costs one checkpoint, never on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from infoview_gui.domain.changes import Changes
from infoview_gui.store.connection import checkpoint, leave_checkpoints_to_workers
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.workers import JobRunner

log = logging.getLogger(__name__)

DELAY_MS = 2000


class Checkpointer(QObject):
    """Checkpoints in a worker after the window's writes (made by ``keep_journal_short``)."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(events)
        self.done: tuple[int, int] | None = None  # (pages, copied) of the last checkpoint
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._runner = JobRunner(self, doing=self.tr("tidy the data file's journal"))
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(lambda said: log.warning("No checkpoint: %s", said))
        events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes, _origin: object) -> None:
        if changes:
            self._timer.start()  # again: one checkpoint after a run of edits

    def _start(self) -> None:
        if not self._runner.is_busy():
            self._runner.run(lambda _report: checkpoint(), connection=True)

    def _on_finished(self, done: object) -> None:
        if isinstance(done, tuple):
            self.done = (int(done[0]), int(done[1]))


def keep_journal_short(events: AppEvents) -> Checkpointer:
    """Leave the window's checkpoints to a worker, after each write; return it."""
    leave_checkpoints_to_workers()
    return Checkpointer(events)
