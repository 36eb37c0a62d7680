from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, MeetingFormat
from infoview_gui.domain.profile import ProfileData
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.services import asking
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.services.profile import save_profile
from infoview_gui.store.models import Interview
from infoview_gui.ui.asking_actions import AskingFlow, DeclineDialog
from infoview_gui.ui.dialogs.call import CallDialog
from infoview_gui.ui.dialogs.request import RequestDialog
from infoview_gui.ui.dialogs.schedule import ScheduleDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ask_page import AskPage


class Opened:
    """Records the URLs the dialogs would hand to the desktop."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True


@pytest.fixture
def field(store: object) -> int:
    save_profile(profile=ProfileData(name="Sam Lee", organisation="Leeds University"))
    field_id = add_field(name="Data journalism")
    choose_field(field_id=field_id)
    return field_id


def _contact(field_id: int, first: str, email: str = "") -> int:
    return add_contact(contact=ContactData(first_name=first, email=email, field_id=field_id))


def _asked(contact_id: int, on: date | None = None) -> int:
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=on or date.today())
    return interview_id


def _request_dialog(qtbot: QtBot, contact_id: int, opener: Opened | None = None) -> RequestDialog:
    dialog = RequestDialog(contact_id, opener=opener or Opened())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A window the flow's dialogs belong to, closed after the test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_checker_flags_job_words_and_a_missing_question(qtbot: QtBot, field: int) -> None:
    dialog = _request_dialog(qtbot, _contact(field, "Ana"))
    assert dialog.checker.question.text() == "✓ Ends with a question"
    dialog.editor.body.clear()
    qtbot.keyClicks(dialog.editor.body, "Dear Ana, I would love an internship at your paper.")
    assert "internship" in dialog.checker.jobs.text()
    assert dialog.checker.jobs.property("state") == "problem"
    assert dialog.checker.question.text().startswith("✗ End with a question")
    assert dialog.checker.connection.property("state") == "problem"
    qtbot.keyClicks(dialog.editor.body, " Could we talk for 20 minutes?")
    assert dialog.checker.question.text() == "✓ Ends with a question"
    assert dialog.checker.words.text().startswith("✓ 16 words (aim under 100)")


def test_a_subject_cannot_smuggle_a_recipient_into_the_mail(qtbot: QtBot, field: int) -> None:
    opened = Opened()
    dialog = _request_dialog(qtbot, _contact(field, "Ana", "ana@herald.example"), opened)
    dialog.editor.subject.setText("Hello\r\n&cc=x@evil.example")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened.urls
    parts = urlsplit(url)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "ana@herald.example")
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Hello &cc=x@evil.example"]
    assert fields["body"][0].startswith("Dear Ana,\r\n\r\n")
    assert "x@evil.example" not in unquote(parts.path)


def test_copy_puts_the_message_on_the_clipboard(qtbot: QtBot, field: int) -> None:
    dialog = _request_dialog(qtbot, _contact(field, "Ana"))
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.editor.body.toPlainText()


def test_i_sent_it_marks_the_request_asked_and_keeps_the_edits(qtbot: QtBot, field: int) -> None:
    ana = _contact(field, "Ana")
    dialog = _request_dialog(qtbot, ana)
    dialog.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor.body, "P.S. I read your piece on open data.")
    with qtbot.waitSignal(dialog.request_sent):
        dialog.confirm_button.click()
    row = Interview.get_by_id(dialog.interview_id)
    assert (row.status, row.channel, row.requested_on) == ("asked", "email", date.today())
    assert not dialog.isVisible()
    saved = asking.draft_request(contact_id=ana, today=date.today())
    assert saved.body.endswith("P.S. I read your piece on open data.")


def test_sending_twice_is_refused_in_words(qtbot: QtBot, field: int) -> None:
    ana = _contact(field, "Ana")
    _asked(ana)
    dialog = _request_dialog(qtbot, ana)
    dialog.confirm_button.click()
    assert dialog.isVisible()
    assert "already marked" in dialog.error.text()


def test_declining_opens_the_next_persons_request(qtbot: QtBot, field: int, host: QWidget) -> None:
    ana, _ben = _contact(field, "Ana"), _contact(field, "Ben")
    interview_id = _asked(ana)
    flow = AskingFlow(AppEvents(), host, opener=Opened())
    dialog = flow.decline(ana)
    assert dialog.editor.body.toPlainText().startswith("Dear Ana,\n\nThank you for letting me know")
    dialog.confirm_button.click()
    assert Interview.get_by_id(interview_id).status == "declined"
    assert "Next on your list: Ben." in dialog.outcome.text()
    assert dialog.ask_next_button.text() == "Ask Ben now"
    with qtbot.waitSignal(flow.dialog_opened) as opened:
        dialog.ask_next_button.click()
    request = opened.args[0]
    assert isinstance(request, RequestDialog)
    assert request.windowTitle() == "Ask Ben for an informational interview"
    assert request.editor.body.toPlainText().startswith("Dear Ben,")


def test_a_name_with_markup_is_shown_literally(qtbot: QtBot, field: int, host: QWidget) -> None:
    name = "<b>x</b>"
    first = _contact(field, "Ana")
    _asked(first)
    odd = _contact(field, name, "x@example.org")
    dialog = _request_dialog(qtbot, odd)
    assert dialog.windowTitle() == f"Ask {name} for an informational interview"
    assert dialog.recipient.text() == f"To: {name} <x@example.org>"
    assert dialog.editor.body.toPlainText().startswith(f"Dear {name},")
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    flow = AskingFlow(AppEvents(), host, opener=Opened())
    decline = flow.decline(first)
    decline.confirm_button.click()
    assert decline.outcome.text().endswith(f"Next on your list: {name}.")
    assert decline.ask_next_button.text() == f"Ask {name} now"
    assert not decline.confirm_button.isVisible()
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in decline.findChildren(QLabel))


def test_the_call_dialog_keeps_the_notes_and_marks_asked_by_phone(qtbot: QtBot, field: int) -> None:
    ana = _contact(field, "Ana")
    dialog = CallDialog(ana)
    qtbot.addWidget(dialog)
    assert "Hello, may I speak to Ana?" in dialog.script.toPlainText()
    qtbot.keyClicks(dialog.log, "Reached her on the second try.")
    dialog.asked_button.click()
    row = Interview.get_by_id(dialog.interview_id)
    assert (row.status, row.channel, row.call_log) == (
        "asked",
        "phone",
        "Reached her on the second try.",
    )


def _accepted(contact_id: int) -> int:
    interview_id = _asked(contact_id)
    asking.mark_accepted(interview_id=interview_id, on=date.today())
    return interview_id


def test_schedule_saves_the_moment_and_the_calendar_file(
    qtbot: QtBot, field: int, tmp_path: Path
) -> None:
    ana = _contact(field, "Ana")
    interview_id = _accepted(ana)
    target = tmp_path / "ana"
    dialog = ScheduleDialog(ana, chooser=lambda _parent, _caption, _suggested: str(target))
    qtbot.addWidget(dialog)
    assert dialog.duration.value() == 30
    dialog.zone.setCurrentText("Europe/London")
    dialog.day.setDate(QDate(2026, 3, 29))
    dialog.time.setTime(QTime(1, 30))
    assert "clocks go forward" in dialog.hint.text()
    dialog.time.setTime(QTime(10, 0))
    dialog.meeting_format.setCurrentIndex(dialog.meeting_format.findData("video"))
    assert "Add the link" in dialog.hint.text()
    dialog.place.setText("https://meet.example.org/ana")
    assert dialog.hint.isHidden()
    with qtbot.waitSignal(dialog.calendar_saved):
        dialog.calendar_button.click()
    row = Interview.get_by_id(interview_id)
    assert row.scheduled_start == datetime(2026, 3, 29, 9, tzinfo=UTC)
    assert (row.format, row.place) == (MeetingFormat.VIDEO.value, "https://meet.example.org/ana")
    (event,) = Calendar.from_ical((tmp_path / "ana.ics").read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == row.uid


def test_a_bad_zone_keeps_the_dialog_open(qtbot: QtBot, field: int) -> None:
    ana = _contact(field, "Ana")
    _accepted(ana)
    dialog = ScheduleDialog(ana)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.zone.setCurrentText("Mars/Olympus")
    dialog._on_buttons_accepted()
    assert dialog.isVisible()
    assert "not a time zone" in dialog.error.text()
    assert Interview.get(Interview.contact == ana).status == "accepted"


def test_the_ask_page_offers_the_actions_that_fit_each_request(
    qtbot: QtBot, field: int, events: AppEvents
) -> None:
    ana, ben = _contact(field, "Ana"), _contact(field, "Ben")
    _asked(ana, on=date.today() - timedelta(days=21))
    page = AskPage(events)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.next_person.text() == "Next to ask: Ben"
    assert page.panel.contact_id == ben  # the next person is chosen
    assert page.panel.button("ask") is not None and page.panel.button("call") is not None
    page.table.selectRow(0)
    assert page.panel.contact_id == ana
    assert "send one polite follow-up" in page.panel.status.text()
    assert {b.objectName() for b in page.panel.buttons} >= {
        "action_accepted",
        "action_declined",
        "action_follow_up",
        "action_ask_next",
    }
    with qtbot.waitSignal(page.flow.dialog_opened) as opened:
        page.panel.button("declined").click()  # type: ignore[union-attr]
    assert isinstance(opened.args[0], DeclineDialog)
    opened.args[0].close()


def test_moving_on_is_offered_only_after_the_waiting_days(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana, _ben = _contact(field, "Ana"), _contact(field, "Ben")
    _asked(ana, on=date(2026, 3, 6))  # a Friday
    keys = {}
    for today in (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 17)):
        flow = AskingFlow(AppEvents(), host, today=lambda today=today: today)
        keys[today.day] = [action.key for action in flow.actions_for(ana)]
    assert keys[10] == ["accepted", "declined", "no_reply"]
    assert keys[11] == ["accepted", "declined", "no_reply", "ask_next"]
    assert keys[17] == ["accepted", "declined", "no_reply", "follow_up", "ask_next"]
    assert "you could ask the next person" in AskingFlow(
        AppEvents(), host, today=lambda: date(2026, 3, 11)
    ).describe(ana)


def test_they_accepted_records_the_acceptance_with_the_time_or_alone(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana, ben = _contact(field, "Ana"), _contact(field, "Ben")
    ana_request, ben_request = _asked(ana), _asked(ben)
    events = AppEvents()
    flow = AskingFlow(events, host)
    dialog = flow.accepted(ana)
    assert isinstance(dialog, ScheduleDialog) and dialog.no_time_button.isVisible()
    assert Interview.get_by_id(ana_request).status == "asked"  # nothing until it is saved
    qtbot.keyClicks(dialog.place, "Cafe Nord")
    with qtbot.waitSignal(events.changed):
        dialog.buttons.accepted.emit()
    row = Interview.get_by_id(ana_request)
    assert (row.status, row.responded_on, row.place) == ("scheduled", date.today(), "Cafe Nord")
    dialog = flow.accepted(ben)
    dialog.reject()
    assert Interview.get_by_id(ben_request).status == "asked"  # closed: nothing recorded
    dialog = flow.accepted(ben)
    with qtbot.waitSignal(events.changed):
        dialog.no_time_button.click()
    assert Interview.get_by_id(ben_request).status == "accepted"
    assert [action.key for action in flow.actions_for(ben)] == ["schedule", "declined"]
    assert not flow.schedule(ben).no_time_button.isVisible()


DECLINE_DAY = date(2026, 3, 6)


def _next_step_of(contact_id: int) -> str:
    model = ContactTableModel(lambda: DECLINE_DAY)
    model.reload()
    for row in range(model.rowCount()):
        if model.row_id(row) == contact_id:
            return str(model.index(row, Column.NEXT_STEP).data())
    raise AssertionError(f"contact {contact_id} is not listed")


def test_i_sent_it_records_the_thanks_and_the_next_step_says_declined(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana, _ben = _contact(field, "Ana"), _contact(field, "Ben")
    interview_id = _asked(ana, date(2026, 3, 2))
    flow = AskingFlow(AppEvents(), host, opener=Opened(), today=lambda: DECLINE_DAY)
    dialog = flow.decline(ana)
    assert dialog.confirm_button.text() == "I sent it"
    qtbot.keyClicks(dialog.editor.body, " Best wishes")
    dialog.confirm_button.click()
    row = Interview.get_by_id(interview_id)
    assert (row.status, row.responded_on, row.thank_you_sent_on) == (
        "declined",
        DECLINE_DAY,
        DECLINE_DAY,
    )
    assert "Next on your list: Ben." in dialog.outcome.text()
    assert _next_step_of(ana) == "Declined (thanked 6 Mar)"
    assert flow.describe(ana) == "Declined. You thanked them on 6 Mar 2026."


def test_after_i_sent_it_neither_enter_nor_a_space_asks_the_next_person(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana, _ben = _contact(field, "Ana"), _contact(field, "Ben")
    _asked(ana, date(2026, 3, 2))
    flow = AskingFlow(AppEvents(), host, opener=Opened(), today=lambda: DECLINE_DAY)
    dialog = flow.decline(ana)
    asked: list[int] = []
    dialog.ask_next_requested.connect(asked.append)
    dialog.confirm_button.click()
    assert dialog.ask_next_button.isVisible()
    assert not dialog.ask_next_button.isDefault()
    assert not dialog.ask_next_button.autoDefault()
    focused = QApplication.focusWidget()
    if focused is not None:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert asked == []  # the next request opens only when the user chooses it
    dialog.ask_next_button.click()
    assert len(asked) == 1


def test_with_no_mail_program_the_email_is_offered_to_copy(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana = _contact(field, "Ana", "ana@example.org")
    flow = AskingFlow(AppEvents(), host, opener=lambda _url: False)
    dialog = flow.ask(ana)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "noMailProgram")
    assert box is not None and box.isVisible()
    assert box.text() == "No mail program opened this email."
    copy = next(b for b in box.buttons() if b.text() == "Copy the email")
    copy.click()
    pasted = QGuiApplication.clipboard().text()
    draft = dialog.editor.draft()
    assert pasted.startswith("To: ana@example.org\nSubject: " + draft.subject)
    assert pasted.endswith(draft.body)
    assert dialog.isVisible()  # the draft is still there to send by hand


def test_the_copied_email_of_someone_without_an_address_starts_with_its_subject() -> None:
    from infoview_gui.domain.drafts import Draft
    from infoview_gui.ui.dialogs.mail_program import email_text

    assert email_text("", Draft("Hello", "Dear Di,")) == "Subject: Hello\n\nDear Di,"


def test_a_request_sent_today_reads_asked_today_not_0_business_days(
    qtbot: QtBot, field: int, host: QWidget
) -> None:
    ana = _contact(field, "Ana")
    _asked(ana, on=date(2026, 3, 6))  # a Friday

    def describe(today: date) -> str:
        return AskingFlow(AppEvents(), host, today=lambda: today).describe(ana)

    assert describe(date(2026, 3, 6)).startswith("Asked today. Give them time")
    assert describe(date(2026, 3, 8)).startswith("Asked on 6 Mar 2026. Give them time")  # Sunday
    assert describe(date(2026, 3, 9)).startswith("Asked on 6 Mar 2026, 1 business day ago.")
    assert "0 business days" not in describe(date(2026, 3, 7))
