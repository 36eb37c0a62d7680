r"""Contacts to vCard 4.0 (RFC 6350).

``VERSION`` comes right after ``BEGIN``; ``FN`` and ``N`` are always written (``FN`` is
the email address for a contact without a name); CRLF line ends; lines folded at 75
octets, never inside a UTF-8 character; TEXT escaping with the backslash escaped first.
A line break in notes is written ``\\n``: vCard has no way to keep a carriage return, so
CR LF and CR come back as LF. Source and "introduced by" go into ``X-INFOVIEW-``
properties, which other programs ignore and InfoView reads back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from infoview_gui.domain.contact import ContactData

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


def card_lines(contact: ContactData) -> list[str]:
    """Return the unfolded content lines of one contact's card."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:" + escape_text(contact.name or contact.email or contact.organisation),
        f"N:{escape_text(contact.last_name)};{escape_text(contact.first_name)};;;",
    ]
    optional = (
        ("ORG", contact.organisation),
        ("TITLE", contact.title),
        ("EMAIL", contact.email),
        ("TEL", contact.phone),
        ("URL", contact.profile_url),
        ("NOTE", contact.notes),
        ("X-INFOVIEW-INTRODUCED-BY", contact.introduced_by_text),
    )
    lines.extend(f"{name}:{escape_text(value)}" for name, value in optional if value)
    if contact.location:
        lines.append(f"ADR:;;;{escape_text(contact.location)};;;")
    lines.append(f"X-INFOVIEW-SOURCE:{contact.source.value}")
    lines.append("END:VCARD")
    return lines


def write_vcards(contacts: Iterable[ContactData]) -> str:
    """Return the contacts as one vCard 4.0 text, with CRLF line ends."""
    return "".join(fold_line(line) + "\r\n" for contact in contacts for line in card_lines(contact))
