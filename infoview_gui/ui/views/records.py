"""A view of stored records: a table, or a sentence and a button when there are none.

``RecordsView`` holds its rows in Python and sorts them with a proxy: for short lists
(career fields). ``SqlRecordsView`` lists what SQLite orders and filters, reading only
the rows on screen: for lists that grow with use (interviews, follow-ups).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.qtmodels.records_table import RecordsTableModel, ShownRow
from infoview_gui.qtmodels.roles import RowIdRole, SortRole
from infoview_gui.qtmodels.rows_table import Formatter, Row, RowsTableModel
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.loader import Loader
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.widgets.column_fit import fit_columns
from infoview_gui.ui.widgets.empty_state import EmptyState
from infoview_gui.ui.widgets.header import ViewHeader

translate = QCoreApplication.translate
SEARCH_PEOPLE = str(QT_TRANSLATE_NOOP("SqlRecordsView", "Search names, organizations…"))
"""The search box's hint of the lists of people (interviews, follow-ups)."""


class RecordsFrame(QWidget):
    """A header with an add button, and a table or the empty state; subclasses fill it.

    ``KINDS`` names the kinds of records the rows are made of; they reload when those
    change.
    """

    KINDS = Kind.ALL & ~Kind.SETTINGS
    STRETCH: tuple[int, ...] = ()
    """The columns that take the table's spare width (the last one when empty)."""

    def __init__(
        self,
        events: AppEvents,
        shown: QAbstractItemModel,
        *,
        title: str,
        description: str,
        empty_sentence: str,
        add_text: str,
    ) -> None:
        super().__init__()
        self.events = events
        self.header = ViewHeader(title, description)
        self.add_button = QPushButton(add_text)
        self.header.action_row.addWidget(self.add_button)
        self.table = self._make_table(shown)
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
        self.add_button.clicked.connect(self.add_record)
        self.empty.action_requested.connect(self.add_record)
        self.table.activated.connect(self._on_table_activated)
        self.refresher = Refresher(self, events, self.KINDS, lambda _changes: self.refresh())

    def _make_table(self, shown: QAbstractItemModel) -> QTableView:
        table = QTableView()
        table.setModel(shown)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        self.fit = fit_columns(table, stretch=self.STRETCH)
        return table

    def add_record(self) -> None:
        """Let the user add a record."""
        raise NotImplementedError

    def open_record(self, record_id: int) -> None:
        """Open a record the user activated; subclasses that can, do."""

    def refresh(self) -> None:
        """Reload the rows and show the table, or the empty state."""
        raise NotImplementedError

    def _on_table_activated(self, index: QModelIndex) -> None:
        record_id = index.data(RowIdRole)
        if record_id is not None:
            self.open_record(int(record_id))


class RecordsView(RecordsFrame):
    """Subclasses give ``load_rows`` and ``add_record``; a proxy sorts the rows in memory."""

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
        self.model = RowsTableModel(headers, formatters)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        super().__init__(
            events,
            self.proxy,
            title=title,
            description=description,
            empty_sentence=empty_sentence,
            add_text=add_text,
        )
        self.proxy.setParent(self)

    def load_rows(self) -> list[Row]:
        """Return the rows to show, read from the store."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the rows and show the table, or the empty state."""
        rows = self.load_rows()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)


class SqlRecordsView(RecordsFrame):
    """Subclasses give ``record_ids``, ``shown_rows`` and ``add_record``; SQL sorts and filters.

    A search box above the table narrows it as the user types.
    """

    SEARCH_HINT = str(QT_TRANSLATE_NOOP("SqlRecordsView", "Search…"))
    """The search box's hint, translated where shown (``SqlRecordsView`` its context)."""

    def __init__(
        self,
        events: AppEvents,
        *,
        title: str,
        description: str,
        empty_sentence: str,
        add_text: str,
        headers: Sequence[str],
    ) -> None:
        self.model = RecordsTableModel(headers, self.record_ids, self.shown_rows)
        super().__init__(
            events,
            self.model,
            title=title,
            description=description,
            empty_sentence=empty_sentence,
            add_text=add_text,
        )
        self.model.setParent(self)
        # With big data, SQLite orders the ids in a worker thread: the window keeps turning.
        self.loader = Loader(
            self,
            doing=translate("SqlRecordsView", "read the list"),
            kept=translate("SqlRecordsView", "Nothing was changed."),
        )
        self.loader.failed.connect(events.saved.emit)
        self.model.reader = self.loader.load
        self.model.ids_reloaded.connect(self._on_model_ids_reloaded)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("SqlRecordsView", self.SEARCH_HINT))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(
            translate("SqlRecordsView", "Search: %1").replace("%1", title)
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.search)  # under the header, above the table
        self.search.textChanged.connect(self._on_search_text_changed)

    def record_ids(self, search: str, column: int, descending: bool) -> Sequence[int]:
        """Return the ids to list for a search, sorted by a column (-1: the natural order)."""
        raise NotImplementedError

    def shown_rows(self, ids: Sequence[int]) -> dict[int, ShownRow]:
        """Return the rows of these ids as shown, by id."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the ids again (in a worker thread when the data is big); ``reloaded`` follows."""
        self.model.reload()

    def reloaded(self) -> None:
        """The ids are read: show the empty state when there is nothing, searched or not."""
        listed = self.model.rowCount() > 0 or bool(self.model.search)
        self.stack.setCurrentWidget(self.table if listed else self.empty)

    def is_reading(self) -> bool:
        """Whether the ids are being read in a worker thread."""
        return self.loader.is_busy()

    def select_record(self, record_id: int) -> bool:
        """Show ``record_id`` selected, in view and with the keyboard (the search cleared)."""
        self.search.clear()
        self.model.reload(now=True)  # the row is looked for at once
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_search(text)

    def _on_model_ids_reloaded(self) -> None:
        self.reloaded()
