"""Every view shows a change made in another view or in a dialog: one path for every write."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.agenda import ActionKind, ItemKind
from infoview_gui.domain.changes import Kind
from infoview_gui.domain.enums import Channel
from infoview_gui.services import asking, ranking
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.ui.dialogs.form import FormDialog
from infoview_gui.ui.dialogs.request import RequestDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.home import HomeView
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.interviews import InterviewsView
from infoview_gui.ui.views.questions import QuestionsView
from tests.gui.settle import settled

NAME = 1


def contacts_view(window: MainWindow) -> ContactsView:
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    return view


def home(window: MainWindow) -> HomeView:
    window.show_view(ViewId.HOME)
    view = window.views[ViewId.HOME]
    assert isinstance(view, HomeView)
    return view


def next_person(window: MainWindow, ids: dict[str, int]) -> str:
    row = home(window).row_for(ids["declined"], ItemKind.DECLINED)
    assert row is not None
    return row.sentence.text()


def first_names(view: ContactsView) -> list[str]:
    model = settled(view.model)
    return [str(model.index(r, NAME).data()).split()[0] for r in range(model.rowCount())]


def ranked_view(window: MainWindow, ids: dict[str, int]) -> ContactsView:
    view = contacts_view(window)
    view.show_field(ids["field"])
    assert first_names(view) == ["Ana", "Ben", "Cy", "Di"]  # once the order is read
    return view


def test_home_follows_move_up_to_the_next_person(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    assert next_person(window, nursing).endswith("Nursing list: Ben Doe.")
    view = ranked_view(window, nursing)
    view.table.setFocus()
    view.table.selectRow(2)
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)  # Cy above Ben
    assert next_person(window, nursing).endswith("Nursing list: Cy Doe.")
    row = home(window).row_for(nursing["declined"], ItemKind.DECLINED)
    assert row is not None
    with qtbot.waitSignal(home(window).dialog_opened) as opened:
        row.button(ActionKind.ASK_NEXT).click()  # type: ignore[union-attr]
    dialog = opened.args[0]
    assert isinstance(dialog, RequestDialog) and dialog.contact_id == nursing["Cy"]
    dialog.close()


def test_home_follows_a_drag_in_the_ranked_list(
    window: MainWindow, nursing: dict[str, int]
) -> None:
    next_person(window, nursing)
    view = ranked_view(window, nursing)
    model = view.model
    dragged = model.mimeData([model.index(3, NAME)])  # Di, dropped before Ben
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert first_names(view) == ["Ana", "Di", "Ben", "Cy"]
    assert next_person(window, nursing).endswith("Nursing list: Di Doe.")


def test_home_follows_order_by_score(window: MainWindow, nursing: dict[str, int]) -> None:
    next_person(window, nursing)
    criterion = ranking.criteria(nursing["field"])[0][0]
    for name, score in (("Ben", 1), ("Cy", 2), ("Di", 5)):
        ranking.set_score(contact_id=nursing[name], criterion_id=criterion, score=score)
    view = ranked_view(window, nursing)
    view.score_button.click()
    assert next_person(window, nursing).endswith("Nursing list: Di Doe.")


def when_form_open(qtbot: QtBot, name: str, text: str, **more: str) -> None:
    """Type into the inputs of the form dialog about to open (``name``, then ``more``), save."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog):
            QTimer.singleShot(5, fill)
            return
        for field, typed in {name: text, **more}.items():
            widget = dialog.inputs[field]
            if isinstance(widget, QAbstractSpinBox):
                widget.selectAll()
            qtbot.keyClicks(widget, typed)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)


def test_a_contact_saved_in_its_dialog_shows_on_home(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    assert home(window).tiles["contacts"].number.text() == "4"
    view = contacts_view(window)
    when_form_open(qtbot, "first_name", "Eve")
    view.add_contact()
    assert [view.model.index(r, NAME).data() for r in view.table.selected_rows()] == ["Eve"]
    view.show_field(None)
    assert home(window).tiles["contacts"].number.text() == "5"


def test_a_request_made_in_contacts_shows_in_the_interviews_view(
    window: MainWindow, nursing: dict[str, int]
) -> None:
    window.show_view(ViewId.INTERVIEWS)
    interviews = window.views[ViewId.INTERVIEWS]
    assert isinstance(interviews, InterviewsView)
    before = interviews.model.rowCount()
    contacts_view(window)
    run_action(window.events, lambda: asking.request_for(contact_id=nursing["Ben"]))
    window.show_view(ViewId.INTERVIEWS)
    assert interviews.model.rowCount() == before  # a draft is not an interview yet
    contacts_view(window)
    ben = asking.request_for(contact_id=nursing["Ben"]).interview_id
    sent = lambda: asking.mark_asked(interview_id=ben, channel=Channel.EMAIL, on=date.today())  # noqa: E731
    run_action(window.events, sent)
    window.show_view(ViewId.INTERVIEWS)
    assert interviews.model.rowCount() == before + 1


def test_a_new_field_shows_in_the_contacts_filter_and_the_questions_view(
    window: MainWindow, nursing: dict[str, int]
) -> None:
    view = contacts_view(window)
    window.show_view(ViewId.QUESTIONS)
    questions = window.views[ViewId.QUESTIONS]
    assert isinstance(questions, QuestionsView)
    window.show_view(ViewId.FIELDS)
    run_action(window.events, lambda: add_field(name="Law"))
    window.show_view(ViewId.CONTACTS)
    assert view.field_filter.findText("Law") > 0
    window.show_view(ViewId.QUESTIONS)
    targets = [questions.targets.itemText(i) for i in range(questions.targets.count())]
    assert any("Law" in text for text in targets)


def test_the_profile_saved_in_its_dialog_greets_on_home(window: MainWindow, qtbot: QtBot) -> None:
    assert home(window).header.title.text() == "Welcome to InfoView"
    when_form_open(qtbot, "name", "Maya Chen")
    window.edit_profile()
    assert home(window).header.title.text() == "Welcome, Maya"  # still the first start


def test_a_write_outside_any_action_still_reaches_the_views(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    """The safety net: the event loop publishes what no action published."""
    view = home(window)
    asking.request_for(contact_id=nursing["Ben"])  # written, told to nobody
    with qtbot.waitSignal(window.events.changed) as told:
        pass
    changes = told.args[0]
    assert changes.touches(Kind.INTERVIEWS)
    assert view.isVisible()


def test_a_refused_move_leaves_the_rows_where_they_were(
    window: MainWindow, nursing: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from infoview_gui.domain.errors import StorageFullError

    def full(**_kwargs: object) -> None:
        raise StorageFullError()

    view = ranked_view(window, nursing)
    monkeypatch.setattr(ranking, "move", full)
    view.table.selectRow(2)
    view.up_button.click()
    assert first_names(view) == ["Ana", "Ben", "Cy", "Di"]
    assert "disk is full" in window.statusBar().currentMessage()
    assert next_person(window, nursing).endswith("Nursing list: Ben Doe.")


def test_a_question_added_to_the_bank_counts_on_home(window: MainWindow, qtbot: QtBot) -> None:
    before = int(home(window).tiles["questions"].number.text().replace(",", ""))
    window.show_view(ViewId.QUESTIONS)
    questions = window.views[ViewId.QUESTIONS]
    assert isinstance(questions, QuestionsView)
    when_form_open(qtbot, "text", "What surprised you in your first year?")
    questions.manager.add_question()
    after = int(home(window).tiles["questions"].number.text().replace(",", ""))
    assert after == before + 1


def test_a_question_listed_in_the_guide_shows_in_the_questions_view(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    window.show_view(ViewId.QUESTIONS)
    questions = window.views[ViewId.QUESTIONS]
    assert isinstance(questions, QuestionsView)
    questions.select_target(field_id=nursing["field"])
    assert questions.editor.questions.rowCount() == 0
    choose_field(field_id=nursing["field"])
    guide = window.guide()
    window.show_view(ViewId.GUIDE)
    guide.wizard.go_to_step(4)
    page = guide.wizard.currentPage()
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.own, "How did you choose your first ward?")
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)
    assert editor.questions.rowCount() == 1
    window.show_view(ViewId.QUESTIONS)
    shown = questions.editor.questions
    assert [shown.index(r).data() for r in range(shown.rowCount())] == [
        "How did you choose your first ward?"
    ]


def test_research_typed_in_career_fields_shows_in_the_guide(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    choose_field(field_id=nursing["field"])
    guide = window.guide()
    window.show_view(ViewId.GUIDE)
    guide.wizard.go_to_step(1)
    page = guide.wizard.currentPage()
    assert page.notes.toPlainText() == ""  # type: ignore[attr-defined]
    window.show_view(ViewId.FIELDS)
    fields = window.views[ViewId.FIELDS]
    notes = fields.research.notes  # type: ignore[attr-defined]
    notes.setFocus()
    qtbot.keyClicks(notes, "Pay starts around 60k")
    assert notes.flush()
    window.show_view(ViewId.GUIDE)
    assert page.notes.toPlainText() == "Pay starts around 60k"  # type: ignore[attr-defined]


def test_preferences_saved_in_their_dialog_change_home_s_advice(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    interview_id = asking.request_for(contact_id=nursing["Ben"]).interview_id
    asked_on = date.today() - timedelta(days=14)
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=asked_on)
    window.events.publish()

    def advice() -> str:
        row = home(window).row_for(interview_id, ItemKind.REQUEST)
        assert row is not None
        return row.sentence.text()

    assert "No answer from Ben Doe" in advice()
    when_form_open(qtbot, "ask_next_after", "30", follow_up_after="60")
    window.edit_preferences()
    assert advice().startswith("Waiting for Ben Doe to answer your request")
