"""The actions of step 3 for one contact's request, offered by status, and their dialogs.

``AskingFlow`` is what the rest of the window uses: ``actions_for(contact_id)`` returns
the actions that fit where the request stands (for buttons or a context menu), and each
action opens its dialog and tells ``AppEvents`` what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.domain.errors import DomainError
from infoview_gui.services import asking, waiting
from infoview_gui.services.holiday_calendar import user_holidays
from infoview_gui.ui.dialogs.call import CallDialog
from infoview_gui.ui.dialogs.mail_program import UrlOpener, open_url
from infoview_gui.ui.dialogs.request import EmailDialog, RequestDialog
from infoview_gui.ui.dialogs.schedule import (
    SavePathChooser,
    ScheduleDialog,
    add_to_calendar,
    choose_save_path,
)
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import day, local_datetime
from infoview_gui.ui.widgets.labels import plain_label

_S = InterviewStatus
translate = QCoreApplication.translate
_Dialog = TypeVar("_Dialog", bound=QDialog)


@dataclass(frozen=True)
class AskingAction:
    """One thing the user can do next about a request."""

    key: str  # stable: "ask", "call", "accepted", "declined", "no_reply", "follow_up", ...
    text: str
    run: Callable[[], object]


class DeclineDialog(EmailDialog):
    """Thank someone who declined, mark it, then ask the next person in one click.

    Signals:
        declined(int): the request (an interview id) was marked declined.
        ask_next_requested(int): the user wants to ask this contact now.
    """

    declined = Signal(int)
    ask_next_requested = Signal(int)

    def __init__(
        self,
        record: asking.RequestRecord,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener,
        today: Callable[[], date] = date.today,
    ) -> None:
        draft = asking.decline_draft(interview_id=record.interview_id)
        title = translate("DeclineDialog", "Thank %1 for replying").replace("%1", record.name)
        sent = translate("DeclineDialog", "I sent it")
        super().__init__(title, record.name, record.email, draft, sent, parent, opener=opener)
        self.confirm_button.setToolTip(
            self.tr("Record your thanks as sent and the request as declined")
        )
        self.record, self._today = record, today
        self.next_id: int | None = None
        self.outcome = plain_label()
        self.outcome.hide()
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.outcome)
        self.ask_next_button = QPushButton()
        self.ask_next_button.setAutoDefault(False)
        self.ask_next_button.hide()
        self.buttons.insertWidget(self.buttons.count() - 1, self.ask_next_button)
        self.ask_next_button.clicked.connect(self._on_ask_next_button_clicked)

    def confirm(self) -> None:
        """Record the thanks as sent and the request declined; offer the next person."""
        self.next_id = asking.mark_declined(
            interview_id=self.record.interview_id, on=self._today(), thanked=True
        )
        self.declined.emit(self.record.interview_id)
        self.confirm_button.hide()
        text = self.tr("Your thanks to %1 is recorded, and the request as declined.")
        text = text.replace("%1", self.record.name)
        if self.next_id is None:
            text += " " + self.tr(
                "Everyone on your list has been asked: add more people in step 2."
            )
        else:
            name = asking.name_of(contact_id=self.next_id)
            text += " " + self.tr("Next on your list: %1.").replace("%1", name)
            ask = self.tr("Ask %1 now").replace("%1", name)
            self.ask_next_button.setText(ask.replace("&", "&&"))
            self.ask_next_button.show()  # offered, never pressed by Enter or a space
        self.outcome.setText(text)
        self.outcome.show()

    def _on_ask_next_button_clicked(self) -> None:
        if self.next_id is not None:
            self.ask_next_requested.emit(self.next_id)
        self.accept()


class FollowUpDialog(EmailDialog):
    """The one polite follow-up to a request without an answer.

    Signals:
        follow_up_sent(int): the follow-up of this request (an interview id) was sent.
    """

    follow_up_sent = Signal(int)

    def __init__(
        self, record: asking.RequestRecord, parent: QWidget | None = None, *, opener: UrlOpener
    ) -> None:
        draft = asking.follow_up_draft(interview_id=record.interview_id)
        title = translate("FollowUpDialog", "Follow up with %1").replace("%1", record.name)
        sent = translate("FollowUpDialog", "I sent it")
        super().__init__(title, record.name, record.email, draft, sent, parent, opener=opener)
        self.interview_id = record.interview_id

    def confirm(self) -> None:
        """Record the follow-up as sent today."""
        asking.record_follow_up(interview_id=self.interview_id, on=date.today())
        self.follow_up_sent.emit(self.interview_id)
        self.accept()


class AskingFlow(QObject):
    """Opens the dialogs of step 3 for a contact and tells the app what changed.

    Args:
        events: the window's shared signals: what the dialogs saved is published on them.
        parent: the widget the dialogs belong to.
        opener: opens ``mailto:`` links (tests pass a recorder).
        chooser: asks where to save an .ics file (tests pass a fixed path).
        today: returns today's date.

    Signals:
        dialog_opened(QDialog): a dialog of the flow is now open.
    """

    dialog_opened = Signal(QDialog)

    def __init__(
        self,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener = open_url,
        chooser: SavePathChooser = choose_save_path,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.events, self._parent = events, parent
        self._opener, self._chooser, self._today = opener, chooser, today

    def actions_for(self, contact_id: int) -> list[AskingAction]:
        """Return what the user can do now about the contact's request, most likely first."""
        record = asking.current_request(contact_id=contact_id)
        status = _S.NOT_ASKED if record is None else record.status
        act = AskingAction
        actions: list[AskingAction] = []
        if status is _S.NOT_ASKED:
            actions += [
                act("ask", self.tr("Ask by email…"), lambda: self.ask(contact_id)),
                act("call", self.tr("Call…"), lambda: self.call(contact_id)),
            ]
        elif status in (_S.ASKED, _S.NO_REPLY):
            actions += [
                act("accepted", self.tr("They accepted…"), lambda: self.accepted(contact_id)),
                act("declined", self.tr("They declined…"), lambda: self.decline(contact_id)),
            ]
            if status is _S.ASKED:
                no_reply = self.tr("No reply yet")
                actions.append(act("no_reply", no_reply, lambda: self.no_reply(contact_id)))
            suggestion = None if record is None else self._suggestion(record)
            if suggestion is calendar_rules.ReplySuggestion.FOLLOW_UP:
                follow = self.tr("Follow up…")
                actions.append(act("follow_up", follow, lambda: self.follow_up(contact_id)))
            if suggestion is not None:
                actions += self._ask_next_action(contact_id)
        elif status is _S.ACCEPTED:
            actions += [
                act("schedule", self.tr("Schedule…"), lambda: self.schedule(contact_id)),
                act("declined", self.tr("They can't after all…"), lambda: self.decline(contact_id)),
            ]
        elif status is _S.SCHEDULED:
            actions += [
                act(
                    "calendar",
                    self.tr("Add to calendar…"),
                    lambda: self.add_to_calendar(contact_id),
                ),
                act("schedule", self.tr("Reschedule…"), lambda: self.schedule(contact_id)),
                act("declined", self.tr("They canceled…"), lambda: self.decline(contact_id)),
            ]
        if status is _S.DECLINED:
            actions += self._ask_next_action(contact_id)
        return actions

    def _ask_next_action(self, contact_id: int) -> list[AskingAction]:
        field = asking.field_of(contact_id=contact_id)
        following = None if field is None else asking.next_to_ask(field_id=field)
        if following is None:
            return []
        name = asking.name_of(contact_id=following)
        text = self.tr("Ask %1 now").replace("%1", name)
        return [AskingAction("ask_next", text, lambda: self.ask(following))]

    def describe(self, contact_id: int) -> str:
        """Return where the contact's request stands, and what to do about it, in words."""
        record = asking.current_request(contact_id=contact_id)
        if record is None or record.status is _S.NOT_ASKED:
            return self.tr("Not asked yet.")
        if record.status in (_S.ASKED, _S.NO_REPLY) and record.requested_on:
            return self._waiting_text(record, record.requested_on)
        if record.status is _S.SCHEDULED and record.scheduled_start:
            when = local_datetime(record.scheduled_start)
            return self._scheduled_text(record.meeting_format).replace("%1", when)
        if record.status is _S.DECLINED and record.thank_you_sent_on:
            said = self.tr("Declined. You thanked them on %1.")
            return said.replace("%1", day(record.thank_you_sent_on))
        return {
            _S.ACCEPTED: self.tr("Accepted: agree on a time with them, then schedule it."),
            _S.DECLINED: self.tr("Declined. Thank them for replying, and ask the next person."),
            _S.HELD: self.tr("Interview held: send your thank-you (step 6)."),
            _S.THANKED: self.tr("Interview held and thanked."),
        }.get(record.status, record.status.label)

    def _scheduled_text(self, how: MeetingFormat | None) -> str:
        """Return "Scheduled: %1, …." for the way the interview takes place."""
        if how is MeetingFormat.IN_PERSON:
            return self.tr("Scheduled: %1, in person.")
        if how is MeetingFormat.PHONE:
            return self.tr("Scheduled: %1, by phone.")
        if how is MeetingFormat.VIDEO:
            return self.tr("Scheduled: %1, video call.")
        if how is MeetingFormat.EMAIL:
            return self.tr("Scheduled: %1, by email.")
        return self.tr("Scheduled: %1, interview.")

    def _suggestion(self, record: asking.RequestRecord) -> calendar_rules.ReplySuggestion | None:
        """Return what the method suggests for a request still without an answer."""
        if record.requested_on is None:
            return None
        ask_next, follow_up = waiting.reply_thresholds()
        followed = record.follow_up_on is not None
        today = self._today()
        holidays = user_holidays(today=today)
        return calendar_rules.reply_suggestion(
            record.requested_on, today, ask_next, follow_up, followed, holidays
        )

    def _waiting_text(self, record: asking.RequestRecord, asked: date) -> str:
        today = self._today()
        waited = calendar_rules.business_days_between(asked, today, user_holidays(today=today))
        if asked >= today:
            text = self.tr("Asked today.")
        elif waited:
            text = self.tr("Asked on %1, %Ln business day(s) ago.", "", waited)
            text = text.replace("%1", day(asked))
        else:  # asked just before a weekend that has not ended yet
            text = self.tr("Asked on %1.").replace("%1", day(asked))
        if record.follow_up_on:
            text += " " + self.tr("Followed up on %1.").replace("%1", day(record.follow_up_on))
        suggestion = self._suggestion(record)
        advice = suggestion.message if suggestion else self.tr("Give them time to reply.")
        return f"{text} {advice}"

    def ask(self, contact_id: int) -> RequestDialog:
        """Open the request email for the contact."""
        dialog = RequestDialog(contact_id, self._parent, opener=self._opener)
        dialog.request_sent.connect(
            lambda: self._changed(
                self.tr("Request to %1 marked as sent").replace("%1", dialog.name)
            )
        )
        # Opening it may have started a request and closing it keeps the draft: show both.
        dialog.finished.connect(lambda _result: self.events.publish())
        return self._open(dialog)

    def call(self, contact_id: int) -> CallDialog:
        """Open the call script and notes for the contact."""
        dialog = CallDialog(contact_id, self._parent)
        recorded = self.tr("Call recorded: request marked as asked")
        dialog.request_sent.connect(lambda: self._changed(recorded))
        return self._open(dialog)

    def accepted(self, contact_id: int) -> ScheduleDialog:
        """Open the schedule dialog that records today's acceptance with the time.

        Its "No time yet" records the acceptance alone; closing it records nothing.
        """
        dialog = self.schedule(contact_id, accepted_on=self._today())
        dialog.acceptance_recorded.connect(
            lambda: self._changed(self.tr("%1 accepted").replace("%1", dialog.name))
        )
        return dialog

    def schedule(self, contact_id: int, *, accepted_on: date | None = None) -> ScheduleDialog:
        """Open the schedule dialog for an accepted (or scheduled, or accepting) request."""
        dialog = ScheduleDialog(
            contact_id, self._parent, chooser=self._chooser, accepted_on=accepted_on
        )
        scheduled = self.tr("Interview scheduled")
        dialog.interview_scheduled.connect(lambda: self._changed(scheduled))
        dialog.calendar_saved.connect(self._on_dialog_calendar_saved)
        return self._open(dialog)

    def decline(self, contact_id: int) -> DeclineDialog:
        """Open the thank-you to someone who declined; it offers the next person."""
        dialog = DeclineDialog(
            asking.request_for(contact_id=contact_id),
            self._parent,
            opener=self._opener,
            today=self._today,
        )
        declined = self.tr("Thanks recorded; marked as declined")
        dialog.declined.connect(lambda: self._changed(declined))
        dialog.ask_next_requested.connect(self.ask)
        return self._open(dialog)

    def follow_up(self, contact_id: int) -> FollowUpDialog:
        """Open the one polite follow-up to a request without an answer."""
        dialog = FollowUpDialog(
            asking.request_for(contact_id=contact_id), self._parent, opener=self._opener
        )
        recorded = self.tr("Follow-up recorded")
        dialog.follow_up_sent.connect(lambda: self._changed(recorded))
        return self._open(dialog)

    def no_reply(self, contact_id: int) -> None:
        """Mark the request as still without an answer."""
        record = asking.request_for(contact_id=contact_id)
        try:
            asking.mark_no_reply(interview_id=record.interview_id)
        except DomainError as exc:
            self._refuse(str(exc))
            return None
        self._changed(self.tr("No reply from %1 yet").replace("%1", record.name))

    def add_to_calendar(self, contact_id: int) -> str | None:
        """Save the scheduled interview as an .ics file; return its path."""
        record = asking.request_for(contact_id=contact_id)
        try:
            path = add_to_calendar(
                interview_id=record.interview_id,
                name=record.name,
                parent=self._parent,
                chooser=self._chooser,
            )
        except DomainError as exc:
            self._refuse(str(exc))
            return None
        if path:
            self._on_dialog_calendar_saved(path)
        return path

    def _open(self, dialog: _Dialog) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _refuse(self, message: str) -> None:
        QMessageBox.information(self._parent, "InfoView", message)

    def _changed(self, message: str) -> None:
        self.events.publish()  # what the dialog committed, as the store recorded it
        self.events.saved.emit(message)

    def _on_dialog_calendar_saved(self, path: str) -> None:
        saved = self.tr("Saved %1: open it to add the interview to your calendar")
        self.events.saved.emit(saved.replace("%1", path))
