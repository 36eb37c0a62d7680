"""The saved contacts' values an import matches against, kept as one string a contact.

An import reads every saved contact's details once (``imports.load_match_index``, in a
worker thread). As 300,000 tuples, each was an object Python's garbage collector tracks:
collection is paused while a worker runs, so when it ended the window's thread went
through all of them at once (0.18 s at 300,000 contacts). A string is not tracked: each
contact's values are joined into one, and split again when asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

SEPARATOR = "\x00"


class PackedValues(Mapping[int, tuple[str, ...]]):
    """Contact id to its values (a tuple of strings), each contact's stored as one string.

    Values that hold the separator themselves (never typed, but a file may carry one)
    are kept as they are.
    """

    def __init__(self, rows: Mapping[int, tuple[str, ...]] | None = None) -> None:
        self._packed: dict[int, str] = {}
        self._whole: dict[int, tuple[str, ...]] = {}
        for contact_id, values in (rows or {}).items():
            self.put(contact_id, values)

    def put(self, contact_id: int, values: tuple[str, ...]) -> None:
        """Keep ``values`` as the values of ``contact_id``."""
        joined = SEPARATOR.join(values)
        self._packed.pop(contact_id, None)
        self._whole.pop(contact_id, None)
        if values and joined.count(SEPARATOR) == len(values) - 1:
            self._packed[contact_id] = joined
        else:
            self._whole[contact_id] = values

    def __getitem__(self, contact_id: int) -> tuple[str, ...]:
        """The values of ``contact_id``."""
        packed = self._packed.get(contact_id)
        if packed is None:
            return self._whole[contact_id]
        return tuple(packed.split(SEPARATOR))

    def __iter__(self) -> Iterator[int]:
        """The contact ids."""
        yield from self._packed
        yield from self._whole

    def __len__(self) -> int:
        """How many contacts."""
        return len(self._packed) + len(self._whole)
