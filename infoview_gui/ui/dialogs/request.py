"""Email drafts the user edits and sends from their mail program; the request and its checker."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.drafts import Draft
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.request_check import WORD_LIMIT, check_request
from infoview_gui.services import asking
from infoview_gui.ui.accessibility import labelled, show_message
from infoview_gui.ui.dialogs.mail_program import UrlOpener, open_email, open_url
from infoview_gui.ui.dialogs.typing_guard import TypingDialog, ask_before_losing
from infoview_gui.ui.style import restyle
from infoview_gui.ui.widgets.labels import plain_label

"""Opens a URL; the default hands it to the desktop, tests pass a recorder."""

log = logging.getLogger(__name__)
_SAVE_DELAY_MS = 600
translate = QCoreApplication.translate


class DraftEditor(QWidget):
    """The subject line and the body of an email, editable.

    Signals:
        edited: the user changed the subject or the body.
    """

    edited = Signal()

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLineEdit(draft.subject)
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setPlainText(draft.body)
        # Eight lines at least, so the thank-you dialog fits a 640-pixel-high screen; the
        # dialogs open larger, at the size they ask for.
        self.body.setMinimumSize(420, self.body.fontMetrics().lineSpacing() * 8)
        self.body.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(labelled(translate("DraftEditor", "Subject"), self.subject))
        layout.addWidget(self.subject)
        layout.addWidget(labelled(translate("DraftEditor", "Message"), self.body))
        layout.addWidget(self.body, 1)
        self.subject.textEdited.connect(self.edited)
        self.body.textChanged.connect(self.edited)

    def draft(self) -> Draft:
        """Return the draft as it stands; the subject is kept to one line."""
        return Draft(" ".join(self.subject.text().split()), self.body.toPlainText())

    def set_draft(self, draft: Draft) -> None:
        """Replace the subject and the body."""
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)


class EmailDialog(TypingDialog):
    """An email to one person: edit, copy, open in the mail program, then confirm.

    Subclasses implement ``confirm`` (what the confirm button records); when it raises a
    DomainError the dialog stays open and says why.
    """

    def __init__(
        self,
        title: str,
        to_name: str,
        to_address: str,
        draft: Draft,
        confirm_text: str,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener = open_url,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._opener = opener
        self._to_address = to_address
        recipient = (
            translate("EmailDialog", "To: %1 <%2>").replace("%1", to_name).replace("%2", to_address)
            if to_address
            else translate(
                "EmailDialog", "To: %1 (no email address saved: add it in your mail program)"
            ).replace("%1", to_name)
        )
        self.recipient = plain_label(recipient)
        self.editor = DraftEditor(draft)
        self.side = QHBoxLayout()
        self.side.addWidget(self.editor, 3)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.copy_button = self._button(translate("EmailDialog", "Copy text"))
        self.open_button = self._button(translate("EmailDialog", "Open in mail program"))
        self.confirm_button = self._button(confirm_text)
        # No default button: Enter in the subject presses nothing.
        self.close_button = self._button(translate("EmailDialog", "Close"))
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.recipient)
        self.main_layout.addLayout(self.side, 1)
        self.main_layout.addWidget(self.error)
        self.main_layout.addLayout(self.buttons)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def _button(self, text: str, *, first: bool = False) -> QPushButton:
        """Add a button to the row: at its end, or (``first``) at its left."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        if first:
            self.buttons.insertWidget(0, button)
        else:
            self.buttons.addWidget(button)
        return button

    def confirm(self) -> None:
        """Record what the confirm button stands for; raise DomainError to refuse."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """Say under the draft why the action could not be done."""
        show_message(self.error, message)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.draft().body)

    def _on_open_button_clicked(self) -> None:
        open_email(self, self._opener, self._to_address, self.editor.draft())

    def _on_confirm_button_clicked(self) -> None:
        try:
            self.confirm()
        except DomainError as exc:
            self.show_error(str(exc))


class RequestChecker(QGroupBox):
    """What the request gets right and wrong, updated as the user types."""

    def __init__(self, connections: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestChecker", "Before you send"), parent)
        self._connections = tuple(connections)
        self.words, self.jobs, self.connection, self.question = (plain_label() for _ in range(4))
        layout = QVBoxLayout(self)
        for label in (self.words, self.jobs, self.connection, self.question):
            layout.addWidget(label)
        tip = plain_label(
            translate(
                "RequestChecker",
                "Short and specific works best: who you are, why them, and one clear question.",
            )
        )
        tip.setObjectName("viewDescription")
        layout.addStretch(1)
        layout.addWidget(tip)

    def check(self, text: str) -> None:
        """Check ``text`` and show the result."""
        result = check_request(text, connections=self._connections)
        words = self.tr("%n word(s) (aim under %1)", "", result.word_count)
        self._show(
            self.words, not result.over_limit, words.replace("%1", QLocale().toString(WORD_LIMIT))
        )
        jobs = ", ".join(result.job_words)
        self._show(
            self.jobs,
            not jobs,
            translate(
                "RequestChecker", "Words about jobs or hiring: %1. Ask to learn, not for a job."
            ).replace("%1", jobs)
            if jobs
            else translate("RequestChecker", "No words about jobs or hiring"),
        )
        self._show(
            self.connection,
            result.names_connection,
            translate("RequestChecker", "Names the connection")
            if result.names_connection
            else translate("RequestChecker", "Say who introduced you or how you found them"),
        )
        self._show(
            self.question,
            result.ends_with_question,
            translate("RequestChecker", "Ends with a question")
            if result.ends_with_question
            else translate("RequestChecker", "End with a question, such as asking for a time"),
        )

    def _show(self, label: QLabel, ok: bool, text: str) -> None:
        label.setText(("✓ " if ok else "✗ ") + text)
        restyle(label, "state", "ok" if ok else "problem")


class RequestDialog(EmailDialog):
    """The request email for one contact, with its checker; "I sent it" marks them asked.

    Signals:
        request_sent(int): the request (an interview id) was marked asked by email.
    """

    request_sent = Signal(int)

    def __init__(
        self, contact_id: int, parent: QWidget | None = None, *, opener: UrlOpener = open_url
    ) -> None:
        record = asking.request_for(contact_id=contact_id)
        draft = asking.draft_request(contact_id=contact_id, today=date.today())
        super().__init__(
            translate("RequestDialog", "Ask %1 for an informational interview").replace(
                "%1", record.name
            ),
            record.name,
            record.email,
            draft,
            translate("RequestDialog", "I sent it"),
            parent,
            opener=opener,
        )
        self.contact_id, self.name = contact_id, record.name
        self.interview_id = record.interview_id
        self.checker = RequestChecker(asking.connections(contact_id=contact_id))
        self.side.addWidget(self.checker, 2)
        self.fresh_button = self._button(translate("RequestDialog", "Start again"), first=True)
        self.saves_as_typed(self.editor)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self._connect_signals()
        self.checker.check(draft.body)

    def _connect_signals(self) -> None:
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.body.textChanged.connect(self._on_body_text_changed)
        self._save_timer.timeout.connect(self.save_draft)
        self.fresh_button.clicked.connect(self._on_fresh_button_clicked)

    def save_draft(self) -> None:
        """Keep the user's edits with the request."""
        self._save_timer.stop()
        draft = self.editor.draft()
        try:
            asking.save_request_draft(
                interview_id=self.interview_id, text=draft.body, subject=draft.subject
            )
        except DomainError as exc:
            self.show_error(str(exc))

    def confirm(self) -> None:
        """Keep the email as sent and mark the person asked by email today, all or nothing."""
        draft = self.editor.draft()
        asking.send_request(
            interview_id=self.interview_id,
            subject=draft.subject,
            body=draft.body,
            on=date.today(),
        )
        self._save_timer.stop()
        self.request_sent.emit(self.interview_id)
        self.accept()

    def done(self, result: int) -> None:
        """Save pending edits, however the dialog closes."""
        if self._save_timer.isActive():
            self.save_draft()
        super().done(result)

    def _on_editor_edited(self) -> None:
        self._save_timer.start()

    def _on_body_text_changed(self) -> None:
        self.checker.check(self.editor.body.toPlainText())

    def _on_fresh_button_clicked(self) -> None:
        fresh = asking.draft_request(contact_id=self.contact_id, today=date.today(), fresh=True)
        if self.editor.draft() == Draft(" ".join(fresh.subject.split()), fresh.body):
            return
        ask_before_losing(
            self,
            translate(
                "RequestDialog",
                "Start again from a new draft? What you wrote in this one is replaced.",
            ),
            lose=translate("RequestDialog", "Start again"),
            keep=translate("RequestDialog", "Keep my draft"),
            title=translate("RequestDialog", "Start again?"),
            on_lose=partial(self.editor.set_draft, fresh),
        )
