"""What I learned about a field: its answers by topic, stars, takeaways, research checked.

Reads assemble a field's page from ``store.learned_queries``; each action is one user
action in one transaction (the store's change log tells the views what it wrote).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from infoview_gui.domain import learned
from infoview_gui.domain.enums import FieldStatus
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.learned import Answer, ResearchCheck, TopicGroup, VerifyMark
from infoview_gui.domain.text import full_name
from infoview_gui.services.agenda import user_zone
from infoview_gui.services.question_lists import verify_question
from infoview_gui.store import learned_queries as lq
from infoview_gui.store.database import database
from infoview_gui.store.models import AnswerStar, ListQuestion, ResearchItem, utc_now
from infoview_gui.store.models import ResearchCheck as ResearchCheckRow
from infoview_gui.store.models import Takeaway as TakeawayRow

GONE = N_("That career field no longer exists.")
SHOWN = 15
"""How many answers of a topic a page shows at first (a student's every interview)."""
MORE = 25
"""How many more answers of a topic "Show more" adds."""


@dataclass(frozen=True)
class FieldPage:
    """A field's "What I learned" page.

    Attributes:
        field_id: the field.
        name: its name.
        status: how the user stands towards it.
        groups: every topic, in order, with its answers and the user's takeaway.
        checks: the research lines to verify, with what was heard and the user's mark.
        people: how many people the user held an interview with in the field.
    """

    field_id: int
    name: str
    status: FieldStatus
    groups: tuple[TopicGroup, ...]
    checks: tuple[ResearchCheck, ...]
    people: int

    @property
    def answer_count(self) -> int:
        """How many answers and other notes the page holds."""
        return sum(len(group.answers) for group in self.groups)


def local_day(moment: object, zone_name: str, fallback: ZoneInfo) -> date | None:
    """Return the local day of a stored moment, in the interview's zone (else ``fallback``)."""
    if not moment:
        return None
    when = moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
    try:
        zone = ZoneInfo(zone_name) if zone_name else fallback
    except (ValueError, KeyError):
        zone = fallback
    return when.astimezone(zone).date()


def _who(first: object, last: object, email: object) -> str:
    return full_name(str(first or ""), str(last or "")) or str(email or "") or "Someone"


def field_answers(field_id: int, *, system_zone: str = "") -> list[Answer]:
    """Return every answer and other note of the field's held interviews, oldest first."""
    zone = user_zone(system_zone=system_zone)
    found = [
        Answer(
            int(item), int(interview), str(topic), str(question), str(text),
            _who(first, last, email), local_day(moment, str(tz or ""), zone), bool(starred),
        )
        for item, interview, topic, question, text, first, last, email, moment, tz, starred
        in lq.answer_rows(field_id)
    ]  # fmt: skip
    found += [
        Answer(
            0, int(interview), learned.OTHER_NOTES, "", str(notes),
            _who(first, last, email), local_day(moment, str(tz or ""), zone),
        )
        for interview, notes, first, last, email, moment, tz in lq.other_note_rows(field_id)
    ]  # fmt: skip
    return found


def _answer(row: tuple[object, ...], zone: ZoneInfo) -> Answer:
    """Return the answer of a row shaped as ``answer_rows`` gives them (more columns may follow)."""
    item, interview, topic, question, text, first, last, email, moment, tz, starred = row[:11]
    return Answer(
        int(str(item)), int(str(interview)), str(topic), str(question), str(text),
        _who(first, last, email), local_day(moment, str(tz or ""), zone), bool(starred),
    )  # fmt: skip


def shown_page(*, field_id: int, system_zone: str = "", count: int = SHOWN) -> FieldPage:
    """Return the field's page with only the first ``count`` answers of each topic.

    Starred answers come first, then the others from the oldest interview on; each
    group's ``count`` says how many the topic has. What is read grows with what is shown.
    """
    name, status = _field_row(field_id)
    zone = user_zone(system_zone=system_zone)
    rows = lq.shown_answer_rows(field_id, count)
    counts = {str(row[2]): int(row[12]) for row in rows}
    answers = [_answer(row, zone) for row in rows]
    groups = learned.group_by_topic(answers, lq.takeaways(field_id), counts=counts)
    checks = []
    for item_id, line, mark, said in lq.research_check_rows(field_id):
        asked = [verify_question(str(line)), str(line)]
        heard = tuple(_answer(row, zone) for row in lq.heard_rows(field_id, asked, count))
        checks.append(ResearchCheck(int(item_id), str(line), VerifyMark(mark), str(said), heard))
    people = lq.people_talked_to(field_id)
    return FieldPage(field_id, name, status, groups, tuple(checks), people)


def more_answers(
    *, field_id: int, topic: str, after: int, count: int = MORE, system_zone: str = ""
) -> tuple[Answer, ...]:
    """Return the answers of a topic numbered ``after + 1`` to ``after + count``, as shown."""
    zone = user_zone(system_zone=system_zone)
    rows = lq.shown_answer_rows(field_id, count, topic=topic, after=after)
    return tuple(_answer(row, zone) for row in rows)


def starred_groups(field_id: int, *, system_zone: str = "") -> tuple[TopicGroup, ...]:
    """Return the field's topics with a takeaway or a starred answer, with those only."""
    zone = user_zone(system_zone=system_zone)
    starred = [_answer(row, zone) for row in lq.starred_answer_rows(field_id)]
    return learned.group_by_topic(starred, lq.takeaways(field_id))


def _field_row(field_id: int) -> tuple[str, FieldStatus]:
    for row_id, name, status in lq.field_names():
        if int(row_id) == field_id:
            return str(name), FieldStatus(str(status))
    raise NotFoundError(_(GONE))


def research_checks(field_id: int, answers: list[Answer]) -> tuple[ResearchCheck, ...]:
    """Return the field's lines to verify, each with the answers to the question it became."""
    checks = []
    for item_id, line, mark, said in lq.research_check_rows(field_id):
        asked = verify_question(str(line))
        heard = tuple(a for a in answers if a.question in (asked, str(line)))
        checks.append(ResearchCheck(int(item_id), str(line), VerifyMark(mark), str(said), heard))
    return tuple(checks)


def field_page(*, field_id: int, system_zone: str = "") -> FieldPage:
    """Return the field's page: answers by topic with takeaways, research checks, people."""
    name, status = _field_row(field_id)
    answers = field_answers(field_id, system_zone=system_zone)
    groups = learned.group_by_topic(answers, lq.takeaways(field_id))
    checks = research_checks(field_id, answers)
    return FieldPage(field_id, name, status, groups, checks, lq.people_talked_to(field_id))


def set_star(*, item_id: int, starred: bool) -> None:
    """Star an answer, or take its star away."""
    with database.atomic():
        if not ListQuestion.select().where(ListQuestion.id == item_id).exists():
            raise NotFoundError(_("That answer no longer exists."))
        if starred:
            AnswerStar.insert(item=item_id, starred_at=utc_now()).on_conflict_ignore().execute()
        else:
            AnswerStar.delete().where(AnswerStar.item == item_id).execute()


def save_takeaway(*, field_id: int, topic: str, text: str) -> None:
    """Keep the user's takeaway on a topic of a field (an empty one is removed)."""
    topic = learned.check_topic(topic)
    text = learned.clean_takeaway(text)
    with database.atomic():
        _field_row(field_id)
        where = (TakeawayRow.field == field_id) & (TakeawayRow.topic == topic)
        if not text.strip():
            TakeawayRow.delete().where(where).execute()
            return
        TakeawayRow.insert(
            field=field_id, topic=topic, text=text, updated_at=utc_now()
        ).on_conflict(
            conflict_target=[TakeawayRow.field, TakeawayRow.topic],
            update={TakeawayRow.text: text, TakeawayRow.updated_at: utc_now()},
        ).execute()


def check_research(*, item_id: int, mark: VerifyMark | str, said: str | None = None) -> None:
    """Mark a research line confirmed, corrected or still open; keep what was said if given."""
    try:
        value = VerifyMark(mark).value
    except ValueError:
        raise ValidationError(
            "mark", _("Mark the line confirmed, corrected or still open.")
        ) from None
    values = {ResearchCheckRow.mark: value, ResearchCheckRow.updated_at: utc_now()}
    if said is not None:
        values[ResearchCheckRow.said] = learned.clean_said(said)
    with database.atomic():
        if not ResearchItem.select().where(ResearchItem.id == item_id).exists():
            raise NotFoundError(_("That research line no longer exists."))
        ResearchCheckRow.insert(
            item=item_id, mark=value, said=values.get(ResearchCheckRow.said, ""),
            updated_at=utc_now(),
        ).on_conflict(conflict_target=[ResearchCheckRow.item], update=values).execute()  # fmt: skip
