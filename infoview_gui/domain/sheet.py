"""What a printed question sheet says, and the rules for paper, spacing and times on it.

Pure data: the services fill a ``SheetData`` from the database, ``printing.sheet_html``
turns it into escaped HTML. Nothing here reads the clock or the locale: both are passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.i18n import N_, _, formats


class Paper(StrEnum):
    """The paper sizes a sheet is laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        """The name the user reads."""
        return "A4" if self is Paper.A4 else _("US Letter")

    @property
    def size_mm(self) -> tuple[float, float]:
        """Width and height of the sheet of paper, portrait, in millimetres."""
        return (210.0, 297.0) if self is Paper.A4 else (215.9, 279.4)


class Spacing(StrEnum):
    """How much room for notes each question gets."""

    COMPACT = "compact"
    ROOMY = "roomy"

    @property
    def label(self) -> str:
        """The name the user reads."""
        return _("Compact") if self is Spacing.COMPACT else _("Roomy")

    @property
    def note_lines(self) -> int:
        """The ruled lines printed under each question."""
        return 3 if self is Spacing.COMPACT else 7


# Regions whose everyday paper is US Letter (CLDR's paper-size data).
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "NI", "PA", "SV", "BZ"}
)
# Regions whose everyday clock is the 12-hour one.
TWELVE_HOUR_REGIONS = frozenset(
    {"US", "CA", "AU", "NZ", "IN", "PH", "PK", "BD", "EG", "SA", "MY", "PR", "CO", "MX"}
)


def region_of(locale_name: str) -> str:
    """Return the upper-case region of a locale name such as ``en_US.UTF-8`` or ``fr-CA``.

    Returns an empty string when the name carries no two-letter region (``C``, ``en``).
    """
    bare = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    for part in bare.split("_")[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return ""


def default_paper(locale_name: str) -> Paper:
    """Return the paper people in the locale's region use: Letter in the Americas' few, A4 else."""
    return Paper.LETTER if region_of(locale_name) in LETTER_REGIONS else Paper.A4


def uses_12_hour_clock(locale_name: str) -> bool:
    """Return True when the locale's region reads times as ``2:30 pm``."""
    return region_of(locale_name) in TWELVE_HOUR_REGIONS


@dataclass(frozen=True)
class SheetQuestion:
    """One numbered question on the sheet."""

    number: int
    text: str
    must_ask: bool = False


@dataclass(frozen=True)
class Professional:
    """The person being interviewed."""

    name: str
    title: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Meeting:
    """When, how and where the interview takes place.

    ``starts`` is the wall-clock time in ``zone`` (no tzinfo), or None when not set yet;
    ``zone_abbreviation`` is what the zone calls itself then (``BST``, ``+03``).
    """

    starts: datetime | None = None
    minutes: int = 30
    zone: str = ""
    zone_abbreviation: str = ""
    format: MeetingFormat | None = None
    place: str = ""


@dataclass(frozen=True)
class UserDetails:
    """The user's own name and how to reach them."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""

    def lines(self) -> tuple[str, ...]:
        """The details that are filled in, in print order."""
        return tuple(v for v in (self.name, self.organisation, self.email, self.phone) if v)


@dataclass(frozen=True)
class SheetData:
    """Everything a question sheet prints.

    With ``professional`` None this is the sheet of a field's list, before any interview.
    """

    questions: tuple[SheetQuestion, ...]
    field_name: str = ""
    professional: Professional | None = None
    meeting: Meeting | None = None
    user: UserDetails = field(default_factory=UserDetails)
    paper: Paper = Paper.A4
    spacing: Spacing = Spacing.COMPACT
    notes_page: bool = False
    clock_12h: bool = False
    occasion: str = N_("Informational interview")  # a follow-up's: "Second interview", "Video call"

    @property
    def title(self) -> str:
        """The sheet's title: the interview and the person, or the field."""
        if self.professional is not None:
            said = _("{occasion} with {name}")
            return said.format(occasion=_(self.occasion), name=self.professional.name)
        if self.field_name:
            return _("Informational interview questions: {field}").format(field=self.field_name)
        return _("Informational interview questions")

    @property
    def has_must_ask(self) -> bool:
        """True when at least one question is marked must-ask."""
        return any(question.must_ask for question in self.questions)


def numbered(texts: Iterable[str], must_ask: int) -> tuple[SheetQuestion, ...]:
    """Number the questions from 1 in the given order; mark the first ``must_ask``."""
    return tuple(
        SheetQuestion(number=i, text=text, must_ask=i <= must_ask)
        for i, text in enumerate(texts, start=1)
    )


def format_day(moment: datetime) -> str:
    """Return a date written out, unambiguous anywhere: ``Tuesday 12 May 2026``.

    In the user's language (``i18n.formats()``): "Dienstag, 12. Mai 2026".
    """
    return formats().date(moment.date(), long=True)


def format_clock(moment: datetime, *, clock_12h: bool) -> str:
    """Return a time of day: ``14:30``, or ``2:30 pm`` on a 12-hour clock."""
    if not clock_12h:
        return f"{moment:%H:%M}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"


def zone_text(zone: str, abbreviation: str) -> str:
    """Return a time zone as people read it: ``BST, Europe/London``, ``UTC+03, Asia/Qatar``."""
    place = zone.replace("_", " ")
    if abbreviation[:1] in ("+", "-"):
        abbreviation = f"UTC{abbreviation}"
    if abbreviation and abbreviation != place:
        return f"{abbreviation}, {place}" if place else abbreviation
    return place


def meeting_time(meeting: Meeting, *, clock_12h: bool) -> str:
    """Return the meeting's time span with its zone: ``14:30 – 15:00 (BST, Europe/London)``."""
    if meeting.starts is None:
        return ""
    ends = meeting.starts + timedelta(minutes=meeting.minutes)
    span = f"{format_clock(meeting.starts, clock_12h=clock_12h)} – "
    span += format_clock(ends, clock_12h=clock_12h)
    zone = zone_text(meeting.zone, meeting.zone_abbreviation)
    return f"{span} ({zone})" if zone else span


def place_label(meeting_format: MeetingFormat | None) -> str:
    """Return what the meeting's ``place`` is called for its format."""
    if meeting_format is None:
        return _("Place")
    return _(_PLACE_LABELS[meeting_format])


def format_label(meeting_format: MeetingFormat) -> str:
    """Return how the meeting takes place, in the user's language."""
    return _(_FORMAT_LABELS[meeting_format])


_FORMAT_LABELS = {
    MeetingFormat.IN_PERSON: N_("In person"),
    MeetingFormat.PHONE: N_("Phone"),
    MeetingFormat.VIDEO: N_("Video call"),
    MeetingFormat.EMAIL: N_("Email"),
}
_PLACE_LABELS = {
    MeetingFormat.IN_PERSON: N_("Place"),
    MeetingFormat.VIDEO: N_("Link"),
    MeetingFormat.PHONE: N_("Phone"),
    MeetingFormat.EMAIL: N_("Email"),
}
