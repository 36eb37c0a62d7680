from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.services import asking, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import add_text, list_for_interview
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Interview, ListQuestion
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interviews import InterviewsView

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)


def contact(field_id: int, first: str) -> int:
    return add_contact(
        contact=ContactData(
            first_name=first, last_name="Doe", organisation=f"{first} & Co", field_id=field_id
        )
    )


def asked(contact_id: int) -> int:
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 3, 2))
    return interview_id


def schedule(interview_id: int, start: datetime) -> None:
    scheduling.schedule(
        interview_id=interview_id,
        start_local=start,
        zone_name="Europe/London",
        duration_min=45,
        meeting_format=MeetingFormat.VIDEO,
        place="https://meet.example.org/x",
    )


def scheduled(contact_id: int, start: datetime) -> int:
    interview_id = asked(contact_id)
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 3))
    schedule(interview_id, start)
    return interview_id


@pytest.fixture
def records(store: object) -> dict[str, int]:
    field_id = add_field(name="Nursing")
    ana, ben, cy, di = (contact(field_id, name) for name in ("Ana", "Ben", "Cy", "Di"))
    held = scheduled(cy, datetime(2026, 3, 4, 10, 0))
    with database.atomic():
        move_request(
            held,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, 4, 10, 45, tzinfo=UTC),
            thank_you_due=date(2026, 3, 5),
        )
    old = asked(di)
    asking.mark_declined(interview_id=old, on=date(2026, 3, 3))
    return {
        "ana": scheduled(ana, datetime(2026, 3, 10, 14, 0)),
        "ben": scheduled(ben, datetime(2026, 3, 12, 9, 30)),
        "held": held,
        "old": old,
        "newer": start_request(contact_id=di),
        "asked_contact": contact(field_id, "Ed"),
    }


class Chooser:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.asked: list[str] = []

    def __call__(self, parent: QWidget | None, caption: str, suggested: str) -> str:
        self.asked.append(suggested)
        return self.path


def view_with(qtbot: QtBot, events: AppEvents, **options: object) -> InterviewsView:
    view = InterviewsView(
        events,
        now=lambda: NOW,
        system_zone=lambda: "Europe/London",
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(view)
    view.show()
    return view


def select(view: InterviewsView, interview_id: int) -> None:
    model = view.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(RowIdRole) == interview_id:
            view.table.selectRow(row)
            return
    raise AssertionError(f"interview {interview_id} is not listed")


def column(view: InterviewsView, interview_id: int, number: int) -> str:
    select(view, interview_id)
    return str(view.table.currentIndex().siblingAtColumn(number).data())


def test_no_interview_yet_offers_to_plan_one(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.button.text() == "Plan an interview"
    assert not view.export_button.isEnabled()


def test_every_request_shows_its_status_time_and_thank_you(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    assert view.model.rowCount() == 4  # Di's newer request is a draft, never sent
    assert column(view, records["ana"], 3) == "Scheduled"
    assert "10 Mar 2026" in column(view, records["ana"], 4)
    assert column(view, records["ana"], 5) == "Video call"
    assert column(view, records["held"], 6) == "Overdue (due Thu 5 Mar)"
    assert column(view, records["old"], 3) == "Declined"


def test_a_scheduled_interview_offers_the_sheet_interview_mode_and_asking_steps(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    select(view, records["ana"])
    keys = [button.objectName() for button in view.action_buttons]
    assert keys[:2] == ["action_print_sheet", "action_start_interview"]
    assert {"action_calendar", "action_schedule", "action_declined"} <= set(keys)
    assert view.selected.text() == "Ana Doe: Scheduled"
    with qtbot.waitSignal(view.print_sheet_requested) as printing:
        view.action_button("print_sheet").click()  # type: ignore[union-attr]
    with qtbot.waitSignal(view.start_interview_requested) as starting:
        view.action_button("start_interview").click()  # type: ignore[union-attr]
    assert printing.args == starting.args == [records["ana"]]


def test_a_held_interview_offers_the_thank_you(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    select(view, records["held"])
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.action_button("thank_you").click()  # type: ignore[union-attr]
    assert isinstance(opened.args[0], ThankYouDialog)
    opened.args[0].close()


def test_an_older_request_of_someone_asked_again_has_no_asking_steps(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    select(view, records["old"])
    assert view.action_buttons == []
    asking.mark_asked(interview_id=records["newer"], channel=Channel.EMAIL, on=date(2026, 3, 5))
    events.publish()
    select(view, records["newer"])
    assert view.action_button("accepted") is not None


def test_export_writes_every_scheduled_interview_and_keeps_their_uids(
    qtbot: QtBot, records: dict[str, int], events: AppEvents, tmp_path: Path
) -> None:
    chooser = Chooser(tmp_path / "mine")
    view = view_with(qtbot, events, chooser=chooser)
    with qtbot.waitSignal(view.calendar_exported) as exported:
        view.export_button.click()
    path = tmp_path / "mine.ics"
    assert exported.args == [str(path)]
    assert chooser.asked[0].endswith("InfoView interviews.ics")
    first = _events(path)
    uids = {str(Interview.get_by_id(records[key]).uid): key for key in ("ana", "ben")}
    assert set(first) == set(uids)
    schedule(records["ana"], datetime(2026, 3, 11, 16, 0))
    events.publish()
    view.export_calendar()
    second = _events(path)
    assert set(second) == set(first)  # the same events, updated rather than duplicated
    ana_uid = next(uid for uid, key in uids.items() if key == "ana")
    assert second[ana_uid] == datetime(2026, 3, 11, 16, 0, tzinfo=UTC)  # London is on GMT
    assert first[ana_uid] != second[ana_uid]


def _events(path: Path) -> dict[str, datetime]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): event.decoded("dtstart").astimezone(UTC)
        for event in calendar.walk("VEVENT")
    }


def test_a_calendar_that_cannot_be_written_is_reported(
    qtbot: QtBot, records: dict[str, int], events: AppEvents, tmp_path: Path
) -> None:
    reports: list[str] = []
    view = view_with(
        qtbot,
        events,
        chooser=Chooser(tmp_path / "missing" / "x.ics"),
        report=lambda parent, message: reports.append(message),
    )
    assert view.export_calendar() is None
    (message,) = reports
    assert message.startswith("InfoView could not save the calendar file ")
    assert "it does not exist" in message and "Errno" not in message


def test_cancelling_the_export_writes_nothing(
    qtbot: QtBot, records: dict[str, int], events: AppEvents, tmp_path: Path
) -> None:
    view = view_with(qtbot, events, chooser=Chooser(""))
    assert view.export_calendar() is None
    assert list(tmp_path.glob("*.ics")) == []


def test_deleting_an_interview_can_be_undone_with_its_questions(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    ana = add_contact(contact=ContactData(first_name="<b>Ana</b>"))
    interview_id = asked(ana)
    add_text(list_id=list_for_interview(interview_id=interview_id), text="How did you start?")
    view = InterviewsView(events)
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert Interview.select().count() == 0
    assert ListQuestion.select().count() == 0
    assert events.undo_stack.undoText() == "Delete the interview with <b>Ana</b>"
    assert view.model.rowCount() == 0
    events.undo_stack.undo()
    assert Interview.get_by_id(interview_id).contact_id == ana
    assert ListQuestion.get().text == "How did you start?"
    assert view.model.rowCount() == 1


def test_delete_is_disabled_while_nothing_is_selected(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    assert not view.delete_button.isEnabled()
    select(view, records["ana"])
    assert view.delete_button.isEnabled()
    view.delete_button.click()  # the rows are read again: nothing is selected any more
    assert not view.table.selectionModel().hasSelection()
    assert not view.delete_button.isEnabled()
    select(view, records["ben"])
    view.table.clearSelection()  # Ctrl+click on the row: the current row stays, unselected
    assert not view.delete_button.isEnabled()
    view.delete_button.click()
    assert Interview.get_or_none(Interview.id == records["ben"]) is not None


def test_a_held_interview_shows_when_it_was_held(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    view = view_with(qtbot, events)
    when = column(view, records["held"], 4)  # scheduled for 10:00, held until 10:45
    assert "4 Mar 2026" in when and "10:45" in when
    assert "10:00" not in when


def test_a_request_never_sent_is_not_listed_and_planning_one_opens_its_email(
    qtbot: QtBot, records: dict[str, int], events: AppEvents
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from infoview_gui.ui.dialogs.records import PlanInterviewDialog
    from infoview_gui.ui.dialogs.request import RequestDialog

    view = view_with(qtbot, events, opener=lambda _url: True)
    listed = {view.model.row_id(row) for row in range(view.model.rowCount())}
    assert records["newer"] not in listed and len(listed) == 4  # as many as Home counts

    def choose_ed() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanInterviewDialog)
        dialog.contact.setCurrentIndex(dialog.contact.findData(records["asked_contact"]))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, choose_ed)
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.add_button.click()
    request = opened.args[0]
    assert isinstance(request, RequestDialog) and request.contact_id == records["asked_contact"]
    request.reject()
    assert view.model.rowCount() == 4
