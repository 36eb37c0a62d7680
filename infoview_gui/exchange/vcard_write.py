r"""Contacts to vCard 4.0 (RFC 6350).

``VERSION`` comes right after ``BEGIN``; ``FN`` and ``N`` are always written (``FN`` is
the email address for a contact without a name); CRLF line ends; lines folded at 75
octets, never inside a UTF-8 character; TEXT escaping with the backslash escaped first.
A line break in notes is written ``\\n``: vCard has no way to keep a carriage return, so
CR LF and CR come back as LF. Source and "introduced by" go into ``X-INFOVIEW-``
properties, which other programs ignore and InfoView reads back. Every email, phone and
web address is written, its label as ``TYPE`` (a mobile phone is ``cell``), the primary
first with ``PREF=1`` when there are several. ``UID`` is the contact's stable identity, so
an address book updates its card rather than adding it again; ``REV`` when it last changed.
Tags go into one ``CATEGORIES`` line (RFC 6350 6.7.1): the names TEXT-escaped, joined by
commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import PointKind, PointLabel, points_of

_LINE_LIMIT = 75
_TEXT_SPECIALS = re.compile(r"[\\,;]|\r\n|\r|\n")
_ESCAPES = {"\\": "\\\\", ",": "\\,", ";": "\\;", "\r\n": "\\n", "\r": "\\n", "\n": "\\n"}


def escape_text(value: str) -> str:
    r"""Escape a TEXT value: backslash, comma, semicolon; line breaks become ``\\n``."""
    return _TEXT_SPECIALS.sub(lambda found: _ESCAPES[found.group()], value)


def fold_line(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, joined by CRLF and a space."""
    raw = line.encode("utf-8", "surrogatepass")
    if len(raw) <= _LINE_LIMIT:
        return line
    pieces: list[bytes] = []
    start, limit = 0, _LINE_LIMIT
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:
            cut -= 1
        pieces.append(raw[start:cut])
        start, limit = cut, _LINE_LIMIT - 1
    pieces.append(raw[start:])
    return "\r\n ".join(piece.decode("utf-8", "surrogatepass") for piece in pieces)


def card_lines(contact: ContactData, revision: datetime | None = None) -> list[str]:
    """Return the unfolded content lines of one contact's card (``REV`` when given)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:" + escape_text(contact.name or contact.email or contact.organisation),
        f"N:{escape_text(contact.last_name)};{escape_text(contact.first_name)};;;",
    ]
    if contact.uid:
        lines.append("UID:" + contact.uid)
    before = (("ORG", contact.organisation), ("TITLE", contact.title))
    after = (("NOTE", contact.notes), ("X-INFOVIEW-INTRODUCED-BY", contact.introduced_by_text))
    lines.extend(f"{name}:{escape_text(value)}" for name, value in before if value)
    lines.extend(_point_lines(contact))
    lines.extend(f"{name}:{escape_text(value)}" for name, value in after if value)
    if contact.location:
        lines.append(f"ADR:;;;{escape_text(contact.location)};;;")
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in contact.tags))
    lines.append(f"X-INFOVIEW-SOURCE:{contact.source.value}")
    if revision is not None:
        lines.append("REV:" + revision.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    lines.append("END:VCARD")
    return lines


PROPERTIES = {PointKind.EMAIL: "EMAIL", PointKind.PHONE: "TEL", PointKind.WEB: "URL"}
"""The vCard property of each kind of contact point."""

_TYPES = {PointLabel.WORK: "work", PointLabel.HOME: "home", PointLabel.MOBILE: "x-mobile"}


def _point_lines(contact: ContactData) -> list[str]:
    """Return the EMAIL, TEL and URL lines: labels as TYPE, the primary ``PREF=1``."""
    lines = []
    for kind, name in PROPERTIES.items():
        points = points_of(contact, kind)
        for position, point in enumerate(points):
            params = ""
            if point.label in _TYPES:
                mobile = kind is PointKind.PHONE and point.label is PointLabel.MOBILE
                params += ";TYPE=" + ("cell" if mobile else _TYPES[point.label])
            if position == 0 and len(points) > 1:
                params += ";PREF=1"
            lines.append(f"{name}{params}:{escape_text(point.value)}")
    return lines


def write_vcards(contacts: Iterable[ContactData], revisions: Sequence[datetime | None] = ()) -> str:
    """Return the contacts as one vCard 4.0 text, with CRLF line ends.

    ``revisions`` holds when each contact last changed, in the same order (``REV``).
    """
    cards = (
        card_lines(contact, revisions[i] if i < len(revisions) else None)
        for i, contact in enumerate(contacts)
    )
    return "".join(fold_line(line) + "\r\n" for lines in cards for line in lines)
