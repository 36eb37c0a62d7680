"""Add or edit a follow-up conversation: when, in what form, the notes; Ctrl+Enter saves.

A follow-up is what comes after a contact's first request (a second interview, a coffee,
a call...): it has notes of its own and a thank-you of its own (``ConversationThanksDialog``),
and leaves the first request as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from infoview_gui.domain.agenda import day_text
from infoview_gui.domain.conversations import NOTES_MAX, ConversationData, ConversationKind
from infoview_gui.services import conversations
from infoview_gui.ui.dialogs.conversation_list_row import QuestionsRow
from infoview_gui.ui.dialogs.form import FormDialog
from infoview_gui.ui.events import events_of
from infoview_gui.ui.user_time import utc_now
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import plain_label

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
translate = QCoreApplication.translate


class _DayEdit(QDateEdit):
    """A date input that Tab leaves (Qt's walks its parts first; Left and Right still do)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Move the keyboard to the next or previous input, as every other field does."""
        return QWidget.focusNextPrevChild(self, forward)


class _TimeEdit(QTimeEdit):
    """A time input that Tab leaves, as :class:`_DayEdit`."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Move the keyboard to the next or previous input, as every other field does."""
        return QWidget.focusNextPrevChild(self, forward)


def _user_zone_name() -> str:
    from infoview_gui.services.user_zone import user_zone
    from infoview_gui.ui.user_time import system_zone_name

    return str(user_zone(system_zone=system_zone_name()))


class ConversationDialog(FormDialog):
    """A follow-up conversation with a contact: new (``contact_id``) or saved (by its id).

    Attributes:
        saved_id: the conversation's id once saved (a new one's too).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        conversation_id: int | None = None,
        now: Callable[[], datetime] = utc_now,
        zone_name: Callable[[], str] = _user_zone_name,
    ) -> None:
        stored = conversations.load_conversation(conversation_id) if conversation_id else None
        self.zone = stored.data.time_zone if stored and stored.data.time_zone else zone_name()
        name = stored.name if stored else _contact_name(contact_id)
        self.contact_name = name
        title = (
            translate("ConversationDialog", "Conversation with %1")
            if stored
            else translate("ConversationDialog", "Add a conversation with %1")
        ).replace("%1", name)
        ok_text = _save_text() if stored else translate("ConversationDialog", "Add")
        super().__init__(title, parent, ok_text=ok_text)
        self.contact_id = stored.contact_id if stored else contact_id
        self.saved_id = conversation_id
        self._stored = stored
        self._now = now
        self._build(stored.data if stored else None)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_buttons_accepted)
        self.resize(560, self.sizeHint().height())

    def _build(self, data: ConversationData | None) -> None:
        start = self._local(data.held_at if data else self._now()).replace(second=0, microsecond=0)
        self.day = _DayEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(_day_format())
        self.time = _TimeEdit(QTime(start.hour, start.minute))
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.kind = QComboBox()
        for kind in ConversationKind:
            self.kind.addItem(kind.label, kind.value)
        chosen = data.kind if data else ConversationKind.COFFEE
        self.kind.setCurrentIndex(self.kind.findData(chosen.value))
        self.notes = QPlainTextEdit(data.notes if data else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            translate(
                "ConversationDialog", "What you talked about, what they advised, what comes next"
            )
        )
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 10)
        for name, label, widget in (
            ("held_at", translate("ConversationDialog", "Date"), self.day),
            ("time", translate("ConversationDialog", "Time"), self.time),
            ("kind", translate("ConversationDialog", "How"), self.kind),
            ("notes", translate("ConversationDialog", "Notes"), self.notes),
        ):
            self.add_row(name, label, widget)
        self.questions = QuestionsRow(self)
        self.form.addRow(self.questions.label, self.questions)
        self.thanked = plain_label(self._thanked_text(data))
        self.form.addRow(translate("ConversationDialog", "Thank-you"), self.thanked)
        self._add_buttons()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()

    def _add_buttons(self) -> None:
        self.thanks_button = box_button(
            self.buttons,
            translate("ConversationDialog", "Thank them…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.thanks_button.setToolTip(
            translate("ConversationDialog", "Save, then draft the thank-you for this conversation")
        )
        self.thanks_button.clicked.connect(self._on_thanks_button_clicked)
        self.delete_button = box_button(
            self.buttons,
            translate("ConversationDialog", "Delete"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.setToolTip(
            translate("ConversationDialog", "Delete this conversation and its notes (Edit > Undo)")
        )
        self.delete_button.setVisible(self._stored is not None)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        """Opened again: the keyboard goes to the end of the notes, to add to them."""
        first = self._at_open is None
        super().showEvent(event)
        if first and self._stored is not None:
            self.notes.setFocus()

    def _local(self, moment: datetime) -> datetime:
        from zoneinfo import ZoneInfo

        try:
            return moment.astimezone(ZoneInfo(self.zone)).replace(tzinfo=None)
        except (ValueError, KeyError):
            return moment.replace(tzinfo=None)

    @staticmethod
    def _thanked_text(data: ConversationData | None) -> str:
        sent = data.thank_you_sent_on if data else None
        if sent:
            return translate("ConversationDialog", "Sent %1.").replace("%1", day_text(sent))
        return translate("ConversationDialog", "Not sent yet.")

    def conversation(self) -> ConversationData:
        """Return what the form holds now (the thank-you as saved)."""
        from zoneinfo import ZoneInfo

        day, clock = self.day.date(), self.time.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        try:
            held_at = local.replace(tzinfo=ZoneInfo(self.zone))
        except (ValueError, KeyError):
            held_at = local.astimezone()
        stored = self._stored.data if self._stored else None
        return ConversationData(
            held_at=held_at,
            kind=ConversationKind(self.kind.currentData()),
            notes=self.notes.toPlainText()[: NOTES_MAX + 1],
            time_zone=self.zone,
            thank_you_sent_on=stored.thank_you_sent_on if stored else None,
            thank_you_draft=stored.thank_you_draft if stored else "",
        )

    def save(self) -> None:
        """Add the conversation, or save the changes to it."""
        data = self.conversation()
        if self.saved_id is None:
            assert self.contact_id is not None
            self.saved_id = conversations.add_conversation(
                contact_id=self.contact_id, conversation=data
            )
        else:
            conversations.save_conversation(conversation_id=self.saved_id, conversation=data)
        self._stored = conversations.load_conversation(self.saved_id)

    def save_now(self) -> bool:
        """Save what is typed and keep the form open; False (having said why) when refused."""
        from infoview_gui.domain.errors import DomainError, ValidationError, as_told_where_typed

        try:
            self.save()
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return False
        except DomainError as exc:
            self.show_error(as_told_where_typed(exc))
            return False
        finally:
            events = events_of(self)
            if events is not None:
                events.publish()
        self._at_open = self._typed()  # saved: closing now loses nothing
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_save_text())
        return True

    def _on_thanks_button_clicked(self) -> None:
        """Save what is typed, then open the thank-you (the form stays open behind it)."""
        if not self.save_now():
            return
        from infoview_gui.ui.dialogs.conversation_thanks import ConversationThanksDialog

        assert self.saved_id is not None
        ConversationThanksDialog(self.saved_id, self).exec()
        self._stored = conversations.load_conversation(self.saved_id)
        self.thanked.setText(self._thanked_text(self._stored.data))

    def _on_delete_button_clicked(self) -> None:
        """Delete the conversation at once; Edit > Undo brings it back."""
        from infoview_gui.domain.errors import DomainError
        from infoview_gui.ui.undo import DeletionCommand

        assert self.saved_id is not None
        conversation_id, name = self.saved_id, self.contact_name
        try:
            snapshot = conversations.delete_conversation(conversation_id=conversation_id)
        except DomainError as exc:
            self.show_error(str(exc))
            return
        events = events_of(self)
        if events is not None:
            again = partial(conversations.delete_conversation, conversation_id=conversation_id)
            events.push_deletion(
                DeletionCommand(
                    translate("ConversationDialog", "Delete conversation with %1").replace(
                        "%1", name
                    ),
                    snapshot,
                    again,
                    events.publish,
                )
            )
        self.close()  # by code, without asking: what was typed went with the conversation

    def _on_kind_current_index_changed(self) -> None:
        self.questions.show_for(ConversationKind(self.kind.currentData()), self.saved_id)


def _contact_name(contact_id: int | None) -> str:
    from infoview_gui.services.request_records import contact_row, display_name

    if contact_id is None:
        return translate("ConversationDialog", "a contact")
    return display_name(contact_row(contact_id))


def _save_text() -> str:
    return translate("ConversationDialog", "Save")


def _day_format() -> str:
    """Return how the date input writes a day (``Sat Mar 7, 2026``), a Qt date format.

    Each language orders it its own way ("ddd, d. MMM yyyy" in German), as the schedule's
    dialog does; the names of the day and month come from the locale.
    """
    return translate("ConversationDialog", "ddd MMM d, yyyy")
