"""What Home's agenda is made from: the facts the services read, one kind of record each.

``domain.agenda`` turns them into the list of what to do next.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from infoview_gui.domain.calendar_rules import NO_HOLIDAYS, Holidays
from infoview_gui.domain.enums import MeetingFormat


class HeldFact(NamedTuple):
    """A held interview whose thank-you is not sent yet."""

    interview_id: int
    name: str
    held_at: datetime | None  # aware
    due: date | None  # stored when the interview ended; computed from held_at if missing


class ScheduledFact(NamedTuple):
    """A scheduled interview (not held yet)."""

    interview_id: int
    name: str
    start: datetime  # aware
    time_zone: str = ""  # the zone it was scheduled in, if any
    meeting_format: MeetingFormat | None = None


class WaitingFact(NamedTuple):
    """A request still without an answer, and who could be asked next in its field."""

    interview_id: int
    contact_id: int
    name: str
    requested_on: date
    followed_up: bool = False
    next_contact_id: int | None = None
    next_name: str = ""


class DeclinedFact(NamedTuple):
    """The latest decline in a field where nobody has been asked since."""

    interview_id: int
    contact_id: int
    name: str
    field_id: int
    field_name: str
    responded_on: date | None = None
    next_contact_id: int | None = None
    next_name: str = ""


class AskFact(NamedTuple):
    """The next person to ask in a field, and whether a request to them is drafted."""

    field_id: int
    field_name: str
    contact_id: int
    name: str
    drafted: bool = False


class FieldFact(NamedTuple):
    """A career field (not set aside) with no contacts yet."""

    field_id: int
    name: str


class FactCounts(NamedTuple):
    """How many records of each timed kind there are in all, when the facts are the first few.

    The store counts them (``domain.agenda_window`` gives the boundaries); the facts then
    hold only the first records of each kind in agenda order.
    """

    held: int = 0
    held_overdue: int = 0
    held_today: int = 0
    scheduled: int = 0  # up to the end of the coming week, missed ones included
    scheduled_today: int = 0  # today's and the missed ones
    scheduled_week: int = 0  # from today to the end of the coming week
    waiting: int = 0


class AgendaFacts(NamedTuple):
    """Everything the agenda is made from, as the services read it."""

    held: tuple[HeldFact, ...] = ()
    scheduled: tuple[ScheduledFact, ...] = ()
    waiting: tuple[WaitingFact, ...] = ()
    declined: tuple[DeclinedFact, ...] = ()
    to_ask: tuple[AskFact, ...] = ()
    empty_fields: tuple[FieldFact, ...] = ()
    ask_next_after: int = 3
    follow_up_after: int = 7
    counted: FactCounts | None = None
    """The counts of the whole, when the held, scheduled and waiting facts are the first few."""
    holidays: Holidays = NO_HOLIDAYS
    """The public holidays of the user's country: not business days."""
