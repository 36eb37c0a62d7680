"""The Questions view's bank tab: every question, to add one's own, reword, hide or delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.enums import Topic
from infoview_gui.domain.errors import DomainError
from infoview_gui.qtmodels.question_bank import BankColumn, QuestionBankTableModel
from infoview_gui.services import questions
from infoview_gui.store import question_queries
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.dialogs.question import QuestionDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.widgets.column_fit import fit_columns


class HideCommand(QUndoCommand):
    """Hiding questions from the bank, undoable from Edit > Undo."""

    def __init__(self, text: str, question_ids: list[int], events: AppEvents) -> None:
        super().__init__(text)
        self._ids = question_ids
        self._events = events

    def redo(self) -> None:
        """Hide the questions."""
        questions.set_hidden(question_ids=self._ids, hidden=True)
        self._events.publish()

    def undo(self) -> None:
        """Show them again."""
        questions.set_hidden(question_ids=self._ids, hidden=False)
        self._events.publish()


class BankManager(QWidget):
    """Every question of the bank: add one's own, reword, hide, show again, delete."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.model = QuestionBankTableModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Questions in the bank"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=(BankColumn.QUESTION,))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for topic in Topic:
            self.topic.addItem(topic.label, topic.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the bank"))
        self.search.setAccessibleName(self.tr("Search the question bank"))
        self.search.setClearButtonEnabled(True)
        self.show_hidden = QCheckBox(self.tr("Show hidden questions"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.unhide_button = QPushButton(self.tr("Show again"))
        self.delete_button = QPushButton(self.tr("Delete"))
        filters = QHBoxLayout()
        filters.addWidget(labelled(self.tr("Topic"), self.topic))
        filters.addWidget(self.topic, 1)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.show_hidden)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.hide_button):
            actions.addWidget(button)
        actions.addWidget(self.unhide_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._connect_signals()
        # Read when its tab is first shown, and again when the bank changes.
        self.refresher = Refresher(self, events, Kind.QUESTIONS, lambda _changes: self.reload())

    def _connect_signals(self) -> None:
        self.topic.currentIndexChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.show_hidden.toggled.connect(lambda _on: self.reload())
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.hide_button.clicked.connect(self.hide_selected)
        self.unhide_button.clicked.connect(self._on_unhide_button_clicked)
        self.delete_button.clicked.connect(self.delete_selected)

    def reload(self) -> None:
        """Read the bank again."""
        self.model.load(list_id=None, today=_today(), include_hidden=self.show_hidden.isChecked())
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.topic.currentData(), self.search.text())

    def _selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.entry(r).question_id for r in rows) if i is not None]

    def add_question(self) -> None:
        """Ask for a question of the user's own."""
        dialog = QuestionDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.saved.emit(self.tr("Question added to your bank"))

    def edit_current(self) -> None:
        """Reword the question with the cursor."""
        index = self.table.currentIndex()
        question_id = self.model.entry(index.row()).question_id if index.isValid() else None
        rows = {row.id: row for row in question_queries.bank_rows(include_hidden=True)}
        if question_id in rows and QuestionDialog(self, rows[question_id]).exec():
            self.events.saved.emit(self.tr("Question saved"))

    def hide_selected(self, ids: list[int] | None = None) -> None:
        """Hide the selected questions; Edit > Undo shows them again."""
        chosen = ids if ids else self._selected_ids()
        if chosen:
            text = self.tr("Hide %n question(s)", "", len(chosen))
            self.events.push_deletion(HideCommand(text, chosen, self.events))

    def _on_unhide_button_clicked(self) -> None:
        ids = self._selected_ids()
        if ids:
            run_action(
                self.events,
                lambda: questions.set_hidden(question_ids=ids, hidden=False),
                saved=self.tr("Shown in the bank again"),
            )

    def delete_selected(self) -> None:
        """Delete the user's own questions; built-in ones are hidden instead."""
        ids = set(self._selected_ids())
        own = [
            r.id
            for r in question_queries.bank_rows(include_hidden=True)
            if r.id in ids and not r.builtin
        ]
        if own:
            try:
                snapshot = questions.delete_own_questions(question_ids=own)
            except DomainError as exc:
                self.events.saved.emit(str(exc))
                return
            text = self.tr("Delete %n question(s)", "", len(own))
            again = list(own)
            self.events.push_deletion(
                DeletionCommand(
                    text,
                    snapshot,
                    lambda: questions.delete_own_questions(question_ids=again),
                    self.events.publish,
                )
            )
        self.hide_selected([i for i in ids if i not in own])


def _today() -> date:
    return date.today()
