"""Selections in the Contacts table: read from Qt's ranges, never cell by cell."""

from __future__ import annotations

from typing import Any

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.models import Contact
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.widgets.contact_table_view import ContactTableView
from tests.gui.settle import settled

ROWS = 1000


class CountingModel(ContactTableModel):
    """Counts the calls Qt makes to ``flags()``: one per cell would freeze a large table."""

    calls = 0

    def flags(self, index: Any) -> Qt.ItemFlag:
        """Count, then answer as the real model does."""
        CountingModel.calls += 1
        return super().flags(index)


@pytest.fixture
def many(store: SqliteDatabase) -> list[int]:
    rows = [
        {"first_name": f"P{n:03d}", "sort_name": f"p{n:03d}", "email": f"p{n}@x.org"}
        for n in range(ROWS)
    ]
    Contact.insert_many(rows).execute()
    return [c.id for c in Contact.select(Contact.id).order_by(Contact.sort_name)]


def test_select_all_asks_about_a_few_cells_not_every_cell(many: list[int], qtbot: QtBot) -> None:
    model = CountingModel()
    table = ContactTableView(model)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    qtbot.waitExposed(table)
    model.set_filter(model.contact_filter, reload=True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    CountingModel.calls = 0
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    table.resize(940, 500)  # the titles and rows are painted again
    qtbot.wait(50)
    assert list(table.selected_ids()) == many
    cells = ROWS * model.columnCount()
    assert CountingModel.calls < cells / 4  # the cells painted, not the whole table


def test_selected_ids_follow_ranges_in_display_order(many: list[int], qtbot: QtBot) -> None:
    model = ContactTableModel()
    table = ContactTableView(model)
    qtbot.addWidget(table)
    model.set_filter(model.contact_filter, reload=True)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    shown = [model.row_id(r) for r in range(model.rowCount())]
    assert shown == many[::-1]
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection = QItemSelection()
    for top, bottom in ((40, 45), (3, 5), (44, 50)):  # out of order, overlapping
        selection.select(model.index(top, 0), model.index(bottom, 0))
    table.selectionModel().select(selection, rows)
    assert table.selected_spans() == [(3, 5), (40, 50)]
    assert list(table.selected_ids()) == shown[3:6] + shown[40:51]
    assert table.selected_rows() == [3, 4, 5, *range(40, 51)]


def test_delete_with_all_selected_then_undo(window: Any, many: list[int], qtbot: QtBot) -> None:
    from infoview_gui.ui.views.ids import ViewId

    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    settled(view.model)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # in a worker: a progress dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == 0
    assert settled(view.model).rowCount() == 0
    # the count as the locale writes it ("1,000" in US English, "1000" in the C locale)
    assert window.undo_action.text().endswith(f"Delete {QLocale().toString(ROWS)} contacts")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == ROWS
    assert settled(view.model).rowCount() == ROWS


def test_move_selection_needs_one_block(many: list[int], qtbot: QtBot) -> None:
    model = ContactTableModel()
    table = ContactTableView(model)
    qtbot.addWidget(table)
    model.set_filter(model.contact_filter, reload=True)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(model.index(1, 0), flags)
    table.selectionModel().select(model.index(4, 0), flags)
    assert not table.move_selection(1)  # two blocks: nothing to move as one
    assert add_contact(contact=ContactData(first_name="Q")) > 0
    assert QModelIndex() == model.index(0, 0).parent()


def test_a_click_on_a_title_sorts_by_it(many: list[int], qtbot: QtBot) -> None:
    model = ContactTableModel()
    table = ContactTableView(model)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    qtbot.waitExposed(table)
    model.set_filter(model.contact_filter, reload=True)
    header = table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(Column.NAME) + 5, 5)
    qtbot.mouseClick(
        table.frozen.horizontalHeader().viewport(), Qt.MouseButton.LeftButton, pos=where
    )
    assert [model.row_id(r) for r in range(3)] == many[:3]
    where = QPoint(header.sectionViewportPosition(Column.NAME) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # again: down
    assert header.sortIndicatorSection() == Column.NAME
    assert [model.row_id(r) for r in range(3)] == many[::-1][:3]
