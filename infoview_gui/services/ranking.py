"""Ranking a field's contacts: criteria, scores, the weighted score, and the user's order.

Each contact's weighted score is kept in ``contact.score`` so that the table can sort by
it in SQL; every change of a score, a weight or a criterion recomputes it here, with the
rule in ``domain.ranking``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peewee import fn

from infoview_gui.domain import ranking
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.validation import clean_short
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.models import CareerField, Contact, Criterion, CriterionScore
from infoview_gui.store.queries import tuples


def _weights(field_id: int) -> dict[int, int]:
    query = Criterion.select(Criterion.id, Criterion.weight).where(Criterion.field == field_id)
    return {int(c): int(w) for c, w in tuples(query)}


def _field_of(contact_id: int) -> int | None:
    row = next(iter(tuples(Contact.select(Contact.field).where(Contact.id == contact_id))), None)
    if row is None:
        raise NotFoundError(_("That contact no longer exists."))
    return None if row[0] is None else int(row[0])


def recompute_score(contact_id: int) -> float | None:
    """Store and return a contact's weighted score on its field's criteria."""
    field_id = _field_of(contact_id)
    score = None
    if field_id is not None:
        query = CriterionScore.select(CriterionScore.criterion, CriterionScore.score).where(
            CriterionScore.contact == contact_id
        )
        scores = {int(c): int(s) for c, s in tuples(query)}
        score = ranking.weighted_score(scores, _weights(field_id))
    Contact.update(score=score).where(Contact.id == contact_id).execute()
    return score


def recompute_field(field_id: int) -> None:
    """Store the weighted score of every contact of a field (after a weight changed)."""
    weights = _weights(field_id)
    scores: dict[int, dict[int, int]] = {}
    query = (
        CriterionScore.select(
            CriterionScore.contact, CriterionScore.criterion, CriterionScore.score
        )
        .join(Contact)
        .where(Contact.field == field_id)
    )
    for contact_id, criterion_id, score in tuples(query):
        scores.setdefault(int(contact_id), {})[int(criterion_id)] = int(score)
    ids = [int(i) for (i,) in tuples(Contact.select(Contact.id).where(Contact.field == field_id))]
    values = [(ranking.weighted_score(scores.get(i, {}), weights), i) for i in ids]
    execute_many("UPDATE contact SET score = ? WHERE id = ?", values)


def set_score(*, contact_id: int, criterion_id: int, score: int | None) -> float | None:
    """Set (or clear, with None) a contact's score on a criterion; return the new weighted score."""
    if score is not None and not 0 <= score <= ranking.SCORE_MAX:
        raise ValidationError("score", _("A score goes from 0 to 5."))
    with database.atomic():
        criterion = Criterion.get_or_none(Criterion.id == criterion_id)
        if criterion is None:
            raise NotFoundError(_("That criterion no longer exists."))
        if criterion.__data__["field"] != _field_of(contact_id):
            raise ValidationError("score", _("This criterion belongs to another career field."))
        if score is None:
            CriterionScore.delete().where(
                (CriterionScore.contact == contact_id) & (CriterionScore.criterion == criterion_id)
            ).execute()
        else:
            CriterionScore.insert(
                contact=contact_id, criterion=criterion_id, score=score
            ).on_conflict_replace().execute()
        return recompute_score(contact_id)


def _clean_name(name: str) -> str:
    name = clean_short("name", "The criterion", name, limit=120)
    if not name:
        raise ValidationError("name", _("Give the criterion a name."))
    return name


def _check_unique(field_id: int, name: str, criterion_id: int | None = None) -> None:
    """Refuse a second criterion of the same name in a field, whatever the case."""
    for other_id, other, _weight in criteria(field_id):
        if other.casefold() == name.casefold() and other_id != criterion_id:
            raise ValidationError(
                "name", _("This field already has a criterion “{other}”.").format(other=other)
            )


def add_criterion(*, field_id: int, name: str, weight: int = 3) -> int:
    """Add a criterion of the user's own to a field, last; return its id."""
    name = _clean_name(name)
    _check_weight(weight)
    with database.atomic():
        if not CareerField.select().where(CareerField.id == field_id).exists():
            raise NotFoundError(_("That career field no longer exists."))
        _check_unique(field_id, name)
        position = (
            Criterion.select(fn.MAX(Criterion.position)).where(Criterion.field == field_id).scalar()
        )
        criterion = Criterion.create(
            field=field_id, name=name, weight=weight, position=(position or 0) + 1
        )
        recompute_field(field_id)
    return int(criterion.id)


def _check_weight(weight: int) -> None:
    if not 0 <= weight <= ranking.SCORE_MAX:
        raise ValidationError("weight", _("A weight goes from 0 (ignore) to 5 (matters most)."))


def set_weight(*, criterion_id: int, weight: int) -> None:
    """Change how much a criterion counts; every score of its field follows."""
    _check_weight(weight)
    with database.atomic():
        criterion = _criterion(criterion_id)
        Criterion.update(weight=weight).where(Criterion.id == criterion_id).execute()
        recompute_field(int(criterion.__data__["field"]))


def _criterion(criterion_id: int) -> Criterion:
    criterion = Criterion.get_or_none(Criterion.id == criterion_id)
    if criterion is None:
        raise NotFoundError(_("That criterion no longer exists."))
    return criterion


def rename_criterion(*, criterion_id: int, name: str) -> str:
    """Rename a criterion; no two criteria of a field share a name. Return the name kept."""
    name = _clean_name(name)
    with database.atomic():
        criterion = _criterion(criterion_id)
        _check_unique(int(criterion.__data__["field"]), name, criterion_id)
        Criterion.update(name=name).where(Criterion.id == criterion_id).execute()
    return name


def reorder_criteria(*, field_id: int, criterion_ids: Sequence[int]) -> int:
    """Put all of a field's criteria in the order given; return how many rows were written.

    The order is kept in ``criterion.position``; only the criteria whose place changed
    are written.
    """
    with database.atomic():
        query = Criterion.select(Criterion.id, Criterion.position).where(
            Criterion.field == field_id
        )
        positions = {int(i): int(p) for i, p in tuples(query)}
        if sorted(criterion_ids) != sorted(positions):
            raise ValidationError(
                "position", _("The criteria of this field changed meanwhile: look again.")
            )
        moved = [(p, i) for p, i in enumerate(criterion_ids, 1) if positions[i] != p]
        execute_many("UPDATE criterion SET position = ? WHERE id = ?", moved)
    return len(moved)


def scores_given(criterion_id: int) -> int:
    """Return how many contacts have a score on a criterion."""
    return int(CriterionScore.select().where(CriterionScore.criterion == criterion_id).count())


def remove_criterion(*, criterion_id: int) -> None:
    """Remove a criterion and its scores; the field's weighted scores follow."""
    with database.atomic():
        criterion = Criterion.get_or_none(Criterion.id == criterion_id)
        if criterion is None:
            return
        criterion.delete_instance()
        recompute_field(int(criterion.__data__["field"]))


def criteria(field_id: int) -> list[tuple[int, str, int]]:
    """Return (id, name, weight) of a field's criteria, in order."""
    query = (
        Criterion.select(Criterion.id, Criterion.name, Criterion.weight)
        .where(Criterion.field == field_id)
        .order_by(Criterion.position, Criterion.id)
    )
    return [(int(i), str(n), int(w)) for i, n, w in tuples(query)]


def ranked_ids(field_id: int) -> list[tuple[int, float]]:
    """Return (contact id, rank) of a field in the user's order."""
    query = (
        Contact.select(Contact.id, Contact.rank)
        .where(Contact.field == field_id)
        .order_by(Contact.rank.asc(nulls="LAST"), Contact.id)
    )
    return [(int(i), float("nan") if r is None else float(r)) for i, r in tuples(query)]


def _write_ranks(ranks: dict[int, float]) -> int:
    execute_many("UPDATE contact SET rank = ? WHERE id = ?", [(r, i) for i, r in ranks.items()])
    return len(ranks)


def order_by_score(*, field_id: int) -> int:
    """Rank a field's contacts by weighted score, best first (ties keep their order)."""
    with database.atomic():
        current = ranked_ids(field_id)
        scores = dict(
            tuples(Contact.select(Contact.id, Contact.score).where(Contact.field == field_id))
        )
        order = ranking.order_by_score([(i, scores.get(i)) for i, _ in current])
        old = dict(current)
        fresh = ranking.renumbered(order)
        return _write_ranks({i: r for i, r in fresh.items() if old.get(i) != r})


def _rank_of(contact_id: int | None) -> float | None:
    if contact_id is None:
        return None
    value = Contact.select(Contact.rank).where(Contact.id == contact_id).scalar()
    return None if value is None else float(value)


def move(
    *,
    field_id: int,
    contact_ids: Sequence[int],
    after_id: int | None,
    before_id: int | None,
) -> int:
    """Move contacts of a field, in the order given, between two neighbours.

    ``after_id`` is the contact shown just above the drop point (None at the top) and
    ``before_id`` the one just below it (None at the bottom). Usually only the moved
    rows are written; when the neighbours leave no room between their ranks, the
    smallest stretch around them is spread out again. Returns how many rows were written.
    """
    with database.atomic():
        fields = field_ids_of([*contact_ids, *(i for i in (after_id, before_id) if i)])
        if fields != {field_id}:
            raise ValidationError("rank", _("Only contacts of the same field can be reordered."))
        low, high = _rank_of(after_id), _rank_of(before_id)
        fresh = ranking.ranks_between(low, high, len(contact_ids))
        if (
            fresh is not None
            and (low is not None or after_id is None)
            and (high is not None or before_id is None)
        ):
            return _write_ranks(dict(zip(contact_ids, fresh, strict=True)))
        return _write_ranks(_replan(field_id, contact_ids, before_id))


def _replan(field_id: int, contact_ids: Sequence[int], before_id: int | None) -> dict[int, float]:
    """Plan the move over the whole field: the rare case when neighbours have no room."""
    ordered = ranked_ids(field_id)
    position = {cid: row for row, (cid, _) in enumerate(ordered)}
    rest = [(cid, rank) for cid, rank in ordered if cid not in set(contact_ids)]
    block = [(cid, ordered[position[cid]][1]) for cid in contact_ids]
    # Put the block first, then move it where it belongs: plan_move wants one block.
    staged = block + rest
    destination = (
        len(staged)
        if before_id is None
        else staged.index((before_id, ordered[position[before_id]][1]))
    )
    return ranking.plan_move(staged, list(range(len(block))), destination)


def field_ids_of(contact_ids: Iterable[int]) -> set[int]:
    """Return the fields the given contacts belong to."""
    query = Contact.select(Contact.field).where(Contact.id << list(contact_ids)).distinct()
    return {int(f) for (f,) in tuples(query) if f is not None}
