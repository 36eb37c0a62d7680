from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Topic
from infoview_gui.domain.interview_mode import ChecklistItem
from infoview_gui.paths import AppPaths
from infoview_gui.services import asking, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.models import Interview, ListQuestion, Question, QuestionList
from infoview_gui.ui.dialogs.business_card import BusinessCardDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.theme import colours
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from infoview_gui.ui.views.interview_opening import open_interview_mode

NEW_YORK = "America/New_York"
# Tuesday 12 May 2026, 23:05 in New York: already Wednesday in UTC.
START = datetime(2026, 5, 12, 23, 5, tzinfo=ZoneInfo(NEW_YORK)).astimezone(UTC)
QUESTIONS = (
    "What does a typical day look like?",
    "How did you start?",
    "What skills matter most?",
)


class FakeClock:
    """The time now, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def scheduled_interview(
    questions: tuple[str, ...] = QUESTIONS,
    *,
    name: str = "Ana",
    must_ask: int = 2,
    meeting_format: MeetingFormat = MeetingFormat.IN_PERSON,
) -> int:
    contact_id = add_contact(
        contact=ContactData(first_name=name, last_name="Ruiz", organisation="The Herald")
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 4))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 5))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 5, 12, 23, 0),
        zone_name=NEW_YORK,
        duration_min=30,
        meeting_format=meeting_format,
        place="+1 212 555 0100" if meeting_format is MeetingFormat.PHONE else "The Herald",
    )
    question_list = QuestionList.create(interview=interview_id, must_ask=must_ask)
    for position, text in enumerate(questions):
        question = Question.create(text=text, topic=Topic.OWN.value)
        ListQuestion.create(
            question_list=question_list, question=question, text=text, position=float(position)
        )
    return interview_id


def item_ids(interview_id: int) -> list[int]:
    query = (
        ListQuestion.select(ListQuestion.id)
        .join(QuestionList)
        .where(QuestionList.interview == interview_id)
        .order_by(ListQuestion.position)
    )
    return [row.id for row in query]


def answer(item_id: int) -> str:
    return str(ListQuestion.get_by_id(item_id).answer)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def make_window(
    qtbot: QtBot, store: object, events: AppEvents, clock: FakeClock, paths: AppPaths
) -> Iterator[object]:
    def make(interview_id: int) -> InterviewModeWindow:
        window = InterviewModeWindow(
            interview_id, events, clock=clock, system_zone="UTC", cards_dir=paths.cards_dir
        )
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make


def press(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)


def test_start_stores_the_time_and_the_clock_counts_against_the_planned_length(
    make_window,
    qtbot: QtBot,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    window = make_window(interview_id)
    assert window.ui.clock.text() == "0:00"
    assert window.ui.remaining.text() == "30 min planned"
    assert window.ui.start_button.isVisible()
    press(qtbot, window.ui.notes, Qt.Key.Key_F5)
    assert Interview.get_by_id(interview_id).started_at == START
    assert not window.ui.start_button.isVisible()
    clock.now = START + timedelta(minutes=12, seconds=5)
    window.timer.timeout.emit()
    assert window.ui.clock.text() == "12:05"
    assert window.ui.remaining.text() == "18 min left · 30 min planned"
    clock.now = START + timedelta(minutes=34)
    window.timer.timeout.emit()
    assert window.ui.remaining.text() == "4 min over · 30 min planned"
    assert window.ui.clock.property("over") is True
    assert window.timer.interval() == 1000 and window.timer.isActive()


def test_notes_are_stored_after_a_pause_and_when_the_question_changes(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    first, second, _ = item_ids(interview_id)
    window = make_window(interview_id)
    qtbot.keyClicks(window.ui.notes, "Morning meeting")
    assert answer(first) == ""  # not on every key press...
    qtbot.waitUntil(lambda: answer(first) == "Morning meeting", timeout=3000)  # ...but soon
    assert window.ui.save_status.text() == "Saved"
    qtbot.keyClicks(window.ui.notes, " at 9")
    press(qtbot, window.ui.notes, Qt.Key.Key_PageDown)  # at once, without waiting
    assert answer(first) == "Morning meeting at 9"
    assert window.ui.question.text() == "How did you start?"
    assert window.ui.notes.toPlainText() == ""
    qtbot.keyClicks(window.ui.notes, "Intern")
    press(qtbot, window.ui.notes, Qt.Key.Key_PageUp)
    assert answer(second) == "Intern"
    assert window.ui.notes.toPlainText() == "Morning meeting at 9"


def test_previous_and_next_by_keyboard_in_the_users_order(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(scheduled_interview())
    ui = window.ui
    assert ui.position.text() == "Question 1 of 3 · must ask"
    assert ui.question.text() == QUESTIONS[0]
    press(qtbot, ui.notes, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ui.question.text() == QUESTIONS[1]
    press(qtbot, ui.notes, Qt.Key.Key_PageDown)
    assert ui.position.text() == "Question 3 of 3"
    press(qtbot, ui.notes, Qt.Key.Key_PageDown)
    assert ui.position.text() == "After the 3 questions"  # the page for other notes
    press(qtbot, ui.notes, Qt.Key.Key_PageDown)
    assert ui.position.text() == "After the 3 questions"
    press(qtbot, ui.notes, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    press(qtbot, ui.notes, Qt.Key.Key_PageUp)
    press(qtbot, ui.notes, Qt.Key.Key_PageUp)
    assert ui.question.text() == QUESTIONS[0]
    assert not ui.previous_button.isEnabled()
    assert "PgDown" in ui.next_button.toolTip() and "Alt+Right" in ui.next_button.toolTip()
    assert "PgUp" in ui.previous_button.toolTip()
    assert "Ctrl+E" in ui.end_button.toolTip()
    assert "F5" in ui.start_button.toolTip()


def test_ctrl_enter_marks_answered_ticks_the_side_list_and_goes_on(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    first, second, _ = item_ids(interview_id)
    window = make_window(interview_id)
    side = window.ui.side_list
    assert not side.is_ticked(0)
    press(qtbot, window.ui.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ListQuestion.get_by_id(first).answered
    assert side.is_ticked(0)
    assert window.ui.question.text() == QUESTIONS[1]
    assert window.ui.notes.toPlainText() == ""  # Ctrl+Enter added no line to the notes
    assert window.ui.progress.text() == "1 of 3 answered · 1 must-ask still open"
    side.setFocus()
    press(qtbot, side, Qt.Key.Key_Space)  # Space ticks the current question in the list
    assert ListQuestion.get_by_id(second).answered and side.is_ticked(1)
    assert window.ui.answered_box.isChecked()
    window.ui.answered_box.click()  # and the box unticks it
    assert not ListQuestion.get_by_id(second).answered and not side.is_ticked(1)


def test_must_ask_questions_still_open_are_highlighted(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(scheduled_interview(must_ask=2))
    side = window.ui.side_list
    assert [side.is_highlighted(row) for row in range(3)] == [True, True, False]
    assert side.item(1).font().bold() and not side.item(2).font().bold()
    assert side.item(1).background().color() == colours().attention_tint
    press(qtbot, window.ui.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [side.is_highlighted(row) for row in range(3)] == [False, True, False]
    assert side.item(0).toolTip() == "Answered"
    assert side.item(1).toolTip() == "Must ask, still open"


def test_clicking_a_question_in_the_list_shows_it(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(scheduled_interview())
    window.ui.side_list.setCurrentRow(2)
    assert window.ui.question.text() == QUESTIONS[2]
    assert window.index == 2


def test_ending_reminds_then_marks_held_with_the_thank_you_due_and_offers_the_card(
    make_window,
    qtbot: QtBot,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    window = make_window(interview_id)
    press(qtbot, window.ui.notes, Qt.Key.Key_F5)
    clock.now = START + timedelta(minutes=31)
    press(qtbot, window.ui.notes, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert Interview.get_by_id(interview_id).status == InterviewStatus.SCHEDULED.value
    assert window.ui.banner_text.text().startswith(
        "Before you end: thank them for their time, ask for a business card"
    )
    assert window.ui.end_button.text() == "End anyway"
    press(qtbot, window.ui.notes, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    row = Interview.get_by_id(interview_id)
    assert row.status == InterviewStatus.HELD.value
    assert row.held_at == START + timedelta(minutes=31)
    # 23:36 on Tuesday in New York: the thank-you is due by the end of Wednesday there.
    assert row.thank_you_due == date(2026, 5, 13)
    assert "Thank-you due by the end of Wednesday, May 13." in window.ui.banner_text.text()
    assert "Held on Tuesday 12 May 2026, 23:36 (EDT, America/New York)" in (
        window.ui.banner_text.text()
    )
    assert not window.ui.end_button.isVisible()
    assert window.ui.card_button.isVisible()
    assert window.ui.notes.hasFocus()  # not the card button: a space typed next opens nothing
    clock.now += timedelta(hours=1)
    window.timer.timeout.emit()
    assert window.ui.clock.text() == "31:00"  # the clock stopped at the end
    window.ui.card_button.click()
    assert isinstance(window.card_dialog, BusinessCardDialog)
    assert window.card_dialog.isVisible()
    window.card_dialog.reject()


def test_the_checklist_is_kept_and_by_keyboard_and_a_full_one_ends_at_once(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    window = make_window(interview_id)
    boxes = window.ui.checklist.boxes
    press(qtbot, window.ui.notes, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(boxes[ChecklistItem.PHONE_OFF].isChecked)  # a mnemonic clicks, animated
    assert Interview.get_by_id(interview_id).checklist == ChecklistItem.PHONE_OFF
    keys = {
        Qt.Key.Key_T: ChecklistItem.THANKED,
        Qt.Key.Key_C: ChecklistItem.CARD_ASKED,
        Qt.Key.Key_W: ChecklistItem.REFERRALS_ASKED,
    }
    for key, item in keys.items():
        press(qtbot, window.ui.notes, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(boxes[item].isChecked)
    assert Interview.get_by_id(interview_id).checklist == 15
    assert "Alt+C" in boxes[ChecklistItem.CARD_ASKED].toolTip()
    boxes[ChecklistItem.PHONE_OFF].click()
    assert Interview.get_by_id(interview_id).checklist == 14
    window.ui.end_button.click()
    assert Interview.get_by_id(interview_id).status == InterviewStatus.HELD.value


def test_other_notes_go_onto_the_interview_and_closing_saves_what_was_typed(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    first = item_ids(interview_id)[0]
    window = make_window(interview_id)
    window.ui.side_list.setCurrentRow(3)
    assert window.ui.question.text().startswith("Other notes")
    qtbot.keyClicks(window.ui.notes, "Talk to Bo at the Post")
    window.go_to(0)
    assert Interview.get_by_id(interview_id).notes == "Talk to Bo at the Post"
    qtbot.keyClicks(window.ui.notes, "Last words")
    window.close()
    assert answer(first) == "Last words"


def test_notes_that_cannot_be_saved_stay_on_screen(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview()
    window = make_window(interview_id)
    too_long = "x" * 100_001
    window.ui.notes.setPlainText(too_long)
    press(qtbot, window.ui.notes, Qt.Key.Key_PageDown)
    assert window.index == 0  # stayed on the question
    assert window.ui.notes.toPlainText() == too_long
    assert window.ui.save_status.text() == (
        "Not saved: The note is too long: at most 100,000 characters."
    )
    window.ui.notes.setPlainText("short")
    press(qtbot, window.ui.notes, Qt.Key.Key_PageDown)
    assert window.index == 1


def test_open_interview_mode_is_full_screen_and_leaves_it_by_keyboard(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    interview_id = scheduled_interview()
    window = open_interview_mode(interview_id, None, events)
    assert isinstance(window, InterviewModeWindow)
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.ui.screen_button.text() == "Leave full screen"
    assert open_interview_mode(interview_id, None, events) is window  # brought forward
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window.ui.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.ui.screen_button.text() == "Full screen"
    press(qtbot, window.ui.notes, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    with qtbot.waitSignal(window.destroyed):  # closing deletes it
        window.close()


def test_a_missing_interview_is_reported_not_opened(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    with qtbot.waitSignal(events.saved) as said:
        assert open_interview_mode(4040, None, events) is None
    assert said.args == ["That interview no longer exists."]


MARKUP = '<b>bold</b> & <img src="x.png">'


def test_markup_in_a_question_or_a_name_shows_literally(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(scheduled_interview((MARKUP,), name="<i>Ana</i>"))
    assert window.ui.question.text() == MARKUP
    assert window.ui.who.text() == "<i>Ana</i> Ruiz"
    for label in window.findChildren(QLabel):
        if "<" in label.text() and label.buddy() is None:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert window.windowTitle() == "Interview with <i>Ana</i> Ruiz"
    assert window.ui.side_list.item(0).text() == f"1. {MARKUP}"


def test_the_notes_save_as_a_pdf_question_then_answer(
    make_window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = scheduled_interview(("What does a typical day look like?", MARKUP))
    first, second = item_ids(interview_id)
    window = make_window(interview_id)
    qtbot.keyClicks(window.ui.notes, "Meetings at 9, then data")
    press(qtbot, window.ui.notes, Qt.Key.Key_PageDown)
    qtbot.keyClicks(window.ui.notes, "Tom & Jerry <script>")
    target = tmp_path / "notes.pdf"
    asked: list[str] = []

    def choose(_parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    window.choose_pdf_path = choose
    press(
        qtbot,
        window.ui.notes,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == ["Interview notes Ana Ruiz.pdf"]
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert answer(second) == "Tom & Jerry <script>"  # saving the PDF saved the notes first
    order = [
        "INTERVIEW NOTES",
        "Ana Ruiz",
        "What does a typical day look like?",
        "Meetings at 9, then data",
        MARKUP,
        "Tom & Jerry <script>",
    ]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, text
    assert positions == sorted(positions)


def test_an_interview_not_scheduled_yet_cannot_be_started_or_ended(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Bo"))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    window = make_window(interview_id)
    assert not window.ui.start_button.isVisible() and not window.ui.end_button.isVisible()
    assert window.ui.banner_text.text().startswith("Schedule this interview (step 3)")
    press(qtbot, window.ui.notes, Qt.Key.Key_F5)
    assert window.ui.message.text() == "Only a scheduled interview can be started."
    assert Interview.get_by_id(interview_id).started_at is None
    assert window.ui.position.text() == "No questions prepared"


def test_print_opens_the_preview_of_the_notes(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    from infoview_gui.printing.preview import DocumentPreview

    window = make_window(scheduled_interview())
    qtbot.keyClicks(window.ui.notes, "Meetings at 9")
    press(qtbot, window.ui.notes, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.findChild(DocumentPreview)
    assert preview is not None and preview.isVisible()
    assert preview.document.title == "Interview notes: Ana Ruiz"
    assert "Meetings at 9" in "".join(block.html for block in preview.document.blocks)
    preview.close()
