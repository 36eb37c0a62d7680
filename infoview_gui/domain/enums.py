"""The enumerations of the method, as stored in the database and shown to the user.

Each value is the text stored in the database (a CHECK constraint keeps it to these);
``label`` is what the user reads.
"""

from __future__ import annotations

from enum import StrEnum

from infoview_gui.domain import i18n


class Labelled(StrEnum):
    """A string enumeration whose members carry a human label."""

    @property
    def label(self) -> str:
        """The words the user sees for this value."""
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

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
        return _LABELS[self.value]


_LABELS: dict[str, str] = {
    "set_aside": "Set aside",
    "campus_staff": "Campus staff",
    "professional_organisation": "Professional organisation",
    "networking_site": "Networking site",
    "alumni_programme": "Alumni programme",
    "not_asked": "Not asked yet",
    "no_reply": "No reply",
    "in_person": "In person",
    "video": "Video call",
    "exploring": "Exploring",
    "comparing": "Comparing a few fields",
    "decided": "Decided",
    "early": "Early years of study",
    "final_year": "Final year",
    "graduated": "Graduated or changing careers",
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
