"""Where a changed contact goes in the table's order, without reading the whole list again.

After an edit, a delete or an undo, the table places each contact it touched by binary
search over the ids it shows, reading the sort key of one contact per step: about 20
small reads at 300,000 rows instead of the whole ordered list. The keys compare in
Python as SQLite orders them: NULL first, ``COLLATE NOCASE`` folding A-Z alone, text by
code point (UTF-8 bytes), and each term ascending or descending as the ORDER BY says.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from infoview_gui.store.contact_table import _JOINS, SortKey, order_terms
from infoview_gui.store.database import database
from infoview_gui.store.request_rule import RANK_ORDER_SQL

_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
Key = tuple[tuple[int, object], ...]


@dataclass
class ContactOrder:
    """One sort order of the table: reads and compares the sort keys of contacts.

    Args:
        key: the column sorted on.
        descending: the direction.
        criterion_id: sort by the score on this criterion instead.
    """

    key: SortKey
    descending: bool = False
    criterion_id: int | None = None
    _keys: dict[int, Key] = field(default_factory=dict)

    def __post_init__(self) -> None:
        terms = order_terms(self.key, self.criterion_id)
        self._sql = (
            f"SELECT c.id, {', '.join(term for term, _ in terms)} FROM contact c{_JOINS}"
            " WHERE c.id IN ({ids})"
        )
        self._turns = [not up and self.descending for _, up in terms] + [self.descending]
        self._nocase = [term.endswith("COLLATE NOCASE") for term, _ in terms] + [False]

    def read(self, ids: Sequence[int]) -> None:
        """Read the keys of these contacts (those not read yet)."""
        wanted = [int(i) for i in ids if int(i) not in self._keys]
        for start in range(0, len(wanted), 500):
            chunk = ",".join(str(i) for i in wanted[start : start + 500])
            for row in database.execute_sql(self._sql.format(ids=chunk)).fetchall():
                self._keys[row[0]] = self._encode((*row[1:], row[0]))

    def _encode(self, values: tuple[object, ...]) -> Key:
        return tuple(
            (0, 0) if value is None else (1, str(value).translate(_NOCASE) if nocase else value)
            for value, nocase in zip(values, self._nocase, strict=True)
        )

    def before(self, a: int, b: int) -> bool:
        """Whether contact ``a`` is shown before contact ``b``."""
        self.read([a, b])
        for x, y, turns in zip(self._keys[a], self._keys[b], self._turns, strict=True):
            if x != y:
                return (x > y) if turns else (x < y)
        return False

    def position(self, shown: Sequence[int], contact_id: int) -> int:
        """Return where ``contact_id`` goes among ``shown`` (which is in this order)."""
        low, high = 0, len(shown)
        while low < high:
            middle = (low + high) // 2
            if self.before(int(shown[middle]), contact_id):
                low = middle + 1
            else:
                high = middle
        return low


def _listed(ids: Collection[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def contacts_of_interviews(interview_ids: Collection[int]) -> set[int] | None:
    """Return the contacts of these interviews, or None if any of them is gone."""
    rows = database.execute_sql(
        f"SELECT id, contact_id FROM interview WHERE id IN ({_listed(interview_ids)})"
    ).fetchall()
    return {contact for _, contact in rows} if len(rows) == len(interview_ids) else None


def introduced_by(contact_ids: Collection[int]) -> set[int]:
    """Return the contacts these contacts introduced (their rows show the introducer's name)."""
    sql = f"SELECT id FROM contact WHERE introduced_by_id IN ({_listed(contact_ids)})"
    return {row[0] for row in database.execute_sql(sql).fetchall()}


def rank_places(
    places: array[int] | None = None, field_ids: Collection[int] | None = None
) -> array[int]:
    """Return each contact's place (1, 2, ...) in its field's ranking, indexed by contact id.

    0 for a contact in no field. Four bytes a contact, every field in one array (a dict
    of places cost about a hundred). With ``places`` and ``field_ids``, number those
    fields again in ``places`` (grown to the highest id) and return it.
    """
    top = database.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0
    if places is None:
        places = array("i", bytes(4 * (top + 1)))
    elif len(places) <= top:
        places.extend(array("i", bytes(4 * (top + 1 - len(places)))))
    where = "IS NOT NULL" if field_ids is None else f"IN ({_listed(field_ids)})"
    cursor = database.execute_sql(
        f"SELECT c.id, c.field_id FROM contact AS c WHERE c.field_id {where}"
        f" ORDER BY c.field_id, {RANK_ORDER_SQL}"
    )
    current, place = None, 0
    while chunk := cursor.fetchmany(8192):
        for contact_id, field_id in chunk:
            place = place + 1 if field_id == current else 1
            current = field_id
            places[contact_id] = place
    return places
