"""Long import work off the main thread: reading, parsing and matching a file.

The worker runs one *job*: a pure function (it must not touch the database, whose
connection belongs to the main thread) that takes a progress callback. Progress comes
back as a percentage; cancelling makes the next progress report raise, so the job stops
where it is and nothing is kept. Results, failures and the cancellation come back as
signals, queued to the main thread.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.os_errors import file_error

NOTHING_CHANGED = "Nothing was imported."
log = logging.getLogger(__name__)
Job = Callable[[Callable[[int, int], None]], object]


class ImportCancelledError(Exception):
    """Raised inside a job when the user cancelled it."""


class ImportWorker(QObject):
    """Runs one job in a worker thread.

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

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
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
            raise ImportCancelledError
        percent = min(100, max(0, done * 100 // max(total, 1)))
        if percent != self._last:
            self._last = percent
            self.progressed.emit(percent)

    @Slot()
    def run(self) -> None:
        """Run the job and report how it ended (in the worker thread)."""
        try:
            self.report(0, 1)
            result = self._job(self.report)
        except ImportCancelledError:
            self.cancelled.emit()
        except UserError as error:
            self.failed.emit(str(error))
        except OSError as error:  # the file or the disk: said in words
            self.failed.emit(str(file_error(error, "read this file", NOTHING_CHANGED)))
        except MemoryError:
            self.failed.emit("The file is too big to read with the memory available.")
        except Exception as error:  # noqa: BLE001 - a worker must always report back
            log.exception("Unexpected error in an import job")
            self.failed.emit(
                f"InfoView could not read this file ({type(error).__name__}: {error})."
            )
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: ImportWorker | None = None
        self._running: dict[QThread, ImportWorker] = {}
        self._gc_was_enabled = True

    def is_busy(self) -> bool:
        """Whether a job is running and has not been cancelled."""
        return self._current is not None

    def run(self, job: Job) -> None:
        """Cancel the current job, if any, and start ``job``."""
        self.cancel()
        worker = ImportWorker(job)
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
            gc.collect()

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
