"""How the contacts table asks for its whole order, and swaps it in when it comes.

A sort, a search keystroke, another filter or reading everything again each make an
``OrderRequest`` from what is asked for (``_wanted``, ``_wanted_sort``) and what is shown.
Without a ``reader`` it is answered at once; with one (the Contacts view gives a worker),
the table goes on showing the previous order, and a newer request supersedes an older
one, keeping what the older had to read. The answer replaces the order shown in one step:
Qt's layout signals for a sort (the same rows), a reset otherwise, between ``swapping``
and ``swapped`` (the view keeps the selection by id across it). A write shown meanwhile
row by row makes the read start again from the rows now shown.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, Qt, Signal

from infoview_gui.qtmodels.contact_columns import Criterion
from infoview_gui.qtmodels.contact_reading import (
    OrderRequest,
    OrderResult,
    Report,
    Sort,
    read_order,
    whole_ranking,
)
from infoview_gui.qtmodels.contact_rows import RankPlaces, RowBlocks
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.store.contact_table import ContactFilter


def _unwatched(_done: int, _total: int) -> None:
    """Progress of a read made here and now: nobody can supersede it."""


class OrderReadingMixin(QAbstractTableModel):
    """Reads the order of a table over ``_ids`` (shown) and ``_base_ids`` (unsearched).

    Signals:
        read_failed(str): the order could not be read; the previous one stays shown.
        swapping: a new order is about to replace the one shown.
        swapped: the new order is shown.
        settled: no order is being read any more (tests and the benchmark wait for it).
    """

    read_failed = Signal(str)
    swapping = Signal()
    swapped = Signal()
    settled = Signal()

    reader: Callable[[Callable[[Report], object]], None] | None
    _filter: ContactFilter
    _wanted: ContactFilter
    _sort: Sort
    _wanted_sort: Sort
    _base_ids: array[int]
    _ids: array[int]
    _search: ContactSearch
    _criteria: list[Criterion]
    _rows: RowBlocks
    _places: RankPlaces
    _loaded: bool
    _request: OrderRequest | None

    def is_reading(self) -> bool:
        """Whether an order is being read (the table shows the previous one meanwhile)."""
        return self._request is not None

    def is_loaded(self) -> bool:
        """Whether the table shows contacts read at least once (not the empty start)."""
        return self._loaded

    def set_filter(self, flt: ContactFilter, *, reload: bool = False) -> None:
        """Show the contacts matching ``flt`` (and the criteria of its field, if one).

        With ``reload``, read everything again (the data changed).
        """
        started = self._loaded or self._request is not None
        same = replace(flt, search="") == replace(self._wanted, search="")
        self._wanted = flt
        if reload:
            self.reload()
        elif started and same:
            self.set_search(flt.search)
        else:
            self._ask(criteria=True, base=True)

    def set_search(self, text: str) -> None:
        """Filter by the search box's text, keeping the other filters."""
        self._wanted = replace(self._wanted, search=text)
        self._ask()

    def reload(self) -> None:
        """Read everything again, e.g. after data changed."""
        self._places.forget()  # shown until the new ones come
        self._ask(criteria=True, base=True, fresh=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in SQL; the search still applies."""
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._wanted_sort:
            return  # QTableView asks twice: once itself, once for the header's indicator
        self._wanted_sort = wanted
        if self._loaded or self._request is not None:  # else the first load will sort
            self._ask(base=True, rearranged=True)

    def _ask(
        self,
        *,
        criteria: bool = False,
        base: bool = False,
        fresh: bool = False,
        rearranged: bool = False,
        only_places: bool = False,
    ) -> None:
        """Ask for the order wanted; a request on its way is superseded, keeping its needs.

        The Rank column's places are read with it when they are out of date and shown.
        """
        pending = self._request
        if pending is not None:
            criteria = criteria or pending.criteria is None
            base = base or pending.base is None
            fresh = fresh or pending.fresh
            rearranged = rearranged and pending.rearranged
            only_places = only_places and pending.only_places
        request = OrderRequest(
            filter=self._wanted,
            sort=self._wanted_sort,
            criteria=None if criteria else list(self._criteria),
            base=None if base else array("q", self._base_ids),
            search=ContactSearch() if fresh else self._search.copy(),
            rearranged=rearranged,
            fresh=fresh,
            places=self._places.wanted and not whole_ranking(self._wanted, self._wanted_sort),
            only_places=only_places,
        )
        self._request = request
        if self.reader is None:
            self.apply_order(read_order(request, _unwatched))
        else:
            self.reader(lambda report: read_order(request, report))

    def _ask_again(self) -> None:
        """Rows shown changed: read an order on its way again, or the places it shows."""
        pending = self._request
        if pending is not None:
            self._request = None
            self._ask(
                criteria=pending.criteria is None,
                base=pending.base is None,
                fresh=pending.fresh,
                rearranged=pending.rearranged,
                only_places=pending.only_places,
            )
        elif self.reader is not None and self._places_outdated():
            self._ask(only_places=True)

    def _places_outdated(self) -> bool:
        """Whether the Rank column shows places out of date (it shows them out of rank order)."""
        return self._places.wanted and not whole_ranking(self._filter, self._sort)

    def apply_order(self, result: object) -> None:
        """Show a read order, unless a newer request has superseded it."""
        if not isinstance(result, OrderResult) or result.request is not self._request:
            return
        request, self._request = result.request, None
        self._places.use(result.places)
        if request.only_places:  # the Rank column (0) of every row
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
            self.settled.emit()
            return
        self.swapping.emit()
        rearranged = request.rearranged and self._loaded and result.criteria == self._criteria
        if rearranged:
            self.layoutAboutToBeChanged.emit()
        else:
            self.beginResetModel()
        self._filter, self._sort, self._criteria = request.filter, request.sort, result.criteria
        self._base_ids, self._ids, self._search = result.base, result.ids, result.search
        self._rows.clear(scores=request.base is None)
        self._loaded = True
        if rearranged:
            self.layoutChanged.emit()
        else:
            self.endResetModel()
        self.swapped.emit()
        self.settled.emit()

    def order_failed(self, message: str) -> None:
        """The read failed: keep showing what is shown, and say why."""
        self._request = None
        self.read_failed.emit(message)
        self.settled.emit()
