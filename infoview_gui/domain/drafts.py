"""Drafts of the emails, letters and phone script of steps 3 and 6, and a request checker.

Every draft is plain text built from the user's profile and a few facts about the
recipient. A missing fact drops its clause: no draft says "None" or leaves a gap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.draft_words import field_in_sentence, introduction
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.request_check import WORD
from infoview_gui.domain.text import fold, full_name

PLACEHOLDER = "[mention one thing they said that helped you]"
UPDATE_PLACEHOLDER = "[what you have done with it, e.g. started a portfolio]"
ASK = "20 to 30 minutes"
FORMATS = "in person, by phone or by video call"
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_CAREER = {
    Decidedness.EXPLORING: "exploring a career in",
    Decidedness.COMPARING: "considering a career in",
    Decidedness.DECIDED: "preparing for a career in",
}


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
        return full_name(_flat(self.first_name), _flat(self.last_name))


@dataclass(frozen=True)
class Draft:
    """An email ready for the user to edit and send."""

    subject: str
    body: str


@dataclass(frozen=True)
class Letter:
    """A formal letter, block by block, for printing."""

    sender_address: tuple[str, ...]
    date_line: str
    recipient_block: tuple[str, ...]
    salutation: str
    body: tuple[str, ...]
    closing: str
    signature: str
    contact: tuple[str, ...] = ()

    def as_text(self) -> str:
        """Return the letter as plain text, blocks separated by blank lines."""
        blocks = ["\n".join(self.sender_address), self.date_line]
        blocks += ["\n".join(self.recipient_block), self.salutation, *self.body]
        sign_off = (self.closing, self.signature, *self.contact)
        blocks.append("\n".join(line for line in sign_off if line))
        return "\n\n".join(block for block in blocks if block)


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
    subject = "Request for a short conversation" + (f" about {field}" if field else "")
    request = f"Would you have {ASK} for a conversation {FORMATS}, at a time that suits you?"
    opening = " ".join(
        part for part in (_connection(recipient, how_found), _who_i_am(profile, today)) if part
    )
    body = [opening, _interest(profile, recipient, field), request]
    return Draft(subject, _email(recipient, body, "Best regards,", profile))


def decline_thanks(profile: ProfileData, recipient: Recipient) -> Draft:
    """Draft the thanks to someone who declined, leaving the door open politely."""
    body = [
        "Thank you for letting me know, and for taking the time to reply. I quite understand.",
        "If a colleague might be open to a short conversation, I would be grateful for an "
        "introduction, but please do not feel obliged.",
    ]
    return Draft("Thank you for your reply", _email(recipient, body, "Best wishes,", profile))


def follow_up_email(
    profile: ProfileData, recipient: Recipient, field_name: str, requested_on: date
) -> Draft:
    """Draft the one polite follow-up to a request that had no answer."""
    field = field_in_sentence(field_name)
    about = field or "your work"
    body = [
        f"I wrote to you on {_day_month(requested_on)} to ask for a short conversation "
        f"about {about}. I know how busy you must be, so I am following up just once.",
        f"If now is not a good time, I quite understand. Would you have {ASK} in the "
        f"coming weeks, {FORMATS}?",
    ]
    subject = "Following up: a short conversation" + (f" about {field}" if field else "")
    return Draft(subject, _email(recipient, body, "Best regards,", profile))


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
    body = [
        "Thank you for taking the time to talk with me"
        + (f" about {field}. " if field else ". ")
        + _sentence(specific),
        "Our conversation gave me a much clearer picture of the work, and I am grateful "
        "for your advice.",
        _reaching_out(referrals),
    ]
    return Draft("Thank you for your time", _email(recipient, body, "Best regards,", profile))


def keep_touch_update(profile: ProfileData, recipient: Recipient, advice_on: date | None) -> Draft:
    """Draft the short update that keeps a professional in touch, months after the talk.

    Args:
        profile: the user, who signs it.
        recipient: the person kept in touch with.
        advice_on: the day of the interview (or last conversation) whose advice it recalls.
    """
    when = f" in {_MONTHS[advice_on.month - 1]}" if advice_on is not None else ""
    place = _flat(recipient.organisation)
    body = [
        f"Thanks again for your advice{when}: I have since {UPDATE_PLACEHOLDER}.",
        "I hope all is well with you" + (f" and everyone at {place}." if place else "."),
    ]
    return Draft("A quick update", _email(recipient, body, "Best wishes,", profile))


def _reaching_out(names: Sequence[str]) -> str:
    """Return "Thank you also for suggesting Sam Lee: I will get in touch with them." or ""."""
    shown = [_flat(name) for name in names if _flat(name)]
    if not shown:
        return ""
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"Thank you also for suggesting {listed}: I will get in touch with them."


def note_card(profile: ProfileData, recipient: Recipient, specific: str) -> str:
    """Return the text of a short handwritten note card, signed with the user's details."""
    thanks_for = "your time" if "advice" in fold(specific) else "your time and advice"
    body = f"Thank you again for {thanks_for}. {_sentence(specific)}"
    signature = _lines(profile.name, profile.email, profile.phone)
    closing = "\n".join(("With best wishes,", *signature))
    return "\n\n".join((_greeting(recipient), body, closing))


_LETTER_THANKS = (
    "Our conversation has given me a much clearer picture of the work and of the steps "
    "ahead of me.",
    "Talking with you has given me a much clearer picture of the work and of the steps "
    "ahead of me.",
)


def formal_letter(
    profile: ProfileData,
    recipient: Recipient,
    recipient_address: str,
    today: date,
    specific: str,
    *,
    field_name: str = "",
) -> Letter:
    """Return a formal thank-you letter, ready to print.

    The sender's block holds the user's postal address, the signature their name, email
    and phone. No two paragraphs in a row open with the same words, whatever the point.
    """
    name = recipient.name
    field = field_in_sentence(field_name)
    about = f"careers in {field}" if field else "your work"
    point = _sentence(specific)
    thanks = _varied(point, _LETTER_THANKS)
    body = (
        f"Thank you for taking the time to speak with me about {about}. {point}",
        f"{thanks} I am very grateful for your help and hope to stay in touch.",
    )
    recipient_lines = (name, _flat(recipient.title), _flat(recipient.organisation))
    return Letter(
        sender_address=_lines(profile.address),
        date_line=f"{_day_month(today)} {today.year}",
        recipient_block=_lines(*recipient_lines, recipient_address),
        salutation=f"Dear {name}," if name else "Dear Sir or Madam,",
        body=body,
        closing="Yours sincerely," if name else "Yours faithfully,",
        signature=_flat(profile.name),
        contact=_lines(profile.email, profile.phone),
    )


def _opening(text: str) -> tuple[str, ...]:
    """Return the first two words of ``text``, folded, to compare openings."""
    return tuple(fold(word) for word in WORD.findall(text)[:2])


def _varied(previous: str, choices: Sequence[str]) -> str:
    """Return the first of ``choices`` that does not open like ``previous`` does."""
    before = _opening(previous)
    return next((choice for choice in choices if _opening(choice) != before), choices[-1])


def call_script(
    profile: ProfileData, recipient: Recipient, field_name: str, *, how_found: str = ""
) -> str:
    """Return a script for asking by phone, with what to say for each answer."""
    user = _flat(profile.name)
    intro = " ".join(
        part
        for part in (
            f"Hello, my name is {user}." if user else "Hello.",
            _connection(recipient, how_found),
            _who_i_am(profile, None),
            _interest(profile, recipient, field_in_sentence(field_name)),
            f"Would you have {ASK} to talk with me, {FORMATS}, in the coming weeks?",
        )
        if part
    )
    reach = " or ".join(_lines(profile.phone, profile.email))
    sections = [
        f"Hello, may I speak to {recipient.name}?" if recipient.name else "",
        intro,
        "If they say yes:\nThank you! What day and time would suit you, and would you "
        "prefer to meet in person, by phone or by video call? Repeat the day, time and "
        "place back to them before you hang up.",
        "If now is not a good time:\nWhen would be a better time for me to call back?",
        "If they say no:\nThank you for your time. Is there a colleague you would "
        "suggest I speak to?",
    ]
    if reach:
        sections.append(
            "If you reach voicemail:\nSay your name and why you are calling, then how to "
            f"reach you: {reach}. Speak slowly."
        )
    return "\n\n".join(section for section in sections if section)


def _email(recipient: Recipient, body: list[str], closing: str, profile: ProfileData) -> str:
    """Return greeting, paragraphs and a signature with the user's contact details."""
    signature = "\n".join((closing, *_lines(profile.name, profile.email, profile.phone)))
    return "\n\n".join((_greeting(recipient), *(p for p in body if p), signature))


def _greeting(recipient: Recipient) -> str:
    """Return "Dear <name>," or "Hello," when the name is not known."""
    return f"Dear {recipient.name}," if recipient.name else "Hello,"


def _connection(recipient: Recipient, how_found: str) -> str:
    """Return who introduced the user, or how they found the person, as a sentence."""
    introduced = introduction(recipient.introduced_by)
    if introduced:
        return introduced
    found = _flat(how_found).rstrip(".")
    return f"I found your name {found}." if found else ""


def _who_i_am(profile: ProfileData, today: date | None) -> str:
    """Return who the user is: school and graduation, as far as they are known."""
    school, month = _flat(profile.organisation), _month(profile.graduation)
    past = bool(month and today and (profile.graduation or "").strip() < f"{today:%Y-%m}")
    if school and month:
        if past:
            return f"I graduated from {school} in {month}."
        return f"I am a student at {school}, graduating in {month}."
    if school:
        return f"I am currently at {school}."
    if month:
        return f"I graduated in {month}." if past else f"I am a student graduating in {month}."
    return ""


def _interest(profile: ProfileData, recipient: Recipient, field: str) -> str:
    """Return the user's interest in the field and in the person's work."""
    title, place = _flat(recipient.title), _flat(recipient.organisation)
    work = "your work" + (f" as {title}" if title else "") + (f" at {place}" if place else "")
    if not field:
        return f"I would value an insider's view of {work}."
    decidedness = profile.decidedness
    career = _CAREER[Decidedness(decidedness)] if decidedness else "interested in a career in"
    return f"I am {career} {field} and would value an insider's view of {work}."


def _month(graduation: str | None) -> str:
    """Return "June 2027" for "2027-06", or "" for a missing or malformed month."""
    match = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", (graduation or "").strip())
    return f"{_MONTHS[int(match.group(2)) - 1]} {match.group(1)}" if match else ""


def _day_month(day: date) -> str:
    """Return "3 March" for a date."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _sentence(specific: str) -> str:
    """Return the user's specific point as a sentence, or the placeholder."""
    text = _flat(specific)
    if not text:
        return PLACEHOLDER
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "]")) else text + "."


def _lines(*values: str) -> tuple[str, ...]:
    """Return the non-empty lines of ``values``, each with its spaces tidied."""
    return tuple(line for value in values for line in map(_flat, value.splitlines()) if line)


def _flat(value: str) -> str:
    """Return ``value`` on one line with single spaces."""
    return " ".join(value.split())
