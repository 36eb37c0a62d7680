"""A business card: its details, how they differ from the stored contact, its image bytes.

Pure: the services store the card on the contact and copy the fields the user chooses;
the checks of image bytes tell a whole PNG or JPEG from a truncated or foreign file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import PointKind, points_of, primary_point, with_points
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.text import url_key
from infoview_gui.domain.validation import clean_email, clean_long, clean_short

ADDRESS_MAX = 500
WEBSITE_MAX = 500

ImageKind = Literal["png", "jpeg"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"


@dataclass(frozen=True)
class CardData:
    """What a business card says."""

    name: str = ""
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing was typed from the card."""
        return not any(getattr(self, name) for name in CARD_FIELDS)


CARD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CardData))

# The card's field, the contact detail it can update, and what the user calls them.
_TARGETS: dict[str, tuple[str, str]] = {
    "name": ("name", N_("Name")),
    "title": ("title", N_("Job title")),
    "organisation": ("organisation", N_("Organization")),
    "email": ("email", N_("Email")),
    "phone": ("phone", N_("Phone")),
    "address": ("location", N_("Address / location")),
    "website": ("profile_url", N_("Website / profile")),
}


@dataclass(frozen=True)
class Difference:
    """A detail the card gives that differs from the stored contact's."""

    field: str
    card_value: str
    contact_value: str

    @property
    def label(self) -> str:
        """The detail's name as the user reads it, in the user's language."""
        return _(_TARGETS[self.field][1])


def validated_card(card: CardData) -> CardData:
    """Return the card with its values cleaned, or raise ValidationError."""
    website = clean_short("website", "The website", card.website, limit=WEBSITE_MAX)
    if any(char.isspace() for char in website):
        raise ValidationError("website", _("A website address has no spaces in it."))
    return CardData(
        name=clean_short("name", "The name", card.name),
        title=clean_short("title", "The job title", card.title),
        organisation=clean_short("organisation", "The organisation", card.organisation),
        email=clean_email("email", card.email),
        phone=clean_short("phone", "The phone number", card.phone, limit=40),
        address=clean_long("address", "The address", card.address.strip(), limit=ADDRESS_MAX),
        website=website,
    )


def contact_value(contact: ContactData, field: str) -> str:
    """Return the contact's value of the detail a card field updates."""
    target = _TARGETS[field][0]
    return contact.name if target == "name" else str(getattr(contact, target))


def card_value_for_contact(card: CardData, field: str) -> str:
    """Return the card's value as the contact would store it.

    An address becomes one line; a website without ``http`` gets ``https://``.
    """
    value = str(getattr(card, field)).strip()
    if field == "address":
        return ", ".join(line.strip() for line in value.splitlines() if line.strip())
    if field == "website" and value and not value.casefold().startswith(("http://", "https://")):
        return f"https://{value}"
    return value


def differences(card: CardData, contact: ContactData) -> list[Difference]:
    """Return the card's details that differ from the contact's, in card order.

    A detail the card leaves empty is never a difference: a card does not clear what
    the contact already has. Case and runs of spaces do not count as differences.
    """
    found = []
    for name in CARD_FIELDS:
        new = card_value_for_contact(card, name)
        old = contact_value(contact, name)
        if new and _key(name, new) != _key(name, old):
            found.append(Difference(name, str(getattr(card, name)).strip(), old))
    return found


def with_card(contact: ContactData, card: CardData, chosen: Sequence[str]) -> ContactData:
    """Return the contact with the ``chosen`` card fields copied onto it.

    Raises:
        ValidationError: when a chosen name is not a field of a card.
    """
    values: dict[str, Any] = {}
    for name in chosen:
        if name not in _TARGETS:
            raise ValidationError(
                "fields", _("A card has no detail called “{name}”.").format(name=name)
            )
        value = card_value_for_contact(card, name)
        if name == "name":
            values["first_name"], values["last_name"] = split_name(value)
        else:
            values[_TARGETS[name][0]] = value
    return _keeping_points(contact, replace(contact, **values))


def _keeping_points(before: ContactData, after: ContactData) -> ContactData:
    """Return ``after`` with the emails, phones and addresses ``before`` had kept as further ones.

    A card's email becomes the primary one; the email it replaces stays, no longer primary.
    A primary the card empties is dropped.
    """
    cleared = {
        kind
        for kind in PointKind
        if primary_point(after, kind) is None and primary_point(before, kind) is not None
    }
    kept = [
        point
        for kind in PointKind
        for position, point in enumerate(points_of(before, kind))
        if position or kind not in cleared
    ]
    return with_points(after, [*after.points, *kept])


def split_name(name: str) -> tuple[str, str]:
    """Return (first, last) of a name as written: the last word is the last name."""
    words = name.split()
    if len(words) < 2:
        return (" ".join(words), "")
    return (" ".join(words[:-1]), words[-1])


def _key(field: str, value: str) -> str:
    if field == "website":
        return url_key(value).removeprefix("https://").removeprefix("http://")
    return " ".join(value.split()).casefold()


def image_kind(data: bytes) -> ImageKind | None:
    """Return ``png`` or ``jpeg`` from the file's first bytes, None for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(JPEG_START):
        return "jpeg"
    return None


def image_complete(data: bytes) -> bool:
    """Return True when a PNG or JPEG file is whole: it reaches its end marker."""
    kind = image_kind(data)
    if kind == "png":
        return _png_complete(data)
    if kind == "jpeg":
        return _jpeg_complete(data)
    return False


def _png_complete(data: bytes) -> bool:
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        position += 12 + length  # length, type, data, CRC
        if position > len(data):
            return False
        if kind == b"IEND":
            return True
    return False


def _jpeg_complete(data: bytes) -> bool:
    """Walk the JPEG's segments, skipping embedded thumbnails, to the end-of-image marker."""
    position = 2
    while position + 2 <= len(data):
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xD9:
            return True
        if marker == 0xFF or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 1 if marker == 0xFF else 2
            continue
        if position + 4 > len(data):
            return False
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if length < 2:
            return False
        position += 2 + length
        if marker == 0xDA:  # start of scan: entropy-coded data runs to the next marker
            position = _end_of_scan(data, position)
    return False


def _end_of_scan(data: bytes, position: int) -> int:
    """Return where the marker after a scan starts, or ``len(data)`` when none does."""
    while True:
        found = data.find(b"\xff", position)
        if found < 0 or found + 1 >= len(data):
            return len(data)
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            position = found + 2  # a stuffed 0xFF byte or a restart marker
        elif following == 0xFF:
            position = found + 1  # fill bytes before a marker
        else:
            return found
