"""A student's own criteria, typed in the criteria dialog, change the columns and the scores."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.criteria_table import CriteriaColumn, CriteriaTableModel
from infoview_gui.services import ranking
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.ui.dialogs.criteria import CriteriaDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId

CLOSE = "How close their job is to the one I want"


@pytest.fixture
def nursing(window: MainWindow) -> dict[str, int]:
    """Nursing: Ana scores 5 on "how close", Ben 1."""
    field_id = add_field(name="Nursing")
    ids = {"field": field_id}
    for name in ("Ana", "Ben"):
        ids[name] = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    close = ranking.criteria(field_id)[0][0]
    ranking.set_score(contact_id=ids["Ana"], criterion_id=close, score=5)
    ranking.set_score(contact_id=ids["Ben"], criterion_id=close, score=1)
    window.events.publish()
    return ids


@pytest.fixture
def view(window: MainWindow, nursing: dict[str, int]) -> ContactsView:
    window.show_view(ViewId.CONTACTS)
    contacts = window.views[ViewId.CONTACTS]
    assert isinstance(contacts, ContactsView)
    contacts.show_field(nursing["field"])
    return contacts


def headers(view: ContactsView) -> list[str]:
    model = view.model
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def scores(view: ContactsView) -> dict[str, str]:
    model = view.model
    column = model.column_of(Column.SCORE)
    return {
        str(model.index(r, Column.NAME).data()): str(model.index(r, column).data())
        for r in range(model.rowCount())
    }


def weight_box(dialog: CriteriaDialog, row: int) -> QSpinBox:
    editor = dialog.table.indexWidget(dialog.model.index(row, CriteriaColumn.WEIGHT))
    assert isinstance(editor, QSpinBox)  # a spin box on every row, always shown
    return editor


def type_weight(qtbot: QtBot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def names(dialog: CriteriaDialog) -> list[str]:
    return [dialog.model.criterion(r).name for r in range(dialog.model.rowCount())]


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, view: ContactsView) -> CriteriaDialog:
    opened = CriteriaDialog(window.events, view.model.contact_filter.field_id or 0, "Nursing", view)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_the_criteria_model_passes_the_model_tester(
    qtmodeltester: ModelTester, nursing: dict[str, int]
) -> None:
    model = CriteriaTableModel(nursing["field"])
    qtmodeltester.check(model, force_py=True)
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Easy to meet (location)"


def test_a_typed_criterion_and_weight_become_a_column_and_count(
    qtbot: QtBot, view: ContactsView, dialog: CriteriaDialog
) -> None:
    assert scores(view) == {"Ana": "5.0", "Ben": "1.0"}
    assert dialog.focusWidget() is dialog.new_name  # the keyboard starts in the new name
    qtbot.keyClicks(dialog.new_name, "Works with data every day")
    type_weight(qtbot, dialog.new_weight, "5")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert names(dialog)[-1] == "Works with data every day"
    assert dialog.new_name.text() == ""
    assert weight_box(dialog, 3).value() == 5
    assert "Works with data…" in headers(view)  # the table behind follows at once
    new = view.model.criteria[-1]
    assert (new.name, new.weight) == ("Works with data every day", 5)
    # Ben scores 5 on it, typed in the table: (1*3 + 5*5) / 8.
    cell = view.model.index(1, view.model.column_of(Column.SCORE) - 1)  # the last criterion
    view.table.setFocus()
    view.table.setCurrentIndex(cell)
    qtbot.keyClicks(view.table, "5")
    score_box = view.table.indexWidget(cell)
    assert isinstance(score_box, QSpinBox) and score_box.value() == 5
    qtbot.keyClick(score_box, Qt.Key.Key_Return)  # the delegate commits after the key
    qtbot.waitUntil(lambda: scores(view) == {"Ana": "5.0", "Ben": "3.5"})
    # "How close" no longer counts: Ben's 5 alone is left, Ana has no score.
    type_weight(qtbot, weight_box(dialog, 0), "0")
    assert ranking.criteria(view.model.contact_filter.field_id or 0)[0][2] == 0
    assert scores(view) == {"Ana": "", "Ben": "5.0"}
    tip = view.model.headerData(8, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{CLOSE}<br>Weight 0 of 5")


def test_rename_reorder_and_remove_show_in_the_columns(
    qtbot: QtBot, view: ContactsView, dialog: CriteriaDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_row(1)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    editor = dialog.table.indexWidget(dialog.model.index(1, CriteriaColumn.NAME))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Went to my school")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits after the key
    qtbot.waitUntil(lambda: headers(view)[9] == "Went to my school")
    assert headers(view)[8:11] == ["How close their…", "Went to my school", "Easy to meet…"]
    dialog.select_row(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert not dialog.up_button.isEnabled()  # it is first now
    assert headers(view)[8:11] == ["Easy to meet…", "How close their…", "Went to my school"]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # no scores: no question
    assert headers(view)[8:10] == ["How close their…", "Went to my school"]
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_remove", lambda name, n: asked.append(name) or False)
    dialog.select_row(0)
    dialog.remove_button.click()
    assert asked == [CLOSE] and len(names(dialog)) == 2  # two contacts scored it: asked, kept
    monkeypatch.setattr(dialog, "confirm_remove", lambda name, n: True)
    dialog.remove_button.click()
    assert names(dialog) == ["Went to my school"]
    assert scores(view) == {"Ana": "", "Ben": ""}


def test_a_refused_name_stays_typed_and_says_why(
    qtbot: QtBot, view: ContactsView, dialog: CriteriaDialog
) -> None:
    qtbot.keyClicks(dialog.new_name, "we know someone IN COMMON")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.new_name.text() == "we know someone IN COMMON"
    assert "already has a criterion" in dialog.error.text() and dialog.error.isVisible()
    assert len(names(dialog)) == 3
    assert dialog.isVisible()  # Enter never closes the dialog
    dialog.new_name.clear()  # closing would ask about it (see below)


def when_criteria_open(action: Callable[[CriteriaDialog], None]) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CriteriaDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def test_the_criteria_button_edits_the_field_shown(qtbot: QtBot, view: ContactsView) -> None:
    assert view.criteria_button.isEnabled()

    def add(dialog: CriteriaDialog) -> None:
        assert dialog.windowTitle() == "Criteria for Nursing"
        qtbot.keyClicks(dialog.new_name, "Pay")
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
        dialog.close()

    when_criteria_open(add)
    qtbot.mouseClick(view.criteria_button, Qt.MouseButton.LeftButton)
    assert headers(view)[11] == "Pay"
    view.show_field(None)
    assert not view.criteria_button.isEnabled()  # all fields: whose criteria?


def test_long_names_are_short_headers_and_name_stays_in_view(
    qtbot: QtBot, window: MainWindow, view: ContactsView, nursing: dict[str, int]
) -> None:
    for n in range(5):
        ranking.add_criterion(field_id=nursing["field"], name=f"Criterion number {n} is long")
    window.events.publish()
    window.resize(1000, 700)
    table = view.table
    titles = headers(view)[8:16]
    assert titles[3] == "Criterion number…"
    metrics = table.horizontalHeader().fontMetrics()
    for column, title in enumerate(titles, 8):
        assert len(title) <= 18
        assert metrics.horizontalAdvance(title) < table.columnWidth(column)  # not cut
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert table.columnViewportPosition(Column.NAME) < 0  # the table's own Name scrolled away
    frozen = table.frozen
    assert frozen.isVisible() and not frozen.isColumnHidden(Column.NAME)
    assert frozen.isColumnHidden(Column.TITLE) and frozen.isColumnHidden(8)
    assert frozen.width() == table.columnWidth(Column.RANK) + table.columnWidth(Column.NAME)
    cell = frozen.visualRect(view.model.index(1, Column.NAME))
    assert frozen.viewport().rect().contains(cell)
    assert frozen.indexAt(cell.center()).data() == "Ben"
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert table.selected_ids() == [nursing["Ben"]]  # one selection for both
    assert bar.value() == bar.maximum()  # choosing a name does not scroll back


def test_closing_with_a_name_typed_asks_first(
    qtbot: QtBot, view: ContactsView, dialog: CriteriaDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.AcceptRole]
    asked: list[str] = []

    def ask(name: str) -> QMessageBox.ButtonRole:
        asked.append(name)
        return answers.pop(0)

    monkeypatch.setattr(dialog, "ask_unsaved", ask)
    qtbot.keyClicks(dialog.new_name, "Pay")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.new_name.text() == "Pay"  # "Stay"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert asked == ["Pay", "Pay"] and not dialog.isVisible()
    assert headers(view)[11] == "Pay"  # "Add it"
