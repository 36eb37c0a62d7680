"""Asking by phone: a short script to read from, and notes of the call."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError
from infoview_gui.services import asking
from infoview_gui.ui.accessibility import labelled, show_message
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.widgets.labels import plain_label

_SAVE_DELAY_MS = 600
translate = QCoreApplication.translate


class CallDialog(TypingDialog):
    """The call script beside a notes box; "I called and asked" marks the request asked.

    Signals:
        request_sent(int): the request (an interview id) was marked asked by phone.
    """

    request_sent = Signal(int)

    def __init__(self, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        record = asking.request_for(contact_id=contact_id)
        self.interview_id = record.interview_id
        self.setWindowTitle(translate("CallDialog", "Call %1").replace("%1", record.name))
        self.phone = plain_label(
            translate("CallDialog", "Phone: %1").replace("%1", record.phone)
            if record.phone
            else translate("CallDialog", "Phone: no phone number saved: add it to the contact")
        )
        self.script = QPlainTextEdit()
        self.script.setPlainText(asking.call_script(contact_id=contact_id))
        self.script.setReadOnly(True)
        self.log = QPlainTextEdit()
        self.log.setPlainText(record.call_log)
        self.log.setTabChangesFocus(True)
        self.log.setPlaceholderText(
            translate("CallDialog", "When you called, what they said, when to call back…")
        )
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.asked_button = self.buttons.addButton(
            translate("CallDialog", "I called and asked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            translate("CallDialog", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self.saves_as_typed(self.log)
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        columns = QHBoxLayout()
        captions = (
            (translate("CallDialog", "What to say"), self.script),
            (translate("CallDialog", "Notes of the call"), self.log),
        )
        for caption, widget in captions:
            column = QVBoxLayout()
            column.addWidget(labelled(caption, widget))
            column.addWidget(widget, 1)
            columns.addLayout(column, 1)
        self.script.setMinimumSize(440, 420)
        self.log.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phone)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.log.textChanged.connect(self._save_timer.start)
        self._save_timer.timeout.connect(self.save_log)
        self.asked_button.clicked.connect(self._on_asked_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def save_log(self) -> bool:
        """Keep the notes of the call; return False (and say why) when refused."""
        self._save_timer.stop()
        try:
            asking.log_call(interview_id=self.interview_id, text=self.log.toPlainText())
        except DomainError as exc:
            show_message(self.error, str(exc))
            return False
        return True

    def done(self, result: int) -> None:
        """Save pending notes, however the dialog closes."""
        if self._save_timer.isActive():
            self.save_log()
        super().done(result)

    def _on_asked_button_clicked(self) -> None:
        try:
            asking.record_call(
                interview_id=self.interview_id, notes=self.log.toPlainText(), on=date.today()
            )
        except DomainError as exc:
            show_message(self.error, str(exc))
            return
        self._save_timer.stop()
        self.request_sent.emit(self.interview_id)
        self.accept()
