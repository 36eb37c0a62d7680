"""Home's list of what to do next, most urgent first.

Thank-yous overdue and due, interviews today and in the coming week, requests waiting
for an answer, declined requests whose field needs the next person asked, the next
person to ask in a field where nothing else waits, and fields with nobody to ask yet.
Every function takes ``now`` and the user's time zone as arguments: "today" is the
user's local day, and nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.agenda_facts import (
    AgendaFacts,
    AskFact,
    DeclinedFact,
    FactCounts,
    FieldFact,
    HeldFact,
    ScheduledFact,
    WaitingFact,
)
from infoview_gui.domain.agenda_window import WEEK_DAYS
from infoview_gui.domain.calendar_rules import ReplySuggestion
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.wording import counted


class ItemKind(StrEnum):
    """What an agenda item is about."""

    THANK_YOU = "thank_you"
    INTERVIEW = "interview"
    REQUEST = "request"
    DECLINED = "declined"
    ASK = "ask"
    EMPTY_FIELD = "empty_field"


class Urgency(IntEnum):
    """How soon an item needs doing; lower is sooner. Overdue items show in red."""

    OVERDUE = 0
    TODAY = 1
    SOON = 2
    LATER = 3


class ActionKind(StrEnum):
    """What a button of an agenda item does; ``target`` says on which record."""

    THANK_YOU = "thank_you"  # target: interview id
    PRINT_SHEET = "print_sheet"  # target: interview id
    START_INTERVIEW = "start_interview"  # target: interview id
    ANSWER = "answer"  # target: contact id (the asking steps of its request)
    FOLLOW_UP = "follow_up"  # target: contact id
    ASK_NEXT = "ask_next"  # target: the contact to ask
    FIND_CONTACTS = "find_contacts"  # target: field id


class Action(NamedTuple):
    """One button of an agenda item."""

    kind: ActionKind
    target: int
    label: str


class About(NamedTuple):
    """The record an item is about."""

    table: Literal["interview", "field"]
    id: int


class AgendaItem(NamedTuple):
    """One thing to do: a sentence, how urgent, and the buttons that do it."""

    kind: ItemKind
    sentence: str
    urgency: Urgency
    about: About
    actions: tuple[Action, ...]
    sort_key: tuple[int, int, float] = (0, 0, 0.0)  # the order of the list, not shown

    @property
    def overdue(self) -> bool:
        """True when the item is late (shown in red)."""
        return self.urgency is Urgency.OVERDUE


class AgendaCounts(NamedTuple):
    """The counts shown above the list."""

    overdue: int = 0
    today: int = 0
    interviews_this_week: int = 0
    waiting: int = 0

    def phrases(self) -> list[str]:
        """Return the non-zero counts as short phrases, most urgent first."""
        parts = [
            (self.overdue, "overdue", "overdue"),
            (self.today, "to do today", "to do today"),
            (self.interviews_this_week, "interview this week", "interviews this week"),
            (self.waiting, "request waiting for an answer", "requests waiting for an answer"),
        ]
        return [counted(n, one, many) for n, one, many in parts if n]


class Agenda(NamedTuple):
    """The items, most urgent first (the first ``limit`` asked for), and their counts."""

    items: tuple[AgendaItem, ...]
    counts: AgendaCounts
    total: int = 0
    """How many items there are in all, those not in ``items`` included."""

    def of_kind(self, kind: ItemKind) -> list[AgendaItem]:
        """Return the items of one kind, in agenda order."""
        return [item for item in self.items if item.kind is kind]


_KIND_ORDER = {kind: position for position, kind in enumerate(ItemKind)}


def build_agenda(
    facts: AgendaFacts, *, now: datetime, zone: ZoneInfo, limit: int | None = None
) -> Agenda:
    """Return what to do next, most urgent first.

    Args:
        facts: the records the agenda is made from; with ``facts.counted``, the first
            held, scheduled and waiting records only, and the counts of all of them.
        now: the present moment, aware.
        zone: the user's time zone: it decides what "today" and "this week" are.
        limit: keep only the first items (the counts and the total stay those of all).
    """
    today = now.astimezone(zone).date()
    last = today + timedelta(days=WEEK_DAYS - 1)
    items = [
        *(thank_you_item(fact, today, zone) for fact in facts.held),
        *(
            interview_item(fact, today, zone)
            for fact in facts.scheduled
            if fact.start.astimezone(zone).date() <= last
        ),
        *(
            waiting_item(fact, today, facts.ask_next_after, facts.follow_up_after, facts.holidays)
            for fact in facts.waiting
        ),
        *(declined_item(fact) for fact in facts.declined),
        *(ask_item(fact) for fact in facts.to_ask),
        *(empty_field_item(fact) for fact in facts.empty_fields),
    ]
    items.sort(key=lambda item: item.sort_key)
    if facts.counted is None:
        counts, total = _counts(items, facts.scheduled, today, zone), len(items)
    else:
        counts, total = _counted(facts.counted), _total(facts, facts.counted)
    return Agenda(tuple(items[:limit]), counts, total)


def _counted(counted: FactCounts) -> AgendaCounts:
    """The counts when the store counted: only thank-yous can be overdue."""
    return AgendaCounts(
        overdue=counted.held_overdue,
        today=counted.held_today + counted.scheduled_today,
        interviews_this_week=counted.scheduled_week,
        waiting=counted.waiting,
    )


def _total(facts: AgendaFacts, counted: FactCounts) -> int:
    untimed = len(facts.declined) + len(facts.to_ask) + len(facts.empty_fields)
    return counted.held + counted.scheduled + counted.waiting + untimed


def thank_you_item(fact: HeldFact, today: date, zone: ZoneInfo) -> AgendaItem:
    """Return the item of a thank-you not sent yet."""
    due = fact.due
    if due is None and fact.held_at is not None:
        due = calendar_rules.thank_you_due(fact.held_at, zone)
    action = Action(ActionKind.THANK_YOU, fact.interview_id, "Write thank-you…")
    if due is None:
        urgency, sentence = Urgency.TODAY, f"Send your thank-you to {fact.name}."
    else:
        urgency, sentence = _thank_you_words(fact.name, due, today)
    key = (urgency, _KIND_ORDER[ItemKind.THANK_YOU], float((due or today).toordinal()))
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.THANK_YOU, sentence, urgency, about, (action,), key)


def _thank_you_words(name: str, due: date, today: date) -> tuple[Urgency, str]:
    state = calendar_rules.thank_you_state(due, None, today)
    if state == "overdue":
        late = (today - due).days
        days = f"{counted(late, 'day', 'days')} late"
        sentence = f"Your thank-you to {name} was due on {day_text(due)} ({days}): send it now."
        return Urgency.OVERDUE, sentence
    if state == "due_today":
        return Urgency.TODAY, f"Send your thank-you to {name} today."
    when = f"tomorrow, {day_text(due)}" if due == today + timedelta(days=1) else day_text(due)
    return Urgency.SOON, f"Send your thank-you to {name} by {when}."


def interview_item(fact: ScheduledFact, today: date, zone: ZoneInfo) -> AgendaItem:
    """Return the item of a scheduled interview: past, today or in the coming days."""
    local = fact.start.astimezone(zone)
    on = local.date()
    about = About("interview", fact.interview_id)
    key_rest = (_KIND_ORDER[ItemKind.INTERVIEW], fact.start.timestamp())
    if on < today:
        sentence = (
            f"Your interview with {fact.name} was on {day_text(on)}: "
            "add your notes and mark it held."
        )
        action = Action(ActionKind.START_INTERVIEW, fact.interview_id, "Add notes…")
        key = (Urgency.TODAY, *key_rest)
        return AgendaItem(ItemKind.INTERVIEW, sentence, Urgency.TODAY, about, (action,), key)
    if on == today:
        urgency, when = Urgency.TODAY, "today"
    elif on == today + timedelta(days=1):
        urgency, when = Urgency.SOON, f"tomorrow, {day_text(on)},"
    else:
        urgency, when = Urgency.SOON, f"on {day_text(on)}"
    sentence = (
        f"Interview with {fact.name} {when} at {local:%H:%M}"
        f"{_their_time(fact, zone)}{_format_words(fact.meeting_format)}."
    )
    actions = (
        Action(ActionKind.PRINT_SHEET, fact.interview_id, "Print question sheet…"),
        Action(ActionKind.START_INTERVIEW, fact.interview_id, "Start interview"),
    )
    return AgendaItem(ItemKind.INTERVIEW, sentence, urgency, about, actions, (urgency, *key_rest))


def waiting_item(
    fact: WaitingFact,
    today: date,
    ask_next_after: int = 3,
    follow_up_after: int = 7,
    holidays: calendar_rules.Holidays = calendar_rules.NO_HOLIDAYS,
) -> AgendaItem:
    """Return the item of a request without an answer, with the 3 and 7 business-day hints."""
    asked = fact.requested_on
    waited = calendar_rules.business_days_between(asked, today, holidays)
    suggestion = calendar_rules.reply_suggestion(
        asked, today, ask_next_after, follow_up_after, fact.followed_up, holidays
    )
    answer = Action(ActionKind.ANSWER, fact.contact_id, "They answered…")
    ask_next = (
        (Action(ActionKind.ASK_NEXT, fact.next_contact_id, f"Ask {fact.next_name}…"),)
        if fact.next_contact_id is not None and suggestion is not None
        else ()
    )
    days = counted(waited, "business day", "business days")
    if suggestion is ReplySuggestion.FOLLOW_UP:
        urgency = Urgency.SOON
        sentence = (
            f"No answer from {fact.name} in {days} (asked {day_text(asked)}): "
            "send one polite follow-up."
        )
        follow = Action(ActionKind.FOLLOW_UP, fact.contact_id, "Follow up…")
        actions: tuple[Action, ...] = (follow, *ask_next, answer)
    elif suggestion is ReplySuggestion.ASK_NEXT:
        urgency = Urgency.SOON
        since = ", even after your follow-up" if fact.followed_up else ""
        sentence = (
            f"No answer from {fact.name} in {days} (asked {day_text(asked)}){since}: "
            "you could ask the next person on your list."
        )
        actions = (*ask_next, answer)
    else:
        urgency = Urgency.LATER
        ago = "today" if asked == today else day_text(asked) + (f", {days} ago" if waited else "")
        sentence = f"Waiting for {fact.name} to answer your request (asked {ago})."
        actions = (answer,)
    key = (urgency, _KIND_ORDER[ItemKind.REQUEST], float(asked.toordinal()))
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.REQUEST, sentence, urgency, about, actions, key)


def declined_item(fact: DeclinedFact) -> AgendaItem:
    """Return the item of a decline: ask the next person, or find more people."""
    when = f" ({day_text(fact.responded_on)})" if fact.responded_on else ""
    field_name = fact.field_name or "this field"
    if fact.next_contact_id is not None:
        sentence = (
            f"{fact.name} declined{when}. Ask the next person on your {field_name} list: "
            f"{fact.next_name}."
        )
        action = Action(ActionKind.ASK_NEXT, fact.next_contact_id, f"Ask {fact.next_name}…")
    else:
        sentence = (
            f"{fact.name} declined{when}, and everyone on your {field_name} list has been "
            "asked: find more people to talk to."
        )
        action = Action(ActionKind.FIND_CONTACTS, fact.field_id, "Find contacts")
    stamp = float(fact.responded_on.toordinal()) if fact.responded_on else 0.0
    key = (Urgency.SOON, _KIND_ORDER[ItemKind.DECLINED], stamp)
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.DECLINED, sentence, Urgency.SOON, about, (action,), key)


def ask_item(fact: AskFact) -> AgendaItem:
    """Return the item of the next person to ask in a field, or of a request never sent."""
    field_name = fact.field_name or "this field"
    if fact.drafted:
        sentence = (
            f"Your request to {fact.name} ({field_name}) is drafted but not sent yet: "
            "finish it and send it."
        )
    else:
        sentence = (
            f"{fact.name} is next on your {field_name} list: ask them for an informational "
            "interview."
        )
    action = Action(ActionKind.ASK_NEXT, fact.contact_id, f"Ask {fact.name}…")
    key = (Urgency.LATER, _KIND_ORDER[ItemKind.ASK], 0.0)
    about = About("field", fact.field_id)
    return AgendaItem(ItemKind.ASK, sentence, Urgency.LATER, about, (action,), key)


def empty_field_item(fact: FieldFact) -> AgendaItem:
    """Return the item of a field with nobody to ask yet."""
    sentence = f"No contacts yet for {fact.name}: find people who work in it."
    action = Action(ActionKind.FIND_CONTACTS, fact.field_id, "Find contacts")
    key = (Urgency.LATER, _KIND_ORDER[ItemKind.EMPTY_FIELD], 0.0)
    about = About("field", fact.field_id)
    return AgendaItem(ItemKind.EMPTY_FIELD, sentence, Urgency.LATER, about, (action,), key)


def day_text(value: date) -> str:
    """Return a day as the agenda writes it, e.g. ``Tue 3 Mar``."""
    return f"{value:%a} {value.day} {value:%b}"


_FORMAT_WORDS = {
    MeetingFormat.IN_PERSON: ", in person",
    MeetingFormat.PHONE: ", by phone",
    MeetingFormat.VIDEO: ", by video call",
    MeetingFormat.EMAIL: ", by email",
}


def _format_words(meeting_format: MeetingFormat | None) -> str:
    return _FORMAT_WORDS[meeting_format] if meeting_format else ""


def _their_time(fact: ScheduledFact, zone: ZoneInfo) -> str:
    """Return " (09:30 in New York)" when the interview's own zone shows another time."""
    if not fact.time_zone or fact.time_zone == zone.key:
        return ""
    try:
        theirs = fact.start.astimezone(ZoneInfo(fact.time_zone))
    except (ValueError, KeyError, OSError):
        return ""
    if theirs.replace(tzinfo=None) == fact.start.astimezone(zone).replace(tzinfo=None):
        return ""
    place = fact.time_zone.rsplit("/", 1)[-1].replace("_", " ")
    return f" ({theirs:%H:%M} in {place})"


def _counts(
    items: list[AgendaItem], scheduled: Iterable[ScheduledFact], today: date, zone: ZoneInfo
) -> AgendaCounts:
    last = today + timedelta(days=WEEK_DAYS - 1)
    week = sum(1 for fact in scheduled if today <= fact.start.astimezone(zone).date() <= last)
    return AgendaCounts(
        overdue=sum(1 for item in items if item.urgency is Urgency.OVERDUE),
        today=sum(1 for item in items if item.urgency is Urgency.TODAY),
        interviews_this_week=week,
        waiting=sum(1 for item in items if item.kind is ItemKind.REQUEST),
    )
