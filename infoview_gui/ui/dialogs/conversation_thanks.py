"""The thank-you for a follow-up conversation: the email, checked, sent from the mail program.

The same draft editor and checks as a first interview's thank-you (``ThankYouDialog``),
without its note card and letter: a follow-up is thanked by email. "I sent it" keeps the
email as it went and the day; the contact's keep-in-touch reminder counts from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from infoview_gui.domain.agenda import day_text
from infoview_gui.domain.errors import DomainError
from infoview_gui.services import conversations, thanks
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.dialogs.mail_program import UrlOpener, open_email, open_url
from infoview_gui.ui.dialogs.request import DraftEditor
from infoview_gui.ui.dialogs.thank_you_check import ThankYouChecker, send_unless_placeholder
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import events_of
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label

translate = QCoreApplication.translate


class ConversationThanksDialog(TypingDialog):
    """Thank a contact for a follow-up conversation."""

    def __init__(
        self,
        conversation_id: int,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener = open_url,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self.record = conversations.load_conversation(conversation_id)
        self._opener = opener
        self._today = today
        self.setWindowTitle(self._title())
        self.editor = DraftEditor(conversations.thank_you_draft(conversation_id=conversation_id))
        self.checker = ThankYouChecker(thanks.sender_details())
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.copy_button = box_button(
            self.buttons, translate("ConversationThanksDialog", "Copy text"), role
        )
        self.open_button = box_button(
            self.buttons, translate("ConversationThanksDialog", "Open in mail program"), role
        )
        self.sent_button = box_button(
            self.buttons, translate("ConversationThanksDialog", "I sent it"), role
        )
        self._build()
        self._connect_signals()
        self._on_editor_edited()

    def _build(self) -> None:
        sent = self.record.data.thank_you_sent_on
        to = self.record.email
        layout = QVBoxLayout(self)
        name = self.record.name
        layout.addWidget(heading_label(self._title()))
        state = (
            translate("ConversationThanksDialog", "Sent %1.").replace("%1", day_text(sent))
            if sent
            else translate("ConversationThanksDialog", "Not sent yet.")
        )
        layout.addWidget(plain_label(state))
        address = (
            translate("ConversationThanksDialog", "To: %1 <%2>")
            .replace("%1", name)
            .replace("%2", to)
            if to
            else translate("ConversationThanksDialog", "No email saved")
        )
        layout.addWidget(plain_label(address))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.checker)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _title(self) -> str:
        return translate("ConversationThanksDialog", "Thank %1").replace("%1", self.record.name)

    def _connect_signals(self) -> None:
        self.editor.edited.connect(self._on_editor_edited)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.sent_button.clicked.connect(self._on_sent_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _on_editor_edited(self) -> None:
        self.checker.check(self.editor.body.toPlainText(), "")

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.draft().body)

    def _on_open_button_clicked(self) -> None:
        open_email(self, self._opener, self.record.email, self.editor.draft())

    def _on_sent_button_clicked(self) -> None:
        result = self.checker.check(self.editor.body.toPlainText(), "")
        send_unless_placeholder(self, result, self.send)

    def send(self) -> None:
        """Keep the email as it stands, recorded sent today; close once recorded."""
        try:
            conversations.mark_thanked(
                conversation_id=self.conversation_id, draft=self.editor.draft(), on=self._today()
            )
        except DomainError as exc:
            show_message(self.error, str(exc))
            return
        finally:
            events = events_of(self)
            if events is not None:
                events.publish()
        self.accept()
