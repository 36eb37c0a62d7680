"""Undo for deletions: each one is a command on the window's undo stack (Edit > Undo)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from infoview_gui.store.snapshots import Snapshot, restore
from infoview_gui.ui.workers import Job, Report

translate = QCoreApplication.translate
BIG_ROWS = 100
"""Past this many rows to put back, an undo runs in a worker behind a progress dialog."""

Ended = Callable[[bool, object], None]
BigRun = Callable[[str, str, Job, set[str], Ended], object]
"""``run(title, text, job, tables, ended)``: runs ``job`` in a worker behind a progress
dialog, publishes the changes to ``tables`` and calls ``ended`` (``run_bulk``)."""


@dataclass(frozen=True)
class BigWork:
    """How a deletion's undo and redo run when they are large.

    Attributes:
        run: ``run(title, text, job, tables, ended)`` runs ``job`` in a worker behind a
            progress dialog, publishes the changes to ``tables`` and calls ``ended``
            (``ui.dialogs.bulk_work.run_bulk``).
        stack: the undo stack, stepped back when the work is cancelled or fails.
        delete_again: deletes the same records once more with progress; returns the snapshot.
    """

    run: BigRun
    stack: QUndoStack
    delete_again: Callable[[Report], Snapshot]


class DeletionCommand(QUndoCommand):
    """A deletion already done; undo restores the snapshot, redo deletes again.

    Args:
        text: what was deleted, for the Edit menu ("Delete contact Ana Lopez").
        snapshot: what the service returned when it deleted.
        delete_again: deletes the same records once more and returns the new snapshot.
        changed: called after undo and redo: publishes what they wrote.
        big: how a large undo or redo runs in a worker (None: always here and now).
    """

    def __init__(
        self,
        text: str,
        snapshot: Snapshot,
        delete_again: Callable[[], Snapshot],
        changed: Callable[[], object],
        big: BigWork | None = None,
    ) -> None:
        super().__init__(text)
        self._snapshot = snapshot
        self._delete_again = delete_again
        self._changed = changed
        self._big = big
        self._done = True

    def _is_big(self) -> bool:
        return self._big is not None and self._snapshot.size() > BIG_ROWS

    def undo(self) -> None:
        """Put the deleted records back (a large deletion in a worker, with progress)."""
        if not self._done:
            return
        if self._big is not None and self._is_big():
            snapshot, stack = self._snapshot, self._big.stack

            def job(report: Report) -> object:
                restore(snapshot, report)
                return None

            def ended(ok: bool, _result: object) -> None:
                if ok:
                    self._done = False
                else:  # nothing was put back: the stack steps forward again
                    QTimer.singleShot(0, stack.redo)

            doing = translate("Undo", "Undo: %1…").replace("%1", self.text())
            self._big.run(translate("Undo", "Undo"), doing, job, snapshot.tables(), ended)
            return
        restore(self._snapshot)
        self._done = False
        self._changed()

    def redo(self) -> None:
        """Delete again (pushing the command does not: the deletion already happened)."""
        if self._done:
            return
        if self._big is not None and self._is_big():
            stack = self._big.stack

            def ended(ok: bool, result: object) -> None:
                if ok and isinstance(result, Snapshot):
                    self._snapshot, self._done = result, True
                else:  # nothing was deleted: the stack steps back again
                    QTimer.singleShot(0, stack.undo)

            job = self._big.delete_again
            doing = translate("Undo", "Redo: %1…").replace("%1", self.text())
            self._big.run(translate("Undo", "Redo"), doing, job, self._snapshot.tables(), ended)
            return
        self._snapshot = self._delete_again()
        self._done = True
        self._changed()


class DoneCommand(QUndoCommand):
    """An action already done (a merge, say); undo and redo call the given functions.

    Args:
        text: what was done, for the Edit menu ("Merge Bob Smith into Robert Smith").
        undo: puts the records back as they were before the action.
        redo: does the action once more.
        changed: called after undo and redo: publishes what they wrote.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        changed: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._undo, self._redo, self._changed = undo, redo, changed
        self._done = True

    def undo(self) -> None:
        """Put the records back as they were before."""
        self._undo()
        self._done = False
        self._changed()

    def redo(self) -> None:
        """Do the action again (pushing the command does not: it is already done)."""
        if self._done:
            return
        self._redo()
        self._done = True
        self._changed()
