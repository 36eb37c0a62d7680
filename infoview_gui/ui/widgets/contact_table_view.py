"""The table of contacts, shared by the Contacts view and the guide's step 2."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
from infoview_gui.ui.widgets.column_fit import fit_columns
from infoview_gui.ui.widgets.frozen_columns import FrozenColumnsView
from infoview_gui.ui.widgets.kept_selection import KeptSelection
from infoview_gui.ui.widgets.rows_header import RowsHeaderView
from infoview_gui.ui.widgets.score_delegate import ScoreDelegate
from infoview_gui.ui.workers import JobRunner

FROZEN = Column.NAME + 1
"""Rank and Name stay in view when the table scrolls sideways."""
STRETCH = (Column.NAME, Column.NEXT_STEP)
"""The columns that take the room the others leave."""


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
        self.setAccessibleName(self.tr("Contacts"))
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setHorizontalHeader(RowsHeaderView(self))  # never asks about whole columns
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
        self.horizontalHeader().setSortIndicator(Column.RANK, Qt.SortOrder.AscendingOrder)
        self.frozen = FrozenColumnsView(self, FROZEN)
        self.doubleClicked.connect(self._on_double_clicked)
        self.frozen.doubleClicked.connect(self._on_double_clicked)
        model.modelReset.connect(self._hide_columns)  # before the fit measures the rest
        self._hide_columns()
        self.fit = fit_columns(self, stretch=STRETCH, whole_title=self._is_criterion)
        model.modelReset.connect(self.frozen.follow_columns)
        self.frozen.follow_columns()
        self._kept: KeptSelection | None = None
        model.swapping.connect(self._on_model_swapping)
        model.swapped.connect(self._on_model_swapped)

    def read_in_worker(self) -> None:
        """Read the table's whole order in a worker thread from now on.

        Sorting, searching and reloading then never stop the window: the table shows the
        previous order until the new one comes, and a newer request drops an older one.
        """
        runner = JobRunner(
            self,
            doing=self.tr("read the contacts"),
            kept=self.tr("The table shows what it did."),
        )
        runner.finished.connect(self.contacts.apply_order)
        runner.failed.connect(self.contacts.order_failed)
        self.contacts.reader = lambda job: runner.run(job, connection=True)
        self._reading = runner

    def _on_model_swapping(self) -> None:
        self._kept = KeptSelection.take(self, self.contacts, self.selected_spans())

    def _on_model_swapped(self) -> None:
        if self._kept is not None:
            top = self.verticalScrollBar().value()
            self._kept.put_back(self, self.contacts)  # Qt scrolls to the current contact
            self._kept = None
            if self.verticalScrollBar().value() != top:
                self.fit.measure()  # the rows now in view were not those measured

    def _is_criterion(self, column: int) -> bool:
        return self.contacts.criterion_at(column) is not None

    def _hide_columns(self) -> None:
        for column in range(self.contacts.columnCount()):
            self.setColumnHidden(column, self.contacts.column_kind(column) in self._hidden)

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

    def selected_spans(self) -> list[tuple[int, int]]:
        """Return the selected rows as (first, last) spans, top to bottom, none overlapping.

        Read from the selection's ranges, never row by row: Qt's ``selectedRows()`` asks
        the model about every cell of every selected row.
        """
        model = self.selectionModel()
        if model is None:
            return []
        chosen = model.selection()
        ranges = sorted((chosen.at(n).top(), chosen.at(n).bottom()) for n in range(chosen.size()))
        spans: list[tuple[int, int]] = []
        for top, bottom in ranges:
            if spans and top <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
            else:
                spans.append((top, bottom))
        return spans

    def selected_rows(self) -> list[int]:
        """Return the selected rows, top to bottom."""
        return [row for top, bottom in self.selected_spans() for row in range(top, bottom + 1)]

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected contacts, top to bottom (a slice per span)."""
        return self.contacts.ids_of_spans(self.selected_spans()).tolist()

    def has_selection(self) -> bool:
        """Whether any contact is selected."""
        selection = self.selectionModel()
        return bool(selection and selection.hasSelection())

    def current_id(self) -> int | None:
        """Return the id of the contact with the cursor, if any."""
        index = self.currentIndex()
        return self.contacts.row_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: Sequence[int]) -> None:
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
        spans = self.selected_spans()
        if len(spans) != 1:
            return False
        first, count = spans[0][0], spans[0][1] - spans[0][0] + 1
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
        if key == Qt.Key.Key_Delete and self.has_selection():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.contacts.criterion_at(index.column()):
            self.open_requested.emit(self.contacts.row_id(index.row()))
