"""The sentences of Home's agenda, each a whole message of the core's catalogue.

``domain/agenda.py`` decides what is due and how urgent it is; this module says it in the
user's language ("Senden Sie Ihren Dank an Ana bis morgen, So. 1. Feb."). Days are
written short with their weekday ("Tue 3 Mar") through ``i18n.formats()``.
"""

from __future__ import annotations

from datetime import date

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.domain.wording import counted


def day_text(value: date) -> str:
    """Return a day as the agenda writes it, e.g. ``Tue 3 Mar`` ("Di. 3. März")."""
    shown = formats()
    return _("{weekday} {day} {month}").format(
        weekday=shown.weekday_name(value, short=True),
        day=value.day,
        month=shown.month_name(value.month, short=True),
    )


def thank_you_words(name: str, due: date | None, today: date) -> str:
    """Return the thank-you's sentence: due by a day, due today, or with no day known."""
    if due is None:
        return _("Send your thank-you to {name}.").format(name=name)
    if due == today:
        return _("Send your thank-you to {name} today.").format(name=name)
    if (due - today).days == 1:
        said = _("Send your thank-you to {name} by tomorrow, {day}.")
    else:
        said = _("Send your thank-you to {name} by {day}.")
    return said.format(name=name, day=day_text(due))


def thank_you_late_words(name: str, due: date, late: int) -> str:
    """Return the sentence of a thank-you ``late`` days past its due day."""
    said = _("Your thank-you to {name} was due on {day} ({late}): send it now.")
    late_words = counted(late, "day late", "days late")
    return said.format(name=name, day=day_text(due), late=late_words)


def interview_past_words(name: str, on: date) -> str:
    """Return the sentence of an interview whose day has passed without notes."""
    said = _("Your interview with {name} was on {day}: add your notes and mark it held.")
    return said.format(name=name, day=day_text(on))


def interview_words(name: str, on: date, today: date, time: str, extra: str) -> str:
    """Return the sentence of an interview today or soon; ``extra`` is how and their time."""
    if on == today:
        said = _("Interview with {name} today at {time}{extra}.")
    elif (on - today).days == 1:
        said = _("Interview with {name} tomorrow, {day}, at {time}{extra}.")
    else:
        said = _("Interview with {name} on {day} at {time}{extra}.")
    return said.format(name=name, day=day_text(on), time=time, extra=extra)


def their_time_words(time: str, place: str) -> str:
    """Return " (09:30 in New York)": the time where the other person is."""
    return _(" ({time} in {place})").format(time=time, place=place)


_FORMAT_WORDS = {
    MeetingFormat.IN_PERSON: N_(", in person"),
    MeetingFormat.PHONE: N_(", by phone"),
    MeetingFormat.VIDEO: N_(", by video call"),
    MeetingFormat.EMAIL: N_(", by email"),
}


def format_words(meeting_format: MeetingFormat | None) -> str:
    """Return ", in person" (how the interview takes place), or "" when unknown."""
    return _(_FORMAT_WORDS[meeting_format]) if meeting_format else ""


def waiting_words(
    name: str, asked: date, waited: int, *, follow_up: bool, ask_next: bool, followed_up: bool
) -> str:
    """Return the sentence of a request waiting for an answer, with what to do about it."""
    days = counted(waited, "business day", "business days")
    day = day_text(asked)
    if follow_up:
        said = _("No answer from {name} in {days} (asked {day}): send one polite follow-up.")
    elif ask_next and followed_up:
        said = _(
            "No answer from {name} in {days} (asked {day}), even after your follow-up: you "
            "could ask the next person on your list."
        )
    elif ask_next:
        said = _(
            "No answer from {name} in {days} (asked {day}): you could ask the next person on "
            "your list."
        )
    elif waited:
        said = _("Waiting for {name} to answer your request (asked {day}, {days} ago).")
    else:
        said = _("Waiting for {name} to answer your request (asked {day}).")
    return said.format(name=name, days=days, day=day)


def waiting_today_words(name: str) -> str:
    """Return the sentence of a request sent today."""
    return _("Waiting for {name} to answer your request (asked today).").format(name=name)


def declined_words(name: str, on: date | None, field_name: str, next_name: str | None) -> str:
    """Return the sentence of a decline: ask ``next_name``, or find more people."""
    field = field_name or _("this field")
    if next_name is not None:
        said = (
            _("{name} declined ({day}). Ask the next person on your {field} list: {next}.")
            if on
            else _("{name} declined. Ask the next person on your {field} list: {next}.")
        )
    else:
        said = (
            _(
                "{name} declined ({day}), and everyone on your {field} list has been asked: "
                "find more people to talk to."
            )
            if on
            else _(
                "{name} declined, and everyone on your {field} list has been asked: find more "
                "people to talk to."
            )
        )
    day = day_text(on) if on else ""
    return said.format(name=name, day=day, field=field, next=next_name)


def ask_words(name: str, field_name: str, *, drafted: bool) -> str:
    """Return the sentence of the next person to ask, or of a request not sent yet."""
    field = field_name or _("this field")
    if drafted:
        said = _(
            "Your request to {name} ({field}) is drafted but not sent yet: finish it and send it."
        )
    else:
        said = _("{name} is next on your {field} list: ask them for an informational interview.")
    return said.format(name=name, field=field)


def empty_field_words(name: str) -> str:
    """Return the sentence of a field with nobody to ask yet."""
    return _("No contacts yet for {name}: find people who work in it.").format(name=name)
