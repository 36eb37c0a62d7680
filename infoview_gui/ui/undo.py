"""Undo for deletions: each one is a command on the window's undo stack (Edit > Undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from infoview_gui.store.snapshots import Snapshot, restore


class DeletionCommand(QUndoCommand):
    """A deletion already done; undo restores the snapshot, redo deletes again.

    Args:
        text: what was deleted, for the Edit menu ("Delete contact Ana Lopez").
        snapshot: what the service returned when it deleted.
        delete_again: deletes the same records once more and returns the new snapshot.
        changed: called after undo and redo: publishes what they wrote.
    """

    def __init__(
        self,
        text: str,
        snapshot: Snapshot,
        delete_again: Callable[[], Snapshot],
        changed: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._snapshot = snapshot
        self._delete_again = delete_again
        self._changed = changed
        self._done = True

    def undo(self) -> None:
        """Put the deleted records back."""
        restore(self._snapshot)
        self._done = False
        self._changed()

    def redo(self) -> None:
        """Delete again (pushing the command does not: the deletion already happened)."""
        if self._done:
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
