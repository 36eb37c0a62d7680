"""Reads of progress as counts: SQL adds up the requests, Python gets a row per distinct value.

Each query reads the requests of one field (``FIELD_INTERVIEWS``) or of every field and
groups them, so what comes back grows with the number of distinct days, not of requests:
the figures of 50,000 interviews are a few hundred rows. Days come back as ISO dates and
moments as stored (ISO text in UTC); the services turn them into the user's days.
"""

from __future__ import annotations

from infoview_gui.store.connection import read
from infoview_gui.store.learned_queries import FIELD_INTERVIEWS, Row

_MOMENT = "COALESCE(i.held_at, i.started_at, i.scheduled_start)"


def _of(field_id: int | None) -> tuple[str, str, list[int]]:
    """Return (WITH clause, join, parameters) that keep the requests of ``field_id``."""
    if field_id is None:
        return "", "", []
    return f"WITH {FIELD_INTERVIEWS} ", "JOIN field_interview AS f ON f.id = i.id ", [field_id]


def status_counts(field_id: int | None) -> list[Row]:
    """Return (status, requests, requests with a thank-you sent) per status."""
    with_, join, params = _of(field_id)
    return read(
        f"{with_}SELECT i.status, count(*), count(NULLIF(i.thank_you_sent_on, '')) "
        f"FROM interview AS i {join}GROUP BY i.status",
        params,
    )


def day_pairs(field_id: int | None) -> list[Row]:
    """Return (status, requested on, responded on, requests) per distinct status and days."""
    with_, join, params = _of(field_id)
    return read(
        f"{with_}SELECT i.status, i.requested_on, i.responded_on, count(*) FROM interview AS i "
        f"{join}WHERE i.requested_on IS NOT NULL GROUP BY 1, 2, 3",
        params,
    )


def held_moments(field_id: int | None) -> list[Row]:
    """Return (moment, time zone, interviews) per distinct moment of the held interviews."""
    with_, join, params = _of(field_id)
    return read(
        f"{with_}SELECT {_MOMENT} AS moment, i.time_zone, count(*) FROM interview AS i "
        f"{join}WHERE i.status IN ('held', 'thanked') AND moment IS NOT NULL GROUP BY 1, 2",
        params,
    )


def referral_count(field_id: int | None) -> int:
    """Return how many contacts were introduced by someone the user interviewed (in a field)."""
    with_, join, params = _of(field_id)
    rows = read(
        f"{with_}SELECT count(*) FROM contact AS r WHERE r.introduced_by_id IN ("
        f"SELECT i.contact_id FROM interview AS i {join}"
        "WHERE i.status IN ('held', 'thanked'))",
        params,
    )
    return int(rows[0][0])
