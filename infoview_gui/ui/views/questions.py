"""The Questions view: edit the question list of a field or an interview, and keep the bank."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import DomainError
from infoview_gui.qtmodels.question_targets import (
    FIELD,
    INTERVIEW,
    QuestionTargetListModel,
    Target,
)
from infoview_gui.services import question_lists
from infoview_gui.store import question_queries
from infoview_gui.store.question_queries import ListTarget
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.loader import Loader
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.question_bank_tab import BankManager
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

    def load(self, field_id: int | None = None, interview_ids: Sequence[int] | None = None) -> None:
        """Offer every list (or one field's), keeping the current one when it is still there.

        ``interview_ids``: the interviews in progress when already read (else read here).
        """
        keep = self.current_target()
        self.blockSignals(True)
        self.targets.load(field_id, interview_ids)
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
        self._manager: BankManager | None = None
        self.bank_tab = QWidget()  # the bank is built when its tab is first shown
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
        # Finding the interviews in progress reads them all (25,000 of 50,000): in a
        # worker thread once the data is big, the rest of the reload when they are read.
        self.loader = Loader(
            self,
            doing=translate("SqlRecordsView", "read the list"),
            kept=translate("SqlRecordsView", "Nothing was changed."),
        )
        self.loader.failed.connect(self.events.saved.emit)
        self._wanted: Target | None = None  # chosen while the list was being read
        if (app := QCoreApplication.instance()) is not None:
            app.aboutToQuit.connect(self.loader.wait)
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
        self.tabs.addTab(self.bank_tab, self.tr("Question bank"))
        return self.tabs

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(lambda: self.manager.add_question())
        self.empty.action_requested.connect(lambda: self.manager.add_question())
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.no_targets.action_requested.connect(
            lambda: self.events.view_requested.emit(ViewId.FIELDS)
        )
        self.targets.currentIndexChanged.connect(self._on_targets_current_index_changed)
        self.editor.print_requested.connect(self.print_requested)

    @property
    def manager(self) -> BankManager:
        """The bank's tab: every question, to reword, hide or delete (built on first use)."""
        if self._manager is None:
            self._manager = BankManager(self.events)
            layout = QVBoxLayout(self.bank_tab)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._manager)
            self._manager.show()  # at once where its tab is shown: not a turn later
        return self._manager

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.bank_tab:
            self.manager  # noqa: B018 - built, it reads the bank as it is shown

    def is_reading(self) -> bool:
        """Whether the interviews in progress are being read in a worker thread."""
        return self.loader.is_busy()

    def reload(self) -> None:
        """Read the lists again (the bank reads itself when its tab is shown)."""
        self.loader.load(question_queries.interview_target_ids, self._show_targets)

    def _show_targets(self, interview_ids: Sequence[int]) -> None:
        self.targets.load(interview_ids=interview_ids)
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.targets.select(wanted)
        targets = self.targets.count() > 0
        has_bank = question_queries.bank_has_questions()
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
        if target[1] is None:
            return
        if self.loader.is_busy():  # chosen once the lists are read
            self._wanted = (target[0], int(target[1]))
        else:
            self.targets.select((target[0], int(target[1])))

    def _open_current(self) -> None:
        show_target(self.editor, self.targets.current_target(), self.events)

    def _on_targets_current_index_changed(self, _index: int) -> None:
        self._open_current()
