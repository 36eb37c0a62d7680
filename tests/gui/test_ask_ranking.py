"""The Guide's step 3 ranks: scores, Move up / Move down, drag, Order by score, criteria."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.agenda import ItemKind
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.services.guide import choose_field
from infoview_gui.ui.dialogs.criteria import CriteriaDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.home import HomeView
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.wizard.ask_page import AskPage
from infoview_gui.ui.wizard.ids import PageId


@pytest.fixture
def nursing(nursing: dict[str, int], window: MainWindow) -> dict[str, int]:
    """The shared Nursing ranking (tests/gui/conftest.py), chosen in the guide."""
    choose_field(field_id=nursing["field"])
    window.events.publish()
    return nursing


def home_says(window: MainWindow, ids: dict[str, int]) -> str:
    """Home's "ask the next person" sentence after Ana declined."""
    window.show_view(ViewId.HOME)
    view = window.views[ViewId.HOME]
    assert isinstance(view, HomeView)
    row = view.row_for(ids["declined"], ItemKind.DECLINED)
    assert row is not None
    return row.sentence.text()


def step_3(window: MainWindow) -> AskPage:
    window.show_view(ViewId.GUIDE)
    wizard = window.guide().wizard
    wizard.go_to_step(3)
    page = wizard.page(PageId.ASK)
    assert isinstance(page, AskPage) and page.isVisible()
    return page


def first_names(page: AskPage) -> list[str]:
    model = page.model
    return [str(model.index(r, Column.NAME).data()).split()[0] for r in range(model.rowCount())]


def test_step_3_shows_the_ranking_table_with_scores(
    window: MainWindow, nursing: dict[str, int]
) -> None:
    page = step_3(window)
    assert first_names(page) == ["Ana", "Ben", "Cy", "Di"]
    assert page.model.can_reorder() and page.up_button.isEnabled()
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[8:12] == ["How close their…", "We know someone…", "Easy to meet…", "Score"]
    for hidden in (Column.FIELD, Column.SOURCE, Column.INTRODUCED_BY, Column.LOCATION):
        assert page.table.isColumnHidden(hidden)
    assert not page.table.isColumnHidden(Column.NEXT_STEP + 3)
    assert page.next_person.text() == "Next to ask: Ben Doe"
    assert page.panel.contact_id == nursing["Ben"]


def test_move_up_in_step_3_changes_who_home_says_to_ask(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    assert home_says(window, nursing).endswith("Nursing list: Ben Doe.")
    page = step_3(window)
    page.table.selectRow(2)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)  # Cy above Ben
    assert first_names(page) == ["Ana", "Cy", "Ben", "Di"]
    assert page.next_person.text() == "Next to ask: Cy Doe"
    assert page.delegates[0].next_id == nursing["Cy"]  # shown in bold
    assert page.table.selected_ids() == [nursing["Cy"]]  # the moved row stays chosen
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert first_names(page) == ["Ana", "Ben", "Cy", "Di"]
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert first_names(page) == ["Ana", "Ben", "Di", "Cy"]
    assert home_says(window, nursing).endswith("Nursing list: Ben Doe.")


def test_a_drag_in_step_3_changes_who_home_says_to_ask(
    window: MainWindow, nursing: dict[str, int]
) -> None:
    page = step_3(window)
    dragged = page.model.mimeData([page.model.index(3, Column.NAME)])  # Di, before Ben
    page.model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert first_names(page) == ["Ana", "Di", "Ben", "Cy"]
    assert page.next_person.text() == "Next to ask: Di Doe"
    assert home_says(window, nursing).endswith("Nursing list: Di Doe.")


def type_score(qtbot: QtBot, page: AskPage, row: int, score: str) -> None:
    cell = page.model.index(row, 8)
    page.table.setFocus()
    page.table.setCurrentIndex(cell)
    qtbot.keyClicks(page.table, score)
    editor = page.table.indexWidget(cell)
    assert isinstance(editor, QSpinBox)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.index(row, 8).data() == score)


def test_scores_typed_in_step_3_then_order_by_score(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    page = step_3(window)
    for row, score in ((1, "1"), (2, "2"), (3, "5")):  # Ben 1, Cy 2, Di 5
        type_score(qtbot, page, row, score)
    score_column = page.model.column_of(Column.SCORE)
    assert page.model.index(3, score_column).data() == "5.0"
    assert first_names(page) == ["Ana", "Ben", "Cy", "Di"]  # scores alone do not reorder
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    assert first_names(page) == ["Di", "Cy", "Ben", "Ana"]  # Ana has no score: last
    assert page.next_person.text() == "Next to ask: Di Doe"
    assert home_says(window, nursing).endswith("Nursing list: Di Doe.")


def test_the_criteria_button_of_step_3_adds_a_column_there(
    window: MainWindow, nursing: dict[str, int], qtbot: QtBot
) -> None:
    page = step_3(window)

    def add() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CriteriaDialog):
            QTimer.singleShot(10, add)
            return
        assert dialog.windowTitle() == "Criteria for Nursing"
        qtbot.keyClicks(dialog.new_name, "Works nights")
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
        dialog.close()

    QTimer.singleShot(0, add)
    qtbot.mouseClick(page.criteria_button, Qt.MouseButton.LeftButton)
    assert page.model.headerData(11, Qt.Orientation.Horizontal) == "Works nights"
    assert page.panel.contact_id == nursing["Ben"]  # still on the person chosen
