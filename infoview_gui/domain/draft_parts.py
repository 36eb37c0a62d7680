"""The pieces every draft shares: the recipient, the greeting, who the user is, and why.

Each sentence is one message of the core's catalogue (``domain/i18n.py``); the drafts
(``domain/drafts.py``, ``domain/letter.py``, ``domain/call_script.py``) put them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.draft_words import introduction, month_year
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.text import full_name

PLACEHOLDER = N_("[mention one thing they said that helped you]")
"""The point left for the user to fill in (translate on use: :func:`placeholder`)."""
_CAREER = {
    Decidedness.EXPLORING: N_(
        "I am exploring a career in {field} and would value an insider's view of {work}."
    ),
    Decidedness.COMPARING: N_(
        "I am considering a career in {field} and would value an insider's view of {work}."
    ),
    Decidedness.DECIDED: N_(
        "I am preparing for a career in {field} and would value an insider's view of {work}."
    ),
    None: N_("I am interested in a career in {field} and would value an insider's view of {work}."),
}


def placeholder() -> str:
    """Return the point left for the user to fill in, in the user's language."""
    return _(PLACEHOLDER)


@dataclass(frozen=True)
class Recipient:
    """The facts about the person written to that the drafts use."""

    first_name: str = ""
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    introduced_by: str = ""

    @property
    def name(self) -> str:
        """The person's name as written, possibly empty."""
        return full_name(flat(self.first_name), flat(self.last_name))


def greeting(recipient: Recipient) -> str:
    """Return "Dear <name>," or "Hello," when the name is not known."""
    name = recipient.name
    return _("Dear {name},").format(name=name) if name else _("Hello,")


def connection(recipient: Recipient, how_found: str) -> str:
    """Return who introduced the user, or how they found the person, as a sentence."""
    introduced = introduction(recipient.introduced_by)
    if introduced:
        return introduced
    found = flat(how_found).rstrip(".")
    return _("I found your name {how_found}.").format(how_found=found) if found else ""


def who_i_am(profile: ProfileData, today: date | None) -> str:
    """Return who the user is: school and graduation, as far as they are known."""
    school, month = flat(profile.organisation), month_year(profile.graduation)
    past = bool(month and today and (profile.graduation or "").strip() < f"{today:%Y-%m}")
    if school and month:
        if past:
            return _("I graduated from {school} in {month}.").format(school=school, month=month)
        said = _("I am a student at {school}, graduating in {month}.")
        return said.format(school=school, month=month)
    if school:
        return _("I am currently at {school}.").format(school=school)
    if month:
        said = _("I graduated in {month}.") if past else _("I am a student graduating in {month}.")
        return said.format(month=month)
    return ""


def interest(profile: ProfileData, recipient: Recipient, field: str) -> str:
    """Return the user's interest in the field and in the person's work."""
    their_work = work(flat(recipient.title), flat(recipient.organisation))
    if not field:
        return _("I would value an insider's view of {work}.").format(work=their_work)
    decidedness = Decidedness(profile.decidedness) if profile.decidedness else None
    return _(_CAREER[decidedness]).format(field=field, work=their_work)


def work(title: str, place: str) -> str:
    """Return "your work as <title> at <place>", as much of it as is known."""
    if title and place:
        return _("your work as {title} at {place}").format(title=title, place=place)
    if title:
        return _("your work as {title}").format(title=title)
    if place:
        return _("your work at {place}").format(place=place)
    return _("your work")


def sentence(specific: str) -> str:
    """Return the user's specific point as a sentence, or the placeholder."""
    text = flat(specific)
    if not text:
        return placeholder()
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "]")) else text + "."


def lines(*values: str) -> tuple[str, ...]:
    """Return the non-empty lines of ``values``, each with its spaces tidied."""
    return tuple(line for value in values for line in map(flat, value.splitlines()) if line)


def flat(value: str) -> str:
    """Return ``value`` on one line with single spaces."""
    return " ".join(value.split())
