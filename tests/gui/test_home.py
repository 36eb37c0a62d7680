from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from infoview_gui.domain.agenda import ActionKind, ItemKind
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import current_field
from infoview_gui.services.profile import save_profile
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.ui.asking_actions import DeclineDialog
from infoview_gui.ui.dialogs.request import RequestDialog
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.home import HomeView

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday noon in London


def home_view(qtbot: QtBot, events: AppEvents) -> HomeView:
    view = HomeView(events, now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: all(row.isVisible() for row in view.rows))
    return view


def person(field_id: int, first: str) -> int:
    return add_contact(contact=ContactData(first_name=first, last_name="Doe", field_id=field_id))


def asked(contact_id: int, on: date) -> int:
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=on)
    return interview_id


def scheduled(contact_id: int, start: datetime) -> int:
    interview_id = asked(contact_id, date(2026, 3, 2))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 2))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=start,
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.IN_PERSON,
        place="Their office",
    )
    return interview_id


def held(contact_id: int, due: date) -> int:
    interview_id = scheduled(contact_id, datetime(2026, 3, 3, 10, 0))
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, 3, 10, 30, tzinfo=UTC),
            thank_you_due=due,
        )
    return interview_id


@pytest.fixture
def busy(store: object) -> dict[str, int]:
    """A week in the middle of asking and interviewing."""
    save_profile(profile=ProfileData(name="Sam Lee", email="sam@example.org"))
    nursing = add_field(name="Nursing")
    ana, ben, cy, di, ed, flo = (
        person(nursing, name) for name in ("Ana", "Ben", "Cy", "Di", "Ed", "Flo")
    )
    law = add_field(name="Law")
    return {
        "late": held(ana, date(2026, 3, 4)),
        "today": scheduled(ben, datetime(2026, 3, 6, 15, 0)),
        "waiting": asked(cy, date(2026, 3, 2)),
        "declined_contact": di,
        "declined": _declined(di),
        "next": ed,
        "spare": flo,
        "law": law,
    }


def _declined(contact_id: int) -> int:
    interview_id = asked(contact_id, date(2026, 3, 2))
    asking.mark_declined(interview_id=interview_id, on=date(2026, 3, 5))
    return interview_id


def test_an_empty_store_shows_how_to_start(qtbot: QtBot, store: object, events: AppEvents) -> None:
    view = home_view(qtbot, events)
    assert view.rows == []
    assert view.summary.isHidden()
    buttons = [b.text() for b in view.findChildren(QPushButton)]
    assert "Edit profile" in buttons and "Step 1 in the Guide" in buttons


def test_the_list_puts_the_most_urgent_first(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents, app_style: None
) -> None:
    view = home_view(qtbot, events)
    kinds = [row.item.kind for row in view.rows]
    assert kinds == [
        ItemKind.THANK_YOU,
        ItemKind.INTERVIEW,
        ItemKind.REQUEST,
        ItemKind.DECLINED,
        ItemKind.EMPTY_FIELD,
    ]
    assert view.summary.text() == (
        "1 overdue · 1 to do today · 1 interview this week · 1 request waiting for an answer"
    )
    late = view.rows[0]
    assert (
        late.sentence.text()
        == "Your thank-you to Ana Doe was due on Wed 4 Mar (2 days late): send it now."
    )
    assert late.property("urgency") == "overdue"
    assert late.sentence.palette().color(late.sentence.foregroundRole()).name() == "#b3261e"
    assert view.rows[1].sentence.text() == "Interview with Ben Doe today at 15:00, in person."
    assert view.rows[1].property("urgency") != "overdue"
    assert view.tiles["interviews"].number.text() == "4"


def test_the_thank_you_button_opens_the_thank_you_dialog(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    row = view.row_for(busy["late"], ItemKind.THANK_YOU)
    assert row is not None
    with qtbot.waitSignal(view.dialog_opened) as opened:
        qtbot.mouseClick(row.button(ActionKind.THANK_YOU), Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ThankYouDialog) and dialog.interview_id == busy["late"]
    dialog.close()


def test_interview_buttons_ask_for_the_sheet_and_interview_mode(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    row = view.row_for(busy["today"], ItemKind.INTERVIEW)
    assert row is not None
    with qtbot.waitSignal(view.print_sheet_requested) as printing:
        row.button(ActionKind.PRINT_SHEET).click()  # type: ignore[union-attr]
    with qtbot.waitSignal(view.start_interview_requested) as starting:
        row.button(ActionKind.START_INTERVIEW).click()  # type: ignore[union-attr]
    assert printing.args == [busy["today"]] and starting.args == [busy["today"]]


def test_a_waiting_request_offers_the_asking_steps(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    row = view.row_for(busy["waiting"], ItemKind.REQUEST)
    assert row is not None
    assert "you could ask the next person" in row.sentence.text()
    menu = row.button(ActionKind.ANSWER).menu()  # type: ignore[union-attr]
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    assert texts[:2] == ["They accepted…", "They declined…"]
    with qtbot.waitSignal(view.dialog_opened) as opened:
        menu.actions()[1].trigger()
    assert isinstance(opened.args[0], DeclineDialog)
    opened.args[0].close()


def test_ask_next_opens_the_request_to_the_next_person(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    row = view.row_for(busy["declined"], ItemKind.DECLINED)
    assert row is not None
    assert row.sentence.text().endswith("Ask the next person on your Nursing list: Ed Doe.")
    with qtbot.waitSignal(view.dialog_opened) as opened:
        row.button(ActionKind.ASK_NEXT).click()  # type: ignore[union-attr]
    dialog = opened.args[0]
    assert isinstance(dialog, RequestDialog) and dialog.contact_id == busy["next"]
    dialog.close()


def test_find_contacts_opens_step_2_on_that_field(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    row = view.row_for(busy["law"], ItemKind.EMPTY_FIELD)
    assert row is not None
    with qtbot.waitSignal(events.guide_step_requested) as step:
        row.button(ActionKind.FIND_CONTACTS).click()  # type: ignore[union-attr]
    assert step.args == [2]
    assert current_field() == (busy["law"], "Law")


def test_the_list_follows_the_data(qtbot: QtBot, busy: dict[str, int], events: AppEvents) -> None:
    view = home_view(qtbot, events)
    thanks.mark_thank_you_sent(interview_id=busy["late"], on=date(2026, 3, 6))
    events.publish()
    assert view.row_for(busy["late"], ItemKind.THANK_YOU) is None
    assert not view.summary.text().startswith("1 overdue")
    assert view.summary.property("overdue") == "false"


def test_with_big_data_the_list_is_read_in_a_worker_and_the_old_one_stays_meanwhile(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = home_view(qtbot, events)
    view.loader().big_from = 0  # as with 2,000 interviews or more
    thanks.mark_thank_you_sent(interview_id=busy["late"], on=date(2026, 3, 6))
    events.publish()
    assert view.is_reading()
    assert view.row_for(busy["late"], ItemKind.THANK_YOU) is not None  # until read
    assert view.tiles["interviews"].number.text() == "4"  # the counts at once
    qtbot.waitUntil(lambda: not view.is_reading(), timeout=10_000)
    assert view.row_for(busy["late"], ItemKind.THANK_YOU) is None
    assert view.row_for(busy["waiting"], ItemKind.REQUEST) is not None
    assert not view.summary.text().startswith("1 overdue")


def test_all_done_says_so_and_points_to_the_guide(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    save_profile(profile=ProfileData(name="Sam"))
    field_id = add_field(name="Nursing")
    interview_id = held(person(field_id, "Ana"), date(2026, 3, 4))
    thanks.mark_thank_you_sent(interview_id=interview_id, on=date(2026, 3, 4))
    view = home_view(qtbot, events)
    assert view.rows == []
    labels = [label.text() for label in view.findChildren(QLabel)]
    assert any(text.startswith("Nothing is waiting for you today.") for text in labels)
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Open the Guide")
    with qtbot.waitSignal(events.view_requested):
        button.click()


def test_names_made_of_markup_show_literally(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    field_id = add_field(name="<i>Law</i>")
    held(person(field_id, "<b>Tom</b> & Jerry"), date(2026, 3, 6))
    view = home_view(qtbot, events)
    (row,) = view.rows
    assert row.sentence.text() == "Send your thank-you to <b>Tom</b> & Jerry Doe today."
    assert row.sentence.textFormat() == Qt.TextFormat.PlainText


def test_the_dialogs_are_not_imported_until_a_button_needs_them() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import infoview_gui.ui.views.home; "
        "print(any(m in sys.modules for m in ('infoview_gui.ui.dialogs.thank_you', "
        "'infoview_gui.ui.asking_actions', 'infoview_gui.printing.render')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
    assert QDialog  # the view reports its dialogs as QDialog


def test_a_long_list_is_cut_and_says_how_much_more_there_is(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("infoview_gui.ui.views.home.MAX_ROWS", 2)
    view = home_view(qtbot, events)
    assert len(view.rows) == 2
    labels = [label.text() for label in view.findChildren(QLabel)]
    assert "…and 3 more: see Interviews and Follow-ups." in labels


def test_coming_back_on_a_new_day_updates_the_list(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    moments = [NOW]
    view = HomeView(events, now=lambda: moments[-1], system_zone=lambda: "Europe/London")
    qtbot.addWidget(view)
    view.show()
    row = view.row_for(busy["today"], ItemKind.INTERVIEW)
    assert row is not None and "today at 15:00" in row.sentence.text()
    view.hide()
    moments.append(datetime(2026, 3, 7, 9, 0, tzinfo=UTC))  # Saturday: no data changed
    view.show()
    row = view.row_for(busy["today"], ItemKind.INTERVIEW)
    assert row is not None and "was on Fri 6 Mar" in row.sentence.text()


def test_the_first_start_says_welcome_and_a_later_start_welcome_back(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    first = home_view(qtbot, events)
    assert first.header.title.text() == "Welcome to InfoView"
    save_profile(profile=ProfileData(name="Maya Chen"))
    first.refresh()  # the profile filled in during the first start: still a first welcome
    assert first.header.title.text() == "Welcome, Maya"
    later = HomeView(events, now=lambda: NOW, welcomed_before=True)
    qtbot.addWidget(later)
    later.refresh()
    assert later.header.title.text() == "Welcome back, Maya"


def test_a_data_file_holding_earlier_work_welcomes_back(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    """A data folder from before the greeting was recorded (or restored) is no stranger."""
    add_field(name="Nursing")
    assert home_view(qtbot, events).header.title.text() == "Welcome back to InfoView"


def test_at_start_up_the_counts_paint_first_and_the_list_follows(
    qtbot: QtBot, busy: dict[str, int], events: AppEvents
) -> None:
    view = HomeView(events, now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(view)
    view.agenda_waits = True  # as after_paint.agenda_after_paint sets it before the show
    view.show()
    qtbot.waitExposed(view)
    assert view.tiles["interviews"].number.text() == "4"
    assert view.rows == [] and not view.summary.isVisible()
    texts = [label.text() for label in view.agenda_content.findChildren(QLabel)]
    assert "Reading what to do next…" in texts
    view.show_agenda()
    assert view.row_for(busy["late"], ItemKind.THANK_YOU) is not None
    assert view.summary.text().startswith("1 overdue")
