"""The table of contacts, shared by the Contacts view and the guide's step 2."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.ui.widgets.frozen_columns import FrozenColumnsView
from infoview_gui.ui.widgets.score_delegate import ScoreDelegate

FROZEN = Column.NAME + 1
"""Rank and Name stay in view when the table scrolls sideways."""
CRITERION_MIN_WIDTH = 60

_WIDTHS = {
    Column.RANK: 52,
    Column.NAME: 170,
    Column.TITLE: 150,
    Column.ORGANISATION: 160,
    Column.FIELD: 120,
    Column.SOURCE: 120,
    Column.INTRODUCED_BY: 130,
    Column.LOCATION: 110,
    Column.SCORE: 60,
    Column.STATUS: 110,
    Column.NEXT_STEP: 220,
}


class ContactTableView(QTableView):
    """A table over a ContactTableModel: fixed row heights, SQL sorting, inline scores.

    Rank and Name are frozen: they stay on the left when the criteria make the table
    scroll sideways.

    Args:
        model: the contacts.
        parent: the parent widget.
        sortable: False keeps the table in rank order (no sorting by a header click).
        hidden: fixed columns not shown.

    Signals:
        open_requested(int): the user double-clicked a contact or pressed Enter on it.
        delete_requested: the user pressed Delete on the selection.
    """

    open_requested = Signal(int)
    delete_requested = Signal()

    def __init__(
        self,
        model: ContactTableModel,
        parent: QWidget | None = None,
        *,
        sortable: bool = True,
        hidden: Iterable[Column] = (),
    ) -> None:
        super().__init__(parent)
        self.contacts = model
        self._hidden = tuple(hidden)
        self.setAccessibleName("Contacts")
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setModel(model)
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(sortable)
        self.setWordWrap(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.RANK, Qt.SortOrder.AscendingOrder)
        self.frozen = FrozenColumnsView(self, FROZEN)
        self.doubleClicked.connect(self._on_double_clicked)
        self.frozen.doubleClicked.connect(self._on_double_clicked)
        model.modelReset.connect(self.apply_widths)
        self.apply_widths()

    def apply_widths(self) -> None:
        """Give each column a sensible width (measuring 100,000 rows would be slow).

        A criterion's column is as wide as its short name in the header.
        """
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.contacts.columnCount()):
            kind = self.contacts.column_kind(column)
            if kind is None:
                title = str(self.contacts.headerData(column, Qt.Orientation.Horizontal))
                width = max(CRITERION_MIN_WIDTH, metrics.horizontalAdvance(title) + 28)
            else:
                width = _WIDTHS[kind]
            self.setColumnWidth(column, width)
            self.setColumnHidden(column, kind in self._hidden)
        self.frozen.follow_columns()

    def use_delegates(self, delegate: QAbstractItemDelegate, frozen: QAbstractItemDelegate) -> None:
        """Draw and edit the cells with ``delegate``, the frozen ones with ``frozen``.

        Two instances: a delegate tells every view it serves about each editor it opens.
        """
        self.setItemDelegate(delegate)
        self.frozen.setItemDelegate(frozen)

    # -- the frozen columns ---------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the frozen columns over the left edge."""
        super().resizeEvent(event)
        if "frozen" in self.__dict__:
            self.frozen.follow_geometry()

    def updateGeometries(self) -> None:
        """Follow the header's height and the scroll bars with the frozen columns."""
        super().updateGeometries()
        if "frozen" in self.__dict__:  # Qt calls this while the table is being made
            self.frozen.follow_geometry()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll to a row; a frozen cell is always in view sideways, so keep that scroll."""
        if index.isValid() and index.column() < FROZEN:
            sideways = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(sideways)
            return
        super().scrollTo(index, hint)

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Moving left brings a cell hidden under the frozen columns back into view."""
        current = super().moveCursor(cursor_action, modifiers)
        if (
            cursor_action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= FROZEN
            and self.visualRect(current).left() < self.frozen.frozen_width
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen.frozen_width)
        return current

    def selected_rows(self) -> list[int]:
        """Return the selected rows, top to bottom."""
        selection = self.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected contacts, top to bottom."""
        return [self.contacts.row_id(row) for row in self.selected_rows()]

    def current_id(self) -> int | None:
        """Return the id of the contact with the cursor, if any."""
        index = self.currentIndex()
        return self.contacts.row_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        """Select these contacts (those shown) and scroll to the first."""
        selection = self.selectionModel()
        selection.clearSelection()
        rows = [row for row in (self.contacts.row_of(i) for i in ids) if row >= 0]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.contacts.index(row, 0), flags)
        if rows:
            # Not self.setCurrentIndex: with Ctrl held (Ctrl+Up) it would toggle the row off.
            current = self.contacts.index(rows[0], Column.NAME)
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(current)

    def move_selection(self, step: int) -> bool:
        """Move the selected block one row up (-1) or down (+1); True if it moved."""
        rows = self.selected_rows()
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            return False
        first, count = rows[0], len(rows)
        destination = first - 1 if step < 0 else first + count + 1
        if destination < 0 or destination > self.contacts.rowCount():
            return False
        ids = self.selected_ids()
        if not self.contacts.moveRows(QModelIndex(), first, count, QModelIndex(), destination):
            return False
        self.select_ids(ids)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the contact; Delete deletes; Ctrl+Up / Ctrl+Down move the selection."""
        key = event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            contact_id = self.current_id()
            if contact_id is not None:
                self.open_requested.emit(contact_id)
                return
        if key == Qt.Key.Key_Delete and self.selected_rows():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.contacts.criterion_at(index.column()):
            self.open_requested.emit(self.contacts.row_id(index.row()))
