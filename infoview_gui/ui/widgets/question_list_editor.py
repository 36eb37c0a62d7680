"""The question list editor: the user's ordered list beside the bank and the field's research.

Shared by the Questions view and step 4 of the guide. Every change is saved as it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.enums import Topic
from infoview_gui.domain.errors import DomainError
from infoview_gui.qtmodels.question_bank import SUGGESTED, BankRole, QuestionBankTableModel
from infoview_gui.qtmodels.question_list import QuestionListModel
from infoview_gui.services import question_lists as lists
from infoview_gui.store import question_queries
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.style import restyle
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.layouts import column, row
from infoview_gui.ui.widgets.list_language import LanguageButton
from infoview_gui.ui.widgets.question_items import QuestionDelegate, QuestionListView

BANK_BATCH = 40
"""How many of the bank's questions are laid out in one turn of the event loop."""


class QuestionListEditor(QWidget):
    """One question list beside the bank (suggestions first) and the field's research.

    Signals:
        print_requested(int): the user asked for the list's question sheet (a list id).
    """

    print_requested = Signal(int)
    # the list, the bank it is built from, the field's research beside it, the suggestions
    KINDS = Kind.QUESTION_LISTS | Kind.QUESTIONS | Kind.RESEARCH | Kind.PROFILE

    def __init__(self, events: AppEvents, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.events = events
        self.today = today
        self.questions = QuestionListModel()
        self.questions.after_write = lambda: self.events.publish(origin=self)
        self.bank = QuestionBankTableModel()
        self.list_view = QuestionListView(self.questions)
        self.bank_view = QListView()
        self.research = QPlainTextEdit()
        self.list_view.setAccessibleName(self.tr("Your questions"))
        self.bank_view.setAccessibleName(self.tr("Question bank"))
        self.research.setAccessibleName(self.tr("Your research on this field"))
        self._build()
        self._connect_signals()
        self.load(None)

    # --- building -----------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_side())
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self._bank_side())
        side.addWidget(self._research_side())
        side.setSizes([420, 160])
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _list_side(self) -> QWidget:
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(_keys(Qt.Key.Key_Up))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(_keys(Qt.Key.Key_Down))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.must_ask = QSpinBox()
        self.must_ask.setRange(0, lists.MAX_MUST_ASK)
        self.must_ask.setPrefix(self.tr("Must ask the first "))
        self.must_ask.setAccessibleName(self.tr("Must-ask questions"))
        self.own = QLineEdit()
        self.own.setPlaceholderText(self.tr("Type a question of your own and press Enter"))
        self.own.setMaxLength(500)
        self.own.setAccessibleName(self.tr("A question of your own"))
        self.own_button = QPushButton(self.tr("Add"))
        self.start_label = plain_label()
        self.suggest_button = QPushButton()
        self.copy_button = QPushButton()
        self.language_button = LanguageButton(self.events)
        self.estimate = plain_label()
        self.estimate.setObjectName("questionEstimate")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setPrefix(self.tr("Meeting "))
        self.minutes.setAccessibleName(self.tr("Meeting length in minutes"))
        self.print_button = QPushButton(self.tr("Print question sheet…"))
        moves = row(self.up_button, self.down_button, self.remove_button, None)
        start = row(self.suggest_button, self.copy_button, self.language_button, None)
        # The estimate has a line of its own: beside the controls a long language (German)
        # wrapped it into a narrow column of eight lines, and the must-ask count was cut.
        time = row(self.must_ask, None, self.minutes)
        return column(
            heading_label(self.tr("Your questions, most important first"), role=TextRole.SECTION),
            self.start_label,
            start,
            (self.list_view, 1),
            moves,
            row((self.own, 1), self.own_button),
            time,
            self.estimate,
            row(None, self.print_button),
        )

    def _bank_side(self) -> QWidget:
        self.topic = QComboBox()
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic.setMinimumContentsLength(12)
        self.topic.addItem(self.tr("All topics"), None)
        self.topic.addItem(self.tr("Suggested for you"), SUGGESTED)
        for topic in Topic:
            self.topic.addItem(topic.label, topic.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        # Room for the word "Search" and the clear button, in any language.
        room = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(room + 40)
        self.search.setAccessibleName(self.tr("Search the question bank"))
        self.bank_view.setModel(self.bank)
        self.bank_view.setItemDelegate(QuestionDelegate(self.bank_view, numbered=False))
        self.bank_view.setResizeMode(QListView.ResizeMode.Adjust)
        # Hundreds of wrapped questions, each measured: laid out a batch a turn of the
        # event loop, the window keeps turning (all at once took a sixth of a second).
        self.bank_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.bank_view.setBatchSize(BANK_BATCH)
        self.bank_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.bank_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.bank_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add to my list"))
        self.add_button.setToolTip(self.tr("Or double-click a question, or press Enter"))
        return column(
            heading_label(self.tr("Question bank"), role=TextRole.SECTION),
            row(labelled(self.tr("Topic"), self.topic), (self.topic, 1), (self.search, 1)),
            (self.bank_view, 1),
            row(None, self.add_button),
        )

    def _research_side(self) -> QWidget:
        self.research.setReadOnly(True)
        self.research.setObjectName("researchNotes")
        self.research_title = heading_label(self.tr("Your research"), role=TextRole.SECTION)
        return column(self.research_title, (self.research, 1))

    def _connect_signals(self) -> None:
        self.up_button.clicked.connect(lambda: self.list_view.move_selection(-1))
        self.down_button.clicked.connect(lambda: self.list_view.move_selection(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list_view.remove_requested.connect(self.remove_selected)
        self.must_ask.valueChanged.connect(self._on_must_ask_value_changed)
        self.minutes.valueChanged.connect(self._on_minutes_value_changed)
        self.own.returnPressed.connect(self.add_own)
        self.own_button.clicked.connect(self.add_own)
        self.suggest_button.clicked.connect(self.add_suggested)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.topic.currentIndexChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.bank_view.doubleClicked.connect(lambda _index: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.bank_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_selected)
        self.questions.estimate_changed.connect(self._on_questions_estimate_changed)
        self.questions.edit_refused.connect(self.events.saved)
        self.questions.modelReset.connect(self._on_questions_model_reset)
        # Its own writes are shown already; others' are read when it is next seen.
        self.refresher = Refresher(
            self, self.events, self.KINDS, lambda _changes: self.reload(), own=self, stale=False
        )

    # --- loading ------------------------------------------------------------------

    @property
    def list_id(self) -> int | None:
        """The list being edited."""
        return self.questions.list_id

    def load(self, list_id: int | None) -> None:
        """Edit a list (None: nothing to edit yet)."""
        info = None if list_id is None else question_queries.list_info(list_id)
        minutes = None if info is None else lists.meeting_minutes(info.id)
        self.questions.load(None if info is None else info.id, minutes)
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes or lists.DEFAULT_MEETING_MINUTES)
        self.minutes.blockSignals(False)
        planned = info is None or (info.interview_id is None and info.conversation_id is None)
        self.minutes.setVisible(planned)  # an interview's has its own length
        self._show_research(None if info is None else info.field_id)
        self.language_button.show_for(None if info is None else info.id)
        self._reload_bank()
        self.setEnabled(info is not None)

    def reload(self) -> None:
        """Read the list and the bank again, keeping the selection."""
        rows = self.list_view.selected_rows()
        ids = [self.questions.item_id(r) for r in rows if r < self.questions.rowCount()]
        self.load(self.list_id)
        found = [r for r in (self.questions.row_of(i) for i in ids) if r >= 0]
        if found:
            self.list_view.select_rows(found[0], len(found))

    def _reload_bank(self) -> None:
        self.bank.load(list_id=self.list_id, today=self.today())
        self._on_filter_changed()
        self.bank.set_on_list(self.questions.question_ids())
        suggested = sum(
            1 for r in range(self.bank.rowCount()) if self.bank.index(r, 0).data(BankRole.SUGGESTED)
        )
        self._update_start(suggested)

    def _show_research(self, field_id: int | None) -> None:
        name, notes = ("", "") if field_id is None else question_queries.research_notes(field_id)
        lines = [] if field_id is None else question_queries.research_lines(field_id)
        parts = [notes.strip()] if notes.strip() else []
        headings = (self.tr("To verify in an interview:"), self.tr("Also found:"))
        for heading, verify in zip(headings, (True, False), strict=True):
            chosen = [f"• {text}" for text, flagged in lines if flagged == verify]
            if chosen:
                parts.append("\n".join([heading, *chosen]))
        self.research_title.setText(
            self.tr("Your research on %1").replace("%1", name) if name else self.tr("Your research")
        )
        self.research.setPlainText("\n\n".join(parts))
        self.research.setPlaceholderText(
            self.tr(
                "No research notes for this field yet. What a web search can answer should not "
                "take the professional's time: note it under Career fields."
            )
        )

    def _update_start(self, suggested: int) -> None:
        empty = self.questions.rowCount() == 0
        info = None if self.list_id is None else question_queries.list_info(self.list_id)
        source = None
        if info is not None and info.interview_id is not None and info.field_id is not None:
            source = question_queries.field_list_id(info.field_id)
        copyable = len(question_queries.list_items(source)) if source is not None else 0
        self.copy_button.setText(self.tr("Copy the field's list (%n)", "", copyable))
        self.copy_button.setVisible(empty and copyable > 0)
        self.suggest_button.setText(self.tr("Add the %n suggested question(s)", "", suggested))
        self.suggest_button.setVisible(empty and suggested > 0)
        self.start_label.setVisible(empty)
        self.start_label.setText(
            self.tr(
                "Your list is empty. Start with the questions suggested for you, or pick from "
                "the bank on the right."
            )
        )

    # --- actions ------------------------------------------------------------------

    def add_own(self) -> None:
        """Add the typed question to the end of the list."""
        if self.list_id is None:
            return
        try:
            lists.add_text(list_id=self.list_id, text=self.own.text())
        except DomainError as exc:
            self.events.saved.emit(str(exc))
            self.own.setFocus()
            return
        self.own.clear()
        self._after_add(1, self.tr("Question added"))

    def add_selected(self) -> None:
        """Add the questions selected in the bank to the end of the list."""
        rows = sorted({i.row() for i in self.bank_view.selectionModel().selectedIndexes()})
        if self.list_id is None or not rows:
            return
        entries = [self.bank.entry(r) for r in rows]
        fresh = [e for e in entries if e.question_id not in self.questions.question_ids()]
        try:
            added = lists.add_suggestions(
                list_id=self.list_id, suggestions=[e.suggestion() for e in fresh]
            )
        except DomainError as exc:
            self.events.saved.emit(str(exc))
            return
        if not added:
            self.events.saved.emit(self.tr("Already on your list"))
            return
        self._after_add(len(added), self.tr("%n question(s) added", "", len(added)))

    def add_suggested(self) -> None:
        """Add every suggestion to the list."""
        if self.list_id is None:
            return
        found = lists.suggest_for(list_id=self.list_id, today=self.today())
        added = lists.add_suggestions(list_id=self.list_id, suggestions=found)
        self._after_add(
            len(added),
            self.tr("%n suggested question(s) added", "", len(added)),
            select=False,
        )

    def _on_copy_button_clicked(self) -> None:
        if self.list_id is not None:
            added = lists.copy_field_list(list_id=self.list_id)
            message = self.tr("%n question(s) copied from the field's list", "", len(added))
            self._after_add(len(added), message, select=False)

    def _after_add(self, count: int, message: str, *, select: bool = True) -> None:
        """Show the added rows; a whole new list is not left selected (Delete, Move...)."""
        self.load(self.list_id)
        if count:
            self.list_view.select_rows(self.questions.rowCount() - count, count if select else 0)
        self._notify(message)

    def remove_selected(self) -> None:
        """Take the selected questions off the list; Edit > Undo puts them back."""
        rows = self.list_view.selected_rows()
        if self.list_id is None or not rows:
            return
        ids = [self.questions.item_id(r) for r in rows]
        snapshot = lists.remove_items(item_ids=ids)
        text = self.tr("Remove %n question(s)", "", len(ids))
        self.events.push_deletion(
            DeletionCommand(
                text,
                snapshot,
                lambda: lists.remove_items(item_ids=ids),
                self.events.publish,
            )
        )

    def _notify(self, message: str) -> None:
        self.events.publish(origin=self)
        self.events.saved.emit(message)

    # --- handlers -----------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        self.bank.set_filter(self.topic.currentData(), self.search.text())

    def _on_must_ask_value_changed(self, value: int) -> None:
        self.questions.set_must_ask(value)

    def _on_minutes_value_changed(self, value: int) -> None:
        self.questions.set_meeting_minutes(value)
        if self.minutes.isVisibleTo(self):
            lists.set_planned_minutes(minutes=value)

    def _on_questions_model_reset(self) -> None:
        self.must_ask.blockSignals(True)
        self.must_ask.setValue(self.questions.must_ask)
        self.must_ask.blockSignals(False)

    def _on_questions_estimate_changed(self) -> None:
        result = self.questions.estimate()
        self.estimate.setText(result.message)
        self.print_button.setEnabled(result.count > 0)
        restyle(self.estimate, "state", "" if result.fits else "warning")
        self.must_ask.setSuffix(self.tr(" question(s)", "", self.questions.must_ask))
        # Never narrower than its words ("Pflicht: die ersten 3 Fragen"): the list gives way.
        self.must_ask.setMinimumWidth(self.must_ask.sizeHint().width())
        self.bank.set_on_list(self.questions.question_ids())

    def _on_print_button_clicked(self) -> None:
        if self.list_id is not None:
            self.print_requested.emit(self.list_id)


def _keys(key: Qt.Key) -> str:
    """Return Ctrl and ``key`` as the user's language names them ("Strg+Nach oben")."""
    sequence = QKeySequence(Qt.KeyboardModifier.ControlModifier | key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
