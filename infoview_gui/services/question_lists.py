"""Question lists: the questions for one interview (or for a field), in the user's order.

A field's list (``question_list.field``) is prepared before any interview; an
interview's list (``question_list.interview``, field left empty so that deleting a
field never takes the answers written in an interview with it) starts as a copy of its
field's list. Items keep their own copy of the text, so editing or hiding a bank
question never changes a list. The order is ``list_question.position`` ascending:
fractional positions, so a move usually writes only the moved rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from peewee import fn

from infoview_gui.domain import question_bank, ranking
from infoview_gui.domain.enums import Decidedness, Stage, Topic
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.question_bank import MAX_TEXT
from infoview_gui.domain.request_check import job_words
from infoview_gui.domain.suggestion_reasons import research_reason, suggestion_reason
from infoview_gui.domain.validation import clean_short
from infoview_gui.domain.wording import counted
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store import question_queries as qq
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.models import CareerField, Interview, ListQuestion, Profile, QuestionList
from infoview_gui.store.queries import tuples
from infoview_gui.store.snapshots import Snapshot, take

DEFAULT_MEETING_MINUTES = 30
MEETING_MINUTES_KEY = "question_list_meeting_minutes"
MAX_MUST_ASK = 1000


@dataclass(frozen=True)
class Suggestion:
    """A question suggested for a list: from the bank, or a research line to verify."""

    text: str
    topic: Topic
    minutes: float
    question_id: int | None = None
    research_id: int | None = None
    fit: str = ""  # short words for whom it was written: "comparing fields, final year"
    reason: str = ""  # one sentence: "Suggested because you are comparing fields."


@dataclass(frozen=True)
class Estimate:
    """How long a list takes against the meeting it is for."""

    minutes: float
    meeting_minutes: int
    count: int
    fit_count: int

    @property
    def fits(self) -> bool:
        """True when every question fits in the meeting."""
        return self.fit_count == self.count

    @property
    def message(self) -> str:
        """One sentence for the user, a warning when the list runs over."""
        if not self.count:
            return _("No questions yet.")
        minutes = counted(round(self.minutes), "minute", "minutes")
        if self.fits:
            said = _(
                "About {minutes} with introductions and thanks: it fits a {meeting}-minute meeting."
            )
        elif self.fit_count == 0:
            said = _(
                "About {minutes} with introductions and thanks, for a {meeting}-minute meeting: "
                "not even the first question fits; ask for more time or shorten it."
            )
        elif self.fit_count == 1:
            said = _(
                "About {minutes} with introductions and thanks, for a {meeting}-minute meeting: "
                "only the first question fits; put the most important first."
            )
        else:
            said = _(
                "About {minutes} with introductions and thanks, for a {meeting}-minute meeting: "
                "the first {count} fit; put the most important first."
            )
        number = formats().number
        return said.format(
            minutes=minutes, meeting=number(self.meeting_minutes), count=number(self.fit_count)
        )


def estimate_for(minutes: Sequence[float], meeting_minutes: int) -> Estimate:
    """Return the estimate of questions taking ``minutes`` each, in order."""
    total = question_bank.estimate_minutes(minutes)
    budget = meeting_minutes - question_bank.GREETING_MINUTES
    fit_count, used = 0, 0.0
    for value in minutes:
        used += value
        if used > budget + 1e-9:
            break
        fit_count += 1
    return Estimate(total, meeting_minutes, len(minutes), fit_count)


def verify_question(line: str) -> str:
    """Return the question that checks a research line with someone inside the field.

    A line already asked as a question is kept; a statement is quoted as it was written
    (its wording may hold names and terms that must not be changed) and followed by
    "is that true in your experience?".
    """
    text = " ".join(line.split())
    if text.endswith("?"):
        return text[:MAX_TEXT]
    body = text.rstrip(" .;:!")
    room = MAX_TEXT - 40
    if len(body) > room:
        body = body[: room - 1].rstrip() + "…"
    return _("“{statement}” — is that true in your experience?").format(statement=body)


# --- which list ---------------------------------------------------------------------


def list_for_field(*, field_id: int) -> int:
    """Return the id of a field's list, making it on first use."""
    with database.atomic():
        found = qq.field_list_id(field_id)
        if found is not None:
            return found
        if not CareerField.select().where(CareerField.id == field_id).exists():
            raise NotFoundError(_("That career field no longer exists."))
        return int(QuestionList.create(field=field_id).id)


def list_for_interview(*, interview_id: int) -> int:
    """Return the id of an interview's list; a new one starts as a copy of its field's."""
    with database.atomic():
        found = qq.interview_list_id(interview_id)
        if found is not None:
            return found
        row = tuples(Interview.select(Interview.field).where(Interview.id == interview_id))
        if not row:
            raise NotFoundError(_("That interview no longer exists."))
        list_id = int(QuestionList.create(interview=interview_id).id)
        source = None if row[0][0] is None else qq.field_list_id(int(row[0][0]))
        if source is not None:
            _copy_items(source, list_id, with_must_ask=True)
        return list_id


def copy_field_list(*, list_id: int) -> list[int]:
    """Add the questions of an interview's field list to the end of the interview's list."""
    with database.atomic():
        info = _info(list_id)
        source = None if info.field_id is None else qq.field_list_id(info.field_id)
        if source is None or source == list_id:
            return []
        return _copy_items(source, list_id, with_must_ask=not qq.list_items(list_id))


def _copy_items(source: int, target: int, *, with_must_ask: bool) -> list[int]:
    items = qq.list_items(source)
    positions = _positions_after(target, len(items))
    ids = [
        int(
            ListQuestion.create(
                question_list=target, question=i.question_id, text=i.text, position=p
            ).id
        )
        for i, p in zip(items, positions, strict=True)
    ]
    if with_must_ask:
        must = QuestionList.select(QuestionList.must_ask).where(QuestionList.id == source).scalar()
        QuestionList.update(must_ask=must).where(QuestionList.id == target).execute()
    return ids


def _info(list_id: int) -> qq.ListInfo:
    info = qq.list_info(list_id)
    if info is None:
        raise NotFoundError(_("That question list no longer exists."))
    return info


# --- suggestions --------------------------------------------------------------------


def suggest_for(*, list_id: int, today: date, limit: int = 12) -> list[Suggestion]:
    """Return questions that suit the user and are not on the list yet.

    The field's research lines marked "verify in an interview" come first, as
    questions (see ``verify_question``); then up to ``limit`` bank questions chosen for
    the profile's decidedness and closeness to graduation, in interview order. A
    question whose (possibly reworded) text has words about jobs or hiring is never
    suggested, as a request must not use them. Each suggestion says why it is suggested.
    """
    info = _info(list_id)
    items = qq.list_items(list_id)
    used_ids = {i.question_id for i in items}
    used_texts = {i.text for i in items}
    research = [] if info.field_id is None else qq.verify_lines(info.field_id)
    found = [
        Suggestion(text, Topic.OWN, qq.OWN_MINUTES, research_id=item_id, reason=research_reason())
        for item_id, text in ((i, verify_question(t)) for i, t in research)
        if text not in used_texts
    ]
    decidedness, stage = _profile_tags(today)
    bank = [
        _Candidate(row)
        for row in qq.bank_rows()
        if row.id not in used_ids and not job_words(row.text)
    ]
    for c in question_bank.suggest(bank, decidedness, stage, limit):
        why = suggestion_reason(c.decidedness, c.stages, decidedness, stage)
        row = c.row
        found.append(Suggestion(row.text, Topic(row.topic), row.minutes, row.id, None, *why))
    return found


@dataclass(frozen=True)
class _Candidate:
    """A stored bank question seen the way ``question_bank.suggest`` wants it."""

    row: qq.BankRow

    @property
    def key(self) -> str:
        """The question's id, as text."""
        return self.row.key

    @property
    def topic(self) -> str:
        """The stored topic."""
        return self.row.topic

    @property
    def decidedness(self) -> frozenset[str]:
        """The decidedness values the question suits."""
        return frozenset(
            d.value for d in question_bank.from_mask(self.row.decidedness_mask, Decidedness)
        )

    @property
    def stages(self) -> frozenset[str]:
        """The stages the question suits."""
        return frozenset(s.value for s in question_bank.from_mask(self.row.stage_mask, Stage))


def _profile_tags(today: date) -> tuple[Decidedness | None, Stage | None]:
    row = tuples(Profile.select(Profile.decidedness, Profile.graduation).where(Profile.id == 1))
    if not row:
        return None, None
    decidedness = Decidedness(row[0][0]) if row[0][0] else None
    try:
        stage = question_bank.stage_for(row[0][1], today)
    except ValueError:
        stage = None
    return decidedness, stage


# --- adding and removing ------------------------------------------------------------


def _positions_after(list_id: int, count: int) -> list[float]:
    last = (
        ListQuestion.select(fn.MAX(ListQuestion.position))
        .where(ListQuestion.question_list == list_id)
        .scalar()
    )
    base = float(last) if last is not None and math.isfinite(last) else 0.0
    return [base + ranking.STEP * (index + 1) for index in range(count)]


def _clean_text(text: str) -> str:
    text = clean_short("text", "The question", text, limit=MAX_TEXT)
    if not text:
        raise ValidationError("text", _("Write the question first."))
    return text


def add_questions(*, list_id: int, question_ids: Sequence[int]) -> list[int]:
    """Add bank questions to the end of a list (those not on it yet); return the new items."""
    with database.atomic():
        _info(list_id)
        on_list = {i.question_id for i in qq.list_items(list_id)}
        texts = {row.id: row.text for row in qq.bank_rows(include_hidden=True)}
        wanted = [q for q in dict.fromkeys(question_ids) if q not in on_list]
        missing = [q for q in wanted if q not in texts]
        if missing:
            raise NotFoundError(_("That question is no longer in the bank."))
        positions = _positions_after(list_id, len(wanted))
        return [
            int(
                ListQuestion.create(question_list=list_id, question=q, text=texts[q], position=p).id
            )
            for q, p in zip(wanted, positions, strict=True)
        ]


def add_text(*, list_id: int, text: str) -> int:
    """Add a question the user typed to the end of a list; return the new item."""
    text = _clean_text(text)
    with database.atomic():
        _info(list_id)
        (position,) = _positions_after(list_id, 1)
        return int(ListQuestion.create(question_list=list_id, text=text, position=position).id)


def add_suggestions(*, list_id: int, suggestions: Sequence[Suggestion]) -> list[int]:
    """Add suggestions to the end of a list, in their order; return the new items."""
    with database.atomic():
        _info(list_id)
        positions = _positions_after(list_id, len(suggestions))
        return [
            int(
                ListQuestion.create(
                    question_list=list_id,
                    question=s.question_id,
                    text=_clean_text(s.text),
                    position=p,
                ).id
            )
            for s, p in zip(suggestions, positions, strict=True)
        ]


def remove_items(*, item_ids: Sequence[int]) -> Snapshot:
    """Take questions off their list (with any answer notes); return what undo needs."""
    ids = list(item_ids)
    with database.atomic():
        snapshot = take(ListQuestion, ids)
        ListQuestion.delete().where(ListQuestion.id << ids).execute()
    return snapshot


def edit_item_text(*, item_id: int, text: str) -> None:
    """Change the wording of a question on a list (the bank keeps its own)."""
    text = _clean_text(text)
    with database.atomic():
        changed = ListQuestion.update(text=text).where(ListQuestion.id == item_id).execute()
        if not changed:
            raise NotFoundError(_("That question is no longer on the list."))


def set_must_ask(*, list_id: int, count: int) -> None:
    """Mark the first ``count`` questions of a list as the ones that must be asked."""
    if not 0 <= count <= MAX_MUST_ASK:
        raise ValidationError(
            "must_ask",
            _("Choose from 0 to {max_must_ask} questions.").format(max_must_ask=MAX_MUST_ASK),
        )
    with database.atomic():
        _info(list_id)
        QuestionList.update(must_ask=count).where(QuestionList.id == list_id).execute()


# --- order and time -----------------------------------------------------------------


def move_items(*, list_id: int, item_ids: Sequence[int], before_id: int | None) -> dict[int, float]:
    """Move a block of a list's questions just before ``before_id`` (None: to the end).

    Returns item id -> new position for the rows written: usually only the moved ones.

    Raises:
        ValidationError: the items are not a block of consecutive questions of the list.
    """
    with database.atomic():
        ordered = [(i.id, i.position) for i in qq.list_items(list_id)]
        row_of = {item_id: row for row, (item_id, _) in enumerate(ordered)}
        if any(i not in row_of for i in item_ids) or (
            before_id is not None and before_id not in row_of
        ):
            raise ValidationError("position", _("Those questions are not on this list."))
        rows = sorted(row_of[i] for i in item_ids)
        if not rows or rows != list(range(rows[0], rows[0] + len(rows))):
            raise ValidationError("position", _("Move questions that are next to each other."))
        destination = len(ordered) if before_id is None else row_of[before_id]
        changes = ranking.plan_move(ordered, rows, destination)
        execute_many(
            "UPDATE list_question SET position = ? WHERE id = ?",
            [(p, i) for i, p in changes.items()],
        )
    return changes


def meeting_minutes(list_id: int) -> int:
    """Return the length of the meeting a list is for: the interview's, or the user's plan."""
    info = _info(list_id)
    if info.meeting_minutes is not None:
        return info.meeting_minutes
    return planned_minutes()


def planned_minutes() -> int:
    """Return the meeting length a field's list is planned for (30 minutes at first)."""
    stored = get_setting(MEETING_MINUTES_KEY)
    return int(stored) if stored.isdigit() and 0 < int(stored) <= 600 else DEFAULT_MEETING_MINUTES


def set_planned_minutes(*, minutes: int) -> None:
    """Store the meeting length to plan field lists for."""
    if not 1 <= minutes <= 600:
        raise ValidationError("minutes", _("A meeting lasts from 1 to 600 minutes."))
    set_setting(key=MEETING_MINUTES_KEY, value=str(minutes))
