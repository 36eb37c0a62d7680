"""The contacts table's rows on screen: read from the store a block of ids at a time.

Only the ids of the matching contacts are kept for the whole table; the rows shown are
read by id, ``BLOCK`` at a time, with their criterion scores, and the last ``MAX_BLOCKS``
blocks are kept. Scrolling back and forth reads nothing again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

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

    def clear(self, *, scores: bool = True) -> None:
        """Forget every row (and the scores, unless ``scores`` is False)."""
        self._blocks.clear()
        self.tags.clear()
        if scores:
            self.scores.clear()

    def forget_row(self, row: int) -> None:
        """Read the block of ``row`` again when it is next shown."""
        self._blocks.pop(row // BLOCK, None)

    def get(self, ids: Sequence[int], row: int, *, with_scores: bool) -> ContactRow | None:
        """Return the row shown at ``row`` of the table listing ``ids``."""
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
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
