"""The enumerations of the method, as stored in the database and shown to the user.

Each value is the text stored in the database (a CHECK constraint keeps it to these);
``label`` is what the user reads, in their language (the core's catalogue, ``domain/i18n``),
and ``source_label`` the same words in the source language, US English.
"""

from __future__ import annotations

from enum import StrEnum

from infoview_gui.domain import i18n
from infoview_gui.domain.i18n import N_


class Labelled(StrEnum):
    """A string enumeration whose members carry a human label."""

    @property
    def label(self) -> str:
        """The words the user sees for this value, in the user's language."""
        return i18n._(self.source_label)

    @property
    def source_label(self) -> str:
        """The words for this value in the source language, US English."""
        return _LABELS.get(self.value) or self.value.replace("_", " ").capitalize()

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every stored value, in declaration order."""
        return tuple(member.value for member in cls)


class FieldStatus(Labelled):
    """How the user stands towards a career field."""

    CONSIDERING = "considering"
    FOCUS = "focus"
    SET_ASIDE = "set_aside"


class Source(Labelled):
    """Where a contact came from."""

    FRIEND = "friend"
    FAMILY = "family"
    PROFESSOR = "professor"
    CAMPUS_STAFF = "campus_staff"
    PROFESSIONAL_ORGANISATION = "professional_organisation"
    NETWORKING_SITE = "networking_site"
    ALUMNI_PROGRAMME = "alumni_programme"
    OTHER = "other"


class InterviewStatus(Labelled):
    """Where a request for an informational interview stands."""

    NOT_ASKED = "not_asked"
    ASKED = "asked"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_REPLY = "no_reply"
    SCHEDULED = "scheduled"
    HELD = "held"
    THANKED = "thanked"


class Channel(Labelled):
    """How a request was made."""

    EMAIL = "email"
    PHONE = "phone"


class MeetingFormat(Labelled):
    """How the interview takes place."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"


class Decidedness(Labelled):
    """How decided the user is about a career."""

    EXPLORING = "exploring"
    COMPARING = "comparing"
    DECIDED = "decided"


class Stage(Labelled):
    """How close the user is to graduating."""

    EARLY = "early"
    FINAL_YEAR = "final_year"
    GRADUATED = "graduated"


class Topic(Labelled):
    """The topics the question bank is grouped by."""

    DAY_TO_DAY = "day_to_day"
    PATH = "path"
    SKILLS = "skills"
    TRENDS = "trends"
    CULTURE = "culture"
    CHALLENGES = "challenges"
    ADVICE = "advice"
    REFERRALS = "referrals"
    OWN = "own"

    @property
    def label(self) -> str:
        """The topic's name in the user's language (the question bank's catalogue)."""
        return i18n.bank_text(i18n.TOPIC_CONTEXT, self.source_label)

    @property
    def source_label(self) -> str:
        """The topic's name in the source language, US English."""
        return _TOPICS[self.value]


_LABELS: dict[str, str] = {
    # FieldStatus
    "considering": N_("Considering"),
    "focus": N_("Focus"),
    "set_aside": N_("Set aside"),
    # Source
    "friend": N_("Friend"),
    "family": N_("Family"),
    "professor": N_("Professor"),
    "campus_staff": N_("Campus staff"),
    "professional_organisation": N_("Professional organization"),
    "networking_site": N_("Networking site"),
    "alumni_programme": N_("Alumni program"),
    "other": N_("Other"),
    # InterviewStatus
    "not_asked": N_("Not asked yet"),
    "asked": N_("Asked"),
    "accepted": N_("Accepted"),
    "declined": N_("Declined"),
    "no_reply": N_("No reply"),
    "scheduled": N_("Scheduled"),
    "held": N_("Held"),
    "thanked": N_("Thanked"),
    # Channel, MeetingFormat, and the kinds and labels of a contact's points
    "email": N_("Email"),
    "phone": N_("Phone"),
    "in_person": N_("In person"),
    "video": N_("Video call"),
    "web": N_("Web"),
    "work": N_("Work"),
    "home": N_("Home"),
    "mobile": N_("Mobile"),
    # Decidedness
    "exploring": N_("Exploring"),
    "comparing": N_("Comparing a few fields"),
    "decided": N_("Decided"),
    # Stage
    "early": N_("Early years of study"),
    "final_year": N_("Final year"),
    "graduated": N_("Graduated or changing careers"),
}
"""The labels of the stored values, by value (one value means the same in every enumeration).

A value missing here shows as itself, capitalized, untranslated: add it here.
"""

_TOPICS: dict[str, str] = {
    "day_to_day": "The work day to day",
    "path": "The path into the field",
    "skills": "Skills and education",
    "trends": "Trends in the field",
    "culture": "The organization and its culture",
    "challenges": "Challenges and rewards",
    "advice": "Advice for someone like me",
    "referrals": "Who else to talk to, what to read",
    "own": "My own questions",
}
"""The topics' names: translated by the question bank's catalogue, not the core's."""
