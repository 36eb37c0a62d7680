"""Interview mode says what fits: the format's own checklist, and when a held one was held."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.interview_mode import ChecklistItem
from infoview_gui.paths import AppPaths
from infoview_gui.services import holding
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from tests.gui.test_interview_mode import START, FakeClock, press, scheduled_interview

Maker = Callable[[int], InterviewModeWindow]


@pytest.fixture
def now() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def mode(qtbot: QtBot, store: object, events: AppEvents, now: FakeClock, paths: AppPaths) -> Maker:
    def make(interview_id: int) -> InterviewModeWindow:
        window = InterviewModeWindow(
            interview_id, events, clock=now, system_zone="UTC", cards_dir=paths.cards_dir
        )
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


def test_a_phone_interview_has_the_phone_checklist_not_phone_off(mode: Maker, qtbot: QtBot) -> None:
    interview_id = scheduled_interview(meeting_format=MeetingFormat.PHONE)
    window = mode(interview_id)
    banner = window.ui.banner_text.text()
    assert "phone off" not in banner.lower()
    assert banner.startswith("Find somewhere quiet, with their number at hand.")
    boxes = window.ui.checklist.boxes
    assert list(boxes) == [
        ChecklistItem.QUIET_PLACE,
        ChecklistItem.THANKED,
        ChecklistItem.DETAILS_ASKED,
        ChecklistItem.REFERRALS_ASKED,
    ]
    assert not any("phone" in box.text().lower() for box in boxes.values())
    press(qtbot, window.ui.notes, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(boxes[ChecklistItem.QUIET_PLACE].isChecked)
    window.ui.end_button.click()  # the reminder names the phone call's own items
    assert "contact details" in window.ui.banner_text.text()
    assert "business card" not in window.ui.banner_text.text()


def test_an_in_person_interview_still_says_phone_off(
    mode: Maker,
) -> None:
    window = mode(scheduled_interview())
    assert window.ui.banner_text.text().startswith("Switch your phone off.")
    assert ChecklistItem.PHONE_OFF in window.ui.checklist.boxes


def test_a_held_interview_shows_when_it_was_held_and_how_long_from_start(
    mode: Maker, qtbot: QtBot, now: FakeClock
) -> None:
    interview_id = scheduled_interview()
    window = mode(interview_id)
    press(qtbot, window.ui.notes, Qt.Key.Key_F5)
    now.now = START + timedelta(minutes=12, seconds=5)
    window.timer.timeout.emit()
    assert window.ui.clock.text() == "12:05"
    assert window.ui.remaining.text() == "18 min left · 30 min planned"
    now.now = START + timedelta(minutes=27)
    holding.end_interview(interview_id=interview_id, now=now.now, system_zone="UTC")
    window.reload()
    now.now = START + timedelta(hours=3)  # later on: the clock stays at the end
    window.timer.timeout.emit()
    assert window.ui.clock.text() == "27:00"
    assert window.ui.remaining.text() == "Lasted 27 min · 30 min planned"
    assert window.ui.banner_text.text().startswith(
        "Held on Tuesday 12 May 2026, 23:32 (EDT, America/New York)."
    )
