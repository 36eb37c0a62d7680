"""What a user action changed: which kinds of records, and which of them where known.

Every write is recorded by the store as it happens (``store.change_log``); the UI's action
runner turns the record into a ``Changes`` value and publishes it, and each view refreshes
when a kind it shows is in it. Compare Anki's ``OpChanges``: one value for every write, so
that no view can miss one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType


class Kind(enum.Flag):
    """The kinds of records a view can depend on."""

    CONTACTS = enum.auto()
    RANKING = enum.auto()  # the order of a field's contacts, its criteria and weights
    INTERVIEWS = enum.auto()  # requests and interviews, whatever their state
    QUESTION_LISTS = enum.auto()
    QUESTIONS = enum.auto()  # the question bank
    FIELDS = enum.auto()
    RESEARCH = enum.auto()  # a field's notes, links and lines to verify
    PROFILE = enum.auto()
    SETTINGS = enum.auto()
    IMPORTS = enum.auto()
    LEARNED = enum.auto()  # stars, takeaways, checks of research, fit criteria and ratings
    SYNC = enum.auto()  # the sync account, its items' state, the conflicts waiting
    NONE = 0
    ALL = (
        CONTACTS
        | RANKING
        | INTERVIEWS
        | QUESTION_LISTS
        | QUESTIONS
        | FIELDS
        | RESEARCH
        | PROFILE
        | SETTINGS
        | IMPORTS
        | LEARNED
        | SYNC
    )


SINGLE_KINDS: tuple[Kind, ...] = tuple(kind for kind in Kind if kind not in (Kind.NONE, Kind.ALL))

_EMPTY: Mapping[Kind, frozenset[int]] = MappingProxyType({})


class Changes:
    """The kinds of records an action changed, with the ids touched where known.

    A small value with slots, made and merged on every write; compared by value.

    Attributes:
        kinds: every kind that changed.
        ids: for a kind, the ids of its records that changed: contact ids for CONTACTS,
            field ids for RANKING, RESEARCH and FIELDS, interview ids for INTERVIEWS, list
            ids for QUESTION_LISTS, question ids for QUESTIONS. A kind in ``kinds`` with no
            entry here changed as a whole (a restore, say).
    """

    __slots__ = ("ids", "kinds")

    def __init__(
        self, kinds: Kind = Kind.NONE, ids: Mapping[Kind, frozenset[int]] = _EMPTY
    ) -> None:
        self.kinds = kinds
        self.ids = ids

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Changes):
            return NotImplemented
        return self.kinds == other.kinds and dict(self.ids) == dict(other.ids)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Changes({self.describe()})"

    @classmethod
    def of(cls, kinds: Kind, ids: Mapping[Kind, Iterable[int]] | None = None) -> Changes:
        """Return the changes of ``kinds``, with ``ids`` per single kind where known."""
        known = {kind: frozenset(found) for kind, found in (ids or {}).items() if kind in kinds}
        return cls(kinds, MappingProxyType(known))

    @classmethod
    def everything(cls) -> Changes:
        """Every kind changed as a whole: a restore, a new data file."""
        return cls(Kind.ALL)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Kind, frozenset[int]] = {}
        for kind in SINGLE_KINDS:
            mine, theirs = self._known(kind), other._known(kind)
            if mine is not None and theirs is not None:
                merged[kind] = mine | theirs
        return Changes(self.kinds | other.kinds, MappingProxyType(merged))

    def _known(self, kind: Kind) -> frozenset[int] | None:
        """The ids of ``kind`` (empty when it did not change), None when all may have."""
        if kind not in self.kinds:
            return frozenset()
        return self.ids.get(kind)

    def touches(self, kinds: Kind) -> bool:
        """Return True if any of ``kinds`` changed."""
        return bool(self.kinds & kinds)

    def ids_of(self, kind: Kind) -> frozenset[int] | None:
        """Return the changed ids of one ``kind``: empty if it did not change, None if unknown."""
        return self._known(kind)

    def describe(self) -> str:
        """Say what changed, by kind and count, for the log (ids only, never names)."""
        parts = []
        for kind in SINGLE_KINDS:
            if kind in self.kinds:
                known = self.ids.get(kind)
                parts.append(f"{str(kind.name).lower()}({'all' if known is None else len(known)})")
        return ", ".join(parts) or "nothing"
