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
FIELD_INTERVIEWS = (
    "field_interview(id) AS (SELECT id FROM interview WHERE field_id = ?1 UNION ALL "
    "SELECT i.id FROM contact AS c JOIN interview AS i ON i.contact_id = c.id "
    "WHERE c.field_id = ?1 AND i.field_id IS NULL)"
)
"""A CTE of the ids of a field's interviews (its own, and those of its contacts without
one): each half uses an index, where ``COALESCE`` over the join reads every interview.
The field's id is the query's first parameter (``?1``)."""
_HELD_OF_FIELD = (
    f"{FIELD_INTERVIEWS}, held AS (SELECT i.id, {_MOMENT} AS moment FROM field_interview AS f "
    f"JOIN interview AS i ON i.id = f.id WHERE {_HELD})"
)
_RANKED = (
    "ranked AS (SELECT lq.id AS item, h.id AS interview, COALESCE(q.topic, 'own') AS topic, "
    "s.item_id IS NOT NULL AS starred, h.moment, lq.position AS position "
    "FROM held AS h JOIN question_list AS ql ON ql.interview_id = h.id "
    "JOIN list_question AS lq ON lq.question_list_id = ql.id "
    "LEFT JOIN question AS q ON q.id = lq.question_id "
    "LEFT JOIN answer_star AS s ON s.item_id = lq.id WHERE trim(lq.answer) != '' UNION ALL "
    "SELECT 0, h.id, 'other', 0, h.moment, 0 FROM held AS h JOIN interview AS i ON i.id = h.id "
    "WHERE trim(i.notes) != ''), "
    "numbered AS (SELECT *, row_number() OVER (PARTITION BY topic "
    "ORDER BY starred DESC, moment, interview, position, item) AS n, "
    "count(*) OVER (PARTITION BY topic) AS total FROM ranked)"
)

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


def shown_answer_rows(
    field_id: int, count: int, *, topic: str | None = None, after: int = 0
) -> list[Row]:
    """Return a slice of each topic's answers (and other notes), starred first, then oldest.

    Only the rows shown are read in full: per topic (or only ``topic``), the answers
    numbered ``after + 1`` to ``after + count``. Each row: (item id, interview id, topic,
    question, answer, first name, last name, email, moment, time zone, starred, number,
    how many the topic has). Other notes have item id 0 and topic ``other``.
    """
    where = "" if topic is None else "AND r.topic = ?4"
    return read(
        f"WITH {_HELD_OF_FIELD}, {_RANKED} "
        "SELECT r.item, r.interview, r.topic, COALESCE(lq.text, ''), "
        f"COALESCE(lq.answer, i.notes), {_PERSON}, r.moment, i.time_zone, r.starred, r.n, "
        "r.total FROM numbered AS r JOIN interview AS i ON i.id = r.interview "
        "JOIN contact AS c ON c.id = i.contact_id "
        "LEFT JOIN list_question AS lq ON lq.id = r.item AND r.item != 0 "
        f"WHERE r.n > ?3 AND r.n <= ?3 + ?2 {where} ORDER BY r.topic, r.n",
        [field_id, count, after, *([] if topic is None else [topic])],
    )


def starred_answer_rows(field_id: int) -> list[Row]:
    """Return the starred answers of the field's held interviews, as ``answer_rows`` does."""
    return read(
        f"WITH {FIELD_INTERVIEWS} "
        f"SELECT lq.id, i.id, COALESCE(q.topic, 'own'), lq.text, lq.answer, {_PERSON}, "
        f"{_MOMENT} AS moment, i.time_zone, 1 FROM answer_star AS s "
        "JOIN list_question AS lq ON lq.id = s.item_id "
        "JOIN question_list AS ql ON ql.id = lq.question_list_id "
        "JOIN interview AS i ON i.id = ql.interview_id JOIN contact AS c ON c.id = i.contact_id "
        "LEFT JOIN question AS q ON q.id = lq.question_id "
        f"WHERE i.id IN (SELECT id FROM field_interview) AND {_HELD} "
        "AND trim(lq.answer) != '' ORDER BY moment, i.id, lq.position, lq.id",
        [field_id],
    )


def heard_rows(field_id: int, questions: list[str], limit: int) -> list[Row]:
    """Return the first ``limit`` answers to any of ``questions``, as ``answer_rows`` does."""
    marks = ", ".join("?" for _ in questions)
    return read(
        f"WITH {_HELD_OF_FIELD} "
        f"SELECT lq.id, i.id, COALESCE(q.topic, 'own'), lq.text, lq.answer, {_PERSON}, "
        "h.moment, i.time_zone, s.item_id IS NOT NULL FROM held AS h "
        "JOIN interview AS i ON i.id = h.id JOIN contact AS c ON c.id = i.contact_id "
        "JOIN question_list AS ql ON ql.interview_id = h.id "
        "JOIN list_question AS lq ON lq.question_list_id = ql.id "
        "LEFT JOIN question AS q ON q.id = lq.question_id "
        "LEFT JOIN answer_star AS s ON s.item_id = lq.id "
        f"WHERE lq.text IN ({marks}) AND trim(lq.answer) != '' "
        "ORDER BY h.moment, i.id, lq.position, lq.id LIMIT ?",
        [field_id, *questions, limit],
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
        f"WITH {FIELD_INTERVIEWS} SELECT count(DISTINCT i.contact_id) FROM field_interview AS f "
        f"JOIN interview AS i ON i.id = f.id WHERE {_HELD}",
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


def interview_count() -> int:
    """Return how many interviews there are (an index count: quick at any size)."""
    return int(read("SELECT count(*) FROM interview")[0][0])
