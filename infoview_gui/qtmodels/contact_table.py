"""The contacts table: ids ordered and filtered by SQLite, rows read a block at a time.

The model holds only the ordered ids of the matching contacts; the rows on screen are
read by id in blocks and cached, so 100,000 contacts open, filter and sort in a fraction
of a second. The search box filters in SQL (``contact_search``). With one field shown,
each of its ranking criteria gets an editable column, and rows can be moved (drag and
drop, Move up / Move down) when the table is in rank order.
"""

from __future__ import annotations

import html
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.ranking import short_name
from infoview_gui.qtmodels.contact_columns import (
    HEADERS,
    SORT_KEYS,
    Column,
    Criterion,
    cell_text,
)
from infoview_gui.qtmodels.contact_rows import RowBlocks
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.qtmodels.contact_updates import ContactUpdatesMixin
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.qtmodels.row_moves import RowDragMixin
from infoview_gui.services import ranking
from infoview_gui.store.contact_order import ContactOrder
from infoview_gui.store.contact_table import (
    ContactFilter,
    ContactRow,
    SortKey,
    contact_ids,
    rank_places,
)

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-infoview-contact-rows"


class ContactTableModel(ContactUpdatesMixin, RowDragMixin, QAbstractTableModel):
    """Contacts as the table shows them.

    Its own writes (a move, a score typed in a cell) show at once in the table; it then
    calls ``after_write``, which the view sets to publish the change to the other views.

    Args:
        today: returns today's date (tests pass a fixed one).

    Signals:
        write_refused(str): a move or a score could not be saved; the reason, in words.
    """

    ROW_MIME_TYPE = MIME_TYPE
    write_refused = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.after_write: Callable[[], object] = lambda: None
        self._today = today
        self._filter = ContactFilter()
        self._sort: tuple[int, bool] = (Column.RANK, False)
        self._base_ids: array[int] = array("q")  # matching every filter but the search
        self._ids: array[int] = array("q")  # what is shown: the base ids matching the search
        self._search = ContactSearch()
        self._criteria: list[Criterion] = []
        self._rows = RowBlocks()
        self._ordinals: dict[int, array[int]] = {}  # field -> place by contact id
        self._loaded = False

    # -- what is shown ---------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: ContactFilter, *, reload: bool = False) -> None:
        """Show the contacts matching ``flt`` (and the criteria of its field, if one).

        With ``reload``, read everything again (the data changed).
        """
        if reload:
            self._filter = flt
            self.reload()
            return
        if self._loaded and replace(flt, search="") == replace(self._filter, search=""):
            self.set_search(flt.search)
            return
        self._filter = flt
        self._requery()

    def set_search(self, text: str) -> None:
        """Filter by the search box's text, keeping the other filters."""
        self._filter = replace(self._filter, search=text)
        self.beginResetModel()
        self._ids = self._search.search(text)
        self._rows.clear(scores=False)
        self.endResetModel()

    def reload(self) -> None:
        """Read everything again, e.g. after data changed."""
        self._search.forget()
        self._ordinals.clear()
        self._requery()

    def _requery(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._criteria = (
            [Criterion(*c) for c in ranking.criteria(self._filter.field_id)]
            if self._filter.field_id is not None
            else []
        )
        self._base_ids = self._query_ids()
        self._search.set_base(self._base_ids)
        self._ids = self._search.search(self._filter.search)
        self._forget_rows()
        self.endResetModel()

    def _order(self) -> ContactOrder:
        column, descending = self._sort
        criterion = self.criterion_at(column)
        kind = self.column_kind(column)
        key = SortKey.RANK if kind is None else SORT_KEYS[kind]
        return ContactOrder(key, descending, criterion.id if criterion else None)

    def _query_ids(self) -> array[int]:
        order = self._order()
        return contact_ids(
            replace(self._filter, search=""),
            order.key,
            descending=order.descending,
            criterion_id=order.criterion_id,
        )

    def _forget_rows(self) -> None:
        self._rows.clear()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in SQL; the search still applies."""
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if not self._loaded:
            self._sort = wanted  # the first load will sort
            return
        if wanted == self._sort:
            return  # QTableView asks twice: once itself, once for the header's indicator
        self.layoutAboutToBeChanged.emit()
        self._sort = wanted
        self._base_ids = self._query_ids()
        self._search.set_base(self._base_ids)
        self._ids = self._search.search(self._filter.search)
        self._forget_rows()
        self.layoutChanged.emit()

    @property
    def criteria(self) -> list[Criterion]:
        """The criteria shown as columns (those of the field filtered on)."""
        return list(self._criteria)

    def column_kind(self, column: int) -> Column | None:
        """Return the fixed column at ``column``, or None for a criterion column."""
        if column <= Column.LOCATION:
            return Column(column)
        extra = column - Column.SCORE - len(self._criteria)
        if extra < 0:
            return None
        return Column(Column.SCORE + extra)

    def criterion_at(self, column: int) -> Criterion | None:
        """Return the criterion shown at ``column``, if it is a criterion column."""
        offset = column - Column.SCORE
        return self._criteria[offset] if 0 <= offset < len(self._criteria) else None

    def column_of(self, kind: Column) -> int:
        """Return the index of a fixed column."""
        return int(kind) if kind <= Column.LOCATION else int(kind) + len(self._criteria)

    def row_id(self, row: int) -> int:
        """Return the id of the contact at ``row``."""
        return int(self._ids[row])

    def ids_of_spans(self, spans: Sequence[tuple[int, int]]) -> array[int]:
        """Return the ids shown in these (first, last) row spans, in order."""
        ids: array[int] = array("q")
        for first, last in spans:
            ids.extend(array("q", self._ids[first : last + 1]))
        return ids

    def row_of(self, contact_id: int) -> int:
        """Return the row of a contact, or -1 when it is not shown."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """The number of matching contacts."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Fixed columns plus one per criterion of the field shown."""
        return 0 if parent.isValid() else len(Column) + len(self._criteria)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; a criterion shows a short name, its tooltip the full one and weight."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        criterion = self.criterion_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.column_kind(section)
            if criterion is not None:
                return short_name(criterion.name)
            return HEADERS[kind] if kind is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and criterion:
            name = html.escape(criterion.name)
            return f"{name}<br>Weight {criterion.weight} of 5. Type 0-5 in a cell to score."
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Criterion cells are editable; rows can be dragged when reordering is possible."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.can_reorder() else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.criterion_at(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.can_reorder():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text of a cell, its score for editing, its alignment, the row's id."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == RowIdRole:
            return self.row_id(index.row())
        if role not in _ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        criterion = self.criterion_at(index.column())
        if criterion is not None:
            return self._criterion_data(row, criterion, role)
        kind = self.column_kind(index.column())
        if kind is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = kind in (Column.RANK, Column.SCORE)
            return int(Qt.AlignmentFlag.AlignCenter) if numeric else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, kind, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:  # tooltips take markup: show it literally
            return html.escape(self._text(row, kind, index.row()))
        return None

    def _criterion_data(self, row: ContactRow, criterion: Criterion, role: int) -> Any:
        score = self._rows.scores.get((row.id, criterion.id))
        if role == Qt.ItemDataRole.EditRole:
            return -1 if score is None else score
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if score is None else str(score)
        return None

    def _text(self, row: ContactRow, kind: Column, shown_at: int) -> str:
        if kind is Column.RANK:
            place = self._ordinal(row, shown_at)
            return str(place) if place else ""
        if kind is Column.TAGS:
            return self._rows.tags.get(row.id, "")
        return cell_text(row, kind, self._today())

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store a score typed into a criterion cell (-1 or blank clears it)."""
        criterion = self.criterion_at(index.column())
        if role != Qt.ItemDataRole.EditRole or criterion is None or not index.isValid():
            return False
        score = None if value in (None, "", -1) else int(value)
        contact_id = self.row_id(index.row())
        try:
            ranking.set_score(contact_id=contact_id, criterion_id=criterion.id, score=score)
        except DomainError as exc:
            self.write_refused.emit(str(exc))
            return False
        if score is None:
            self._rows.scores.pop((contact_id, criterion.id), None)
        else:
            self._rows.scores[(contact_id, criterion.id)] = score
        self._rows.forget_row(index.row())
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.after_write()
        return True

    # -- reading rows ---------------------------------------------------------------

    def _row(self, row: int) -> ContactRow | None:
        return self._rows.get(self._ids, row, with_scores=bool(self._criteria))

    def _ordinal(self, row: ContactRow, shown_at: int) -> int:
        if row.field_id is None:
            return 0
        if self._shows_whole_ranking():
            return shown_at + 1  # one field in rank order: the place is the row
        places = self._ordinals.get(row.field_id)
        if places is None:
            places = self._ordinals[row.field_id] = rank_places(row.field_id)
        return places[row.id] if row.id < len(places) else 0

    # -- reordering -----------------------------------------------------------------

    def _shows_whole_ranking(self) -> bool:
        flt = self._filter
        return (
            flt.field_id is not None
            and not flt.search.strip()
            and flt.status is None
            and not flt.source
            and flt.tag_id is None
            and self._sort == (Column.RANK, False)
        )

    def can_reorder(self) -> bool:
        """True when the table shows one whole field in rank order."""
        return self._shows_whole_ranking()

    def accepts_row_drops(self) -> bool:
        """Rows are dropped only where they could be moved with Move up / Move down."""
        return self.can_reorder()

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move rows before ``destination_child`` and save the new order.

        The order is saved first: if the disk refuses it, the rows stay where they were.
        """
        field_id = self._filter.field_id
        if not self.can_reorder() or count < 1 or field_id is None:
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: nothing moves (``beginMoveRows`` would refuse too)
        ids = [int(i) for i in self._ids]
        block = ids[source_row : source_row + count]
        rest = ids[:source_row] + ids[source_row + count :]
        start = destination_child if destination_child <= source_row else destination_child - count
        after = rest[start - 1] if start > 0 else None
        before = rest[start] if start < len(rest) else None
        try:
            ranking.move(field_id=field_id, contact_ids=block, after_id=after, before_id=before)
        except DomainError as exc:
            self.write_refused.emit(str(exc))
            return False
        if not self.beginMoveRows(
            source_parent,
            source_row,
            source_row + count - 1,
            destination_parent,
            destination_child,
        ):
            return False
        self._ids = self._base_ids = array("q", rest[:start] + block + rest[start:])
        self._search.set_base(self._base_ids)
        self._forget_rows()
        self._ordinals.pop(field_id, None)
        self.endMoveRows()
        self.after_write()
        return True


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
