"""A second conversation with the first professional, and each contact's timeline.

Driven as a person would: the contact's dialog, "Add a conversation…", the notes typed,
Ctrl+Enter; the timeline shows it first; Enter on a row opens where it happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.domain.search_text import HitKind
from infoview_gui.services import conversations, keep_touch, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.search import search_everything
from infoview_gui.services.timeline import Place
from infoview_gui.store import request_rule
from infoview_gui.store.models import Conversation, Interview
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.dialogs.conversation import ConversationDialog
from infoview_gui.ui.dialogs.conversation_thanks import ConversationThanksDialog
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.search_actions import open_hit
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from tests.gui.test_thank_you import held_interview

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot: QtBot, kind: type[QWidget], but: QWidget | None = None) -> QWidget:
    """Wait for a visible top-level ``kind`` (other than ``but``) and return it."""

    def found() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget is not but:
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None)
    widget = found()
    assert widget is not None
    widget.activateWindow()  # as a window manager does with a new window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _gone(widget: QWidget) -> bool:
    """Whether a dialog has closed (one deleted on close included)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _contact_dialog(qtbot: QtBot, window: MainWindow, contact_id: int) -> ContactDialog:
    dialog = ContactDialog(window, contact_id=contact_id)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _add_second_conversation(qtbot: QtBot, contact: ContactDialog, notes: str) -> int:
    assert contact.timeline is not None
    qtbot.mouseClick(contact.timeline.add_button, Qt.MouseButton.LeftButton)
    dialog = _shown(qtbot, ConversationDialog)
    assert isinstance(dialog, ConversationDialog)
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Second")  # chooses "Second interview" as a person types it
    qtbot.keyClicks(dialog.notes, notes)
    saved: list[int | None] = []
    dialog.accepted.connect(lambda: saved.append(dialog.saved_id))
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: _gone(dialog))
    assert saved and saved[0] is not None
    return saved[0]


def test_a_second_conversation_shows_first_on_the_timeline_and_opens_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    conversations.add_conversation(
        contact_id=jane,
        conversation=ConversationData(
            held_at=datetime(2026, 4, 2, 9, tzinfo=UTC), kind=ConversationKind.COFFEE
        ),
    )
    contact = _contact_dialog(qtbot, window, jane)
    assert contact.timeline is not None
    saved = _add_second_conversation(qtbot, contact, "Met the graphics desk; apply in May")
    stored = Conversation.get_by_id(saved)
    assert stored.kind == "second_interview" and stored.notes.endswith("apply in May")
    entries = contact.timeline.entries()
    assert entries[0].label == "Follow-up: second interview"  # today: the newest
    assert entries[0].record_id == saved
    assert [e.label for e in entries].index("Follow-up: coffee") > 0
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    assert request_rule.current_request_id(jane) == interview_id  # still the first request
    assert Interview.get_by_id(interview_id).status == "held"

    contact.timeline.rows.setCurrentItem(contact.timeline.rows.topLevelItem(0))
    contact.timeline.rows.setFocus()
    qtbot.keyClick(contact.timeline.rows, Qt.Key.Key_Return)
    again = _shown(qtbot, ConversationDialog)
    assert isinstance(again, ConversationDialog) and again.saved_id == saved
    assert contact.isVisible()  # Enter opened the row; it did not press the contact's Save
    assert again.notes.toPlainText() == "Met the graphics desk; apply in May"
    qtbot.waitUntil(again.notes.hasFocus)  # opened again: the keyboard is in the notes
    qtbot.wait(10)  # the cursor goes to their end once the dialog has settled
    qtbot.keyClicks(again.notes, ". Sent my portfolio")
    qtbot.keyClick(again.notes, Qt.Key.Key_Enter, CTRL)
    qtbot.waitUntil(lambda: _gone(again))
    assert Conversation.get_by_id(saved).notes.endswith("Sent my portfolio")
    contact.reject()


def test_an_interview_row_of_the_timeline_opens_its_notes_in_interview_mode(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    contact = _contact_dialog(qtbot, window, jane)
    assert contact.timeline is not None
    rows = contact.timeline.rows
    held = next(
        i for i, e in enumerate(contact.timeline.entries()) if e.label.startswith("Interview held")
    )
    rows.setCurrentItem(rows.topLevelItem(held))
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    mode = _shown(qtbot, InterviewModeWindow)
    assert isinstance(mode, InterviewModeWindow) and mode.interview_id == interview_id
    assert not contact.isVisible()  # the contact's dialog made way for it
    mode.close()


def test_a_conversation_found_by_one_word_opens_the_conversation(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    saved = conversations.add_conversation(
        contact_id=jane,
        conversation=ConversationData(
            held_at=datetime(2026, 4, 2, 9, tzinfo=UTC),
            kind=ConversationKind.CALL,
            notes="She suggested the <b>visualisation</b> course",
        ),
    )
    (hit,) = search_everything(text="visual").hits
    assert hit.kind is HitKind.CONVERSATION
    opened = open_hit(window, hit)
    assert isinstance(opened, ConversationDialog) and opened.saved_id == saved
    assert "<b>visualisation</b>" in opened.notes.toPlainText()  # literally, not as markup
    opened.reject()


def test_the_thank_you_for_a_follow_up_is_recorded_sent(
    qtbot: QtBot, window: MainWindow, show_active: Callable[[QWidget], None]
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    saved = conversations.add_conversation(
        contact_id=jane,
        conversation=ConversationData(
            held_at=datetime(2026, 4, 2, 9, tzinfo=UTC), kind=ConversationKind.COFFEE
        ),
    )
    dialog = ConversationThanksDialog(saved, window, today=lambda: date(2026, 4, 3))
    show_active(dialog)
    body = dialog.editor.body
    body.selectAll()
    qtbot.keyClicks(body, "Dear Jane, thank you for the coffee and the tip about the course.")
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = Conversation.get_by_id(saved)
    assert stored.thank_you_sent_on == date(2026, 4, 3)
    assert "tip about the course" in stored.thank_you_draft


def test_a_conversation_deleted_from_its_dialog_comes_back_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    saved = conversations.add_conversation(
        contact_id=jane,
        conversation=ConversationData(
            held_at=datetime(2026, 4, 2, 9, tzinfo=UTC), notes="Notes worth keeping"
        ),
    )
    contact = _contact_dialog(qtbot, window, jane)
    assert contact.timeline is not None
    rows = contact.timeline.rows
    entries = contact.timeline.entries()
    at = next(i for i, e in enumerate(entries) if e.place is Place.CONVERSATION)
    rows.setCurrentItem(rows.topLevelItem(at))
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    dialog = _shown(qtbot, ConversationDialog)
    assert isinstance(dialog, ConversationDialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _gone(dialog))
    assert Conversation.get_or_none(Conversation.id == saved) is None
    assert Place.CONVERSATION not in [e.place for e in contact.timeline.entries()]
    window.events.undo_stack.undo()
    assert Conversation.get_by_id(saved).notes == "Notes worth keeping"
    assert Place.CONVERSATION in [e.place for e in contact.timeline.entries()]  # shown again
    contact.reject()


def test_a_thank_you_row_opens_the_thank_you_of_that_interview(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    thanks.send_thank_you(
        interview_id=interview_id, on=date(2026, 3, 6), point="", subject="Thanks", body="Thanks"
    )
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    contact = _contact_dialog(qtbot, window, jane)
    assert contact.timeline is not None
    rows = contact.timeline.rows
    labels = [e.label for e in contact.timeline.entries()]
    rows.setCurrentItem(rows.topLevelItem(labels.index("Thank-you email sent")))
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    opened = _shown(qtbot, ThankYouDialog)
    assert isinstance(opened, ThankYouDialog) and opened.interview_id == interview_id
    opened.reject()


def test_a_conversation_deleted_meanwhile_is_said_not_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    saved = conversations.add_conversation(
        contact_id=jane, conversation=ConversationData(held_at=datetime(2026, 4, 2, tzinfo=UTC))
    )
    (hit,) = [h for h in search_everything(text="jane").hits if h.kind is HitKind.CONTACT]
    conversations.delete_conversation(conversation_id=saved)
    stale = replace(hit, kind=HitKind.CONVERSATION, record_id=saved)
    with qtbot.waitSignal(window.events.saved) as said:
        assert open_hit(window, stale) is None
    assert said.args == ["That conversation no longer exists."]


def test_an_update_row_goes_to_keeping_in_touch_and_another_contact_opens_their_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    for n in range(3):  # ids apart: a row's own id never passes for a contact's
        conversations.add_conversation(
            contact_id=jane, conversation=ConversationData(datetime(2026, 4, 1 + n, tzinfo=UTC))
        )
    keep_touch.log_update(contact_id=jane, on=date(2026, 5, 2), note="Sent my portfolio")
    sam = add_contact(contact=ContactData(first_name="Sam", introduced_by_id=jane))
    contact = _contact_dialog(qtbot, window, jane)
    assert contact.timeline is not None and contact.keep_touch is not None
    rows = contact.timeline.rows
    labels = [e.label for e in contact.timeline.entries()]
    rows.setCurrentItem(rows.topLevelItem(labels.index("Update: Sent my portfolio")))
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert contact.isVisible() and contact.keep_touch.on.hasFocus()
    rows.setCurrentItem(rows.topLevelItem(labels.index("Introduced Sam")))
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    other = _shown(qtbot, ContactDialog, but=contact)
    assert isinstance(other, ContactDialog) and other.contact_id == sam
    other.reject()


def test_the_time_is_the_users_own_and_is_kept_with_its_zone(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    dialog = ConversationDialog(
        window,
        contact_id=jane,
        now=lambda: datetime(2026, 7, 1, 16, 45, 30, tzinfo=UTC),
        zone_name=lambda: "America/New_York",
    )
    qtbot.addWidget(dialog)
    assert (dialog.day.date().day(), dialog.time.time().hour()) == (1, 12)  # EDT: UTC-4
    qtbot.keyClicks(dialog.notes, "Call about the night desk")
    dialog.save()
    assert dialog.saved_id is not None
    stored = conversations.load_conversation(dialog.saved_id).data
    assert stored.held_at == datetime(2026, 7, 1, 16, 45, tzinfo=UTC)
    assert stored.time_zone == "America/New_York"
