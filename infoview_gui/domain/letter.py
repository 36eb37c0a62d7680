"""The formal thank-you letter, laid out as letters are in the user's language.

English letters put the date under the sender's address; German ones (DIN 5008) and
Spanish ones put the recipient first, then the sender's town and the date ("Madrid, 7 de
diciembre de 2026"), and German ones a subject line above the salutation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.draft_parts import Recipient, flat, lines, sentence
from infoview_gui.domain.draft_words import (
    after_salutation,
    conventions,
    field_in_sentence,
    letter_date,
    town_of,
)
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.request_check import WORD
from infoview_gui.domain.text import fold


@dataclass(frozen=True)
class Letter:
    """A formal letter, block by block, for printing.

    ``recipient_first`` puts the recipient's address before the date line (German and
    Spanish letters), ``subject`` is the line above the salutation where one is usual.
    """

    sender_address: tuple[str, ...]
    date_line: str
    recipient_block: tuple[str, ...]
    salutation: str
    body: tuple[str, ...]
    closing: str
    signature: str
    contact: tuple[str, ...] = ()
    subject: str = ""
    recipient_first: bool = False

    def as_text(self) -> str:
        """Return the letter as plain text, blocks separated by blank lines."""
        head = [self.date_line, "\n".join(self.recipient_block)]
        if self.recipient_first:
            head.reverse()
        blocks = ["\n".join(self.sender_address), *head, self.subject, self.salutation]
        blocks += self.body
        sign_off = (self.closing, self.signature, *self.contact)
        blocks.append("\n".join(line for line in sign_off if line))
        return "\n\n".join(block for block in blocks if block)


_LETTER_THANKS = (
    N_(
        "Our conversation has given me a much clearer picture of the work and of the steps "
        "ahead of me."
    ),
    N_(
        "Talking with you has given me a much clearer picture of the work and of the steps "
        "ahead of me."
    ),
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
    about = (
        _("Thank you for taking the time to speak with me about careers in {field}.")
        if field
        else _("Thank you for taking the time to speak with me about your work.")
    )
    point = sentence(specific)
    thanks = _varied(point, [_(choice) for choice in _LETTER_THANKS])
    body = (
        after_salutation(f"{about.format(field=field)} {point}"),
        f"{thanks} {_('I am very grateful for your help and hope to stay in touch.')}",
    )
    recipient_lines = (name, flat(recipient.title), flat(recipient.organisation))
    rules = conventions()
    return Letter(
        sender_address=lines(profile.address),
        date_line=_date_line(today, profile.address if rules.place_in_date else ""),
        recipient_block=lines(*recipient_lines, recipient_address),
        salutation=_("Dear {name},").format(name=name) if name else _("Dear Sir or Madam,"),
        body=body,
        closing=_("Sincerely,") if name else _("Yours truly,"),
        signature=flat(profile.name),
        contact=lines(profile.email, profile.phone),
        subject=_("Thank you for our conversation") if rules.subject_line else "",
        recipient_first=rules.recipient_first,
    )


def _date_line(today: date, address: str) -> str:
    """Return the letter's date, after the sender's town where the language names it."""
    town = town_of(address)
    day = letter_date(today)
    return _("{town}, {date}").format(town=town, date=day) if town else day


def _opening(text: str) -> tuple[str, ...]:
    """Return the first two words of ``text``, folded, to compare openings."""
    return tuple(fold(word) for word in WORD.findall(text)[:2])


def _varied(previous: str, choices: Sequence[str]) -> str:
    """Return the first of ``choices`` that does not open like ``previous`` does."""
    before = _opening(previous)
    return next((choice for choice in choices if _opening(choice) != before), choices[-1])
