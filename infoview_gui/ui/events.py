"""Signals that distant parts of the window listen to, made once in the app."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class AppEvents(QObject):
    """Facts and intents that cross views.

    Signals:
        data_changed: stored records changed; views showing them reload when next seen.
        profile_changed: the user's profile was saved.
        view_requested(int): a view (a ``ViewId``) should be brought forward.
        guide_step_requested(int): the guide should open at this step (1-6).
        saved(str): something was committed; the status bar says so.

    Attributes:
        undo_stack: the deletions of this session, for Edit > Undo.
    """

    data_changed = Signal()
    profile_changed = Signal()
    view_requested = Signal(int)
    guide_step_requested = Signal(int)
    saved = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.undo_stack = QUndoStack(self)

    def push_deletion(self, command: QUndoCommand) -> None:
        """Record a deletion so that Edit > Undo can bring it back, and tell the views."""
        self.undo_stack.push(command)
        self.data_changed.emit()
        self.saved.emit(f"{command.text()} — Edit > Undo brings it back")
