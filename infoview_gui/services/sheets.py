"""What a question sheet prints, read from the database, and the sheet's settings.

The question lists themselves are written by the question-list editor; this module only
reads them: an interview's list, or a field's list (interview NULL) before any interview.
"""

from __future__ import annotations

from datetime import UTC, datetime

from infoview_gui.domain.calendar_rules import zone_named
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    Professional,
    SheetData,
    SheetQuestion,
    Spacing,
    UserDetails,
    default_paper,
    numbered,
    uses_12_hour_clock,
)
from infoview_gui.services.profile import load_profile
from infoview_gui.services.question_lists import planned_minutes
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store.models import (
    CareerField,
    Contact,
    Conversation,
    Interview,
    ListQuestion,
    QuestionList,
)
from infoview_gui.store.queries import tuples

PAPER_KEY = "paper_size"
SPACING_KEY = "sheet_spacing"
UTC_NAME = "UTC"


def paper_size(*, locale_name: str) -> Paper:
    """Return the paper chosen in the settings, or the locale's usual paper."""
    stored = get_setting(PAPER_KEY)
    try:
        return Paper(stored)
    except ValueError:
        return default_paper(locale_name)


def set_paper_size(*, paper: Paper) -> None:
    """Remember the paper size sheets are printed on."""
    set_setting(key=PAPER_KEY, value=Paper(paper).value)


def sheet_spacing() -> Spacing:
    """Return how much room for notes the sheets leave (compact unless chosen)."""
    try:
        return Spacing(get_setting(SPACING_KEY))
    except ValueError:
        return Spacing.COMPACT


def set_sheet_spacing(*, spacing: Spacing) -> None:
    """Remember how much room for notes the sheets leave."""
    set_setting(key=SPACING_KEY, value=Spacing(spacing).value)


def _question_texts(question_list: QuestionList | None) -> list[str]:
    if question_list is None:
        return []
    items = tuples(
        ListQuestion.select(ListQuestion.text)
        .where(ListQuestion.question_list == question_list.id)
        .order_by(ListQuestion.position, ListQuestion.id)
    )
    return [str(text) for (text,) in items]


def _user(profile: ProfileData) -> UserDetails:
    return UserDetails(
        name=profile.name,
        email=profile.email,
        phone=profile.phone,
        organisation=profile.organisation,
    )


def _professional(contact: Contact) -> Professional:
    name = ContactData(first_name=contact.first_name, last_name=contact.last_name).name
    return Professional(
        name=name or contact.email or _("(no name)"),
        title=contact.title,
        organisation=contact.organisation,
    )


def _in_zone(moment: datetime, zone_name: str) -> datetime | None:
    """Return ``moment`` in the zone, or None when this computer does not know the zone."""
    try:
        return moment.astimezone(zone_named(zone_name))
    except DomainError:
        return None


def _meeting(interview: Interview, fallback_zone: str) -> Meeting:
    """Return when and where the interview is, in the interview's own time zone."""
    meeting_format = MeetingFormat(interview.format) if interview.format else None
    minutes, place = int(interview.duration_min), str(interview.place)
    start = interview.scheduled_start
    if not isinstance(start, datetime):
        return Meeting(minutes=minutes, format=meeting_format, place=place)
    zone_name = interview.time_zone or fallback_zone or UTC_NAME
    local = _in_zone(start, zone_name)
    if local is None:
        zone_name, local = UTC_NAME, start.astimezone(UTC)
    return Meeting(
        starts=local.replace(tzinfo=None),
        minutes=minutes,
        zone=zone_name,
        zone_abbreviation=local.tzname() or "",
        format=meeting_format,
        place=place,
    )


def _interview_list(interview_id: int) -> QuestionList | None:
    return QuestionList.get_or_none(QuestionList.interview == interview_id)


def _field_list(field_id: int) -> QuestionList | None:
    found: QuestionList | None = (
        QuestionList.select()
        .where(
            (QuestionList.field == field_id)
            & QuestionList.interview.is_null()
            & QuestionList.conversation.is_null()
        )
        .order_by(QuestionList.id)
        .first()
    )
    return found


def _numbered(question_list: QuestionList | None) -> tuple[SheetQuestion, ...]:
    must_ask = int(question_list.must_ask) if question_list is not None else 0
    return numbered(_question_texts(question_list), must_ask)


def interview_sheet(
    *,
    interview_id: int,
    locale_name: str = "",
    paper: Paper | None = None,
    spacing: Spacing | None = None,
    notes_page: bool = False,
) -> SheetData:
    """Return the sheet of an interview: who, when, where, and its questions in order.

    ``paper`` and ``spacing`` default to the stored settings; ``locale_name`` (such as
    ``en_US``) picks the paper when none is stored, and the 12- or 24-hour clock.
    ``questions`` is empty when the interview has no question list yet.

    Raises:
        NotFoundError: when there is no interview with that id.
    """
    interview = Interview.get_or_none(Interview.id == interview_id)
    if interview is None:
        raise NotFoundError(_("There is no interview number {number}.").format(number=interview_id))
    profile = load_profile()
    field = interview.field
    return SheetData(
        questions=_numbered(_interview_list(interview.id)),
        field_name=field.name if field is not None else "",
        professional=_professional(interview.contact),
        meeting=_meeting(interview, profile.time_zone),
        user=_user(profile),
        paper=paper or paper_size(locale_name=locale_name),
        spacing=spacing or sheet_spacing(),
        notes_page=notes_page,
        clock_12h=uses_12_hour_clock(locale_name),
    )


def field_sheet(
    *,
    field_name: str,
    locale_name: str = "",
    paper: Paper | None = None,
    spacing: Spacing | None = None,
    notes_page: bool = False,
) -> SheetData:
    """Return the sheet of a field's question list, before any interview (no meeting).

    The field is found by name, whatever the letter case. ``questions`` is empty when
    the field has no question list yet.

    Raises:
        NotFoundError: when no field has that name.
    """
    name = " ".join(field_name.split())
    field = CareerField.get_or_none(CareerField.name == name)
    if field is None:
        raise NotFoundError(_("There is no career field called “{name}”.").format(name=name))
    return SheetData(
        questions=_numbered(_field_list(field.id)),
        field_name=str(field.name),
        user=_user(load_profile()),
        paper=paper or paper_size(locale_name=locale_name),
        spacing=spacing or sheet_spacing(),
        notes_page=notes_page,
        clock_12h=uses_12_hour_clock(locale_name),
    )


def list_sheet(
    *,
    list_id: int,
    locale_name: str = "",
    paper: Paper | None = None,
    spacing: Spacing | None = None,
    notes_page: bool = False,
) -> SheetData:
    """Return the sheet of a question list: its interview's sheet, or its field's.

    For the list editors, whose "Print question sheet…" knows the list, not its owner.

    Raises:
        NotFoundError: when the list no longer exists.
    """
    found = QuestionList.get_or_none(QuestionList.id == list_id)
    if found is None:
        raise NotFoundError(_("That question list no longer exists."))
    if found.__data__.get("conversation") is not None:
        return conversation_sheet(
            list_row=found, locale_name=locale_name, paper=paper, spacing=spacing
        )
    interview = found.interview
    if interview is not None:
        return interview_sheet(
            interview_id=int(interview.id),
            locale_name=locale_name,
            paper=paper,
            spacing=spacing,
            notes_page=notes_page,
        )
    field = found.field
    return SheetData(
        questions=_numbered(found),
        field_name=str(field.name) if field is not None else "",
        user=_user(load_profile()),
        paper=paper or paper_size(locale_name=locale_name),
        spacing=spacing or sheet_spacing(),
        notes_page=notes_page,
        clock_12h=uses_12_hour_clock(locale_name),
    )


_FORMATS = {ConversationKind.CALL: MeetingFormat.PHONE, ConversationKind.VIDEO: MeetingFormat.VIDEO}


def conversation_sheet(
    *,
    list_row: QuestionList,
    locale_name: str = "",
    paper: Paper | None = None,
    spacing: Spacing | None = None,
) -> SheetData:
    """Return the sheet of a follow-up interview's list: who, when, and its questions."""
    talk: Conversation = list_row.conversation
    contact: Contact = talk.contact
    profile = load_profile()
    kind = ConversationKind(talk.kind)
    zone_name = str(talk.time_zone) or profile.time_zone or UTC_NAME
    local = _in_zone(talk.held_at, zone_name)
    if local is None:
        zone_name, local = UTC_NAME, talk.held_at.astimezone(UTC)
    meeting = Meeting(
        starts=local.replace(tzinfo=None),
        minutes=planned_minutes(),
        zone=zone_name,
        zone_abbreviation=local.tzname() or "",
        format=_FORMATS.get(kind),
    )
    field = contact.field
    return SheetData(
        questions=_numbered(list_row),
        field_name=str(field.name) if field is not None else "",
        professional=_professional(contact),
        meeting=meeting,
        user=_user(profile),
        paper=paper or paper_size(locale_name=locale_name),
        spacing=spacing or sheet_spacing(),
        clock_12h=uses_12_hour_clock(locale_name),
        occasion=kind.label,
    )
