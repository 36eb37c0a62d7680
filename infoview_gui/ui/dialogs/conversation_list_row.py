"""The questions of a follow-up interview, on its form: how far they are, and what to do.

"Prepare questions…" opens the list editor, "Hold it…" the questions one at a time (the
form closes: the conversation's notes are typed there, after the last question), "Print
sheet…" the question sheet. Each saves the form first. Shown for a second interview, a
call or a video call (``ConversationKind.takes_questions``), and for any follow-up that
has a list already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.domain.errors import DomainError
from infoview_gui.services import conversation_lists
from infoview_gui.services.conversation_lists import ListSummary
from infoview_gui.ui.events import events_of
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.layouts import row

if TYPE_CHECKING:
    from infoview_gui.ui.dialogs.conversation import ConversationDialog

translate = QCoreApplication.translate


class QuestionsRow(QWidget):
    """A line saying how far the follow-up's questions are, and its three buttons."""

    def __init__(self, dialog: ConversationDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.label = translate("QuestionsRow", "Questions")
        self.summary = plain_label()
        self.prepare_button = QPushButton(translate("QuestionsRow", "Prepare questions…"))
        self.prepare_button.setToolTip(
            translate("QuestionsRow", "Save, then choose the questions for this conversation")
        )
        self.hold_button = QPushButton(translate("QuestionsRow", "Hold it…"))
        self.hold_button.setToolTip(
            translate(
                "QuestionsRow",
                "Save, then take the questions one at a time, the answers saved as you type",
            )
        )
        self.print_button = QPushButton(translate("QuestionsRow", "Print sheet…"))
        self.print_button.setToolTip(
            translate("QuestionsRow", "Save, then print the questions to take along")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row(self.prepare_button, self.hold_button, self.print_button, None))
        self.prepare_button.clicked.connect(self._on_prepare_button_clicked)
        self.hold_button.clicked.connect(self._on_hold_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    def show_for(self, kind: ConversationKind, conversation_id: int | None) -> None:
        """Show the list's state, or nothing for a follow-up that keeps notes only."""
        try:
            summary = conversation_lists.list_summary(conversation_id or 0)
        except DomainError:
            summary = ListSummary(None)
        self.summary.setText(summary.text)
        self.print_button.setEnabled(summary.count > 0)
        self.dialog.form.setRowVisible(self, kind.takes_questions or summary.list_id is not None)

    def _refresh(self) -> None:
        kind = ConversationKind(self.dialog.kind.currentData())
        self.show_for(kind, self.dialog.saved_id)

    def _saved_list(self) -> int | None:
        """Save the form, then return the follow-up's list (made now if need be)."""
        if not self.dialog.save_now() or self.dialog.saved_id is None:
            return None
        try:
            return conversation_lists.list_for_conversation(conversation_id=self.dialog.saved_id)
        except DomainError as exc:
            self.dialog.show_error(str(exc), "kind")
            return None
        finally:
            self._refresh()

    def _title(self) -> str:
        kind = ConversationKind(self.dialog.kind.currentData()).label
        said = translate("QuestionsRow", "%1 with %2")
        return said.replace("%1", kind).replace("%2", self.dialog.contact_name)

    def _on_prepare_button_clicked(self) -> None:
        from infoview_gui.ui.dialogs.conversation_questions import ConversationQuestionsDialog

        list_id, events = self._saved_list(), events_of(self.dialog)
        if list_id is None or events is None:
            return
        dialog = ConversationQuestionsDialog(list_id, self._title(), events, self.dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._refresh())
        dialog.open()  # over the form, which waits for it

    def _on_hold_button_clicked(self) -> None:
        """Save, close the form (and a contact's form under it), hold it in the main window.

        A contact's form is modal: the window opened over it would be closed with it, and
        one opened beside it would not take the keyboard. Typing left in it is kept: it
        is said first, as the timeline does.
        """
        from infoview_gui.ui.dialogs.typing_guard import TypingDialog
        from infoview_gui.ui.timeline_actions import main_window
        from infoview_gui.ui.views.conversation_mode import open_conversation_mode

        under = self.dialog.parentWidget()
        if isinstance(under, TypingDialog) and under.has_unsaved_typing():
            self.dialog.show_error(
                translate(
                    "QuestionsRow",
                    "Save or cancel your changes to this contact first, then hold this "
                    "conversation.",
                )
            )
            return
        list_id, events = self._saved_list(), events_of(self.dialog)
        if list_id is None or events is None or self.dialog.saved_id is None:
            return
        conversation_id, window = self.dialog.saved_id, main_window() or under
        self.dialog.done(QDialog.DialogCode.Accepted)  # saved: its notes go on over there
        if isinstance(under, TypingDialog):
            under.reject()
        QTimer.singleShot(0, lambda: open_conversation_mode(conversation_id, window, events))

    def _on_print_button_clicked(self) -> None:
        from infoview_gui.ui.print_actions import print_list_sheet

        list_id = self._saved_list()
        if list_id is not None:
            print_list_sheet(list_id, self.dialog)
