"""Where an import's new contacts go: the field, rank and scores a CSV export carried.

A CSV exported by InfoView ends with the career field, the rank, the weighted score and a
``Score: <criterion>`` column per criterion. On import, a field is matched by name
(whatever the case) and made when missing; criteria are matched by name within it and
added when missing; new contacts are ranked after the field's contacts, in the file's
order; the weighted score is computed again from the scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import fn

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.ranking import SCORE_MAX, STEP
from infoview_gui.exchange.generic_csv import ranking_of
from infoview_gui.services import fields as fields_service
from infoview_gui.services import ranking as ranking_service
from infoview_gui.services.import_plan import ImportPlan
from infoview_gui.store.models import CareerField, Contact, Criterion, CriterionScore
from infoview_gui.store.queries import tuples

_CHUNK = 500


@dataclass(frozen=True)
class Placing:
    """Where a new contact goes: its field, its rank in the file, its scores by criterion."""

    field_id: int | None
    rank: float
    scores: dict[str, str]


def placings(plan: ImportPlan, field_id: int | None) -> list[Placing]:
    """Return the placing of each new contact of ``plan``, from the file's extras."""
    extras = {item.line: item.extras for item in plan.parsed.contacts}
    known = {
        name.casefold(): i
        for i, name in tuples(CareerField.select(CareerField.id, CareerField.name))
    }
    found = []
    for planned in plan.new:
        name, rank, scores = ranking_of(extras.get(planned.line, {}))
        chosen = field_id if field_id is not None else _field_named(name, known)
        found.append(Placing(chosen, _number(rank), scores if chosen is not None else {}))
    return found


def _number(text: str) -> float:
    """Return a rank as a number; a missing or unreadable one sorts last."""
    try:
        value = float(text)
    except ValueError:
        return float("inf")
    return value if value == value else float("inf")  # NaN sorts last too


def _field_named(name: str, known: dict[str, int]) -> int | None:
    """Return the field called ``name`` (whatever the case), added if there is none."""
    name = " ".join(name.split())
    if not name:
        return None
    if name.casefold() not in known:
        try:
            known[name.casefold()] = fields_service.add_field(name=name)
        except DomainError:  # a name no field may have: the contact gets no field
            return None
    return known[name.casefold()]


def restore_scores(placings: dict[int, Placing]) -> None:
    """Give the new contacts their scores on their field's criteria, and weighted scores."""
    criteria: dict[int, dict[str, int]] = {}
    rows = []
    for contact_id, placing in placings.items():
        if placing.field_id is None or not placing.scores:
            continue
        if placing.field_id not in criteria:
            query = Criterion.select(Criterion.id, Criterion.name)
            query = query.where(Criterion.field == placing.field_id)
            criteria[placing.field_id] = {str(n).casefold(): int(i) for i, n in tuples(query)}
        named = criteria[placing.field_id]
        for name, text in placing.scores.items():
            score = _score(text)
            if score is None:
                continue
            if name.casefold() not in named:
                try:
                    added = ranking_service.add_criterion(field_id=placing.field_id, name=name)
                except DomainError:  # a name no criterion may have: that score is left out
                    continue
                named[name.casefold()] = added
            rows.append(
                {"contact": contact_id, "criterion": named[name.casefold()], "score": score}
            )
    for start in range(0, len(rows), _CHUNK):
        CriterionScore.insert_many(rows[start : start + _CHUNK]).execute()
    for contact_id in {int(str(row["contact"])) for row in rows}:
        ranking_service.recompute_score(contact_id)


def _score(text: str) -> int | None:
    """Return a score of the file (0 to 5), or None for one that is not."""
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() and 0 <= value <= SCORE_MAX else None


def new_ranks(field_ids: Sequence[int | None], ranks: Sequence[float]) -> list[float | None]:
    """Return each new contact's rank: after its field's contacts, in the file's order."""
    result: list[float | None] = [None] * len(field_ids)
    by_field: dict[int, list[int]] = {}
    for position, field_id in enumerate(field_ids):
        if field_id is not None:
            by_field.setdefault(field_id, []).append(position)
    for field_id, positions in by_field.items():
        end = _end_of_ranking(field_id)
        assert end is not None
        ordered = sorted(positions, key=lambda p: (ranks[p], p))
        for step, position in enumerate(ordered):
            result[position] = end + STEP * step
    return result


def _end_of_ranking(field_id: int | None) -> float | None:
    if field_id is None:
        return None
    last = Contact.select(fn.MAX(Contact.rank)).where(Contact.field == field_id).scalar()
    return float(last or 0.0) + STEP
