"""Reads of "What I learned" and of progress: answers of held interviews, takeaways, ratings.

Plain SQL on the open connection, returning tuples. An interview belongs to the field it
was made in, else to its contact's field. Moments come back as stored (ISO text in UTC)
and days as ISO dates: the services turn them into the user's days.
"""

from __future__ import annotations

from typing import Any

from infoview_gui.store.connection import read

_FIELD_OF = "COALESCE(i.field_id, c.field_id)"
_HELD = "i.status IN ('held', 'thanked')"
_MOMENT = "COALESCE(i.held_at, i.started_at, i.scheduled_start)"
_PERSON = "c.first_name, c.last_name, c.email"

Row = tuple[Any, ...]


def answer_rows(field_id: int) -> list[Row]:
    """Return every answer typed in the field's held interviews, by interview then question.

    Each row: (item id, interview id, topic, question, answer, first name, last name,
    email, moment, time zone, starred). A question of no bank entry (one added as free
    text, or a research line) is the user's own.
    """
    return read(
        f"SELECT lq.id, i.id, COALESCE(q.topic, 'own'), lq.text, lq.answer, {_PERSON}, "
        f"{_MOMENT} AS moment, i.time_zone, s.item_id IS NOT NULL "
        "FROM interview AS i JOIN contact AS c ON c.id = i.contact_id "
        "JOIN question_list AS ql ON ql.interview_id = i.id "
        "JOIN list_question AS lq ON lq.question_list_id = ql.id "
        "LEFT JOIN question AS q ON q.id = lq.question_id "
        "LEFT JOIN answer_star AS s ON s.item_id = lq.id "
        f"WHERE {_FIELD_OF} = ? AND {_HELD} AND trim(lq.answer) != '' "
        "ORDER BY moment, i.id, lq.position, lq.id",
        [field_id],
    )


def other_note_rows(field_id: int) -> list[Row]:
    """Return the notes of the field's held interviews taken outside any question.

    Each row: (interview id, notes, first name, last name, email, moment, time zone).
    """
    return read(
        f"SELECT i.id, i.notes, {_PERSON}, {_MOMENT} AS moment, i.time_zone "
        "FROM interview AS i JOIN contact AS c ON c.id = i.contact_id "
        f"WHERE {_FIELD_OF} = ? AND {_HELD} AND trim(i.notes) != '' ORDER BY moment, i.id",
        [field_id],
    )


def people_talked_to(field_id: int) -> int:
    """Return how many people the user has held an interview with in the field."""
    rows = read(
        "SELECT count(DISTINCT i.contact_id) FROM interview AS i "
        f"JOIN contact AS c ON c.id = i.contact_id WHERE {_FIELD_OF} = ? AND {_HELD}",
        [field_id],
    )
    return int(rows[0][0])


def takeaways(field_id: int) -> dict[str, str]:
    """Return the user's takeaway per topic in the field."""
    rows = read("SELECT topic, text FROM takeaway WHERE field_id = ?", [field_id])
    return {str(topic): str(text) for topic, text in rows}


def research_check_rows(field_id: int) -> list[Row]:
    """Return (id, line, mark, said) of the field's research lines to verify, in order."""
    return read(
        "SELECT r.id, r.text, COALESCE(rc.mark, 'open'), COALESCE(rc.said, '') "
        "FROM research_item AS r LEFT JOIN research_check AS rc ON rc.item_id = r.id "
        "WHERE r.field_id = ? AND r.verify ORDER BY r.position, r.id",
        [field_id],
    )


def fit_criteria() -> list[Row]:
    """Return (id, name, weight) of every fit criterion, in the user's order."""
    return read("SELECT id, name, weight FROM fit_criterion ORDER BY position, id")


def fit_scores(field_id: int) -> dict[int, int]:
    """Return the field's score per fit criterion id."""
    rows = read("SELECT criterion_id, score FROM fit_rating WHERE field_id = ?", [field_id])
    return {int(criterion): int(score) for criterion, score in rows}


def field_names() -> list[Row]:
    """Return (id, name, status) of every field, in the user's order."""
    return read("SELECT id, name, status FROM career_field ORDER BY position, id")


def request_fact_rows(field_id: int | None) -> list[Row]:
    """Return the facts of every request (of one field, or all).

    Each row: (status, requested on, responded on, held moment, time zone, thank-you
    sent on).
    """
    where, params = ("", []) if field_id is None else (f"WHERE {_FIELD_OF} = ?", [field_id])
    return read(
        f"SELECT i.status, i.requested_on, i.responded_on, {_MOMENT}, i.time_zone, "
        "i.thank_you_sent_on FROM interview AS i JOIN contact AS c ON c.id = i.contact_id "
        f"{where} ORDER BY i.id",
        params,
    )


def referral_count(field_id: int | None) -> int:
    """Return how many contacts were introduced by someone the user interviewed (in a field)."""
    where = "" if field_id is None else f"AND {_FIELD_OF} = ?"
    rows = read(
        "SELECT count(*) FROM contact AS r WHERE r.introduced_by_id IN ("
        "SELECT i.contact_id FROM interview AS i JOIN contact AS c ON c.id = i.contact_id "
        f"WHERE {_HELD} {where})",
        [] if field_id is None else [field_id],
    )
    return int(rows[0][0])
