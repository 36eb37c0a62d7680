"""Prepare a follow-up interview's questions: the Questions view's list editor, for its list.

Every change is saved as it is made (the editor's own actions), so the dialog has only
Close. "Print question sheet…" prints the follow-up's sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.question_list_editor import QuestionListEditor


class ConversationQuestionsDialog(QDialog):
    """The question list of one follow-up interview, beside the bank and the field's research.

    Args:
        list_id: the follow-up's list (``conversation_lists.list_for_conversation``).
        title: what the list is for: "Second interview with Dana Ruiz".
        events: the app's shared signals (the editor publishes its writes on them).
        parent: the conversation's form.
    """

    def __init__(
        self, list_id: int, title: str, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.events = events
        translate = QCoreApplication.translate
        self.setWindowTitle(
            translate("ConversationQuestionsDialog", "Questions: %1").replace("%1", title)
        )
        self.editor = QuestionListEditor(events)
        self.editor.load(list_id)
        intro = plain_label(
            translate(
                "ConversationQuestionsDialog",
                "Put the questions you most want answered first. What you asked in the first "
                "interview need not be asked again: build on what they said.",
            )
        )
        intro.setObjectName("viewDescription")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.editor.print_requested.connect(self._on_editor_print_requested)
        self.resize(1040, 660)

    def _on_editor_print_requested(self, list_id: int) -> None:
        from infoview_gui.ui.print_actions import print_list_sheet

        print_list_sheet(list_id, self)
