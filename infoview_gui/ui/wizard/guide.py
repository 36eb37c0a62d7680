"""The guide: a QWizard of the six steps, shown inside the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWizard

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may need more (or fewer) lines for the step's subtitle."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_subtitle)

    def _fit_subtitle(self) -> None:
        """Give the header's subtitle the lines it needs at the width it has.

        QWizard sizes its header once per page for two lines of subtitle and caps its
        height there: in a narrower window a longer subtitle (German and Spanish ones are)
        lost its last line.
        """
        page = self.currentPage()
        if page is None:
            return
        for label in self.findChildren(QLabel):
            header = label.parentWidget()
            layout = None if header is None else header.layout()
            if (
                header is None
                or layout is None
                or not label.wordWrap()
                or label.text() != page.subTitle()
                or page.isAncestorOf(label)
            ):
                continue
            two_lines = 2 * label.fontMetrics().lineSpacing()
            label.setMinimumHeight(0)  # else it measures no fewer lines than it had
            label.setMinimumHeight(max(two_lines, label.heightForWidth(label.width())))
            height = layout.totalMinimumSize().height()
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)

    def _on_current_id_changed(self, page_id: int) -> None:
        QTimer.singleShot(0, self, self._fit_subtitle)  # QWizard set the header up anew
        if page_id != -1:
            self.step_changed.emit(page_id)
