"""The rules of interview mode: the checklist, the clock, and where the questions stand.

Pure: the clock's readings take ``now`` as an argument, and the checklist is a set of bit
flags stored in ``Interview.checklist``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntFlag
from typing import NamedTuple

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.i18n import N_, _, formats, ngettext

MINUTE = 60


class ChecklistItem(IntFlag):
    """One thing not to forget during the interview; the value is its bit."""

    PHONE_OFF = 1
    THANKED = 2
    CARD_ASKED = 4
    REFERRALS_ASKED = 8
    QUIET_PLACE = 16
    LINK_TESTED = 32
    DETAILS_ASKED = 64
    QUESTIONS_SHORT = 128

    @property
    def label(self) -> str:
        """The reminder as the user reads it."""
        return _(_LABELS[self])


_LABELS = {
    ChecklistItem.PHONE_OFF: N_("Phone switched off"),
    ChecklistItem.THANKED: N_("Thanked them for their time"),
    ChecklistItem.CARD_ASKED: N_("Asked for a business card"),
    ChecklistItem.REFERRALS_ASKED: N_("Asked who else to talk to"),
    ChecklistItem.QUIET_PLACE: N_("Somewhere quiet, their number at hand"),
    ChecklistItem.LINK_TESTED: N_("Link, camera and microphone tested"),
    ChecklistItem.DETAILS_ASKED: N_("Asked for their contact details"),
    ChecklistItem.QUESTIONS_SHORT: N_("Kept the questions few and short"),
}
_REMINDERS = {
    ChecklistItem.PHONE_OFF: N_("switch your phone off"),
    ChecklistItem.THANKED: N_("thank them for their time"),
    ChecklistItem.CARD_ASKED: N_("ask for a business card"),
    ChecklistItem.REFERRALS_ASKED: N_("ask who else you could talk to"),
    ChecklistItem.QUIET_PLACE: N_("find somewhere quiet with their number at hand"),
    ChecklistItem.LINK_TESTED: N_("test the link, your camera and your microphone"),
    ChecklistItem.DETAILS_ASKED: N_("ask for their contact details"),
    ChecklistItem.QUESTIONS_SHORT: N_("keep the questions few and short"),
}

BEFORE_START: tuple[ChecklistItem, ...] = (ChecklistItem.PHONE_OFF,)
AT_END: tuple[ChecklistItem, ...] = (
    ChecklistItem.THANKED,
    ChecklistItem.CARD_ASKED,
    ChecklistItem.REFERRALS_ASKED,
)
ALL_ITEMS = ChecklistItem(sum(int(item) for item in ChecklistItem))


class Checklist(NamedTuple):
    """The short checklist of one format: before the start, and before the end."""

    before_start: tuple[ChecklistItem, ...]
    at_end: tuple[ChecklistItem, ...]
    tip: str  # what the banner says before the start

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        """Every item of the checklist, in order."""
        return (*self.before_start, *self.at_end)


_C = ChecklistItem
_CHECKLISTS = {
    MeetingFormat.IN_PERSON: Checklist(
        BEFORE_START,
        AT_END,
        N_("Switch your phone off. Press Start (F5) as the conversation begins."),
    ),
    MeetingFormat.PHONE: Checklist(
        (_C.QUIET_PLACE,),
        (_C.THANKED, _C.DETAILS_ASKED, _C.REFERRALS_ASKED),
        N_("Find somewhere quiet, with their number at hand. Press Start (F5) as the call begins."),
    ),
    MeetingFormat.VIDEO: Checklist(
        (_C.LINK_TESTED,),
        (_C.THANKED, _C.DETAILS_ASKED, _C.REFERRALS_ASKED),
        N_("Test the link, your camera and your microphone. Press Start (F5) as the call begins."),
    ),
    MeetingFormat.EMAIL: Checklist(
        (_C.QUESTIONS_SHORT,),
        (_C.THANKED, _C.REFERRALS_ASKED),
        N_(
            "Keep to a few short questions, the most important first. Press Start (F5) as "
            "you write them."
        ),
    ),
}


def checklist_for(meeting_format: MeetingFormat | None) -> Checklist:
    """Return the checklist of an interview held in ``meeting_format`` (in person if unset)."""
    checklist = _CHECKLISTS[meeting_format or MeetingFormat.IN_PERSON]
    return checklist._replace(tip=_(checklist.tip))


def is_done(flags: int, item: ChecklistItem) -> bool:
    """Return True when ``item`` is ticked in the stored ``flags``."""
    return bool(flags & item)


def with_item(flags: int, item: ChecklistItem, done: bool) -> int:
    """Return ``flags`` with ``item`` ticked (``done``) or not; unknown bits are dropped."""
    flags &= int(ALL_ITEMS)
    return flags | int(item) if done else flags & ~int(item)


def still_to_do(flags: int, items: Sequence[ChecklistItem] = AT_END) -> tuple[ChecklistItem, ...]:
    """Return the ``items`` not ticked yet, in checklist order."""
    return tuple(item for item in items if not is_done(flags, item))


def reminder(items: Sequence[ChecklistItem]) -> str:
    """Return a calm sentence naming what is left: ``Before you end: thank them and …``."""
    if not items:
        return ""
    words = [_(_REMINDERS[item]) for item in items]
    listed = words[0]
    if len(words) > 1:
        listed = _("{names} and {last}").format(names=", ".join(words[:-1]), last=words[-1])
    return _("Before you end: {items}.").format(items=listed)


@dataclass(frozen=True)
class ClockReading:
    """What the interview clock shows.

    Attributes:
        elapsed: time since the start, ``12:05`` (or ``1:02:05`` past an hour).
        planned: the planned length, ``30 min``.
        remaining: ``18 min left``, ``Time is up``, ``4 min over``, or ``30 min planned``
            before the start; once ended, ``Lasted 27 min`` (or ``Not timed...``).
        over: True once the planned length has passed.
        started: False before the interview starts.
    """

    elapsed: str
    planned: str
    remaining: str
    over: bool
    started: bool


def clock_reading(
    started_at: datetime | None, now: datetime, planned_min: int, *, ended: bool = False
) -> ClockReading:
    """Return the clock's reading at ``now`` for an interview planned for ``planned_min``.

    Once the interview is held, pass the moment it ended as ``now`` and ``ended``: the
    clock stops at the time from Start to the end, and says how long it lasted. A ``now``
    before the start (a clock set back) reads as the start itself.
    """
    planned = _("{minutes} min").format(minutes=planned_min)
    if started_at is None:
        remaining = (
            _("Not timed: Start was not pressed")
            if ended
            else _("{planned} planned").format(planned=planned)
        )
        return ClockReading("0:00", planned, remaining, over=False, started=False)
    seconds = max(0, int((now - started_at).total_seconds()))
    if ended:
        minutes = round(seconds / MINUTE)
        lasted = (
            _("Lasted {minutes} min").format(minutes=minutes)
            if minutes
            else _("Lasted under a minute")
        )
        return ClockReading(elapsed_text(seconds), planned, lasted, over=False, started=True)
    left = planned_min * MINUTE - seconds
    if left > 0:
        remaining = _("{minutes} min left").format(minutes=math.ceil(left / MINUTE))
    elif left > -MINUTE:
        remaining = _("Time is up")
    else:
        remaining = _("{minutes} min over").format(minutes=-left // MINUTE)
    return ClockReading(elapsed_text(seconds), planned, remaining, over=left <= 0, started=True)


def elapsed_text(seconds: int) -> str:
    """Return a duration as a clock shows it: ``4:07``, ``1:02:05``."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, MINUTE)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class QuestionItem:
    """One question of the interview, in the user's order, with its notes.

    Attributes:
        id: the stored list item (``ListQuestion``) behind it.
        number: its place in the list, from 1.
        text: the question.
        answer: the notes typed for it.
        answered: True once the user marked it answered.
        must_ask: True for the first questions of the list, the ones to ask even if the
            interview is cut short.
    """

    id: int
    number: int
    text: str
    answer: str = ""
    answered: bool = False
    must_ask: bool = False

    @property
    def open_must_ask(self) -> bool:
        """True for a must-ask question not answered yet."""
        return self.must_ask and not self.answered


def question_items(
    rows: Sequence[tuple[int, str, str, bool]], must_ask: int
) -> tuple[QuestionItem, ...]:
    """Number ``(id, text, answer, answered)`` rows from 1; the first ``must_ask`` are must-ask."""
    return tuple(
        QuestionItem(int(row_id), number, text, answer, bool(answered), number <= must_ask)
        for number, (row_id, text, answer, answered) in enumerate(rows, start=1)
    )


def open_must_ask(items: Sequence[QuestionItem]) -> tuple[QuestionItem, ...]:
    """Return the must-ask questions still open, in order."""
    return tuple(item for item in items if item.open_must_ask)


def progress_text(items: Sequence[QuestionItem]) -> str:
    """Return ``4 of 12 answered · 1 must-ask still open`` for the side list."""
    if not items:
        return _("No questions prepared for this interview.")
    answered = sum(1 for item in items if item.answered)
    text = _("{answered} of {total} answered").format(answered=answered, total=len(items))
    left = len(open_must_ask(items))
    if not left:
        return text
    still = ngettext("{n} must-ask still open", "{n} must-ask still open", left)
    return f"{text} · {still.replace('{n}', str(left))}"


def when_text(local: datetime, zone_name: str) -> str:
    """Return a local moment written out with its zone: ``Tuesday 12 May 2026, 14:30 (BST)``.

    Args:
        local: an aware datetime in the zone called ``zone_name``.
        zone_name: the IANA name of its zone, shown after the abbreviation when they differ.
    """
    abbreviation = local.tzname() or ""
    if abbreviation[:1] in ("+", "-"):
        abbreviation = f"UTC{abbreviation}"
    place = zone_name.replace("_", " ")
    zone = f"{abbreviation}, {place}" if abbreviation and abbreviation != place else place
    shown = formats()
    day = f"{shown.date(local.date(), long=True)}, {shown.time(local.time())}"
    return f"{day} ({zone})" if zone else day


def moved(index: int, count: int, delta: int) -> int:
    """Return the index ``delta`` steps from ``index``, kept within ``0..count-1``."""
    if count <= 0:
        return 0
    return min(count - 1, max(0, index + delta))


@dataclass(frozen=True)
class NotesDocumentData:
    """The notes of one interview as one document: each question, then its answer.

    Attributes:
        contact_name: the person interviewed.
        contact_title: their job title.
        organisation: where they work.
        field_name: the career field the interview was about.
        when: the day and time it was held (or scheduled), written out.
        items: the questions in the user's order, with their notes.
        other_notes: what was noted outside any question.
        card: the lines of their business card as typed (name, title, organisation,
            email, phone, address, website), empty when none was kept.
        card_image: the ``file:`` URL of the card's photo or scan, or "".
    """

    contact_name: str
    contact_title: str = ""
    organisation: str = ""
    field_name: str = ""
    when: str = ""
    items: tuple[QuestionItem, ...] = ()
    other_notes: str = ""
    card: tuple[str, ...] = ()
    card_image: str = ""

    @property
    def title(self) -> str:
        """The document's title."""
        return _("Interview notes: {name}").format(name=self.contact_name)
