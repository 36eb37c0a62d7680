"""After a write, the contacts table moves the rows it touched and leaves the others.

An edit, a delete or an undo touches a few contacts: each is looked up in SQL (does it
still match the filters and the search? where does it go in the order?) and its row is
changed in place, moved, removed or inserted, with the matching Qt signals, so the
selection and the scroll position stay where they were; an order being read meanwhile is
read again. Many contacts at once, or a change of what the columns are, reads everything
again instead.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import compress

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.qtmodels.contact_rows import RankPlaces, RowBlocks
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.store.contact_order import ContactOrder, contacts_of_interviews, introduced_by
from infoview_gui.store.contact_table import ContactFilter, contact_ids

MOST_TOUCHED = 50
"""More contacts touched than this: read the whole list again (one query, not 50 lookups)."""


def touched_contacts(changes: Changes, field_id: int | None) -> set[int] | None:
    """Return the contacts whose rows ``changes`` may change, or None to read everything.

    Everything is read again when the ids are not known, when fields or imports changed,
    or when the ranking of the field shown changed (its criteria are columns).
    """
    if changes.touches(Kind.FIELDS | Kind.IMPORTS):
        return None
    contacts, fields = changes.ids_of(Kind.CONTACTS), changes.ids_of(Kind.RANKING)
    interviews = changes.ids_of(Kind.INTERVIEWS)
    if contacts is None or fields is None or interviews is None or field_id in fields:
        return None
    found = contacts_of_interviews(interviews) if interviews else set()
    if found is None or len(contacts | found) > MOST_TOUCHED:
        return None
    return set(contacts) | found | introduced_by(contacts)


def rows_of(ids: Sequence[int], wanted: Collection[int]) -> dict[int, int]:
    """Return {id: row} of the ``wanted`` ids in ``ids``, in one pass made in C."""
    rows = compress(range(len(ids)), map(wanted.__contains__, ids))
    return {int(ids[row]): row for row in rows}


class ContactUpdatesMixin(QAbstractTableModel):
    """Places touched contacts in a table over ``_ids`` (shown) and ``_base_ids`` (unsearched)."""

    _ids: array[int]
    _base_ids: array[int]
    _filter: ContactFilter
    _search: ContactSearch
    _rows: RowBlocks
    _places: RankPlaces

    def _order(self) -> ContactOrder:
        raise NotImplementedError

    def _ask_again(self) -> None:
        """An order being read must be read again: the rows shown changed."""

    def update_contacts(
        self, touched: Collection[int], ranked: Collection[int] | None = None
    ) -> bool:
        """Show the changes of these contacts; False if too many to place one by one.

        ``ranked`` are the fields whose ranking changed (None: maybe any): the Rank
        column numbers those again.
        """
        if len(touched) > MOST_TOUCHED:
            return False
        order = self._order()
        flt = replace(self._filter, search="")
        key, descending, criterion = order.key, order.descending, order.criterion_id
        kept = set(
            contact_ids(flt, key, descending=descending, criterion_id=criterion, only=list(touched))
        )
        self._search.follow(list(touched))
        self._rows.clear()
        self._places.forget(ranked)
        shared = self._ids is self._base_ids
        if not shared:
            self._place_silently(self._base_ids, touched, kept, order)
        wanted = {i for i in kept if self._search.matches(i)}
        self._place_shown(touched, wanted, order)
        if shared:
            self._base_ids = self._ids
        self._search.set_base(self._base_ids)
        self._ask_again()
        return True

    def _place_silently(
        self, ids: array[int], touched: Collection[int], kept: set[int], order: ContactOrder
    ) -> None:
        for row in sorted(rows_of(ids, touched).values(), reverse=True):
            del ids[row]
        for contact_id in sorted(kept):
            ids.insert(order.position(ids, contact_id), contact_id)

    def _place_shown(self, touched: Collection[int], wanted: set[int], order: ContactOrder) -> None:
        ids = self._ids
        found = rows_of(ids, touched)
        near = [ids[r + d] for r in found.values() for d in (-1, 1) if 0 <= r + d < len(ids)]
        order.read([*touched, *near])
        stay = {i for i, row in found.items() if i in wanted and self._in_place(ids, row, order)}
        last = self.columnCount() - 1
        for contact_id in stay:
            row = found[contact_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        for row in sorted((r for i, r in found.items() if i not in stay), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del ids[row]
            self.endRemoveRows()
        for contact_id in sorted(wanted - stay):
            row = order.position(ids, contact_id)
            self.beginInsertRows(QModelIndex(), row, row)
            ids.insert(row, contact_id)
            self.endInsertRows()

    @staticmethod
    def _in_place(ids: array[int], row: int, order: ContactOrder) -> bool:
        contact_id = int(ids[row])
        after = row == 0 or order.before(int(ids[row - 1]), contact_id)
        return after and (row + 1 == len(ids) or order.before(contact_id, int(ids[row + 1])))
