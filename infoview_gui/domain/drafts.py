"""Drafts of the emails, letters and phone script of steps 3 and 6, and a request checker.

Every draft is plain text built from the user's profile and a few facts about the
recipient. A missing fact drops its clause: no draft says "None" or leaves a gap.

Each sentence is one message of the core's catalogue (``domain/i18n.py``), written in each
language as a native writes to a professional (German "Sie", Spanish "usted"), not word
for word; dates go through the locale's month names, and the layout of a letter follows
the language's :class:`~infoview_gui.domain.draft_words.Conventions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.call_script import call_script
from infoview_gui.domain.draft_parts import (
    PLACEHOLDER,
    Recipient,
    connection,
    flat,
    greeting,
    interest,
    lines,
    placeholder,
    sentence,
    who_i_am,
)
from infoview_gui.domain.draft_words import after_salutation, day_month, field_in_sentence
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.letter import Letter, formal_letter
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.text import fold

__all__ = [
    "PLACEHOLDER",
    "Draft",
    "Letter",
    "Recipient",
    "call_script",
    "decline_thanks",
    "follow_up_email",
    "formal_letter",
    "keep_touch_update",
    "note_card",
    "placeholder",
    "request_email",
    "thank_you_email",
]


@dataclass(frozen=True)
class Draft:
    """An email ready for the user to edit and send."""

    subject: str
    body: str


def request_email(
    profile: ProfileData,
    recipient: Recipient,
    field_name: str,
    how_found: str,
    *,
    today: date | None = None,
) -> Draft:
    """Draft the request for an informational interview, in under 100 words.

    Args:
        profile: the user, who signs the email.
        recipient: the person asked.
        field_name: the career field, e.g. "data journalism".
        how_found: completes "I found your name ...", e.g. "through the alumni
            programme"; used when nobody introduced the user.
        today: lets a past graduation read "I graduated" rather than "graduating".
    """
    field = field_in_sentence(field_name)
    subject = (
        _("Request for a short conversation about {field}").format(field=field)
        if field
        else _("Request for a short conversation")
    )
    request = _(
        "Would you have 20 to 30 minutes for a conversation in person, by phone or by video "
        "call, at a time that suits you?"
    )
    opening = " ".join(
        part for part in (connection(recipient, how_found), who_i_am(profile, today)) if part
    )
    body = [opening, interest(profile, recipient, field), request]
    return Draft(subject, _email(recipient, body, _("Best regards,"), profile))


def decline_thanks(profile: ProfileData, recipient: Recipient) -> Draft:
    """Draft the thanks to someone who declined, leaving the door open politely."""
    body = [
        _(
            "Thank you for letting me know, and for taking the time to reply. I completely "
            "understand."
        ),
        _(
            "If a colleague might be open to a short conversation, I would be grateful for an "
            "introduction, but please do not feel obliged."
        ),
    ]
    return Draft(_("Thank you for your reply"), _email(recipient, body, _("Best wishes,"), profile))


def follow_up_email(
    profile: ProfileData, recipient: Recipient, field_name: str, requested_on: date
) -> Draft:
    """Draft the one polite follow-up to a request that had no answer."""
    field = field_in_sentence(field_name)
    day = day_month(requested_on)
    wrote = (
        _(
            "I wrote to you on {day} to ask for a short conversation about {field}. I know how "
            "busy you must be, so I am following up just once."
        )
        if field
        else _(
            "I wrote to you on {day} to ask for a short conversation about your work. I know "
            "how busy you must be, so I am following up just once."
        )
    )
    body = [
        wrote.format(day=day, field=field),
        _(
            "If now is not a good time, I completely understand. Would you have 20 to 30 "
            "minutes in the coming weeks, in person, by phone or by video call?"
        ),
    ]
    subject = (
        _("Following up: a short conversation about {field}").format(field=field)
        if field
        else _("Following up: a short conversation")
    )
    return Draft(subject, _email(recipient, body, _("Best regards,"), profile))


def thank_you_email(
    profile: ProfileData,
    recipient: Recipient,
    specific: str,
    *,
    field_name: str = "",
    referrals: Sequence[str] = (),
) -> Draft:
    """Draft the thank-you email, due by the day after the interview.

    Args:
        profile: the user, whose name, email and phone sign the email.
        recipient: the person interviewed.
        specific: a sentence naming one thing they said that helped, such as "Your
            advice to build a portfolio first was especially useful."; a placeholder
            is left when it is empty.
        field_name: the career field talked about, if the sentence should name it.
        referrals: the people they suggested, whom the email says the user will contact.
    """
    field = field_in_sentence(field_name)
    thanks = (
        _("Thank you for taking the time to talk with me about {field}.").format(field=field)
        if field
        else _("Thank you for taking the time to talk with me.")
    )
    body = [
        f"{thanks} {sentence(specific)}",
        _(
            "Our conversation gave me a much clearer picture of the work, and I am grateful "
            "for your advice."
        ),
        _reaching_out(referrals),
    ]
    return Draft(_("Thank you for your time"), _email(recipient, body, _("Best regards,"), profile))


def keep_touch_update(profile: ProfileData, recipient: Recipient, advice_on: date | None) -> Draft:
    """Draft the short update that keeps a professional in touch, months after the talk.

    Args:
        profile: the user, who signs it.
        recipient: the person kept in touch with.
        advice_on: the day of the interview (or last conversation) whose advice it recalls.
    """
    update = _("[what you have done with it, e.g. started a portfolio]")
    thanks = (
        _("Thanks again for your advice in {month}: I have since {update}.").format(
            month=formats().month_name(advice_on.month), update=update
        )
        if advice_on is not None
        else _("Thanks again for your advice: I have since {update}.").format(update=update)
    )
    place = flat(recipient.organisation)
    hope = (
        _("I hope all is well with you and everyone at {place}.").format(place=place)
        if place
        else _("I hope all is well with you.")
    )
    return Draft(_("A quick update"), _email(recipient, [thanks, hope], _("Best wishes,"), profile))


def _reaching_out(names: Sequence[str]) -> str:
    """Return "Thank you also for suggesting Sam Lee: I will get in touch with them." or ""."""
    shown = [flat(name) for name in names if flat(name)]
    if not shown:
        return ""
    listed = shown[0]
    if len(shown) > 1:
        listed = _("{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])
    return _("Thank you also for suggesting {names}: I will get in touch with them.").format(
        names=listed
    )


def note_card(profile: ProfileData, recipient: Recipient, specific: str) -> str:
    """Return the text of a short handwritten note card, signed with the user's details."""
    thanks = (
        _("Thank you again for your time.")
        if fold(_("advice")) in fold(specific)
        else _("Thank you again for your time and advice.")
    )
    body = after_salutation(f"{thanks} {sentence(specific)}")
    signature = lines(profile.name, profile.email, profile.phone)
    closing = "\n".join((_("With best wishes,"), *signature))
    return "\n\n".join((greeting(recipient), body, closing))


def _email(recipient: Recipient, body: list[str], closing: str, profile: ProfileData) -> str:
    """Return greeting, paragraphs and a signature with the user's contact details."""
    signature = "\n".join((closing, *lines(profile.name, profile.email, profile.phone)))
    paragraphs = [p for p in body if p]
    paragraphs[0] = after_salutation(paragraphs[0])
    return "\n\n".join((greeting(recipient), *paragraphs, signature))
