"""Keeping in touch, driven as a user would: set it after the thank-you, be reminded on Home
three months later with a drafted update, log it ("I did it") or put it off ("Not now")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import keep_touch, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Touch
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.dialogs.thank_you import open_thank_you
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.home import HomeView
from infoview_gui.ui.views.keep_touch_row import TouchAction
from tests.gui.test_home import scheduled

THANKED = date(2026, 3, 4)


class Clock:
    """The present moment, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def today(self) -> date:
        return self.now.date()


@pytest.fixture
def dana(store: object) -> tuple[int, int]:
    """Dana gave an interview on 3 March 2026 and was thanked on the 4th."""
    save_profile(profile=ProfileData(name="Sam Lee", email="sam@example.org"))
    field_id = add_field(name="Nursing")
    contact_id = add_contact(
        contact=ContactData(
            first_name="Dana",
            last_name="Ruiz",
            email="dana@hospital.example",
            organisation="St Mary's",
            field_id=field_id,
        )
    )
    interview_id = scheduled(contact_id, datetime(2026, 3, 3, 10, 0))
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, 3, 10, 30, tzinfo=UTC),
            thank_you_due=THANKED,
        )
    thanks.send_thank_you(
        interview_id=interview_id, point="", subject="Thank you", body="Thanks", on=THANKED
    )
    return contact_id, interview_id


def home(qtbot: QtBot, events: AppEvents, clock: Clock, urls: list[str]) -> HomeView:
    view = HomeView(
        events,
        now=clock,
        system_zone=lambda: "Europe/London",
        opener=lambda url: (
            urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)) or True
        ),
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_set_after_the_thank_you_reminded_three_months_later_logged_and_put_off(
    qtbot: QtBot, dana: tuple[int, int], events: AppEvents
) -> None:
    contact_id, interview_id = dana
    clock, urls = Clock(datetime(2026, 3, 4, 17, 0, tzinfo=UTC)), []
    view = home(qtbot, events, clock, urls)
    assert view.touch_rows == []

    # In the thank-you dialog: off, with a cadence suggested for an interview.
    dialog = open_thank_you(events, interview_id, view, today=clock.today)
    choice = dialog.keep_touch
    assert not choice.on.isChecked() and choice.cadence() is None
    assert "6 months is suggested: they gave you an interview" in choice.said.text()
    qtbot.mouseClick(choice.on, Qt.MouseButton.LeftButton)
    choice.every.selectAll()
    qtbot.keyClicks(choice.every, "3")
    kept = keep_touch.keep_touch_of(contact_id=contact_id, today=THANKED)
    assert kept.cadence is not None and kept.cadence.words == "every 3 months"
    assert choice.said.text() == "Next reminder: 4 June 2026."
    assert not dialog.has_unsaved_typing()  # saved as typed: Escape does not ask to lose it
    dialog.close()

    # Three months after the last interaction (the thank-you), Home lists Dana with a draft.
    clock.now = datetime(2026, 6, 4, 9, 0, tzinfo=UTC)
    view.refresh()
    (row,) = view.touch_rows
    assert "Keep in touch with Dana Ruiz (every 3 months)" in row.sentence.text()
    assert row.draft.text().startswith("Draft: Thanks again for your advice in March: I have")
    assert "1 update to send" in view.summary.text()
    qtbot.mouseClick(row.buttons[TouchAction.OPEN], Qt.MouseButton.LeftButton)
    (url,) = urls
    assert url.startswith("mailto:dana@hospital.example?subject=A%20quick%20update")
    assert "Thanks again for your advice in March" in unquote(url)
    qtbot.mouseClick(row.buttons[TouchAction.COPY], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Dear Dana Ruiz,")

    # "I did it" logs the update, dated, and the reminder restarts from it.
    with qtbot.waitSignal(events.saved) as said:
        qtbot.mouseClick(row.buttons[TouchAction.DONE], Qt.MouseButton.LeftButton)
    assert said.args == ["Update to Dana Ruiz logged: next reminder on Fri 4 Sep"]
    assert [(t.contact_id, t.on_day) for t in Touch.select()] == [(contact_id, date(2026, 6, 4))]
    qtbot.waitUntil(lambda: view.touch_rows == [])
    clock.now = datetime(2026, 9, 3, 9, 0, tzinfo=UTC)
    view.refresh()
    assert view.touch_rows == []
    clock.now = datetime(2026, 9, 4, 9, 0, tzinfo=UTC)
    view.refresh()
    (row,) = view.touch_rows

    # "Not now" puts it off for two weeks, as its button says.
    assert row.buttons[TouchAction.NOT_NOW].text() == "Not now (two weeks)"
    with qtbot.waitSignal(events.saved) as said:
        qtbot.mouseClick(row.buttons[TouchAction.NOT_NOW], Qt.MouseButton.LeftButton)
    assert said.args == ["Dana Ruiz: reminder put off until Fri 18 Sep"]
    qtbot.waitUntil(lambda: view.touch_rows == [])
    clock.now = datetime(2026, 9, 17, 9, 0, tzinfo=UTC)
    view.refresh()
    assert view.touch_rows == []
    clock.now = datetime(2026, 9, 18, 9, 0, tzinfo=UTC)
    view.refresh()
    assert [r.update_due.contact_id for r in view.touch_rows] == [contact_id]


def test_the_contact_dialog_sets_and_stops_keeping_in_touch(
    qtbot: QtBot, dana: tuple[int, int]
) -> None:
    contact_id, _ = dana
    dialog = ContactDialog(contact_id=contact_id, today=lambda: THANKED)
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.keep_touch
    assert choice is not None and not choice.on.isChecked()
    qtbot.mouseClick(choice.on, Qt.MouseButton.LeftButton)
    choice.unit.setCurrentIndex(choice.unit.findData("weeks"))
    choice.every.selectAll()
    qtbot.keyClicks(choice.every, "6")
    assert keep_touch.keep_touch_of(contact_id=contact_id, today=THANKED).cadence is None
    assert choice.changed() and choice.cadence() is not None, choice.cadence()
    dialog.save()  # saved with the contact, not before
    kept = keep_touch.keep_touch_of(contact_id=contact_id, today=THANKED)
    assert kept.cadence is not None and kept.cadence.words == "every 6 weeks"
    assert kept.next_due == date(2026, 4, 15)
    again = ContactDialog(contact_id=contact_id, today=lambda: THANKED)
    qtbot.addWidget(again)
    again.show()
    assert again.keep_touch is not None and again.keep_touch.on.isChecked()
    qtbot.mouseClick(again.keep_touch.on, Qt.MouseButton.LeftButton)
    again.save()
    assert keep_touch.keep_touch_of(contact_id=contact_id, today=THANKED).cadence is None
