from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.qtmodels.question_bank import SUGGESTED, BankRole
from infoview_gui.qtmodels.question_list import ItemRole
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field, save_research_notes
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.question_lists import add_text, list_for_field, list_for_interview
from infoview_gui.services.questions import add_own_question, sync_builtin_bank
from infoview_gui.store.models import Interview, ListQuestion, Question, ResearchItem
from infoview_gui.store.question_queries import bank_rows, list_items
from infoview_gui.ui.dialogs.question import QuestionDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.questions import QuestionsView


@pytest.fixture
def bank(store: SqliteDatabase) -> None:
    sync_builtin_bank(bank=parse_bank(resource_path("questions", "bank.json").read_bytes()))


@pytest.fixture
def field_id(bank: None) -> int:
    return add_field(name="Nursing")


@pytest.fixture
def view(qtbot: QtBot, events: AppEvents) -> Iterator[QuestionsView]:
    shown = QuestionsView(events)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    yield shown


def texts(list_id: int | None) -> list[str]:
    assert list_id is not None
    return [item.text for item in list_items(list_id)]


def settle(qtbot: QtBot) -> None:
    qtbot.wait(1)  # the editor tells other views about its changes on the next turn
    QApplication.processEvents()


def test_without_any_question_the_view_says_what_goes_there(
    qtbot: QtBot, store: SqliteDatabase, view: QuestionsView
) -> None:
    assert view.stack.currentWidget() is view.empty
    assert view.empty.sentence.text().endswith(".")
    assert view.empty.button.text() == "Add your own question"


def test_without_a_field_the_lists_tab_leads_to_career_fields(
    qtbot: QtBot, bank: None, view: QuestionsView, events: AppEvents
) -> None:
    assert view.stack.currentIndex() == 1
    assert view.lists_stack.currentWidget() is view.no_targets
    with qtbot.waitSignal(events.view_requested) as requested:
        qtbot.mouseClick(view.no_targets.button, Qt.MouseButton.LeftButton)
    assert requested.args == [2]  # ViewId.FIELDS


def interview_with_field_list(field_id: int, name: str) -> int:
    """A request to ``name`` in a field whose list asks "From the field?"."""
    add_text(list_id=list_for_field(field_id=field_id), text="From the field?")
    contact = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    return start_request(contact_id=contact)


def test_choosing_an_interview_opens_its_list_copied_from_the_field(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    interview = interview_with_field_list(field_id, "<b>Ana</b>")
    start = datetime(2026, 5, 12, 13, 30, tzinfo=UTC)
    Interview.update(status="scheduled", scheduled_start=start, duration_min=45).where(
        Interview.id == interview
    ).execute()
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.show()
    labels = [view.targets.itemText(i) for i in range(view.targets.count())]
    assert labels[0] == "Nursing (career field)"
    assert labels[1].startswith("Interview with <b>Ana</b> — ")  # literal, never markup
    view.targets.setCurrentIndex(1)
    assert texts(view.editor.list_id) == ["From the field?"]
    assert "45-minute meeting" in view.editor.estimate.text()


def test_with_big_data_an_interview_chosen_while_the_lists_are_read_opens_once_read(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    interview = interview_with_field_list(field_id, "Ana")
    Interview.update(status="scheduled").where(Interview.id == interview).execute()
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.loader.big_from = 0  # as with 2,000 interviews or more: read in a worker thread
    view.show()  # "Prepare questions" from an interview: the view shown, then the list chosen
    assert view.is_reading()
    view.select_target(interview_id=interview)
    qtbot.waitUntil(lambda: not view.is_reading())
    assert view.targets.current_target() == ("interview", interview)
    assert view.targets.currentText().startswith("Interview with Ana")
    assert texts(view.editor.list_id) == ["From the field?"]


def test_questions_are_added_from_the_bank_by_double_click_enter_and_button(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    editor = view.editor
    bank_view = editor.bank_view
    first = editor.bank.index(0, 0)
    bank_view.setCurrentIndex(first)
    text = first.data()
    last = editor.bank.index(editor.bank.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: bank_view.visualRect(last).isValid())  # laid out in batches
    centre = bank_view.visualRect(first).center()
    qtbot.mouseClick(bank_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(bank_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert texts(editor.list_id) == [text]
    assert editor.bank.index(0, 0).data() != text  # the next suggestion moves up
    bank_view.setCurrentIndex(editor.bank.index(0, 0))
    bank_view.setFocus()
    qtbot.keyClick(bank_view, Qt.Key.Key_Return)
    bank_view.setCurrentIndex(editor.bank.index(0, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(texts(editor.list_id)) == 3


def test_a_new_list_offers_the_suggestions_in_one_click(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    ResearchItem.create(field=field_id, text="Night shifts are common at first.", verify=True)
    view.events.publish()
    editor = view.editor
    assert editor.suggest_button.isVisible()
    qtbot.mouseClick(editor.suggest_button, Qt.MouseButton.LeftButton)
    added = texts(editor.list_id)
    assert len(added) == 13
    assert "Night shifts are common at first" in " ".join(added)
    assert not editor.suggest_button.isVisible()
    assert editor.estimate.text().startswith("About ")


def test_ctrl_up_and_down_move_the_selection_and_save(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    list_id = list_for_field(field_id=field_id)
    for text in ("A?", "B?", "C?", "D?"):
        add_text(list_id=list_id, text=text)
    view.events.publish()
    list_view = view.editor.list_view
    list_view.setFocus()
    list_view.select_rows(2)
    before = {row.text: row.position for row in ListQuestion.select()}
    qtbot.keyClick(list_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(list_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(list_id) == ["C?", "A?", "B?", "D?"]
    assert list_view.selected_rows() == [0]
    qtbot.keyClick(list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts(list_id) == ["A?", "C?", "B?", "D?"]
    after = {row.text: row.position for row in ListQuestion.select()}
    assert [t for t in after if after[t] != before[t]] == ["C?"]  # only the moved row


def test_must_ask_and_the_time_warning_follow_the_list(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    list_id = list_for_field(field_id=field_id)
    for index in range(12):
        add_text(list_id=list_id, text=f"Question {index}?")
    view.events.publish()
    editor = view.editor
    editor.must_ask.setValue(2)
    editor.minutes.setValue(20)
    model = editor.questions
    assert [model.index(r).data(ItemRole.MUST_ASK) for r in range(3)] == [True, True, False]
    assert editor.estimate.text() == (
        "About 35 minutes with introductions and thanks, for a 20-minute meeting: "
        "the first 6 fit; put the most important first."
    )
    assert model.index(6).data(ItemRole.TIME_RUNS_OUT)
    editor.minutes.setValue(60)
    assert "it fits a 60-minute meeting" in editor.estimate.text()


def test_removing_a_question_can_be_undone(
    qtbot: QtBot, field_id: int, view: QuestionsView, events: AppEvents
) -> None:
    list_id = list_for_field(field_id=field_id)
    for text in ("A?", "B?", "C?"):
        add_text(list_id=list_id, text=text)
    view.events.publish()
    view.editor.list_view.select_rows(1)
    qtbot.mouseClick(view.editor.remove_button, Qt.MouseButton.LeftButton)
    assert texts(list_id) == ["A?", "C?"]
    assert view.editor.questions.rowCount() == 2
    events.undo_stack.undo()
    assert texts(list_id) == ["A?", "B?", "C?"]
    assert view.editor.questions.rowCount() == 3


def test_own_text_with_markup_is_added_and_shown_literally(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    save_research_notes(field_id=field_id, text="<i>Read</i> the <b>RCN</b> guide")
    view.events.publish()
    editor = view.editor
    qtbot.keyClicks(editor.own, "Is <b>this</b> & that true?")
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)
    assert editor.questions.index(0).data() == "Is <b>this</b> & that true?"
    assert editor.own.text() == ""
    assert editor.research.toPlainText().startswith("<i>Read</i> the <b>RCN</b> guide")
    qtbot.keyClicks(editor.own, "  ")
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)
    assert editor.questions.rowCount() == 1


def test_print_asks_for_the_sheet_of_the_list_shown(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    assert not view.editor.print_button.isEnabled()  # nothing to print yet
    add_text(list_id=list_for_field(field_id=field_id), text="Why?")
    view.events.publish()
    with qtbot.waitSignal(view.print_requested) as asked:
        qtbot.mouseClick(view.editor.print_button, Qt.MouseButton.LeftButton)
    assert asked.args == [list_for_field(field_id=field_id)]


def test_the_bank_tab_hides_built_ins_and_deletes_own_questions_with_undo(
    qtbot: QtBot, field_id: int, view: QuestionsView, events: AppEvents
) -> None:
    manager = view.manager
    assert manager.model.rowCount() == 0  # read when its tab is first shown
    own = add_own_question(text="<b>Mine</b>?")
    view.events.publish()
    view.tabs.setCurrentWidget(view.bank_tab)
    manager.search.setText("Mine")
    assert manager.model.rowCount() == 1
    assert manager.model.index(0, 0).data() == "<b>Mine</b>?"
    assert manager.model.index(0, 2).data() == "Mine"
    manager.table.selectRow(0)
    manager.delete_selected()
    settle(qtbot)
    assert not Question.select().where(Question.id == own).exists()
    events.undo_stack.undo()
    assert Question.get_by_id(own).text == "<b>Mine</b>?"
    manager.search.setText("typical week")
    manager.table.selectRow(0)
    shipped = manager.model.entry(0).question_id
    manager.delete_selected()  # a built-in question is hidden, not deleted
    assert Question.get_by_id(shipped).hidden
    events.undo_stack.undo()
    assert not Question.get_by_id(shipped).hidden


def test_the_question_dialog_rewords_a_built_in_question_and_restores_it(
    qtbot: QtBot, bank: None
) -> None:
    row = bank_rows()[0]
    dialog = QuestionDialog(None, row)
    qtbot.addWidget(dialog)
    assert not dialog.topic.isEnabled()
    dialog.text.setText("What is a normal week like?")
    dialog.buttons.accepted.emit()
    assert bank_rows()[0].text == "What is a normal week like?" and bank_rows()[0].edited
    again = QuestionDialog(None, bank_rows()[0])
    qtbot.addWidget(again)
    assert again.restore_button is not None
    qtbot.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert bank_rows()[0].text == row.text and not bank_rows()[0].edited


def test_drag_drop_through_the_list_view_model_persists(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    list_id = list_for_field(field_id=field_id)
    for text in ("A?", "B?", "C?"):
        add_text(list_id=list_id, text=text)
    view.events.publish()
    model = view.editor.questions
    mime = model.mimeData([model.index(2)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert texts(list_id) == ["C?", "A?", "B?"]
    assert [model.index(r).data(ItemRole.NUMBER) for r in range(3)] == [1, 2, 3]


def test_after_adding_the_suggested_questions_none_is_left_selected(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    editor = view.editor
    qtbot.mouseClick(editor.suggest_button, Qt.MouseButton.LeftButton)
    assert editor.questions.rowCount() == 12
    assert editor.list_view.selected_rows() == []  # Delete or Move would take them all
    assert editor.list_view.currentIndex().row() == 0  # the keyboard starts at the top


def test_after_copying_the_field_s_list_none_is_left_selected(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    contact = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    interview = start_request(contact_id=contact)
    Interview.update(status="scheduled", scheduled_start=datetime(2026, 5, 12, tzinfo=UTC)).where(
        Interview.id == interview
    ).execute()
    list_for_interview(interview_id=interview)  # made while the field's list was empty
    for text in ("A?", "B?", "C?"):
        add_text(list_id=list_for_field(field_id=field_id), text=text)
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.show()
    view.targets.setCurrentIndex(1)
    editor = view.editor
    assert editor.copy_button.isVisible()
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert texts(editor.list_id) == ["A?", "B?", "C?"]
    assert editor.list_view.selected_rows() == []


def test_the_bank_says_why_a_question_is_suggested(
    qtbot: QtBot, field_id: int, view: QuestionsView
) -> None:
    final_year = f"{date.today() + timedelta(days=120):%Y-%m}"
    save_profile(profile=ProfileData(decidedness=Decidedness.COMPARING, graduation=final_year))
    view.events.publish()
    editor = view.editor
    editor.topic.setCurrentIndex(editor.topic.findData(SUGGESTED))
    shown = [editor.bank.index(row, 0) for row in range(editor.bank.rowCount())]
    assert len(shown) == 12
    compare = next(i for i in shown if i.data().startswith("If I'm weighing this field"))
    assert compare.data(BankRole.CAPTION).startswith("Suggested: comparing fields · Advice")
    tooltip = compare.data(Qt.ItemDataRole.ToolTipRole)
    assert "Suggested because you are comparing fields." in tooltip
    for index in shown:
        assert "Suggested " in index.data(Qt.ItemDataRole.ToolTipRole), index.data()
