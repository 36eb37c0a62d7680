"""The contacts selected stay selected when the table swaps in a new order.

A sort, a search or a reload replaces the whole order of the contacts table at once.
Qt would keep the selection by row (other people) or, for a layout change, save a
persistent index for every selected row (300,000 of them after Select all). Instead the
ids are noted before the swap, the selection cleared, and the same contacts selected
again after it, as ranges of rows, with the current contact current again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from infoview_gui.qtmodels.contact_table import ContactTableModel

_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@dataclass(frozen=True)
class KeptSelection:
    """The selected contacts of a table (None: every row) and the current one."""

    ids: frozenset[int] | None
    current: int | None
    column: int

    @classmethod
    def take(
        cls, view: QTableView, model: ContactTableModel, spans: list[tuple[int, int]]
    ) -> KeptSelection:
        """Note the selection of ``view`` over ``model`` (its ``spans`` of rows); clear it."""
        everything = bool(spans) and spans == [(0, model.rowCount() - 1)]
        ids = None if everything else frozenset(model.ids_of_spans(spans))
        index = view.currentIndex()
        current = model.row_id(index.row()) if index.isValid() else None
        view.selectionModel().clear()
        return cls(ids, current, max(index.column(), 0))

    def put_back(self, view: QTableView, model: ContactTableModel) -> None:
        """Select the same contacts among those now shown; make the current one current."""
        selection = view.selectionModel()
        count, last = model.rowCount(), model.columnCount() - 1
        if self.ids is None:
            rows: Iterable[int] = range(count)
        else:
            rows = model.rows_of_ids(self.ids) if self.ids else ()
        chosen = QItemSelection()
        for first, end in _spans(rows):
            chosen.select(model.index(first, 0), model.index(end, last))
        if not chosen.isEmpty():
            selection.select(chosen, _ROWS)
        row = model.row_of(self.current) if self.current is not None else -1
        if row >= 0:
            current = model.index(row, min(self.column, last))
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)


def _spans(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Return ascending rows as (first, last) runs of consecutive rows."""
    if isinstance(rows, range):
        return [(rows.start, rows.stop - 1)] if len(rows) else []
    spans: list[tuple[int, int]] = []
    for row in rows:
        if spans and row == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], row)
        else:
            spans.append((row, row))
    return spans
