"""Columns sized from the header and the rows in view: cheap at any row count, and filling."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from infoview_gui.qtmodels.rows_table import RowsTableModel
from infoview_gui.ui.widgets.column_fit import fit_columns, widths

AnyIndex = QModelIndex | QPersistentModelIndex


class CountingModel(RowsTableModel):
    """Counts the rows whose text the view asked for."""

    def __init__(self) -> None:
        super().__init__(("Name", "Organisation", "Introduced by"))
        self.rows_read: set[int] = set()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            self.rows_read.add(index.row())
        return super().data(index, role)


def shown_table(qtbot: QtBot, model: RowsTableModel, width: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    fit_columns(table, stretch=(0,))
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_300000_rows_are_measured_a_screenful_at_a_time(qtbot: QtBot) -> None:
    model = CountingModel()
    model.set_rows([(i, f"Person {i}", "Org", "") for i in range(300_000)])
    table = shown_table(qtbot, model, 600)
    model.rows_read.clear()
    model.set_rows(
        [(i, f"Person {i}", "A much longer organisation name", "") for i in range(300_000)]
    )
    assert 0 < len(model.rows_read) <= 60  # a screenful, not 300,000
    assert table.columnWidth(1) > table.fontMetrics().horizontalAdvance("A much longer")


def test_columns_fill_the_table_and_the_stretch_column_takes_the_rest(qtbot: QtBot) -> None:
    model = RowsTableModel(("Name", "Field"))
    model.set_rows([(1, "Ana", "Nursing")])
    table = shown_table(qtbot, model, 700)
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()  # no bare strip at the right
    assert table.columnWidth(0) > table.columnWidth(1)
    table.resize(900, 300)
    assert header.length() == table.viewport().width()


def test_a_narrow_table_wraps_titles_between_words_and_keeps_them_whole(qtbot: QtBot) -> None:
    model = RowsTableModel(("Name", "Introduced by", "Organisation"))
    model.set_rows([(1, "Ana", "Ben", "St Mary's Hospital")])
    table = shown_table(qtbot, model, 230)
    header = table.horizontalHeader()
    one_line = header.sizeHint().height()
    assert header.height() > one_line  # "Introduced by" on two lines
    metrics = header.fontMetrics()
    assert table.columnWidth(1) > metrics.horizontalAdvance("Introduced")
    assert table.columnWidth(2) > metrics.horizontalAdvance("Organisation")


def test_widths_stretch_cut_the_widest_first_and_scroll_rather_than_cut_titles() -> None:
    wants = {0: 100, 1: 50, 2: 300}
    mins = {0: 40, 1: 40, 2: 60}
    assert widths(wants, mins, 500, stretch=(0,)) == {0: 150, 1: 50, 2: 300}
    assert widths(wants, mins, 450) == wants
    assert widths(wants, mins, 300) == {0: 100, 1: 50, 2: 150}  # the widest gives first
    assert widths(wants, mins, 200) == {0: 75, 1: 50, 2: 75}
    assert widths(wants, mins, 100) == wants  # titles cannot fit: it scrolls, nothing cut


def test_a_date_a_little_wider_below_the_screenful_stays_on_one_line(qtbot: QtBot) -> None:
    model = RowsTableModel(("Contact", "When"))
    rows = [(i, f"Person {i}", "Thu 4 Feb 2027, 23:00") for i in range(200)]
    rows += [(200 + i, f"Person {200 + i}", "Wed 3 Feb 2027, 22:00") for i in range(200)]
    model.set_rows(rows)
    table = shown_table(qtbot, model, 700)
    table.scrollToBottom()
    index = model.index(399, 1)
    needed = table.sizeHintForIndex(index).width()
    assert table.columnWidth(1) >= needed  # shown whole, not wrapped or cut
