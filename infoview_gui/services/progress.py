"""Progress figures per field and overall, as the charts and ``infoview report`` show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.progress import Progress, Tally, progress_of
from infoview_gui.services.agenda import user_zone
from infoview_gui.services.learned import local_day
from infoview_gui.services.waiting import reply_thresholds
from infoview_gui.store import learned_queries as lq
from infoview_gui.store import progress_queries as pq

OVERALL = N_("All fields")


@dataclass(frozen=True)
class FieldProgress:
    """The figures of one field (``field_id`` None: every field together)."""

    field_id: int | None
    name: str
    progress: Progress

    def as_dict(self) -> dict[str, Any]:
        """The field's name and figures as plain values, for JSON."""
        return {"field": None if self.field_id is None else self.name, **self.progress.as_dict()}


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def tally(field_id: int | None, *, system_zone: str = "") -> Tally:
    """Return the requests of the field (or of every field) added up by SQL."""
    zone = user_zone(system_zone=system_zone)
    statuses = {
        InterviewStatus(str(status)): (int(n), int(thanked))
        for status, n, thanked in pq.status_counts(field_id)
    }
    days = [
        (InterviewStatus(str(status)), asked, _date(answered), int(n))
        for status, asked_on, answered, n in pq.day_pairs(field_id)
        if (asked := _date(asked_on)) is not None
    ]
    held = [
        (day, int(n))
        for moment, tz, n in pq.held_moments(field_id)
        if (day := local_day(moment, str(tz or ""), zone)) is not None
    ]
    return Tally(statuses, days, held)


def field_progress(*, field_id: int | None, today: date, system_zone: str = "") -> Progress:
    """Return the figures of one field, or of every field when ``field_id`` is None."""
    _ask_next, follow_up_after = reply_thresholds()
    return progress_of(
        tally(field_id, system_zone=system_zone),
        referrals=pq.referral_count(field_id),
        today=today,
        follow_up_after=follow_up_after,
    )


def field_named(name: str) -> int:
    """Return the id of the field called ``name`` (any case), or raise with the choices."""
    fields = lq.field_names()
    for field_id, field_name, _status in fields:
        if str(field_name).casefold() == name.strip().casefold():
            return int(field_id)
    known = ", ".join(str(row[1]) for row in fields)
    said = (
        _("There is no career field called “{name}”. Your fields: {fields}.")
        if known
        else _("There is no career field called “{name}”. You have no career fields yet.")
    )
    raise ValidationError("field", said.format(name=name.strip(), fields=known))


def report(
    *, today: date, field_name: str | None = None, system_zone: str = ""
) -> list[FieldProgress]:
    """Return the figures overall then per field, or of the one field named."""
    if field_name is not None:
        field_id = field_named(field_name)
        name = next(str(n) for i, n, _s in lq.field_names() if int(i) == field_id)
        figures = field_progress(field_id=field_id, today=today, system_zone=system_zone)
        return [FieldProgress(field_id, name, figures)]
    found = [
        FieldProgress(
            None, _(OVERALL), field_progress(field_id=None, today=today, system_zone=system_zone)
        )
    ]
    for field_id, name, _status in lq.field_names():
        figures = field_progress(field_id=int(field_id), today=today, system_zone=system_zone)
        found.append(FieldProgress(int(field_id), str(name), figures))
    return found
