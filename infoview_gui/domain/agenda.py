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
from infoview_gui.domain.agenda_words import (
    ask_words,
    declined_words,
    empty_field_words,
    format_words,
    interview_past_words,
    interview_words,
    thank_you_late_words,
    thank_you_words,
    their_time_words,
    waiting_today_words,
    waiting_words,
)
from infoview_gui.domain.agenda_words import day_text as day_text  # shown by the views too
from infoview_gui.domain.calendar_rules import ReplySuggestion
from infoview_gui.domain.i18n import _, formats, ngettext


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
            (self.overdue, ngettext("{n} overdue", "{n} overdue", self.overdue)),
            (self.today, ngettext("{n} to do today", "{n} to do today", self.today)),
            (
                self.interviews_this_week,
                ngettext(
                    "{n} interview this week", "{n} interviews this week", self.interviews_this_week
                ),
            ),
            (
                self.waiting,
                ngettext(
                    "{n} request waiting for an answer",
                    "{n} requests waiting for an answer",
                    self.waiting,
                ),
            ),
        ]
        return [said.replace("{n}", formats().number(n)) for n, said in parts if n]


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
    action = Action(ActionKind.THANK_YOU, fact.interview_id, _("Write thank-you…"))
    if due is None:
        urgency, sentence = Urgency.TODAY, thank_you_words(fact.name, None, today)
    else:
        urgency, sentence = _thank_you_words(fact.name, due, today)
    key = (urgency, _KIND_ORDER[ItemKind.THANK_YOU], float((due or today).toordinal()))
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.THANK_YOU, sentence, urgency, about, (action,), key)


def _thank_you_words(name: str, due: date, today: date) -> tuple[Urgency, str]:
    state = calendar_rules.thank_you_state(due, None, today)
    if state == "overdue":
        return Urgency.OVERDUE, thank_you_late_words(name, due, (today - due).days)
    if state == "due_today":
        return Urgency.TODAY, thank_you_words(name, today, today)
    return Urgency.SOON, thank_you_words(name, due, today)


def interview_item(fact: ScheduledFact, today: date, zone: ZoneInfo) -> AgendaItem:
    """Return the item of a scheduled interview: past, today or in the coming days."""
    local = fact.start.astimezone(zone)
    on = local.date()
    about = About("interview", fact.interview_id)
    key_rest = (_KIND_ORDER[ItemKind.INTERVIEW], fact.start.timestamp())
    if on < today:
        sentence = interview_past_words(fact.name, on)
        action = Action(ActionKind.START_INTERVIEW, fact.interview_id, _("Add notes…"))
        key = (Urgency.TODAY, *key_rest)
        return AgendaItem(ItemKind.INTERVIEW, sentence, Urgency.TODAY, about, (action,), key)
    urgency = Urgency.TODAY if on == today else Urgency.SOON
    extra = _their_time(fact, zone) + format_words(fact.meeting_format)
    sentence = interview_words(fact.name, on, today, formats().time(local.time()), extra)
    actions = (
        Action(ActionKind.PRINT_SHEET, fact.interview_id, _("Print question sheet…")),
        Action(ActionKind.START_INTERVIEW, fact.interview_id, _("Start interview")),
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
    answer = Action(ActionKind.ANSWER, fact.contact_id, _("They answered…"))
    ask_next = (
        (Action(ActionKind.ASK_NEXT, fact.next_contact_id, _ask(fact.next_name)),)
        if fact.next_contact_id is not None and suggestion is not None
        else ()
    )
    follow_up = suggestion is ReplySuggestion.FOLLOW_UP
    sentence = waiting_words(
        fact.name,
        asked,
        waited,
        follow_up=follow_up,
        ask_next=suggestion is ReplySuggestion.ASK_NEXT,
        followed_up=fact.followed_up,
    )
    if follow_up:
        urgency = Urgency.SOON
        follow = Action(ActionKind.FOLLOW_UP, fact.contact_id, _("Follow up…"))
        actions: tuple[Action, ...] = (follow, *ask_next, answer)
    elif suggestion is ReplySuggestion.ASK_NEXT:
        urgency = Urgency.SOON
        actions = (*ask_next, answer)
    else:
        urgency = Urgency.LATER
        sentence = waiting_today_words(fact.name) if asked == today else sentence
        actions = (answer,)
    key = (urgency, _KIND_ORDER[ItemKind.REQUEST], float(asked.toordinal()))
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.REQUEST, sentence, urgency, about, actions, key)


def declined_item(fact: DeclinedFact) -> AgendaItem:
    """Return the item of a decline: ask the next person, or find more people."""
    asking = fact.next_contact_id is not None
    sentence = declined_words(
        fact.name, fact.responded_on, fact.field_name, fact.next_name if asking else None
    )
    if fact.next_contact_id is not None:
        action = Action(ActionKind.ASK_NEXT, fact.next_contact_id, _ask(fact.next_name))
    else:
        action = Action(ActionKind.FIND_CONTACTS, fact.field_id, _("Find contacts"))
    stamp = float(fact.responded_on.toordinal()) if fact.responded_on else 0.0
    key = (Urgency.SOON, _KIND_ORDER[ItemKind.DECLINED], stamp)
    about = About("interview", fact.interview_id)
    return AgendaItem(ItemKind.DECLINED, sentence, Urgency.SOON, about, (action,), key)


def ask_item(fact: AskFact) -> AgendaItem:
    """Return the item of the next person to ask in a field, or of a request never sent."""
    sentence = ask_words(fact.name, fact.field_name, drafted=fact.drafted)
    action = Action(ActionKind.ASK_NEXT, fact.contact_id, _ask(fact.name))
    key = (Urgency.LATER, _KIND_ORDER[ItemKind.ASK], 0.0)
    about = About("field", fact.field_id)
    return AgendaItem(ItemKind.ASK, sentence, Urgency.LATER, about, (action,), key)


def empty_field_item(fact: FieldFact) -> AgendaItem:
    """Return the item of a field with nobody to ask yet."""
    sentence = empty_field_words(fact.name)
    action = Action(ActionKind.FIND_CONTACTS, fact.field_id, _("Find contacts"))
    key = (Urgency.LATER, _KIND_ORDER[ItemKind.EMPTY_FIELD], 0.0)
    about = About("field", fact.field_id)
    return AgendaItem(ItemKind.EMPTY_FIELD, sentence, Urgency.LATER, about, (action,), key)


def _ask(name: str | None) -> str:
    """Return the label of the button that asks ``name``: "Ask Ana…"."""
    return _("Ask {name}…").format(name=name)


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
    return their_time_words(formats().time(theirs.time()), place)


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
