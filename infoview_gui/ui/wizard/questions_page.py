"""Step 4 of the guide: prepare the questions for the interview coming up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout

from infoview_gui.qtmodels.question_targets import FIELD, INTERVIEW
from infoview_gui.store import question_queries
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.questions import TargetCombo, show_target
from infoview_gui.ui.widgets.question_list_editor import QuestionListEditor
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

translate = QCoreApplication.translate


def _utc_now() -> datetime:
    return datetime.now(UTC)


class QuestionsPage(StepPage):
    """The question list editor for the guide's field: its next interview, else the field.

    Signals:
        print_requested(int): the user asked for the question sheet (a list id).
    """

    print_requested = Signal(int)

    def __init__(self, events: AppEvents, now: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(
            events,
            PageId.QUESTIONS,
            translate("QuestionsPage", "Prepare questions"),
            translate(
                "QuestionsPage",
                "Choose the questions that fit how decided you are and how close you are to "
                "graduating, and put the ones you most want answered first.",
            ),
        )
        self.now = now
        self.note = self.add_note()
        self.targets = TargetCombo()
        self.editor = QuestionListEditor(events)
        chooser = QHBoxLayout()
        chooser.addWidget(labelled(translate("QuestionsPage", "Questions for"), self.targets))
        chooser.addWidget(self.targets, 1)
        self.body.addLayout(chooser)
        self.body.addWidget(self.editor, 1)
        self.targets.currentIndexChanged.connect(self._on_targets_current_index_changed)
        self.editor.print_requested.connect(self.print_requested)

    def initializePage(self) -> None:
        """Each time the step is entered, prepare the next interview (or the field)."""
        self.refresh(choose_next=True)

    def refresh(self, choose_next: bool = False) -> None:
        """Offer the lists of the guide's field and open the one chosen."""
        field = self.guide_field()
        self.targets.setVisible(field is not None)
        if field is None:
            self.note.setText(translate("QuestionsPage", "Choose a career field in step 1 first."))
            self.note.show()
            self.editor.load(None)
            return
        self.note.hide()
        self.targets.load(field[0])
        if choose_next:
            interview = question_queries.next_interview(field[0], self.now())
            self.targets.select((FIELD, field[0]) if interview is None else (INTERVIEW, interview))
        self._open_current()

    def _open_current(self) -> None:
        show_target(self.editor, self.targets.current_target(), self.events)

    def _on_targets_current_index_changed(self, _index: int) -> None:
        self._open_current()
