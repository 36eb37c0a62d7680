"""A read-only table over ids that SQLite orders and filters; rows read a block at a time.

The Interviews and Follow-ups tables: sorting by a header and typing in the search box
ask SQLite for the ordered ids again (``store.record_table``); the texts of the rows on
screen are made from rows read by id, ``BLOCK`` at a time, and kept for ``MAX_BLOCKS``
blocks. Nothing is done per row of the whole list in Python but keeping its id.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from infoview_gui.qtmodels.headers import header_text
from infoview_gui.qtmodels.roles import MarkedRole, RowIdRole

AnyIndex = QModelIndex | QPersistentModelIndex
BLOCK = 128
MAX_BLOCKS = 32


class ShownRow(NamedTuple):
    """A row as the table shows it: its cells' texts, and whether it is marked (overdue)."""

    texts: tuple[str, ...]
    marked: bool = False


IdsQuery = Callable[[str, int, bool], Sequence[int]]
"""(search, column or -1, descending) -> the ids to list, in order."""
RowsQuery = Callable[[Sequence[int]], dict[int, ShownRow]]
"""The rows of these ids, by id, as shown."""
Reader = Callable[[Callable[[], Sequence[int]], Callable[[Sequence[int]], None]], None]
"""(read, done): runs ``read`` and gives its ids to ``done``, at once or later (a worker)."""


def read_at_once(read: Callable[[], Sequence[int]], done: Callable[[Sequence[int]], None]) -> None:
    """The plain reader: read the ids now."""
    done(read())


class RecordsTableModel(QAbstractTableModel):
    """Rows listed by ``ids_query`` and shown by ``rows_query``; sorting asks for ids again.

    ``reader`` runs each ids query: at once by default; a view with big data reads them in
    a worker thread, and the rows listed stay until the new ids come (only the latest
    read's ids are taken).

    Args:
        headers: the column titles.
        ids_query: returns the ids to list for a search, a column and a direction.
        rows_query: returns the shown rows of some ids.

    Signals:
        ids_reloaded: the ids of a reload (not a sort) are in.
    """

    ids_reloaded = Signal()

    def __init__(self, headers: Sequence[str], ids_query: IdsQuery, rows_query: RowsQuery) -> None:
        super().__init__()
        self._headers = list(headers)
        self._ids_query, self._rows_query = ids_query, rows_query
        self.reader: Reader = read_at_once
        self._ids: Sequence[int] = []
        self._search = ""
        self._sort: tuple[int, bool] = (-1, False)
        self._blocks: OrderedDict[int, dict[int, ShownRow]] = OrderedDict()
        self._loaded = False
        self._reads = 0  # the latest read's number: an older one's ids are dropped
        self._reset_due = False  # a reload waits for its ids (a sort since then brings them)

    @property
    def search(self) -> str:
        """The search text in force."""
        return self._search

    def reload(self, *, now: bool = False) -> None:
        """Read the ids again (the data changed); ``now``: at once, whatever the reader."""
        self._reset_due = True
        self._read(read_at_once if now else self.reader)

    def set_search(self, text: str) -> None:
        """List only the records matching ``text``."""
        if text == self._search:
            return
        self._search = text
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in SQL; -1 is the records' own order."""
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if not self._loaded:
            self._sort = wanted  # the first load sorts (the table asks while being set up)
            return
        if wanted == self._sort:
            return  # QTableView asks twice: once itself, once for the header's indicator
        self._sort = wanted
        self._read(self.reader)

    def _read(self, reader: Reader) -> None:
        self._loaded = True
        self._reads += 1
        number, query, search = self._reads, self._ids_query, self._search
        column, descending = self._sort
        reader(lambda: query(search, column, descending), lambda ids: self._take(number, ids))

    def _take(self, number: int, ids: Sequence[int]) -> None:
        """Show the ids of read ``number``, unless a later read was asked for."""
        if number != self._reads:
            return
        if self._reset_due:
            self._reset_due = False
            self.beginResetModel()
            self._ids = ids
            self._blocks.clear()
            self.endResetModel()
            self.ids_reloaded.emit()
            return
        self.layoutAboutToBeChanged.emit()
        self._ids = ids
        self._blocks.clear()
        self.layoutChanged.emit()

    def row_of(self, record_id: int) -> int | None:
        """Return the row listing ``record_id``, or None when it is not listed."""
        try:
            return list(self._ids).index(record_id)
        except ValueError:
            return None

    def row_id(self, row: int) -> int:
        """Return the record id shown at ``row``."""
        return int(self._ids[row])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of rows listed."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text and tooltip, the row's id, and whether the row is marked."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == RowIdRole:
            return self.row_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, MarkedRole):
            return None
        shown = self._shown(index.row())
        if shown is None:
            return None
        if role == MarkedRole:
            return shown.marked
        text = shown.texts[index.column()]
        return text if role == Qt.ItemDataRole.DisplayRole else html.escape(text)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return header_text(self._headers, section, orientation, role)

    def _shown(self, row: int) -> ShownRow | None:
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            chunk = [int(i) for i in self._ids[number * BLOCK : (number + 1) * BLOCK]]
            block = self._blocks[number] = self._rows_query(chunk)
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block.get(int(self._ids[row]))
