"""The event-loop probe of the scale benchmark, and how it drives a window as a user would.

A 10 ms ``QTimer`` notes each time the event loop comes round; the longest gap between two
turns while an action runs is that action's stall: what the user feels as a frozen window.
Dialogs that would block in ``exec()`` are driven from timers that fire inside their own
event loop, as tests/gui do, so each action runs through the window's own slots.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 10
SETTLE_MS = 150  # after an action: the refreshes it queued, and a paint
TIMEOUT_S = 900.0


def guarded(work: Callable[[], None]) -> Callable[[], None]:
    """``work``, but a failure ends the process with its traceback.

    Raised in a timer's slot, it would go to the window's problem dialog and the
    benchmark would wait for ever on an action that never ends.
    """

    def run() -> None:
        try:
            work()
        except BaseException:  # noqa: BLE001 - a benchmark that broke must say where
            traceback.print_exc()
            os._exit(1)

    return run


class Probe(QObject):
    """Ticks every 10 ms; ``worst`` is the longest gap between ticks since ``reset``.

    ``cpu_worst`` is the most processor time the GUI thread itself used between two ticks:
    on a loaded machine the gap also counts the time the thread waited for a processor,
    this does not (the steadier figure of the work done on the GUI thread).
    """

    def __init__(self) -> None:
        super().__init__()
        self.last = time.perf_counter()
        self.worst = 0.0
        self.cpu_last = time.thread_time()
        self.cpu_worst = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.cpu_worst = max(self.cpu_worst, cpu - self.cpu_last)
        self.last, self.cpu_last = now, cpu

    def reset(self) -> None:
        """Start measuring afresh."""
        self.last, self.cpu_last = time.perf_counter(), time.thread_time()
        self.worst = self.cpu_worst = 0.0

    def take(self) -> float:
        """Return the longest gap since ``reset``, counting the one still open."""
        self._tick()
        return self.worst


def wait_until(done: Callable[[], bool], *, settle_ms: int = SETTLE_MS) -> bool:
    """Turn the event loop until ``done()``, then ``settle_ms`` more; False on time-out."""
    loop = QEventLoop()
    started = time.perf_counter()
    outcome = [True]

    def poll() -> None:
        if done():
            timer.stop()
            QTimer.singleShot(settle_ms, loop.quit)
        elif time.perf_counter() - started > TIMEOUT_S:
            outcome[0] = False
            timer.stop()
            loop.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    return outcome[0]


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Script(QObject):
    """Steps run from a 10 ms timer: each waits for its condition, then acts once.

    The timer fires inside any dialog's ``exec()`` loop, so a step can fill and press a
    modal dialog the action opened. ``finished`` turns True after the last step.
    """

    def __init__(self, steps: list[tuple[Callable[[], object], Callable[[object], None]]]):
        super().__init__()
        self.steps = list(steps)
        self.finished = not self.steps
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if not self.steps:
            return
        ready, act = self.steps[0]
        found = ready()
        if not found:
            return
        self.steps.pop(0)
        if not self.steps:
            self.timer.stop()
        guarded(lambda: act(found))()
        if not self.steps:
            self.finished = True


def modal(kind: type[QWidget]) -> Callable[[], QWidget | None]:
    """Return a condition: the modal window on top is a ``kind`` (returned), else None."""

    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) and widget.isVisible() else None

    return find


def measure(
    probe: Probe,
    start: Callable[[], None],
    done: Callable[[], bool] = lambda: True,
    *,
    settle_ms: int = SETTLE_MS,
) -> tuple[float, float]:
    """Run ``start`` from the event loop, wait for ``done``; return (stall, seconds)."""
    probe.reset()
    began = time.perf_counter()
    started = [False]

    def run() -> None:
        start()
        started[0] = True  # after any dialog it opened has closed again

    QTimer.singleShot(0, guarded(run))
    if not wait_until(lambda: started[0] and done(), settle_ms=settle_ms):
        raise TimeoutError("the action did not finish")
    return probe.take(), time.perf_counter() - began - settle_ms / 1000
