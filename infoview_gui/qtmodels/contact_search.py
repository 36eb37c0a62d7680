"""The search box's filter: in memory, over every contact's folded search text.

Typing one more letter narrows the previous result instead of searching everything
again; any other change of the text starts from the whole ordered list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress

from infoview_gui.domain.text import fold
from infoview_gui.store.contact_table import search_texts


class NarrowingSearch:
    """Filters an ordered list of contact ids by text, keeping the order.

    Args:
        read_texts: returns {contact id: folded search text}; read on the first search.
    """

    def __init__(self, read_texts: Callable[[], dict[int, str]] = search_texts) -> None:
        self._read_texts = read_texts
        self._texts: dict[int, str] | None = None
        self._base: Sequence[int] = []
        self._base_texts: list[str] | None = None
        self._shown: Sequence[int] = []
        self._shown_texts: list[str] = []
        self._searched = ""

    def forget_texts(self) -> None:
        """Read the texts again on the next search (the contacts changed)."""
        self._texts = None
        self._base_texts = None

    def set_base(self, ids: Sequence[int]) -> None:
        """Search within these ids from now on (every filter but the search applied)."""
        self._base = ids
        self._base_texts = None
        self._shown = ids
        self._searched = ""

    def search(self, text: str) -> Sequence[int]:
        """Return the base ids whose search text contains ``text`` (folded), in order."""
        wanted = fold(text)
        if not wanted:
            self._searched, self._shown = "", self._base
            return self._base
        if self._searched and wanted.startswith(self._searched):
            pool, pool_texts = self._shown, self._shown_texts
        else:
            pool, pool_texts = self._base, self._texts_of_base()
        mask = [wanted in candidate for candidate in pool_texts]
        self._shown_texts = list(compress(pool_texts, mask))
        self._shown = list(compress(pool, mask))
        self._searched = wanted
        return self._shown

    def _texts_of_base(self) -> list[str]:
        if self._base_texts is None:
            if self._texts is None:
                self._texts = self._read_texts()
            get = self._texts.get
            self._base_texts = [get(i, "") for i in self._base]
        return self._base_texts
