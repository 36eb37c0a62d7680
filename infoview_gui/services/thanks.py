"""Saying thank you (step 6): the email, a note card and a formal letter, and when sent.

The drafts name one specific thing the person said: the user picks a line from the
interview's notes or types one. The email is due by the end of the day after the
interview; sending it moves the interview to *thanked* through the pipeline's rules.
Dates come from the caller: nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from infoview_gui.domain import calendar_rules, drafts
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.validation import clean_long
from infoview_gui.services.profile import load_profile
from infoview_gui.services.referrals import referral_names
from infoview_gui.services.request_records import (
    contact_row,
    display_name,
    interview_row,
    move_request,
)
from infoview_gui.store import request_rule
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Contact, Interview, ListQuestion, QuestionList
from infoview_gui.store.queries import tuples

_S = InterviewStatus
_SUBJECT = "Subject: "
POINT_MAX = 1_000
DRAFT_MAX = 20_000


@dataclass(frozen=True)
class ThankYouRecord:
    """A held interview as the thank-you dialog shows it."""

    interview_id: int
    contact_id: int
    name: str
    email: str
    status: InterviewStatus
    held_at: datetime | None
    due: date | None
    sent_on: date | None
    note_card_sent_on: date | None
    letter_sent_on: date | None
    point: str
    postal_address: str

    @property
    def can_thank(self) -> bool:
        """True once the interview has been held (thanked already included)."""
        return self.status in (_S.HELD, _S.THANKED)


@dataclass(frozen=True)
class NoteLine:
    """One line of the interview's notes, and the question it answers ("" for general notes)."""

    question: str
    text: str


def thank_you_record(*, interview_id: int) -> ThankYouRecord:
    """Return the interview, its person and where its thank-yous stand."""
    row = interview_row(interview_id)
    contact = contact_row(int(row.__data__["contact"]))
    return ThankYouRecord(
        interview_id=int(row.id),
        contact_id=int(contact.id),
        name=display_name(contact),
        email=str(contact.email or contact.card_email),
        status=_S(row.status),
        held_at=row.held_at,
        due=row.thank_you_due,
        sent_on=row.thank_you_sent_on,
        note_card_sent_on=row.note_card_sent_on,
        letter_sent_on=row.letter_sent_on,
        point=str(row.thank_you_point),
        postal_address=str(contact.card_address),
    )


def is_latest_request(*, interview_id: int) -> bool:
    """Return True when the interview is its person's current request: the asking steps' one."""
    return request_rule.is_current_request(interview_id)


def note_lines(*, interview_id: int) -> list[NoteLine]:
    """Return every non-empty line of the interview's answers, in question order, then its notes."""
    query = (
        ListQuestion.select(ListQuestion.text, ListQuestion.answer)
        .join(QuestionList, on=(ListQuestion.question_list == QuestionList.id))
        .where(QuestionList.interview == interview_id, ListQuestion.answer != "")
        .order_by(ListQuestion.position, ListQuestion.id)
    )
    lines = [
        NoteLine(str(question), line)
        for question, answer in tuples(query)
        for line in _lines(str(answer))
    ]
    notes = Interview.select(Interview.notes).where(Interview.id == interview_id).scalar()
    return lines + [NoteLine("", line) for line in _lines(str(notes or ""))]


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def point_from_note(line: str) -> str:
    """Return a sentence for the drafts that quotes a line of the notes."""
    text = " ".join(line.split()).strip(" .;,:")
    if not text:
        return ""
    return _("I especially appreciated your point: “{point}”.").format(point=text)


def point_sentence(point: str) -> str:
    """Return the sentence the drafts write for ``point`` (the prompt when it is empty).

    The thank-you dialog swaps this sentence in the user's edited text when they pick
    another point, leaving the rest of their edits alone.
    """
    blank = drafts.thank_you_email(ProfileData(), drafts.Recipient(), "").body
    filled = drafts.thank_you_email(ProfileData(), drafts.Recipient(), point).body
    before, _, after = blank.partition(drafts.placeholder())
    return filled[len(before) : len(filled) - len(after)]


def _recipient(contact: Contact) -> drafts.Recipient:
    return drafts.Recipient(
        first_name=contact.first_name,
        last_name=contact.last_name,
        title=contact.title,
        organisation=contact.organisation,
    )


def _field_name(row: Interview) -> str:
    field_id = row.__data__.get("field")
    if field_id is None:
        return ""
    return str(
        CareerField.select(CareerField.name).where(CareerField.id == field_id).scalar() or ""
    )


def thank_you_draft(*, interview_id: int, point: str | None = None) -> drafts.Draft:
    """Return the thank-you email: the user's saved edits, or a fresh draft with ``point``.

    Args:
        interview_id: the held interview.
        point: the specific thing to name; None returns the saved draft if there is one,
            else a fresh draft with the stored point.
    """
    row = interview_row(interview_id)
    saved = str(row.thank_you_draft)
    if point is None and saved:
        subject, _, body = saved.partition("\n\n")
        return drafts.Draft(subject.removeprefix(_SUBJECT), body)
    contact = contact_row(int(row.__data__["contact"]))
    specific = str(row.thank_you_point) if point is None else point
    return drafts.thank_you_email(
        load_profile(),
        _recipient(contact),
        specific,
        field_name=_field_name(row),
        referrals=referral_names(contact_id=int(contact.id)),
    )


def save_thank_you(*, interview_id: int, point: str, subject: str, body: str) -> None:
    """Keep the user's specific point and their edits of the email."""
    point = " ".join(clean_long("point", "The specific point", point, limit=POINT_MAX).split())
    body = clean_long("body", "The thank-you email", body, limit=DRAFT_MAX)
    subject = " ".join(subject.split())
    with database.atomic():
        interview_row(interview_id)
        Interview.update(
            thank_you_point=point, thank_you_draft=f"{_SUBJECT}{subject}\n\n{body}"
        ).where(Interview.id == interview_id).execute()


def mark_thank_you_sent(*, interview_id: int, on: date) -> None:
    """Record that the thank-you email was sent on ``on``: the interview is now thanked.

    Raises:
        IllegalTransition: unless the interview has been held and not thanked yet.
    """
    with database.atomic():
        move_request(interview_id, _S.THANKED, thank_you_sent_on=on)


def send_thank_you(*, interview_id: int, point: str, subject: str, body: str, on: date) -> None:
    """Keep the thank-you as sent and mark it sent on ``on``, all or nothing.

    Raises:
        IllegalTransition: unless the interview has been held and not thanked yet.
    """
    with database.atomic():
        save_thank_you(interview_id=interview_id, point=point, subject=subject, body=body)
        mark_thank_you_sent(interview_id=interview_id, on=on)


def _require_held(row: Interview, refusal: str) -> None:
    if _S(row.status) not in (_S.HELD, _S.THANKED):
        raise ValidationError("status", _(refusal))


def mark_note_card_sent(*, interview_id: int, on: date) -> None:
    """Record that a handwritten note card was sent on ``on``."""
    with database.atomic():
        _require_held(
            interview_row(interview_id),
            N_("You can send a note card once the interview has been held."),
        )
        Interview.update(note_card_sent_on=on).where(Interview.id == interview_id).execute()


def mark_letter_sent(*, interview_id: int, on: date) -> None:
    """Record that the formal letter was posted on ``on``."""
    with database.atomic():
        _require_held(
            interview_row(interview_id),
            N_("You can send a letter once the interview has been held."),
        )
        Interview.update(letter_sent_on=on).where(Interview.id == interview_id).execute()


def sender_details() -> tuple[str, ...]:
    """Return the user's email and phone, as the thank-you checker looks for them."""
    profile = load_profile()
    return tuple(value for value in (profile.email, profile.phone) if value.strip())


def sender_address() -> str:
    """Return the user's postal address, the letter's sender block ("" when not given)."""
    return load_profile().address.strip()


def note_card(*, interview_id: int, point: str) -> str:
    """Return the text of a short handwritten note card naming ``point``."""
    contact = contact_row(int(interview_row(interview_id).__data__["contact"]))
    return drafts.note_card(load_profile(), _recipient(contact), point)


def letter(
    *, interview_id: int, point: str, today: date, address: str | None = None
) -> drafts.Letter:
    """Return the formal thank-you letter dated ``today``.

    Args:
        interview_id: the held interview.
        point: the specific thing to name.
        today: the letter's date.
        address: the recipient's postal address; None uses the one from their card.
    """
    row = interview_row(interview_id)
    contact = contact_row(int(row.__data__["contact"]))
    postal = str(contact.card_address) if address is None else address
    return drafts.formal_letter(
        load_profile(), _recipient(contact), postal, today, point, field_name=_field_name(row)
    )


@dataclass(frozen=True)
class FollowUp:
    """A held interview's thank-yous, as the follow-up lists show them."""

    interview_id: int
    name: str
    held_at: datetime | None
    due: date | None
    state: calendar_rules.ThankYouState
    sent_on: date | None
    note_card_sent_on: date | None
    letter_sent_on: date | None


_STATE_ORDER = {"overdue": 0, "due_today": 1, "upcoming": 2, "sent": 3}


def follow_ups(*, today: date, zone: ZoneInfo, field_id: int | None = None) -> list[FollowUp]:
    """Return the held and thanked interviews: thank-yous to send first, most urgent first.

    Args:
        today: the user's local day.
        zone: the user's time zone, for a due date not stored with the interview.
        field_id: only the interviews of this career field, when given.
    """
    query = (
        Interview.select(
            Interview.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Interview.held_at,
            Interview.thank_you_due,
            Interview.thank_you_sent_on,
            Interview.note_card_sent_on,
            Interview.letter_sent_on,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .where(Interview.status.in_([_S.HELD.value, _S.THANKED.value]))
        .order_by(Interview.held_at.desc(nulls="LAST"), Interview.id.desc())
    )
    if field_id is not None:
        query = query.where(Interview.field == field_id)
    rows = [_follow_up(row, today, zone) for row in tuples(query)]
    rows.sort(key=lambda row: (_STATE_ORDER[row.state], (row.due or today).toordinal()))
    return rows


def _follow_up(row: tuple[object, ...], today: date, zone: ZoneInfo) -> FollowUp:
    interview_id, first, last, email, held_at, due, sent, card, posted = row
    held = held_at if isinstance(held_at, datetime) else None
    due_day = due if isinstance(due, date) else None
    if due_day is None and held is not None:
        due_day = calendar_rules.thank_you_due(held, zone)
    sent_on = sent if isinstance(sent, date) else None
    state = calendar_rules.thank_you_state(due_day or today, sent_on, today)
    name = " ".join(str(part) for part in (first, last) if part) or str(email or "")
    return FollowUp(
        int(str(interview_id)),
        name,
        held,
        due_day,
        state,
        sent_on,
        card if isinstance(card, date) else None,
        posted if isinstance(posted, date) else None,
    )
