"""Ranking the short list of a field: weighted criteria, and the order the user drags.

Scores and weights are on a 0-5 scale. The dragged order is kept as fractional ranks:
a moved contact takes a rank between its new neighbours, so a move writes one row.
When two neighbours are too close for another rank in between, a small window around
the move is spread out again; the whole list is renumbered only when its ranks are
unusable (out of order, repeated or not finite).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")

STEP = 1024.0
"""The distance between neighbours after a renumbering."""

MIN_GAP = 1e-6
"""Neighbours closer than this are treated as having no room between them."""

_COMFORT = 1.0
"""The least distance between neighbours after a window has been spread out again."""

SCORE_MAX = 5


def weighted_score(scores: Mapping[int, int], weights: Mapping[int, int]) -> float | None:
    """Return a contact's weighted mean score on the 0-5 scale.

    Args:
        scores: the contact's score per criterion id; criteria not scored are absent.
        weights: the weight per criterion id; a weight of 0 switches a criterion off.

    Returns:
        The mean of the scores weighted by the criteria weights, over criteria that
        have both a positive weight and a score; None when there is no such criterion.

    Raises:
        ValueError: for a score or weight outside 0-5.
    """
    total = 0
    weight_sum = 0
    for criterion, weight in weights.items():
        _check_scale(weight, "weight")
        score = scores.get(criterion)
        if weight == 0 or score is None:
            continue
        _check_scale(score, "score")
        total += weight * score
        weight_sum += weight
    return total / weight_sum if weight_sum else None


def order_by_score(contacts: Sequence[tuple[int, float | None]]) -> list[int]:
    """Return contact ids, best score first; unscored contacts come last.

    The order is stable: contacts with equal scores, and unscored contacts, keep the
    order they had in ``contacts``.
    """
    ranked = sorted(contacts, key=lambda item: (item[1] is None, -(item[1] or 0.0)))
    return [contact_id for contact_id, _ in ranked]


def rank_between(before: float | None, after: float | None) -> float | None:
    """Return a rank between two neighbours, or None when a renumbering is needed.

    Args:
        before: the rank of the row above, or None at the top of the list.
        after: the rank of the row below, or None at the bottom of the list.
    """
    spread = _spread(before, after, 1, MIN_GAP)
    return None if spread is None else spread[0]


def ranks_between(before: float | None, after: float | None, count: int) -> list[float] | None:
    """Return ``count`` increasing ranks between two neighbours, or None when there is no room.

    Args:
        before: the rank of the row above the drop point, or None at the top.
        after: the rank of the row below it, or None at the bottom.
        count: how many rows are dropped there.
    """
    return _spread(before, after, count, MIN_GAP)


def renumbered(ids: Sequence[int], step: float = STEP) -> dict[int, float]:
    """Return fresh ranks for ``ids`` in their order: ``step``, 2 × ``step``, ..."""
    return {contact_id: step * (index + 1) for index, contact_id in enumerate(ids)}


def moved(items: Sequence[T], rows: Sequence[int], destination: int) -> list[T]:
    """Return ``items`` with the block at ``rows`` moved before row ``destination``.

    ``destination`` is a row index in the list before the move, as in Qt's
    ``moveRows``: the block lands just before the item that was at ``destination``
    (or at the end when ``destination == len(items)``).
    """
    first, count = _block(rows, len(items), destination)
    block = list(items[first : first + count])
    rest = list(items[:first]) + list(items[first + count :])
    start = destination if destination <= first else destination - count
    return rest[:start] + block + rest[start:]


def plan_move(
    ordered: Sequence[tuple[int, float]], rows: Sequence[int], destination: int
) -> dict[int, float]:
    """Return the new ranks of the rows a drag changes, and only those.

    Args:
        ordered: (contact id, rank) in the order shown, which is ascending rank.
        rows: the contiguous row indices being moved.
        destination: the row, counted before the move, the block is placed before.

    Returns:
        contact id -> new rank for every contact whose rank changes; empty for a move
        that leaves the order as it is.

    Raises:
        ValueError: when ``rows`` is not a contiguous block inside the list or
            ``destination`` is outside ``0..len(ordered)``.
    """
    first, count = _block(rows, len(ordered), destination)
    if first <= destination <= first + count:
        return {}
    old = dict(ordered)
    ids = moved([contact_id for contact_id, _ in ordered], rows, destination)
    if not _usable([rank for _, rank in ordered]):
        return _changes(renumbered(ids), old)
    ranks = [old[contact_id] for contact_id in ids]
    start = destination if destination < first else destination - count
    lo, hi, gap = start, start + count, MIN_GAP
    while (spread := _spread(_at(ranks, lo - 1), _at(ranks, hi), hi - lo, gap)) is None:
        width = hi - lo
        lo, hi, gap = max(0, lo - width), min(len(ids), hi + width), _COMFORT
    new = {ids[index]: rank for index, rank in zip(range(lo, hi), spread, strict=True)}
    return _changes(new, old)


def _spread(
    before: float | None, after: float | None, count: int, gap: float
) -> list[float] | None:
    """Return ``count`` increasing ranks strictly between two bounds, or None if no room."""
    if before is None or after is None:
        if before is not None:
            base = before + STEP
        else:
            base = STEP if after is None else after - STEP * count
        values = [base + STEP * index for index in range(count)]
    else:
        distance = (after - before) / (count + 1)
        if not distance >= gap:
            return None
        values = [before + distance * (index + 1) for index in range(count)]
    bounded = [v for v in (before, *values, after) if v is not None]
    return values if _usable(bounded) else None


def _usable(ranks: Sequence[float]) -> bool:
    """Return True when ``ranks`` are finite and strictly increasing."""
    if not all(math.isfinite(rank) for rank in ranks):
        return False
    return all(a < b for a, b in zip(ranks, ranks[1:], strict=False))


def _at(ranks: Sequence[float | None], index: int) -> float | None:
    """Return ``ranks[index]``, or None past either end."""
    return ranks[index] if 0 <= index < len(ranks) else None


def _changes(new: Mapping[int, float], old: Mapping[int, float]) -> dict[int, float]:
    """Return the entries of ``new`` that differ from ``old``."""
    return {key: rank for key, rank in new.items() if old.get(key) != rank}


def _block(rows: Sequence[int], length: int, destination: int) -> tuple[int, int]:
    """Return (first row, count) of a contiguous block, or raise ValueError."""
    block = sorted(rows)
    if not block or block != list(range(block[0], block[0] + len(block))):
        raise ValueError("rows must be a non-empty contiguous block")
    if block[0] < 0 or block[-1] >= length or not 0 <= destination <= length:
        raise ValueError("rows and destination must lie inside the list")
    return block[0], len(block)


def _check_scale(value: int, name: str) -> None:
    """Raise ValueError when ``value`` is outside 0-5."""
    if not 0 <= value <= SCORE_MAX:
        raise ValueError(f"a {name} must be between 0 and {SCORE_MAX}, not {value}")


SHORT_NAME = 18
"""The most characters a criterion's column header shows (the full name is its tooltip)."""


def short_name(name: str, limit: int = SHORT_NAME) -> str:
    """Return ``name`` cut after a whole word to fit ``limit`` characters, with "…" if cut.

    A first word longer than the limit is cut inside it, as nothing shorter can stand.
    """
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    kept = ""
    for word in name.split(" "):
        longer = f"{kept} {word}" if kept else word
        if len(longer) > limit - 1:
            break
        kept = longer
    kept = kept.rstrip(" ,;:-–—(") or name[: limit - 1]
    return f"{kept}…"
