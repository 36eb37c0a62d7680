"""The guide: a QWizard of the six steps, shown inside the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWizard

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ask_page import AskPage
from infoview_gui.ui.wizard.contacts_page import ContactsPage
from infoview_gui.ui.wizard.field_page import FieldPage
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.interview_page import InterviewPage
from infoview_gui.ui.wizard.questions_page import QuestionsPage
from infoview_gui.ui.wizard.thanks_page import ThanksPage


class GuideWizard(QWizard):
    """Six pages over the stored data: leaving half-way loses nothing.

    Signals:
        step_changed(int): the page shown is now this step (1-6).
        home_requested: the user finished the guide.
    """

    step_changed = Signal(int)
    home_requested = Signal()

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        home = QCoreApplication.translate("GuideWizard", "Back to Home")
        self.setButtonText(QWizard.WizardButton.FinishButton, home)
        self.questions_page = QuestionsPage(events)
        for page in (
            FieldPage(events),
            ContactsPage(events),
            AskPage(events),
            self.questions_page,
            InterviewPage(events),
            ThanksPage(events),
        ):
            self.setPage(page.page_id, page)
        self.setStartId(PageId.FIELD)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def go_to_step(self, step: int) -> int:
        """Walk forward from step 1 to ``step``, stopping where a step is not done yet.

        Returns the step reached.
        """
        if self.currentId() == -1 or self.currentId() > step:
            self.restart()
        while self.currentId() < step:
            before = self.currentId()
            page = self.currentPage()
            if page is None or not page.isComplete():
                break
            self.next()
            if self.currentId() == before:
                break
        return self.currentId()

    def done(self, result: int) -> None:
        """Finishing keeps the wizard on its last page (not hidden) and goes Home."""
        self.home_requested.emit()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id != -1:
            self.step_changed.emit(page_id)
