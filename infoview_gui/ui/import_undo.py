"""An import on the window's undo stack (Edit > Undo), and "Undo import" in the status bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QWidget

from infoview_gui.domain.errors import DomainError
from infoview_gui.services import imports
from infoview_gui.ui.undo import BigRun
from infoview_gui.ui.workers import Report

translate = QCoreApplication.translate
UNDO_OFFER_MS = 60_000
BIG_IMPORT = 20
"""Past this many contacts added or updated, undo and redo run in a worker."""
IMPORT_TABLES = {"contact", "contact_point", "import_batch"}
"""What undoing an import writes: its contacts, their points, the batch."""


class ImportCommand(QUndoCommand):
    """An import already written; undo removes its batch, redo puts it back.

    Args:
        outcome: what ``commit_import`` returned.
        text: what was imported, for the Edit menu.
        stack: the undo stack the command goes on.
        changed: called after undo and redo: publishes what they wrote.
        refused: shows why an undo was refused (the command then stays done).
        big: runs a large undo or redo in a worker behind a progress dialog (None: here).
    """

    def __init__(
        self,
        outcome: imports.ImportOutcome,
        text: str,
        stack: QUndoStack,
        changed: Callable[[], object],
        refused: Callable[[str], None],
        big: BigRun | None = None,
    ) -> None:
        super().__init__(text)
        self.batch_id = outcome.batch_id
        self._stack = stack
        self._changed = changed
        self._refused = refused
        self._big = big if len(outcome.new_ids) + len(outcome.updated_ids) > BIG_IMPORT else None
        self._undone: imports.UndoneImport | None = None

    @property
    def is_undone(self) -> bool:
        """Whether the import is undone now."""
        return self._undone is not None

    def undo(self) -> None:
        """Remove the batch; if that is refused, say why and stay done."""
        if self._undone is not None:
            return
        if self._big is not None:
            self._undo_in_worker(self._big)
            return
        try:
            self._undone = imports.undo_import(batch_id=self.batch_id)
        except DomainError as error:
            # The stack steps back past this command once undo() returns: step forward
            # again (redo does nothing: nothing was undone), then say why.
            message = str(error)
            QTimer.singleShot(0, self._stack.redo)
            QTimer.singleShot(0, lambda: self._refused(message))
            return
        self._changed()

    def redo(self) -> None:
        """Put the batch back (pushing the command does not: the import already happened)."""
        if self._undone is None:
            return
        if self._big is not None:
            self._redo_in_worker(self._big, self._undone)
            return
        imports.redo_import(undone=self._undone)
        self._undone = None
        self._changed()

    def _undo_in_worker(self, run: BigRun) -> None:
        batch_id = self.batch_id

        def job(report: Report) -> object:
            return imports.undo_import(batch_id=batch_id, report=report)

        def ended(ok: bool, result: object) -> None:
            if ok and isinstance(result, imports.UndoneImport):
                self._undone = result
            else:  # refused (said), failed (said) or cancelled: the import stays
                QTimer.singleShot(0, self._stack.redo)

        doing = translate("ImportCommand", "Undo: %1…").replace("%1", self.text())
        run(translate("ImportCommand", "Undo import"), doing, job, IMPORT_TABLES, ended)

    def _redo_in_worker(self, run: BigRun, undone: imports.UndoneImport) -> None:
        def job(report: Report) -> object:
            imports.redo_import(undone=undone, report=report)
            return None

        def ended(ok: bool, _result: object) -> None:
            if ok:
                self._undone = None
            else:  # nothing was put back: the stack steps back again
                QTimer.singleShot(0, self._stack.undo)

        tables = IMPORT_TABLES | undone.snapshot.tables()
        doing = translate("ImportCommand", "Redo: %1…").replace("%1", self.text())
        run(translate("ImportCommand", "Redo import"), doing, job, tables, ended)


def say_refused(parent: QWidget | None, message: str) -> None:
    """Tell the user, in a message box, why the import was not undone."""
    QMessageBox.warning(parent, translate("ImportCommand", "Undo import"), message)


class UndoImportOffer(QPushButton):
    """The status bar's "Undo import" button.

    It stays for a minute, while the import is the last thing done; clicking it undoes
    the import through the undo stack, so that Edit > Redo can bring it back.
    """

    def __init__(self, window: QMainWindow, command: ImportCommand, stack: QUndoStack) -> None:
        super().__init__(self.tr("Undo import"))
        self.setObjectName("undoImportButton")
        self.setToolTip(command.text())
        self._bar = window.statusBar()
        self._command = command
        self._stack = stack
        self._bar.addPermanentWidget(self)
        self.show()
        self.clicked.connect(self._on_clicked)
        stack.indexChanged.connect(self._on_stack_index_changed)
        QTimer.singleShot(UNDO_OFFER_MS, self, self.withdraw)

    def applies(self) -> bool:
        """Whether the import is still the last thing done (and not undone)."""
        try:
            stack, count = self._stack, self._stack.count()
            last = stack.command(count - 1) if count and stack.index() == count else None
        except RuntimeError:  # the stack is being destroyed with the window
            return False
        return last is self._command and not self._command.is_undone

    def withdraw(self) -> None:
        """Take the offer away."""
        with contextlib.suppress(RuntimeError):
            self._stack.indexChanged.disconnect(self._on_stack_index_changed)
            self._bar.removeWidget(self)
        self.hide()
        self.deleteLater()

    def _on_clicked(self) -> None:
        if self.applies():
            self._stack.undo()
        else:
            self.withdraw()

    def _on_stack_index_changed(self, _index: int) -> None:
        if not self.applies():
            self.withdraw()


def offer_undo(window: QMainWindow, command: ImportCommand, stack: QUndoStack) -> UndoImportOffer:
    """Show "Undo import" in the status bar for a minute, or until it no longer applies."""
    return UndoImportOffer(window, command, stack)
