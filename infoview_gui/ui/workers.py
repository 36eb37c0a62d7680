"""Long work off the GUI thread: checks, exports, restores, backups, reading imports.

The one worker runner of the window. A *job* is a function that takes a progress
callback ``report(done, total)``; it runs in a worker thread, either without the
database (reading and matching an import file) or, when run with ``connection=True``,
on the thread's own SQLite connection (``store.connection.own_connection``): the
services it calls then read and write there, never on the window's connection.
Progress comes back as a percentage; cancelling makes the next progress report raise,
so the job stops where it is: a write rolls back, an export removes its temporary file.
Results, failures (in words) and the cancellation come back as signals, queued to the
GUI thread, which only starts the job and shows its outcome.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.os_errors import file_error
from infoview_gui.store.connection import own_connection

NOTHING_CHANGED = "Nothing was imported."
log = logging.getLogger(__name__)
Report = Callable[[int, int], None]
Job = Callable[[Report], object]


class JobCancelledError(Exception):
    """Raised inside a job when the user cancelled it."""


class Worker(QObject):
    """Runs one job in a worker thread (on its own connection if asked).

    Signals:
        progressed(int): how far the job is, in percent.
        finished(object): the job's result.
        failed(str): why the job could not be done, in plain words.
        cancelled: the job stopped because the user cancelled it.
    """

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, *, connection: bool, doing: str, kept: str) -> None:
        super().__init__()
        self._job = job
        self._connection = connection
        self._doing, self._kept = doing, kept
        self._cancel = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (safe from any thread)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether the user asked the job to stop."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Progress callback given to the job: raise if cancelled, else tell the percentage."""
        if self._cancel.is_set():
            raise JobCancelledError
        percent = min(100, max(0, done * 100 // max(total, 1)))
        if percent != self._last:
            self._last = percent
            self.progressed.emit(percent)

    @Slot()
    def run(self) -> None:
        """Run the job and report how it ended (in the worker thread)."""
        try:
            self.report(0, 1)
            result = self._run_job()
        except JobCancelledError:
            self.cancelled.emit()
        except UserError as error:
            self.failed.emit(str(error))
        except OSError as error:  # the file or the disk: said in words
            self.failed.emit(str(file_error(error, self._doing, self._kept)))
        except MemoryError:
            self.failed.emit(f"There is not enough memory to {self._doing}. {self._kept}")
        except Exception as error:  # noqa: BLE001 - a worker must always report back
            log.exception("Unexpected error in a worker's job")
            self.failed.emit(
                f"InfoView could not {self._doing} ({type(error).__name__}: {error}). {self._kept}"
            )
        else:  # done before it saw the cancel: what it did is done, and said
            self.finished.emit(result)

    def _run_job(self) -> object:
        if not self._connection:
            return self._job(self.report)
        with own_connection():
            return self._job(self.report)


class JobRunner(QObject):
    """Runs one job at a time in a worker thread; a cancelled job's outcome is dropped.

    Workers and their threads are kept until the thread has finished, however the job
    ended, so that nothing is deleted while it still runs. While a worker thread runs,
    Python's automatic garbage collection is paused: a collection started in the worker
    thread could destroy widgets from the main thread there, which crashes Qt. It resumes
    (and collects once) on the main thread when the last worker thread has ended.

    Signals:
        progressed(int): how far the current job is, in percent.
        finished(object): the current job's result.
        failed(str): why the current job could not be done.
        cancelled: the current job stopped because it was cancelled.
    """

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        doing: str = "read this file",
        kept: str = NOTHING_CHANGED,
    ) -> None:
        """Make a runner; ``doing`` and ``kept`` word a failure ("could not <doing>...")."""
        super().__init__(parent)
        self._current: Worker | None = None
        self._running: dict[QThread, Worker] = {}
        self._gc_was_enabled = True
        self._doing, self._kept = doing, kept

    def is_busy(self) -> bool:
        """Whether a job is running and has not been cancelled."""
        return self._current is not None

    def run(self, job: Job, *, connection: bool = False) -> None:
        """Cancel the current job, if any, and start ``job``.

        With ``connection``, the job runs on the worker thread's own database
        connection, opened for it and closed when it ends.
        """
        self.cancel()
        worker = Worker(job, connection=connection, doing=self._doing, kept=self._kept)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        if not self._running:
            self._gc_was_enabled = gc.isenabled()
            gc.disable()
        self._running[thread] = worker
        self._current = worker
        thread.start()

    def cancel(self) -> None:
        """Ask the current job to stop; its outcome will not be reported."""
        if self._current is not None:
            self._current.cancel()
            self._current = None

    def cancel_now(self) -> None:
        """Ask the current job to stop, and report ``cancelled`` once it has stopped.

        A job that finished before it saw the request reports ``finished``: what it
        wrote is written, and the dialog says so.
        """
        if self._current is not None:
            self._current.cancel()

    def wait(self) -> None:
        """Cancel, and wait until every worker thread has ended."""
        self.cancel()
        for thread, worker in list(self._running.items()):
            worker.cancel()
            thread.quit()
            thread.wait()
            self._running.pop(thread, None)
        self._resume_gc()

    def _resume_gc(self) -> None:
        """Let garbage collection run again once no worker thread is left (main thread)."""
        if not self._running and self._gc_was_enabled and not gc.isenabled():
            gc.enable()
            gc.collect(0)

    def _is_current(self) -> bool:
        return self._current is not None and self.sender() is self._current

    def _on_worker_progressed(self, percent: int) -> None:
        if self._is_current():
            self.progressed.emit(percent)

    def _on_worker_finished(self, result: object) -> None:
        if self._is_current():
            self._current = None
            self.finished.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        if self._is_current():
            self._current = None
            self.failed.emit(message)

    def _on_worker_cancelled(self) -> None:
        if self._is_current():
            self._current = None
            self.cancelled.emit()

    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in self._running:
            self._running.pop(thread)
            thread.deleteLater()
        self._resume_gc()
