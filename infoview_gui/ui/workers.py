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
import sqlite3
import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.os_errors import file_error
from infoview_gui.store.connection import own_connection

translate = QCoreApplication.translate
NOTHING_CHANGED = str(QT_TRANSLATE_NOOP("JobRunner", "Nothing was imported."))
"""What a failed read left as it was, by default (translated where it is said)."""
log = logging.getLogger(__name__)
Report = Callable[[int, int], None]
"""A job's progress callback: ``report(done, total)``; it raises once cancelled."""
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
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (safe from any thread).

        A statement running on the job's own connection is interrupted at once.
        """
        self._cancel.set()
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()

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
        except Exception as error:  # noqa: BLE001 - a worker must always report back
            if self._cancel.is_set():  # an interrupted statement: the cancel stopped it
                self.cancelled.emit()
            else:
                self.failed.emit(self._words(error))
        else:  # done before it saw the cancel: what it did is done, and said
            self.finished.emit(result)

    def _words(self, error: Exception) -> str:
        """Why the job failed, in words."""
        if isinstance(error, UserError):
            return str(error)
        if isinstance(error, OSError):  # the file or the disk
            return str(file_error(error, self._doing, self._kept))
        if isinstance(error, MemoryError):
            return (
                translate("JobRunner", "There is not enough memory to %1. %2")
                .replace("%1", self._doing)
                .replace("%2", self._kept)
            )
        log.error("Unexpected error in a worker's job", exc_info=error)
        return (
            translate("JobRunner", "%1 could not %2 (%3). %4")
            .replace("%1", APP_NAME)
            .replace("%2", self._doing)
            .replace("%3", f"{type(error).__name__}: {error}")
            .replace("%4", self._kept)
        )

    def _run_job(self) -> object:
        if not self._connection:
            return self._job(self.report)
        with own_connection() as conn:
            with self._lock:
                self._conn = conn
            try:
                return self._job(self.report)
            finally:
                with self._lock:
                    self._conn = None


_LIVE: dict[QThread, Worker] = {}
"""Every worker thread with its worker, kept until the thread has finished, whoever
started it: a dialog closed (or deleted) while its job runs never destroys a running
thread. While any runs, Python's automatic garbage collection is paused: a collection
started in the worker thread could destroy widgets from the GUI thread there, which
crashes Qt. Meanwhile the GUI thread collects the young objects every YOUNG_EVERY_MS,
a few milliseconds each: all at once when the last one ended, what an import's plan left
(92,000 objects at 10,000 rows) took 57 ms of the window's time. Automatic collection
resumes on the GUI thread when the last one ends."""
_gc_was_enabled = [True]
YOUNG_EVERY_MS = 50
YOUNG_AT_MOST = 5_000
"""While workers run, the young objects are collected once there are this many."""


def _collect_young() -> None:
    if gc.get_count()[0] > YOUNG_AT_MOST:
        gc.collect(0)


class _Keeper(QObject):
    """Hears, on the GUI thread, that a worker thread finished; collects while they run."""

    def __init__(self) -> None:
        super().__init__()
        self.collector = QTimer(self)
        self.collector.setInterval(YOUNG_EVERY_MS)
        self.collector.timeout.connect(_collect_young)

    @Slot()
    def ended(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            _thread_ended(thread)


_keeper: list[_Keeper] = []  # made on the GUI thread at the first job


def _keep(thread: QThread, worker: Worker) -> None:
    if not _keeper:
        _keeper.append(_Keeper())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(wait_for_all)
    if not _LIVE:
        _gc_was_enabled[0] = gc.isenabled()
        gc.disable()
        _keeper[0].collector.start()
    _LIVE[thread] = worker
    thread.finished.connect(_keeper[0].ended)


def _thread_ended(thread: QThread) -> None:
    """Let a finished thread go (on the GUI thread); resume garbage collection after the last."""
    if _LIVE.pop(thread, None) is not None:
        thread.deleteLater()
    if not _LIVE and _keeper:
        _keeper[0].collector.stop()
    if not _LIVE and _gc_was_enabled[0] and not gc.isenabled():
        gc.enable()
        gc.collect(0)


def wait_for_all() -> None:
    """Cancel every job still running and wait for its thread (as the app quits).

    A cancelled job keeps nothing: a write rolls back, a file being written is removed.
    """
    for thread, worker in list(_LIVE.items()):
        worker.cancel()
        thread.quit()
        thread.wait()
        _thread_ended(thread)


def running_workers() -> int:
    """How many worker threads have not finished yet."""
    return len(_LIVE)


class JobRunner(QObject):
    """Runs one job at a time in a worker thread; a cancelled job's outcome is dropped.

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
        doing: str = "",
        kept: str = "",
    ) -> None:
        """Make a runner; ``doing`` and ``kept`` word a failure ("could not <doing>...").

        Both come translated by the caller; left empty they say "read this file" and
        "Nothing was imported."
        """
        super().__init__(parent)
        self._current: Worker | None = None
        self._running: dict[QThread, Worker] = {}
        self._doing = doing or translate("JobRunner", "read this file")
        self._kept = kept or translate("JobRunner", NOTHING_CHANGED)

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
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        _keep(thread, worker)
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
            _thread_ended(thread)

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
        if isinstance(thread, QThread):
            self._running.pop(thread, None)


_LETTING_GO: set[JobRunner] = set()
_SLICE = 2000


def let_go(*held: object) -> None:
    """Free large data (its dicts and lists) in a worker thread, a slice at a time.

    Freeing millions of objects at once (an import's index of 300,000 saved contacts) is
    a third of a second of C that holds the interpreter: the window stops. Emptied in
    small pops from a worker, the GUI thread has the interpreter back between them. The
    caller drops its own references first; ``held`` are the last ones.
    """
    runner = JobRunner(doing=translate("JobRunner", "free memory"))
    _LETTING_GO.add(runner)

    def job(_report: Report) -> None:
        for thing in held:
            for value in _containers(thing):
                while value:
                    for _ in range(min(_SLICE, len(value))):
                        value.popitem() if isinstance(value, dict) else value.pop()

    for signal in (runner.finished, runner.failed, runner.cancelled):
        signal.connect(lambda *_: _LETTING_GO.discard(runner))
    runner.run(job)


def _containers(thing: object) -> list[dict[object, object] | list[object]]:
    """The dicts and lists of ``thing``: itself, or its attributes'."""
    if isinstance(thing, dict | list):
        return [thing]
    found = getattr(thing, "__dict__", {}).values()
    return [value for value in found if isinstance(value, dict | list)]
