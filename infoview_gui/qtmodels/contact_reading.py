"""The contacts table's whole order, read where it cannot stop the window.

Sorting, a search keystroke, another filter, and reading everything again after a large
change each need the ordered ids of every matching contact: at 300,000 contacts a few
tenths of a second of SQL. The table asks for them with an ``OrderRequest`` and goes on
showing what it shows; ``read_order`` answers it, in a worker thread on its own
connection (or at once, when the table has no worker). A request carries copies of what
it starts from (the ids already in order, the search's last matches), so nothing the
window changes meanwhile is read by two threads.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace

from infoview_gui.qtmodels.contact_columns import SORT_KEYS, Column, Criterion
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.services import ranking
from infoview_gui.store.contact_order import ContactOrder, rank_places
from infoview_gui.store.contact_table import ContactFilter, SortKey, contact_ids

Report = Callable[[int, int], None]
"""Progress of a read: ``report(done, total)``; it raises once the read is superseded."""
Sort = tuple[int, bool]
"""A column and whether it is sorted descending."""


def column_kind(criteria: list[Criterion], column: int) -> Column | None:
    """Return the fixed column at ``column``, or None for a criterion column."""
    if column <= Column.LOCATION:
        return Column(column)
    extra = column - Column.SCORE - len(criteria)
    if extra < 0:
        return None
    return Column(Column.SCORE + extra)


def criterion_at(criteria: list[Criterion], column: int) -> Criterion | None:
    """Return the criterion shown at ``column``, if it is a criterion column."""
    offset = column - Column.SCORE
    return criteria[offset] if 0 <= offset < len(criteria) else None


def whole_ranking(flt: ContactFilter, sort: Sort) -> bool:
    """Whether the table shows one whole field in rank order (the Rank column is the row)."""
    return (
        flt.field_id is not None
        and not flt.search.strip()
        and flt.status is None
        and not flt.source
        and flt.tag_id is None
        and sort == (Column.RANK, False)
    )


def order_of(criteria: list[Criterion], sort: Sort) -> ContactOrder:
    """Return the order of the table sorted on ``sort`` with these criterion columns."""
    column, descending = sort
    criterion = criterion_at(criteria, column)
    kind = column_kind(criteria, column)
    key = SortKey.RANK if kind is None else SORT_KEYS[kind]
    return ContactOrder(key, descending, criterion.id if criterion else None)


@dataclass(frozen=True, eq=False)
class OrderRequest:
    """What the table wants shown; compared by identity (a newer one supersedes it).

    Attributes:
        filter: every filter, the search text included.
        sort: the column sorted on and its direction.
        criteria: the criterion columns, or None to read them (another field, new data).
        base: the ids matching every filter but the search, in order, or None to read them.
        search: a copy of the search (its last text and matches) to search with.
        rearranged: only the order changes (a sort): the rows stay the same rows.
        fresh: the data changed everywhere: the search starts afresh.
        places: read every contact's place in its field's ranking too (the Rank column).
        only_places: read the places alone (a write changed a ranking): the order stays.
    """

    filter: ContactFilter
    sort: Sort
    criteria: list[Criterion] | None
    base: array[int] | None
    search: ContactSearch
    rearranged: bool = False
    fresh: bool = False
    places: bool = False
    only_places: bool = False


@dataclass(frozen=True, eq=False)
class OrderResult:
    """The answer to a request: what the table shows once it is applied."""

    request: OrderRequest
    criteria: list[Criterion]
    base: array[int]
    ids: array[int]
    search: ContactSearch
    places: array[int] | None = None


def read_order(request: OrderRequest, report: Report) -> OrderResult:
    """Answer ``request``: read what it lacks, then search within the ordered ids."""
    if request.only_places:
        nothing: array[int] = array("q")
        return OrderResult(request, [], nothing, nothing, request.search, rank_places())
    criteria = request.criteria
    if criteria is None:
        field_id = request.filter.field_id
        criteria = (
            [Criterion(*c) for c in ranking.criteria(field_id)] if field_id is not None else []
        )
    base = request.base
    if base is None:
        order = order_of(criteria, request.sort)
        base = contact_ids(
            replace(request.filter, search=""),
            order.key,
            descending=order.descending,
            criterion_id=order.criterion_id,
        )
        report(1, 2)
    search = request.search
    search.set_base(base)
    ids = search.search(request.filter.search)
    places = rank_places() if request.places else None
    return OrderResult(request, criteria, base, ids, search, places)
