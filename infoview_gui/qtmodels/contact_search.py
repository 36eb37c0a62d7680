"""The search box's filter: SQLite finds the matching contacts, the order stays the table's.

SQLite scans the narrow ``contact_search`` table (kept in step with every write by
triggers) and answers with a byte per contact; the ordered ids of the table are then
filtered in C (``itertools.compress``), so the search never re-sorts and no contact's
text is kept in memory. After a write, only the contacts written are looked up again.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from itertools import compress

from infoview_gui.domain.text import fold
from infoview_gui.store.contact_table import matching

Find = Callable[..., bytearray]
FEW = 20_000
"""Fewer matches than this: one more letter looks them up by id instead of scanning all."""
MOST_MATCH = 2
"""Up to this many letters, most contacts match: SQL returns those that do not (as it
does when more than half matched a longer text one letter shorter)."""


class ContactSearch:
    """Filters an ordered list of contact ids by text, keeping the order.

    Args:
        find: returns a byte map of the contacts matching a text (``only`` some ids).
    """

    def __init__(self, find: Find = matching) -> None:
        self._find = find
        self._base: array[int] = array("q")
        self._text = ""
        self._found = bytearray()

    @property
    def text(self) -> str:
        """The folded text searched for ("" when none)."""
        return self._text

    def set_base(self, ids: array[int]) -> None:
        """Search within these ids from now on (every filter but the search applied)."""
        self._base = ids

    def copy(self) -> ContactSearch:
        """Return a copy to search with elsewhere (a worker): this one stays as it is."""
        twin = ContactSearch(self._find)
        twin._base, twin._text, twin._found = self._base, self._text, bytearray(self._found)
        return twin

    def forget(self) -> None:
        """Search again at the next call (the data changed everywhere)."""
        self._text, self._found = "", bytearray()

    def search(self, text: str) -> array[int]:
        """Return the base ids whose search text contains ``text`` (folded), in order."""
        wanted = fold(text)
        if not wanted:
            self.forget()
            return self._base
        if wanted != self._text:
            self._found, self._text = self._look_for(wanted), wanted
        found = self._found
        top = max(self._base, default=-1)
        if top >= len(found):
            found.extend(bytes(top + 1 - len(found)))
        return array("q", compress(self._base, map(found.__getitem__, self._base)))

    def _look_for(self, wanted: str) -> bytearray:
        """Ask SQL the cheapest way: within the last matches, or the few that fail."""
        found = self._found
        if not (self._text and wanted.startswith(self._text)):
            return self._find(wanted, most=len(wanted) <= MOST_MATCH)
        matched = found.count(1)  # one more letter: what matched before is an upper bound
        if matched < FEW:
            return self._find(wanted, only=list(compress(range(len(found)), found)))
        longer = len(self._text) > MOST_MATCH  # a short text matches most, whatever follows
        return self._find(wanted, most=longer and matched > len(self._base) // 2)

    def follow(self, ids: Sequence[int]) -> None:
        """Look these contacts up again (they were written)."""
        if not self._text or not ids:
            return
        now = self._find(self._text, only=ids)
        top = max(int(i) for i in ids)
        if top >= len(self._found):
            self._found.extend(bytes(top + 1 - len(self._found)))
        for contact_id in ids:
            i = int(contact_id)
            self._found[i] = now[i] if i < len(now) else 0

    def matches(self, contact_id: int) -> bool:
        """Whether a contact matches the text searched (True when none)."""
        if not self._text:
            return True
        return contact_id < len(self._found) and bool(self._found[contact_id])
