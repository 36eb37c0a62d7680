"""The contacts table's rows on screen: read from the store a block of ids at a time.

Only the ids of the matching contacts are kept for the whole table; the rows shown are
read by id, ``BLOCK`` at a time, with their criterion scores, and the last ``MAX_BLOCKS``
blocks are kept. Scrolling back and forth reads nothing again.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Collection, Sequence

from infoview_gui.domain.next_step import WaitRules
from infoview_gui.store.contact_order import rank_places
from infoview_gui.store.contact_table import ContactRow, contact_rows, criterion_scores
from infoview_gui.store.tag_rows import tag_lines

BLOCK = 128
MAX_BLOCKS = 64


class RowBlocks:
    """A cache of row tuples by block of the table, and the scores read with them."""

    def __init__(self) -> None:
        self._blocks: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self.scores: dict[tuple[int, int], int] = {}  # (contact id, criterion id) -> 0..5
        self.tags: dict[int, str] = {}  # contact id -> its tags, joined ("alumni, law")
        self.waiting: WaitRules | None = None  # Preferences' reply rules, read with the rows

    def clear(self, *, scores: bool = True) -> None:
        """Forget every row (and the scores, unless ``scores`` is False)."""
        self._blocks.clear()
        self.tags.clear()
        self.waiting = None
        if scores:
            self.scores.clear()

    def forget_row(self, row: int) -> None:
        """Read the block of ``row`` again when it is next shown."""
        self._blocks.pop(row // BLOCK, None)

    def get(self, ids: Sequence[int], row: int, *, with_scores: bool) -> ContactRow | None:
        """Return the row shown at ``row`` of the table listing ``ids``."""
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None or int(ids[row]) not in block:  # a row inserted since it was read
            chunk = [int(i) for i in ids[block_no * BLOCK : (block_no + 1) * BLOCK]]
            block = contact_rows(chunk)
            self.tags.update(tag_lines(chunk))
            if with_scores:
                self.scores.update(criterion_scores(chunk))
            self._blocks[block_no] = block
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(int(ids[row]))


class RankPlaces:
    """Each contact's place in its field's ranking (the Rank column out of rank order).

    Read whole with the table's order (in its worker), or here when first needed. After
    a write, the fields whose ranking changed are numbered again: here at the next
    ``place`` with ``refresh``, else by the next read of the order (the numbers shown
    meanwhile are those read last).
    """

    def __init__(self) -> None:
        self._places: array[int] | None = None
        self._stale: set[int] = set()
        self._outdated = False

    @property
    def wanted(self) -> bool:
        """Whether a read of the order should read the places (none, or out of date)."""
        return self._places is None or self._outdated or bool(self._stale)

    def use(self, places: array[int] | None) -> None:
        """Take places read elsewhere (None: keep those known)."""
        if places is not None:
            self._places, self._stale, self._outdated = places, set(), False

    def forget(self, fields: Collection[int] | None = None) -> None:
        """These fields' rankings changed (None: maybe every field's)."""
        if fields is None:
            self._outdated = True
        else:
            self._stale.update(fields)

    def place(self, contact_id: int, field_id: int, *, refresh: bool) -> int:
        """Return the contact's place in the field's ranking (0 when unknown).

        With ``refresh``, out-of-date places are read again first (here and now).
        """
        if self._places is None or (refresh and self._outdated):
            self.use(rank_places())
        elif refresh and field_id in self._stale:
            self._places = rank_places(self._places, self._stale)
            self._stale.clear()
        places = self._places or array("i")
        return places[contact_id] if contact_id < len(places) else 0
