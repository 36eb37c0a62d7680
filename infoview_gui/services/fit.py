"""Fields side by side: the shared fit criteria, each field's rating, and deciding.

One list of criteria (interest, skills, pay, lifestyle, or the user's own) with a weight
each is shared by every field, so that fields compare; each field gets a score of 0 to 5
on each. Every action is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from peewee import fn

from infoview_gui.domain import learned
from infoview_gui.domain.enums import Decidedness, FieldStatus
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.learned import FieldFit, FitCriterion, TopicGroup
from infoview_gui.services.learned import GONE, starred_groups
from infoview_gui.services.profile import load_profile, save_profile
from infoview_gui.store import learned_queries as lq
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, FitRating, utc_now
from infoview_gui.store.models import FitCriterion as FitCriterionRow


@dataclass(frozen=True)
class ComparedField:
    """One field in the comparison: its takeaways and starred answers, people, fit."""

    field_id: int
    name: str
    status: FieldStatus
    people: int
    groups: tuple[TopicGroup, ...]
    fit: FieldFit


@dataclass(frozen=True)
class Comparison:
    """Two or three fields side by side, on the shared criteria."""

    criteria: tuple[FitCriterion, ...]
    fields: tuple[ComparedField, ...]

    def with_scores(self) -> Comparison:
        """Return the comparison with the criteria and every field's scores read again."""
        fields = tuple(
            replace(f, fit=FieldFit(f.field_id, lq.fit_scores(f.field_id))) for f in self.fields
        )
        return Comparison(criteria(), fields)

    def total(self, field: ComparedField) -> float | None:
        """Return the field's weighted fit, out of 5 (None: not rated yet)."""
        return field.fit.total(self.criteria)

    def topics(self) -> tuple[str, ...]:
        """Return the topics any compared field has a takeaway or starred answer on."""
        shown = {
            group.topic
            for field in self.fields
            for group in field.groups
            if group.takeaway.strip() or group.starred
        }
        return tuple(topic for topic in learned.TOPIC_ORDER if topic in shown)


def criteria() -> tuple[FitCriterion, ...]:
    """Return the shared fit criteria, in the user's order."""
    return tuple(FitCriterion(int(i), str(n), int(w)) for i, n, w in lq.fit_criteria())


def comparison(*, field_ids: list[int], system_zone: str = "") -> Comparison:
    """Return up to three fields side by side (unknown ids are left out).

    Each field brings its takeaways and starred answers only: what is read grows with
    what the comparison shows, not with the field's answers.
    """
    names = {int(i): (str(n), str(s)) for i, n, s in lq.field_names()}
    compared = []
    for field_id in [f for f in dict.fromkeys(field_ids) if f in names][: learned.MAX_COMPARED]:
        name, status = names[field_id]
        groups = starred_groups(field_id, system_zone=system_zone)
        fit = FieldFit(field_id, lq.fit_scores(field_id))
        people = lq.people_talked_to(field_id)
        compared.append(ComparedField(field_id, name, FieldStatus(status), people, groups, fit))
    return Comparison(criteria(), tuple(compared))


def _unique(name: str, criterion_id: int | None = None) -> None:
    for other_id, other, _weight in lq.fit_criteria():
        if int(other_id) != criterion_id and str(other).casefold() == name.casefold():
            raise ValidationError(
                "criterion", _("You already rate fields on “{name}”.").format(name=other)
            )


def add_criterion(*, name: str, weight: int = 3) -> int:
    """Add a criterion every field is rated on; return its id."""
    name = learned.clean_criterion_name(name)
    weight = learned.check_score(weight, what="weight")
    with database.atomic():
        _unique(name)
        last = FitCriterionRow.select(fn.MAX(FitCriterionRow.position)).scalar() or 0
        row = FitCriterionRow.create(name=name, weight=weight, position=int(last) + 1)
    return int(row.id)


def add_usual_criteria() -> int:
    """Add interest, skills, pay and lifestyle (those not there yet); return how many."""
    have = {str(name).casefold() for _i, name, _w in lq.fit_criteria()}
    added = 0
    with database.atomic():
        for name in (_(usual) for usual in learned.DEFAULT_CRITERIA):
            if name.casefold() not in have:
                add_criterion(name=name)
                added += 1
    return added


def set_weight(*, criterion_id: int, weight: int) -> None:
    """Say how much a criterion counts, 0 to 5."""
    weight = learned.check_score(weight, what="weight")
    with database.atomic():
        query = FitCriterionRow.update(weight=weight).where(FitCriterionRow.id == criterion_id)
        if not query.execute():
            raise NotFoundError(_("That criterion no longer exists."))


def remove_criterion(*, criterion_id: int) -> None:
    """Remove a criterion, with every field's score on it."""
    with database.atomic():
        FitCriterionRow.delete().where(FitCriterionRow.id == criterion_id).execute()


def rate(*, field_id: int, criterion_id: int, score: int | None) -> None:
    """Rate a field on a criterion, 0 to 5 (None: not rated)."""
    with database.atomic():
        if not CareerField.select().where(CareerField.id == field_id).exists():
            raise NotFoundError(_(GONE))
        if not FitCriterionRow.select().where(FitCriterionRow.id == criterion_id).exists():
            raise NotFoundError(_("That criterion no longer exists."))
        where = (FitRating.field == field_id) & (FitRating.criterion == criterion_id)
        if score is None:
            FitRating.delete().where(where).execute()
            return
        score = learned.check_score(score)
        FitRating.insert(field=field_id, criterion=criterion_id, score=score).on_conflict(
            conflict_target=[FitRating.field, FitRating.criterion],
            update={FitRating.score: score},
        ).execute()


def decide_on(*, field_id: int) -> None:
    """Say "I have decided": the field becomes the focus and the profile says decided.

    The question suggestions follow the profile's decidedness.
    """
    with database.atomic():
        written = (
            CareerField.update(status=FieldStatus.FOCUS.value, updated_at=utc_now())
            .where(CareerField.id == field_id)
            .execute()
        )
        if not written:
            raise NotFoundError(_(GONE))
        save_profile(profile=replace(load_profile(), decidedness=Decidedness.DECIDED))


def set_decidedness(*, decidedness: Decidedness) -> None:
    """Say how decided the user is; the question suggestions follow it."""
    save_profile(profile=replace(load_profile(), decidedness=Decidedness(decidedness)))
