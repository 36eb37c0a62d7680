"""The window's shared signals, and the one path by which the views hear of changes."""

from __future__ import annotations

import logging
import weakref

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from infoview_gui.domain.changes import Changes
from infoview_gui.store import change_log, connection

log = logging.getLogger(__name__)


class AppEvents(QObject):
    """Facts and intents that cross views.

    Writes are recorded by the store as they happen; ``publish`` turns the record into one
    ``Changes`` value and emits it. The action runner (``ui.save_status.run_action``)
    publishes after every action; anything written some other way is published when the
    event loop next goes idle, so no view can be left out of step.

    Signals:
        changed(Changes, object): records were written; views that show those kinds
            refresh. The second value is the object that made the change and shows it
            already (a model that moved its rows), or None.
        view_requested(int): a view (a ``ViewId``) should be brought forward.
        learned_requested(int): What I learned should show this field.
        guide_step_requested(int): the guide should open at this step (1-6).
        saved(str): something was committed; the status bar says so.

    Attributes:
        undo_stack: the deletions of this session, for Edit > Undo.
    """

    changed = Signal(object, object)
    view_requested = Signal(int)
    learned_requested = Signal(int)
    guide_step_requested = Signal(int)
    saved = Signal(str)

    _newest: weakref.ref[AppEvents] | None = None  # the one whose event loop catches up

    def __init__(self) -> None:
        super().__init__()
        self.undo_stack = QUndoStack(self)
        # The connection's write count when the log was last drained: what was written
        # before the window existed is read by its views as they are made.
        self._seen = connection.current().total_changes if connection.is_open() else -1
        self._catching_up = False
        AppEvents._newest = weakref.ref(self)  # one window, one AppEvents (tests make many)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._on_dispatcher_about_to_block)

    def publish(self, extra: Changes | None = None, *, origin: object = None) -> Changes:
        """Emit ``changed`` with what was written since the last publish (and ``extra``).

        ``extra`` names changes the log cannot see: work done on another connection (a
        worker thread) or a data file replaced as a whole. ``origin`` is the object that
        made the change, if it shows it already.
        """
        changes = self._drain()
        if extra is not None:
            changes = changes | extra
        if changes:
            log.debug("changed: %s", changes.describe())
            self.changed.emit(changes, origin)
        return changes

    def push_deletion(self, command: QUndoCommand) -> None:
        """Record a deletion so that Edit > Undo can bring it back, and tell the views."""
        self.undo_stack.push(command)
        self.publish()
        self.saved.emit(self.tr("%1 — Edit > Undo brings it back").replace("%1", command.text()))

    def _drain(self) -> Changes:
        if not connection.is_open():
            return Changes()
        conn = connection.current()
        changes = change_log.drain(conn)
        if not conn.in_transaction:
            self._seen = conn.total_changes
        return changes

    def _on_dispatcher_about_to_block(self) -> None:
        """The loop is idle: publish any write that no action published (a safety net)."""
        newest = AppEvents._newest
        if self._catching_up or newest is None or newest() is not self:
            return
        if not connection.is_open():
            return
        conn = connection.current()
        if conn.total_changes != self._seen and not conn.in_transaction:
            self._catching_up = True  # published from a fresh turn: never inside a handler
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        self._catching_up = False
        if self.publish():
            log.debug("published by the event loop, not by an action")


def events_of(widget: QObject | None) -> AppEvents | None:
    """Return the ``AppEvents`` of the nearest of ``widget`` and its parents that has one.

    Dialogs are made with a view as their parent; this lets them publish what they saved.
    """
    while widget is not None:
        found = getattr(widget, "events", None)
        if isinstance(found, AppEvents):
            return found
        widget = widget.parent()
    return None
