"""Step 6: the thank-you email, a note card and a formal letter for one held interview.

The user names one specific thing the person said, picked from the interview's notes or
typed, and it goes into all three drafts. The email opens in the mail program (every
field percent-encoded) or is copied; "I sent it" records it with today's date. The
letter prints and saves as PDF through ``printing.render``, like the question sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.agenda import day_text
from infoview_gui.domain.errors import DomainError
from infoview_gui.printing.document import Document
from infoview_gui.services import keep_touch, thanks
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.dialogs.mail_program import UrlOpener, open_email, open_url
from infoview_gui.ui.dialogs.request import DraftEditor
from infoview_gui.ui.dialogs.thank_you_card import NoteCardTab
from infoview_gui.ui.dialogs.thank_you_check import ThankYouChecker, send_unless_placeholder
from infoview_gui.ui.dialogs.thank_you_letter import LetterTab, PdfChooser, Previewer
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.style import restyle
from infoview_gui.ui.widgets.buttons import button_row
from infoview_gui.ui.widgets.keep_touch_choice import KeepTouchChoice, save_as_chosen
from infoview_gui.ui.widgets.labels import heading_label, plain_label

_SAVE_DELAY_MS = 600
translate = QCoreApplication.translate


def swap_sentence(text: str, old: str, new: str) -> str | None:
    """Return ``text`` with the sentence ``old`` replaced by ``new``; None if it is gone."""
    if old == new:
        return text
    return text.replace(old, new, 1) if old and old in text else None


class ThankYouDialog(TypingDialog):
    """The thank-you email, note card and letter of one interview.

    Args:
        interview_id: a held (or already thanked) interview.
        parent: the window the dialog belongs to.
        opener: opens the ``mailto:`` link (tests pass a recorder).
        today: returns today's date, the day things are marked sent and letters dated.
        choose_pdf: asks where to save the letter as PDF.
        preview: shows the letter's print preview.

    Signals:
        thank_you_sent(int): the email of this interview (an id) was marked sent.
        note_card_sent(int): its note card was marked sent.
        letter_sent(int): its letter was marked posted.
    """

    thank_you_sent = Signal(int)
    note_card_sent = Signal(int)
    letter_sent = Signal(int)

    def __init__(
        self,
        interview_id: int,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener = open_url,
        today: Callable[[], date] = date.today,
        choose_pdf: PdfChooser | None = None,
        preview: Previewer | None = None,
    ) -> None:
        super().__init__(parent)
        self.interview_id = interview_id
        self.record = thanks.thank_you_record(interview_id=interview_id)
        self._opener, self._today = opener, today
        self._sentence = thanks.point_sentence(self.record.point)
        self.setWindowTitle(self.tr("Thank %1").replace("%1", self.record.name))
        self.state = plain_label()
        self.point = QPlainTextEdit(self.record.point)
        self.point.setTabChangesFocus(True)  # Tab goes on to the next control, as in a form
        self.point.setPlaceholderText(
            self.tr("e.g. Your advice to build a portfolio first helped most.")
        )
        self.point.setFixedHeight(self.point.fontMetrics().lineSpacing() * 3 + 14)
        self.notes = QListWidget()
        self.use_button = QPushButton(self.tr("Use this line"))
        self.editor = DraftEditor(thanks.thank_you_draft(interview_id=interview_id))
        self.checker = ThankYouChecker(thanks.sender_details())
        self.card_tab = NoteCardTab(
            self,
            thanks.note_card(interview_id=interview_id, point=self.point_text()),
            choose_pdf=choose_pdf,
            preview=preview,
        )
        self.card = self.card_tab.text
        self.letter = LetterTab(self, choose_pdf=choose_pdf, preview=preview)
        self.hint = plain_label()
        self.hint.setObjectName("viewDescription")
        self.hint.hide()
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        kept = keep_touch.keep_touch_of(contact_id=self.record.contact_id, today=today())
        self.keep_touch = KeepTouchChoice(kept)  # saved by open_thank_you, as it changes
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        # the card: see below; keeping in touch is saved as it changes (open_thank_you)
        self.saves_as_typed(self.point, self.editor, self.card, self.keep_touch)
        self._build()
        self._fill_notes()
        self._show_state()
        self.letter.refresh()
        self._connect_signals()
        self._on_body_text_changed()

    # Building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.open_button = QPushButton(self.tr("Open in mail program"))
        self.sent_button = QPushButton(self.tr("I sent it"))
        self.card_sent_button = self.card_tab.sent_button
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._email_tab(), self.tr("Email"))
        self.tabs.addTab(self.card_tab, self.tr("Note card"))
        self.tabs.addTab(self.letter, self.tr("Letter"))
        middle = QHBoxLayout()
        middle.addWidget(self._point_box(), 2)
        middle.addWidget(self.tabs, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keep_touch)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Thank %1").replace("%1", self.record.name)))
        layout.addWidget(self.state)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(980, 620)

    def _point_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Something specific"))
        lead = plain_label(
            self.tr(
                "Name one thing they said that helped you. Pick a line from your notes, "
                "or type your own."
            )
        )
        self.notes.setWordWrap(True)
        self.notes.setSpacing(3)
        self.notes.setAlternatingRowColors(True)
        layout = QVBoxLayout(box)
        layout.addWidget(lead)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(plain_label(self.tr("Your point, as it goes into the drafts:")))
        layout.addWidget(self.point)
        layout.addWidget(self.hint)
        return box

    def _email_tab(self) -> QWidget:
        to = self.record.email
        text = (
            translate("EmailDialog", "To: %1 <%2>")
            .replace("%2", to)
            .replace("%1", self.record.name)
            if to
            else self.tr("To: %1 (no email saved)").replace("%1", self.record.name)
        )
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(plain_label(text))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.checker)
        layout.addLayout(button_row(self.copy_button, self.open_button, self.sent_button))
        return tab

    def _fill_notes(self) -> None:
        lines = thanks.note_lines(interview_id=self.interview_id)
        for line in lines:
            item = QListWidgetItem(line.text)
            item.setToolTip(line.question or self.tr("Other notes"))
            item.setData(Qt.ItemDataRole.UserRole, line.text)
            self.notes.addItem(item)
        if not lines:
            empty = QListWidgetItem(self.tr("No notes for this interview: type your point below."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(empty)
        self.use_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.notes.currentItemChanged.connect(self._on_notes_current_item_changed)
        self.notes.itemDoubleClicked.connect(self._on_notes_item_double_clicked)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.point.textChanged.connect(self._on_point_text_changed)
        self.editor.edited.connect(self._save_timer.start)
        self.editor.body.textChanged.connect(self._on_body_text_changed)
        self._save_timer.timeout.connect(self.save_draft)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.sent_button.clicked.connect(self._on_sent_button_clicked)
        self.card_sent_button.clicked.connect(self._on_card_sent_button_clicked)
        self.close_button.clicked.connect(self.reject)

    # State ----------------------------------------------------------------------------

    def _show_state(self) -> None:
        record = self.record
        due, sent = record.due, record.sent_on
        state = calendar_rules.thank_you_state(due or self._today(), sent, self._today())
        if not record.can_thank:
            text = self.tr("You can thank them once the interview has been held.")
            state = "upcoming"
        elif sent is not None:
            text = self.tr("Thank-you email sent on %1.").replace("%1", day_text(sent))
        elif state == "overdue" and due is not None:
            text = self.tr("Overdue: the thank-you email was due on %1. Send it now.").replace(
                "%1", day_text(due)
            )
        elif state == "due_today":
            text = self.tr("Send the thank-you email today.")
        else:
            text = (
                self.tr("Send the thank-you email by %1.").replace("%1", day_text(due))
                if due
                else ""
            )
        self.state.setText(text)
        restyle(self.state, "state", state)
        self.sent_button.setEnabled(record.can_thank and sent is None)
        if sent is not None:
            self.sent_button.setText(self.tr("Sent on %1").replace("%1", day_text(sent)))
        self.card_sent_button.setEnabled(record.can_thank)
        if record.note_card_sent_on is not None:
            self.card_sent_button.setText(
                self.tr("Card sent on %1").replace("%1", day_text(record.note_card_sent_on))
            )
        self.letter.show_sent(record.can_thank, record.letter_sent_on)

    def point_text(self) -> str:
        """Return the specific point as it stands, on one line."""
        return " ".join(self.point.toPlainText().split())

    def today(self) -> date:
        """Return today's date (injected in tests)."""
        return self._today()

    def letter_document(self) -> Document:
        """Return the letter as it would print now."""
        return self.letter.document()

    def paper_locale(self) -> str:
        """Return the locale whose usual paper the letter is printed on."""
        return QLocale().name()

    # Saving and sending ---------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep the point and the email as the user edited them."""
        self._save_timer.stop()
        draft = self.editor.draft()
        try:
            thanks.save_thank_you(
                interview_id=self.interview_id,
                point=self.point_text(),
                subject=draft.subject,
                body=draft.body,
            )
        except DomainError as exc:
            self.show_error(str(exc))

    def show_error(self, message: str) -> None:
        """Say under the drafts why something could not be done."""
        show_message(self.error, message)

    def use_line(self, text: str) -> None:
        """Make a line of the notes the specific point of the drafts."""
        self.point.setPlainText(thanks.point_from_note(text))

    def has_unsaved_typing(self) -> bool:
        """Return True when the card or the address was edited: those are not stored.

        The card follows the point as it is typed, so it counts only when it differs from
        the card the stored point makes.
        """
        card = thanks.note_card(interview_id=self.interview_id, point=self.point_text())
        return self.card.toPlainText() != card or super().has_unsaved_typing()

    def done(self, result: int) -> None:
        """Save pending edits, however the dialog closes."""
        if self._save_timer.isActive():
            self.save_draft()
        super().done(result)

    def _record_sent(self, mark: Callable[..., None], signal: SignalInstance) -> bool:
        try:
            mark(interview_id=self.interview_id, on=self._today())
        except DomainError as exc:
            self.show_error(str(exc))
            return False
        signal.emit(self.interview_id)
        self.record = thanks.thank_you_record(interview_id=self.interview_id)
        self._show_state()
        return True

    def mark_letter_posted(self) -> None:
        """Record the letter as posted today."""
        self._record_sent(thanks.mark_letter_sent, self.letter_sent)

    # Handlers -------------------------------------------------------------------------

    def _on_notes_current_item_changed(self, current: QListWidgetItem | None) -> None:
        self.use_button.setEnabled(current is not None and bool(current.flags()))

    def _on_notes_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.use_line(str(item.data(Qt.ItemDataRole.UserRole) or ""))

    def _on_use_button_clicked(self) -> None:
        item = self.notes.currentItem()
        if item is not None:
            self.use_line(str(item.data(Qt.ItemDataRole.UserRole) or ""))

    def _on_point_text_changed(self) -> None:
        new = thanks.point_sentence(self.point_text())
        body = swap_sentence(self.editor.body.toPlainText(), self._sentence, new)
        if body is not None:
            self.editor.body.setPlainText(body)
        card = swap_sentence(self.card.toPlainText(), self._sentence, new)
        if card is not None:
            self.card.setPlainText(card)
        missing = body is None or card is None
        self.hint.setText(
            self.tr("You rewrote the sentence where the point went: add the point where it fits.")
            if missing
            else ""
        )
        self.hint.setVisible(missing)
        self._sentence = new
        self.letter.refresh()
        self._save_timer.start()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.draft().body)

    def _on_open_button_clicked(self) -> None:
        open_email(self, self._opener, self.record.email, self.editor.draft())

    def _on_body_text_changed(self) -> None:
        self.checker.check(self.editor.body.toPlainText(), self.point_text())

    def _on_sent_button_clicked(self) -> None:
        result = self.checker.check(self.editor.body.toPlainText(), self.point_text())
        send_unless_placeholder(self, result, self.send)

    def send(self) -> None:
        """Keep the email as it stands and record it sent today; close once recorded."""
        draft = self.editor.draft()
        send = partial(
            thanks.send_thank_you, point=self.point_text(), subject=draft.subject, body=draft.body
        )
        if self._record_sent(send, self.thank_you_sent):
            self._save_timer.stop()
            self.accept()

    def _on_card_sent_button_clicked(self) -> None:
        self._record_sent(thanks.mark_note_card_sent, self.note_card_sent)


def open_thank_you(
    events: AppEvents,
    interview_id: int,
    parent: QWidget | None = None,
    *,
    opener: UrlOpener = open_url,
    today: Callable[[], date] = date.today,
    choose_pdf: PdfChooser | None = None,
    preview: Previewer | None = None,
) -> ThankYouDialog:
    """Open the thank-you dialog (not blocking) and tell the app what it records."""
    dialog = ThankYouDialog(
        interview_id, parent, opener=opener, today=today, choose_pdf=choose_pdf, preview=preview
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    name = dialog.record.name
    kept = translate("ThankYouDialog", "Keeping in touch with %1 saved").replace("%1", name)
    run = partial(run_action, events, saved=kept, parent=dialog)
    save_as_chosen(dialog.keep_touch, contact_id=dialog.record.contact_id, today=today, run=run)
    for signal, message in (
        (dialog.thank_you_sent, translate("ThankYouDialog", "Thank-you to %1 recorded as sent")),
        (dialog.note_card_sent, translate("ThankYouDialog", "Note card to %1 recorded as sent")),
        (dialog.letter_sent, translate("ThankYouDialog", "Letter to %1 recorded as posted")),
    ):
        message = message.replace("%1", name)
        signal.connect(lambda _id, text=message: _changed(events, text))
    dialog.open()
    return dialog


def _changed(events: AppEvents, message: str) -> None:
    events.publish()  # what the dialog committed, as the store recorded it
    events.saved.emit(message)
