"""The contacts table: ids ordered and filtered by SQLite, rows read a block at a time.

The model holds only the ordered ids of the matching contacts; the rows on screen are
read by id in blocks and cached. The whole order (a sort, a search keystroke, another
filter, everything again after a large change) is read by ``contact_reading``: in a
worker when the view gives the model a ``reader``, the table showing the previous order
until the new one is swapped in (``swapping`` / ``swapped`` around it, ``settled`` when
nothing more is on its way). The search box filters in SQL (``contact_search``). With
one field shown, each of its ranking criteria gets an editable column, and rows can be
moved (drag and drop, Move up / Move down) when the table is in rank order.
"""

from __future__ import annotations

import html
from array import array
from collections.abc import Callable, Collection, Sequence
from datetime import date
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.next_step import WaitRules
from infoview_gui.domain.ranking import short_name
from infoview_gui.qtmodels.contact_columns import Column, Criterion, cell_text, header
from infoview_gui.qtmodels.contact_ordering import OrderReadingMixin
from infoview_gui.qtmodels.contact_reading import (
    Report,
    column_kind,
    criterion_at,
    order_of,
    whole_ranking,
)
from infoview_gui.qtmodels.contact_rows import RankPlaces, RowBlocks
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.qtmodels.contact_updates import ContactUpdatesMixin
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.qtmodels.row_moves import RowDragMixin
from infoview_gui.services import ranking
from infoview_gui.services.holiday_calendar import user_holidays
from infoview_gui.services.waiting import reply_thresholds
from infoview_gui.store.contact_order import ContactOrder
from infoview_gui.store.contact_table import ContactFilter, ContactRow

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-infoview-contact-rows"


class ContactTableModel(OrderReadingMixin, ContactUpdatesMixin, RowDragMixin, QAbstractTableModel):
    """Contacts as the table shows them.

    Its own writes (a move, a score typed in a cell) show at once in the table; it then
    calls ``after_write``, which the view sets to publish the change to the other views.

    Args:
        today: returns today's date (tests pass a fixed one).

    Signals:
        write_refused(str): a move or a score could not be saved; the reason, in words.
        read_failed(str): the order could not be read; the previous one stays shown.
        swapping: a new order is about to replace the one shown.
        swapped: the new order is shown.
        settled: no order is being read any more (tests and the benchmark wait for it).
    """

    ROW_MIME_TYPE = MIME_TYPE
    write_refused = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.after_write: Callable[[], object] = lambda: None
        self.reader: Callable[[Callable[[Report], object]], None] | None = None
        """Runs a read (in a worker) and gives its result to ``apply_order``; None: here."""
        self._today = today
        self._filter = self._wanted = ContactFilter()  # shown / asked for
        self._sort = self._wanted_sort = (int(Column.RANK), False)
        self._base_ids: array[int] = array("q")  # matching every filter but the search
        self._ids: array[int] = array("q")  # what is shown: the base ids matching the search
        self._search = ContactSearch()
        self._criteria: list[Criterion] = []
        self._rows = RowBlocks()
        self._places = RankPlaces()
        self._loaded = False
        self._request = None  # the order being read

    # -- what is shown ---------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        """The filter asked for (shown once any read on its way is applied)."""
        return self._wanted

    def _order(self) -> ContactOrder:
        return order_of(self._criteria, self._sort)

    def _forget_rows(self) -> None:
        self._rows.clear()

    @property
    def criteria(self) -> list[Criterion]:
        """The criteria shown as columns (those of the field filtered on)."""
        return list(self._criteria)

    def column_kind(self, column: int) -> Column | None:
        """Return the fixed column at ``column``, or None for a criterion column."""
        return column_kind(self._criteria, column)

    def criterion_at(self, column: int) -> Criterion | None:
        """Return the criterion shown at ``column``, if it is a criterion column."""
        return criterion_at(self._criteria, column)

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

    def rows_of_ids(self, wanted: Collection[int]) -> list[int]:
        """Return the rows of the ``wanted`` contacts shown, top to bottom (one pass in C)."""
        return list(compress(range(len(self._ids)), map(wanted.__contains__, self._ids)))

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
            return header(kind) if kind is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and criterion:
            name = html.escape(criterion.name)
            weight = self.tr("Weight %1 of 5. Type 0-5 in a cell to score.")
            return f"{name}<br>{weight.replace('%1', str(criterion.weight))}"
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
        return cell_text(row, kind, self._today(), self._wait_rules())

    def rules_changed(self) -> None:
        """Read Preferences' reply rules and holidays again; show the Next step anew."""
        self._rows.waiting = None
        if self.rowCount():
            column = self.column_of(Column.NEXT_STEP)
            last = self.index(self.rowCount() - 1, column)
            self.dataChanged.emit(self.index(0, column), last, [Qt.ItemDataRole.DisplayRole])

    def _wait_rules(self) -> WaitRules:
        """Preferences' reply rules and the user's holidays, read once with the rows."""
        if self._rows.waiting is None:
            ask_next, follow_up = reply_thresholds()
            self._rows.waiting = WaitRules(ask_next, follow_up, user_holidays(today=self._today()))
        return self._rows.waiting

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
        return self._places.place(row.id, row.field_id, refresh=self.reader is None)

    # -- reordering -----------------------------------------------------------------

    def _shows_whole_ranking(self) -> bool:
        return whole_ranking(self._filter, self._sort)

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
        self._places.forget([field_id])
        self.endMoveRows()
        self._ask_again()
        self.after_write()
        return True


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
