"""The Questions view: edit the question list of a field or an interview, and keep the bank."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.enums import InterviewStatus, Topic
from infoview_gui.domain.errors import DomainError
from infoview_gui.qtmodels.question_bank import BankColumn, QuestionBankTableModel
from infoview_gui.qtmodels.question_targets import (
    FIELD,
    INTERVIEW,
    QuestionTargetListModel,
    Target,
)
from infoview_gui.services import question_lists, questions
from infoview_gui.store import question_queries
from infoview_gui.store.question_queries import ListTarget
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.dialogs.question import QuestionDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.widgets.column_fit import fit_columns
from infoview_gui.ui.widgets.empty_state import EmptyState
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.lazy_combo import LazyComboBox
from infoview_gui.ui.widgets.question_list_editor import QuestionListEditor

translate = QCoreApplication.translate
TARGET_CHARACTERS = 48
"""The picker of lists is this many characters wide (it grows with the window)."""


def target_label(target: ListTarget) -> str:
    """Say which list a target is: "Nursing (career field)" or the interview's person and time."""
    if target.interview_id is None:
        return translate("QuestionsView", "%1 (career field)").replace("%1", target.field_name)
    who = ", ".join(part for part in (target.contact, target.organisation) if part)
    when = local_datetime(target.start) or InterviewStatus(target.status).label.lower()
    said = translate("QuestionsView", "Interview with %1 — %2")
    return said.replace("%1", who).replace("%2", when)


class TargetCombo(LazyComboBox):
    """Chooses the list to edit: a field's, or an interview's.

    Over a model that reads the labels of the rows shown: filling it with the labels of
    10,000 interviews in progress, and measuring each, took half a second.
    """

    def __init__(self) -> None:
        super().__init__(TARGET_CHARACTERS)
        self.targets = QuestionTargetListModel(target_label, self)
        self.setModel(self.targets)

    def load(self, field_id: int | None = None) -> None:
        """Offer every list (or one field's), keeping the current one when it is still there."""
        keep = self.current_target()
        self.blockSignals(True)
        self.targets.load(field_id)
        self.blockSignals(False)
        self.select(keep)

    def current_target(self) -> Target | None:
        """Return ("field" or "interview", id) of the chosen list, if any."""
        return self.targets.target(self.currentIndex())

    def select(self, target: Target | None) -> None:
        """Choose a target (the first one when it is not offered)."""
        index = -1 if target is None else self.targets.row_of(target)
        self.setCurrentIndex(max(0, index) if self.count() else -1)


def open_list(target: Target) -> int:
    """Return the list of a target, making it on first use."""
    kind, record_id = target
    if kind == INTERVIEW:
        return question_lists.list_for_interview(interview_id=record_id)
    return question_lists.list_for_field(field_id=record_id)


def show_target(editor: QuestionListEditor, target: Target | None, events: AppEvents) -> None:
    """Load the list of ``target`` into ``editor`` (nothing when there is no target)."""
    try:
        list_id = None if target is None else open_list(target)
    except DomainError as exc:
        events.saved.emit(str(exc))
        list_id = None
    if list_id != editor.list_id:
        editor.load(list_id)


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


class QuestionsView(QWidget):
    """The question list of a field or an interview, and the bank to build it from.

    Signals:
        print_requested(int): the user asked for a question sheet (a list id).
    """

    print_requested = Signal(int)
    # the lists are named after fields and interviews (contacts); suggestions follow the profile
    KINDS = (
        Kind.QUESTIONS
        | Kind.QUESTION_LISTS
        | Kind.FIELDS
        | Kind.INTERVIEWS
        | Kind.CONTACTS
        | Kind.PROFILE
    )

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.header = ViewHeader(
            self.tr("Questions"),
            self.tr(
                "Put the questions you most want answered first: an interview cut short still "
                "covers them."
            ),
        )
        self.add_button = QPushButton(self.tr("Add your own question"))
        self.header.action_row.addWidget(self.add_button)
        self.targets = TargetCombo()
        self.editor = QuestionListEditor(events)
        self.manager = BankManager(events)
        self.no_targets = EmptyState(
            self.tr(
                "Each career field, and each interview, has its own list of questions. Add a "
                "career field first."
            ),
            self.tr("Go to Career fields"),
        )
        self.empty = EmptyState(
            self.tr(
                "Questions to ask go here. Add a career field to prepare a list for it, or "
                "add a question of your own."
            ),
            self.tr("Add your own question"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._connect_signals()
        self.refresher = Refresher(self, events, self.KINDS, lambda _changes: self.reload())

    def _content(self) -> QWidget:
        chooser = QHBoxLayout()
        chooser.addWidget(labelled(self.tr("Questions for"), self.targets))
        chooser.addWidget(self.targets, 1)
        self.lists_stack = QStackedWidget()
        self.lists_stack.addWidget(self.no_targets)
        self.lists_stack.addWidget(self.editor)
        lists_tab = QWidget()
        lists_layout = QVBoxLayout(lists_tab)
        lists_layout.addLayout(chooser)
        lists_layout.addWidget(self.lists_stack, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(lists_tab, self.tr("Question lists"))
        self.tabs.addTab(self.manager, self.tr("Question bank"))
        return self.tabs

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.manager.add_question)
        self.empty.action_requested.connect(self.manager.add_question)
        self.no_targets.action_requested.connect(
            lambda: self.events.view_requested.emit(ViewId.FIELDS)
        )
        self.targets.currentIndexChanged.connect(self._on_targets_current_index_changed)
        self.editor.print_requested.connect(self.print_requested)

    def reload(self) -> None:
        """Read the lists and the bank again."""
        self.targets.load()
        targets = self.targets.count() > 0
        self.manager.reload()
        has_bank = bool(question_queries.bank_rows(include_hidden=True))
        self.stack.setCurrentIndex(1 if targets or has_bank else 0)
        self.lists_stack.setCurrentIndex(1 if targets else 0)
        self._open_current()

    def select_target(
        self, *, field_id: int | None = None, interview_id: int | None = None
    ) -> None:
        """Show the list of a field or of an interview."""
        self.refresher.flush()
        self.tabs.setCurrentIndex(0)
        target = (INTERVIEW, interview_id) if interview_id is not None else (FIELD, field_id)
        if target[1] is not None:
            self.targets.select((target[0], int(target[1])))

    def _open_current(self) -> None:
        show_target(self.editor, self.targets.current_target(), self.events)

    def _on_targets_current_index_changed(self, _index: int) -> None:
        self._open_current()
