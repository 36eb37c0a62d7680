"""A second interview with its own questions, driven as a person would.

The contact's timeline, "Add a conversation…", "Second" typed into How; "Prepare
questions…", a question typed; "Hold it…", an answer typed and Ctrl+Enter; then Ctrl+K
from a text box finds the answer by one word and opens the second interview at it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.domain.search_text import HitKind
from infoview_gui.services import conversations
from infoview_gui.store import question_queries as qq
from infoview_gui.store.models import Conversation, Interview, ListQuestion
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.dialogs.conversation import ConversationDialog
from infoview_gui.ui.dialogs.conversation_questions import ConversationQuestionsDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.conversation_mode import ConversationModeWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from tests.gui.searching import search_from_a_box
from tests.gui.test_conversations import _contact_dialog, _gone, _shown
from tests.gui.test_thank_you import held_interview

CTRL = Qt.KeyboardModifier.ControlModifier
CLICK = Qt.MouseButton.LeftButton


def _new_second_interview(
    qtbot: QtBot, window: MainWindow, contact_id: int
) -> tuple[ContactDialog, ConversationDialog]:
    contact = _contact_dialog(qtbot, window, contact_id)
    assert contact.timeline is not None
    qtbot.mouseClick(contact.timeline.add_button, CLICK)
    dialog = _shown(qtbot, ConversationDialog)
    assert isinstance(dialog, ConversationDialog)
    assert not dialog.questions.isVisibleTo(dialog)  # a coffee at first: notes only
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Second")
    assert dialog.questions.isVisibleTo(dialog)
    assert dialog.questions.summary.text() == "No questions prepared yet."
    assert not dialog.questions.print_button.isEnabled()
    qtbot.keyClicks(dialog.notes, "Portfolio review with the graphics team")
    return contact, dialog


def test_a_second_interview_is_prepared_held_and_its_answer_found_with_ctrl_k(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    first_list = qq.interview_list_id(interview_id)
    contact, dialog = _new_second_interview(qtbot, window, jane)

    qtbot.mouseClick(dialog.questions.prepare_button, CLICK)
    editor_dialog = _shown(qtbot, ConversationQuestionsDialog, but=dialog)
    assert isinstance(editor_dialog, ConversationQuestionsDialog)
    assert editor_dialog.windowTitle() == "Questions: Second interview with Jane Smith"
    assert dialog.saved_id is not None  # prepared: the conversation was saved first
    editor = editor_dialog.editor
    editor.own.setFocus()
    qtbot.keyClicks(editor.own, "Which desk could I shadow for a week?")
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)
    assert editor.questions.rowCount() == 1
    qtbot.mouseClick(
        editor_dialog.buttons.button(editor_dialog.buttons.StandardButton.Close), CLICK
    )
    qtbot.waitUntil(lambda: _gone(editor_dialog))
    assert dialog.questions.summary.text() == "1 question prepared, 0 answered."
    assert dialog.questions.print_button.isEnabled()
    # the first interview's list and the field's own list are as they were
    assert qq.interview_list_id(interview_id) == first_list
    field_list = qq.field_list_id(int(Interview.get_by_id(interview_id).__data__["field"]))
    for other in (first_list, field_list):
        if other is not None:
            assert "shadow" not in str(qq.list_items(other))

    talk = dialog.saved_id
    qtbot.mouseClick(dialog.questions.hold_button, CLICK)
    qtbot.waitUntil(lambda: _gone(dialog))
    mode = _shown(qtbot, ConversationModeWindow)
    assert isinstance(mode, ConversationModeWindow) and mode.conversation_id == talk
    assert _gone(contact)  # the contact's modal form made way: the keyboard goes to the window
    assert mode.windowTitle() == "Second interview with Jane Smith"
    assert mode.ui.question.text() == "Which desk could I shadow for a week?"
    assert not mode.ui.clock.isVisible() and not mode.ui.end_button.isVisible()
    qtbot.waitUntil(mode.ui.notes.hasFocus)
    qtbot.keyClicks(mode.ui.notes, "The visuals desk, in June")
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_Return, CTRL)  # answered, next: the other notes
    (item,) = ListQuestion.select().where(ListQuestion.text.startswith("Which desk"))
    assert item.answer == "The visuals desk, in June" and item.answered
    assert mode.ui.notes.toPlainText() == "Portfolio review with the graphics team"
    qtbot.keyClicks(mode.ui.notes, "; bring prints")
    mode.close()
    qtbot.waitUntil(lambda: _gone(mode))
    stored = conversations.load_conversation(talk)
    assert stored.data.notes == "Portfolio review with the graphics team; bring prints"

    search = search_from_a_box(qtbot, window, ViewId.FIELDS, "visuals")
    hit = search.current_hit()
    assert hit is not None and hit.kind is HitKind.ANSWER and hit.conversation_id == talk
    assert hit.title == "Answer from Jane Smith (second interview)"
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    again = _shown(qtbot, ConversationModeWindow)
    assert isinstance(again, ConversationModeWindow) and again.conversation_id == talk
    assert again.index == 0 and again.ui.notes.toPlainText() == "The visuals desk, in June"
    again.close()


def test_a_coffee_keeps_notes_only_and_a_video_call_can_hold_questions(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    coffee = conversations.add_conversation(
        contact_id=jane,
        conversation=ConversationData(
            held_at=datetime(2026, 4, 2, 9, tzinfo=UTC), kind=ConversationKind.COFFEE
        ),
    )
    dialog = ConversationDialog(window, conversation_id=coffee)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.questions.isVisibleTo(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConversationKind.VIDEO.value))
    assert dialog.questions.isVisibleTo(dialog)
    dialog.reject()


def test_the_notes_of_a_held_interview_offer_a_conversation_with_that_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    mode = InterviewModeWindow(interview_id, window.events, window, system_zone="UTC")
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    assert mode.ui.conversation_button.isVisible()  # held: what comes after it
    qtbot.mouseClick(mode.ui.conversation_button, CLICK)
    dialog = _shown(qtbot, ConversationDialog, but=None)
    assert isinstance(dialog, ConversationDialog) and dialog.contact_id == jane
    assert dialog.windowTitle() == "Add a conversation with Jane Smith"
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Second")
    qtbot.keyClicks(dialog.notes, "Asked to come back in May")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: _gone(dialog))
    (talk,) = conversations_of(jane)
    assert talk.kind == "second_interview" and talk.notes == "Asked to come back in May"
    mode.close()


def test_a_follow_up_walk_offers_the_next_conversation_with_that_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = held_interview()
    jane = int(Interview.get_by_id(interview_id).__data__["contact"])
    held = datetime(2026, 4, 2, 15, 0, tzinfo=UTC)
    data = ConversationData(held_at=held, kind=ConversationKind.SECOND_INTERVIEW)
    talk = conversations.add_conversation(contact_id=jane, conversation=data)
    mode = ConversationModeWindow(talk, window.events, window)
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    assert mode.ui.conversation_button.isVisible()
    mode.ui.notes.setFocus()
    qtbot.keyClicks(mode.ui.notes, "Offered a shadow day")
    qtbot.mouseClick(mode.ui.conversation_button, CLICK)
    dialog = _shown(qtbot, ConversationDialog, but=None)
    assert isinstance(dialog, ConversationDialog) and dialog.contact_id == jane
    assert dialog.windowTitle() == "Add a conversation with Jane Smith"
    # what was typed in the walk was saved before the new form opened
    assert conversations.load_conversation(talk).data.notes == "Offered a shadow day"
    dialog.reject()
    mode.close()


def conversations_of(contact_id: int) -> list[Conversation]:
    return list(Conversation.select().where(Conversation.contact == contact_id))


def test_holding_over_a_contact_with_unsaved_typing_says_so_and_keeps_both_forms(
    qtbot: QtBot, window: MainWindow
) -> None:
    jane = int(Interview.get_by_id(held_interview()).__data__["contact"])
    contact = _contact_dialog(qtbot, window, jane)
    qtbot.keyClicks(contact.organisation, " (Leeds)")  # typed, not saved
    assert contact.timeline is not None
    qtbot.mouseClick(contact.timeline.add_button, CLICK)
    dialog = _shown(qtbot, ConversationDialog)
    assert isinstance(dialog, ConversationDialog)
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Video")
    qtbot.mouseClick(dialog.questions.hold_button, CLICK)
    assert dialog.isVisible() and contact.isVisible()
    assert dialog.error.text() == (
        "Save or cancel your changes to this contact first, then hold this conversation."
    )
    assert contact.organisation.text() == "The Herald (Leeds)"
    assert not conversations_of(jane)  # nothing saved yet: the user decides first
    dialog.reject()
    contact.reject()
