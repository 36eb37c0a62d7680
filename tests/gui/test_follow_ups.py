from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.services import asking, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.follow_ups import FollowUpsView
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.wizard.thanks_page import ThanksPage

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday noon in London


def held(field_id: int, first: str, due: date) -> int:
    contact_id = add_contact(
        contact=ContactData(first_name=first, last_name="Doe", field_id=field_id)
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 2, 20))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 2, 21))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 3, 2, 10, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.PHONE,
        place="",
    )
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, 2, 10, 30, tzinfo=UTC),
            thank_you_due=due,
            thank_you_point="Your tip about night shifts helped.",  # no placeholder to ask about
        )
    return interview_id


@pytest.fixture
def three(store: object) -> dict[str, int]:
    nursing = add_field(name="Nursing")
    law = add_field(name="Law")
    sent = held(nursing, "Sent", date(2026, 3, 3))
    thanks.mark_thank_you_sent(interview_id=sent, on=date(2026, 3, 3))
    return {
        "nursing": nursing,
        "law": law,
        "sent": sent,
        "today": held(law, "Today", date(2026, 3, 6)),
        "late": held(nursing, "Late", date(2026, 3, 4)),
    }


def shown(qtbot: QtBot, events: AppEvents) -> FollowUpsView:
    view = FollowUpsView(events, now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(view)
    view.show()
    return view


def texts(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def text_colour(table: QTableView, row: int) -> str:
    option = QStyleOptionViewItem()
    index = table.model().index(row, 0)
    table.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    return option.palette.color(QPalette.ColorRole.Text).name()


def test_nothing_held_yet_leads_to_the_interviews(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    view = shown(qtbot, events)
    assert view.stack.currentWidget() is view.empty
    with qtbot.waitSignal(events.view_requested) as requested:
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert requested.args == [ViewId.INTERVIEWS]


def test_thank_yous_to_send_come_first_overdue_in_red(
    qtbot: QtBot, three: dict[str, int], events: AppEvents
) -> None:
    view = shown(qtbot, events)
    rows = texts(view.table)
    assert [row[0] for row in rows] == ["Late Doe", "Today Doe", "Sent Doe"]
    assert [row[2] for row in rows] == ["Overdue (due Wed 4 Mar)", "Due today", "Sent Tue 3 Mar"]
    assert text_colour(view.table, 0) == "#b3261e"
    assert text_colour(view.table, 1) != "#b3261e"


def test_the_selected_thank_you_opens_its_dialog(
    qtbot: QtBot, three: dict[str, int], events: AppEvents
) -> None:
    view = shown(qtbot, events)
    assert not view.thank_button.isEnabled()
    view.table.selectRow(1)
    assert view.thank_button.isEnabled()
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.thank_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ThankYouDialog) and dialog.interview_id == three["today"]
    dialog.sent_button.click()
    assert texts(view.table)[2][2].startswith("Sent ")  # reloaded: sent ones go last
    assert [row[0] for row in texts(view.table)][:1] == ["Late Doe"]


def test_activating_a_row_opens_its_dialog(
    qtbot: QtBot, three: dict[str, int], events: AppEvents
) -> None:
    view = shown(qtbot, events)
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.table.activated.emit(view.table.model().index(0, 0))
    assert opened.args[0].interview_id == three["late"]
    opened.args[0].close()


def test_step_6_shows_the_held_interviews_of_the_guide_field(
    qtbot: QtBot, three: dict[str, int], events: AppEvents
) -> None:
    choose_field(field_id=three["nursing"])
    page = ThanksPage(events, now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert [row[0] for row in texts(page.table)] == ["Late Doe", "Sent Doe"]
    assert page.summary.text() == "1 thank-you email to send, 1 overdue."
    assert text_colour(page.table, 0) == "#b3261e"
    assert page.thank_button.isEnabled()  # the first one to send is selected
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.thank_button.click()
    assert opened.args[0].interview_id == three["late"]
    opened.args[0].sent_button.click()
    assert page.summary.text().startswith("Every interview has been thanked.")


def test_step_6_before_any_interview_says_what_comes(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    page = ThanksPage(events, now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.text().startswith("No interview held yet")
    assert page.model.rowCount(QModelIndex()) == 0
