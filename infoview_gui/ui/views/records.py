"""A view of stored records: a table, or a sentence and a button when there are none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.qtmodels.roles import SortRole
from infoview_gui.qtmodels.rows_table import Formatter, Row, RowsTableModel
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.widgets.empty_state import EmptyState
from infoview_gui.ui.widgets.header import ViewHeader


class RecordsView(QWidget):
    """Subclasses give ``load_rows`` and ``add_record``; rows reload when data changes.

    ``KINDS`` names the kinds of records the rows are made of.
    """

    KINDS = Kind.ALL & ~Kind.SETTINGS

    def __init__(
        self,
        events: AppEvents,
        *,
        title: str,
        description: str,
        empty_sentence: str,
        add_text: str,
        headers: Sequence[str],
        formatters: Sequence[Formatter] | None = None,
    ) -> None:
        super().__init__()
        self.events = events
        self.header = ViewHeader(title, description)
        self.add_button = QPushButton(add_text)
        self.header.action_row.addWidget(self.add_button)
        self.model = RowsTableModel(headers, formatters)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = self._make_table()
        self.table.setAccessibleName(title)
        self.table.setTabKeyNavigation(False)
        self.empty = EmptyState(empty_sentence, add_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._connect_signals()
        self.refresher = Refresher(self, events, self.KINDS, lambda _changes: self.refresh())

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_record)
        self.empty.action_requested.connect(self.add_record)
        self.table.activated.connect(self._on_table_activated)

    def load_rows(self) -> list[Row]:
        """Return the rows to show, read from the store."""
        raise NotImplementedError

    def add_record(self) -> None:
        """Let the user add a record."""
        raise NotImplementedError

    def open_record(self, record_id: int) -> None:
        """Open a record the user activated; subclasses that can, do."""

    def refresh(self) -> None:
        """Reload the rows and show the table, or the empty state."""
        rows = self.load_rows()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.resizeColumnsToContents()

    def _on_table_activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.open_record(self.model.row_id(source.row()))
