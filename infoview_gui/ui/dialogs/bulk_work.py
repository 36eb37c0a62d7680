"""A large delete, or its undo, in a worker: a small modal dialog with progress and Cancel.

Deleting thousands of contacts (with their interviews, lists and notes) or putting them
back takes seconds: it runs in a worker on its own connection (``ui.workers``), in one
transaction. The dialog is modal so that nothing can be typed into the window while the
worker holds the write lock (nothing is lost: there is nowhere to type); the window keeps
painting. Cancel (or Escape) stops the work: the transaction rolls back and nothing
changes. When the work ends, what it wrote is published on ``AppEvents`` so the views
read it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from infoview_gui.domain.changes import Changes
from infoview_gui.store.change_log import kinds_of_tables
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits, plain_message_box
from infoview_gui.ui.widgets.labels import heading_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import Job, JobRunner

translate = QCoreApplication.translate
NOTHING_CHANGED = str(QT_TRANSLATE_NOOP("BulkWorkDialog", "Nothing was changed."))
Ended = Callable[[bool, object], None]
"""Told how the work ended: ``ended(True, result)``, or ``ended(False, None)`` when it
was cancelled or failed (the failure already said)."""


class BulkWorkDialog(QDialog):
    """Shows a worker's progress with Cancel; closes itself when the work has ended.

    Args:
        parent: the window the dialog is modal over.
        title: the dialog's title ("Delete contacts"), translated by the caller.
        text: what is being done ("Deleting 100,000 contacts…"), translated by the caller.
    """

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        doing = translate("BulkWorkDialog", "finish “%1”").replace("%1", title)
        kept = translate("BulkWorkDialog", NOTHING_CHANGED)
        self.runner = JobRunner(self, doing=doing, kept=kept)
        self.heading = heading_label(text)
        # Reachable by Tab, so that a screen reader can read what is being done.
        self.heading.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.work = WorkPanel(self.runner, with_cancel=False)  # one Cancel: the dialog's
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(translate("BulkWorkDialog", "Cancel the work"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.work)
        layout.addWidget(self.buttons)
        self.work.start(translate("BulkWorkDialog", "Cancel stops it and changes nothing."))
        self.buttons.rejected.connect(self.reject)
        self.ended = False

    def run(self, job: Job) -> None:
        """Start ``job`` on the worker's own connection and show the dialog (modal)."""
        self.runner.run(job, connection=True)
        self.open()

    def _on_cancel(self) -> None:
        """Cancel, Escape or the close button: ask the work to stop; close once it has."""
        if self.ended or not self.runner.is_busy():
            return
        self.work.text.setText(translate("BulkWorkDialog", "Canceling…"))
        self.cancel.setEnabled(False)
        self.runner.cancel_now()

    def reject(self) -> None:
        """Escape: stop the work (the dialog closes when it has stopped), never just hide."""
        if self.runner.is_busy() and not self.ended:
            self._on_cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The window's close button asks the work to stop, like Cancel."""
        if self.runner.is_busy() and not self.ended:
            event.ignore()
            self._on_cancel()
            return
        super().closeEvent(event)


def run_bulk(
    events: AppEvents,
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    job: Job,
    tables: Callable[[object], Iterable[str]],
    ended: Ended,
) -> BulkWorkDialog:
    """Run ``job`` in a worker behind a modal progress dialog; publish what it wrote.

    Args:
        events: the window's signals; pending edits are saved first.
        parent: the window.
        title: the dialog's title.
        text: what is being done, in words.
        job: the work, given a progress callback.
        tables: the names of the tables the job wrote, from its result.
        ended: told how the work ended, after the changes are published.
    """
    pending_edits(events).flush_all()
    dialog = BulkWorkDialog(parent, title, text)

    def finish(ok: bool, result: object) -> None:
        dialog.ended = True
        dialog.accept()
        dialog.deleteLater()
        if ok:
            events.publish(Changes.of(kinds_of_tables(tables(result))))
        ended(ok, result)

    def failed(message: str) -> None:
        dialog.ended = True
        dialog.hide()
        could_not = translate("BulkWorkDialog", "InfoView could not finish “%1”.")
        plain_message_box(parent, title, could_not.replace("%1", title), message).exec()
        finish(False, None)

    dialog.runner.finished.connect(lambda result: finish(True, result))
    dialog.runner.failed.connect(failed)
    dialog.runner.cancelled.connect(lambda: finish(False, None))
    dialog.run(job)
    return dialog
