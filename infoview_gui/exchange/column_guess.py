"""Which contact field each column of a CSV file likely holds, from its header.

Headers are compared without case or punctuation, against names that address books
(Outlook, Outlook.com, Thunderbird, Google, spreadsheets) use. Emails, phones, web
addresses, places and notes may take several columns each: a row's first non-empty
one (in the mapping's order) fills the contact's field, and the others are kept with
their label (``generic_csv``).
"""

from __future__ import annotations

import re

from infoview_gui.domain.contact_points import PointLabel
from infoview_gui.exchange.kept import label_of
from infoview_gui.exchange.point_cells import POINT_COLUMNS
from infoview_gui.exchange.tabular import header_key

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "givenname", "forename", "first"),
    "last_name": ("last name", "lastname", "surname", "family name", "familyname", "last"),
    "full_name": ("name", "full name", "fullname", "contact name", "display name", "contact"),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "e mail 1 value",
        "email 1",
        "primary email",
        "work email",
        "personal email",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "company name",
        "organization name",
        "organisation name",
        "employer",
        "institution",
        "org",
    ),
    "title": (
        "job title",
        "position",
        "role",
        "organization title",
        "occupation",
        "job",
        "title",
    ),
    "location": ("location", "city", "town", "region", "state", "country", "address"),
    "profile_url": (
        "profile url",
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "profile",
        "profile link",
        "url",
        "website",
        "web page",
        "homepage",
    ),
    "phone": (
        "phone",
        "mobile",
        "phone number",
        "telephone",
        "tel",
        "cell",
        "mobile phone",
        "mobile number",
        "work phone",
        "phone 1 value",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "description"),
    "introduced_by_text": ("introduced by", "referred by", "referrer", "introducer"),
    "source": ("source",),
    "tags": ("tags", "tag", "categories", "category", "labels"),
}
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("email", "email"),
    ("e mail", "email"),
    ("linkedin", "profile_url"),
    ("mobile", "phone"),
    ("phone", "phone"),
    ("web", "profile_url"),
    ("homepage", "profile_url"),
    ("company", "organisation"),
    ("organi", "organisation"),
    ("note", "notes"),
)
"""Words inside a header that tell its field; the first that a header holds wins."""
_PLACE_WORDS = frozenset({"city", "town", "locality", "state", "region", "province", "country"})
_NOT_THE_PERSON = ("type", "label", "display", "assistant", "manager", "yomi", "fax", "pager")
"""A header holding one of these is about something else than the person's details."""
_MANY = frozenset({"email", "phone", "profile_url", "location", "notes"})
"""Fields that take several columns (at most :data:`_MAX_COLUMNS` each)."""
_MAX_COLUMNS = 12

_PUNCTUATION = re.compile(r"[-_./:()#*]+")


def normal_header(header: str) -> str:
    """Return a header with punctuation made spaces, lower-cased."""
    return " ".join(_PUNCTUATION.sub(" ", header_key(header)).split())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Return the likely field of each header it recognises: ``{header: field name}``.

    The mapping lists the better column of a field first. Emails, phones, web
    addresses, places (such as City, Region and Country, of home and of work) and notes
    may take several columns; every other field takes one. The labels, further points
    and UID columns of an InfoView export are left to ``point_cells``, which reads them.
    """
    own = {header_key(header) for header in POINT_COLUMNS}  # an InfoView export's: by header
    candidates = sorted(
        c for p, h in enumerate(headers) if header_key(h) not in own for c in _candidates(p, h)
    )
    mapping: dict[str, str] = {}
    taken: dict[str, int] = {}
    for _rank, position, field in candidates:
        header = headers[position]
        limit = _MAX_COLUMNS if field in _MANY else 1
        if header in mapping or taken.get(field, 0) >= limit:
            continue
        mapping[header] = field
        taken[field] = taken.get(field, 0) + 1
    return mapping


def _candidates(position: int, header: str) -> list[tuple[int, int, str]]:
    """Return ``(rank, position, field)`` for each field the header may hold."""
    name = normal_header(header)
    found = [
        (synonyms.index(name), position, field)
        for field, synonyms in SYNONYMS.items()
        if name in synonyms
    ]
    if any(word in name for word in _NOT_THE_PERSON):
        return found
    rank = 100 + _LABEL_RANKS[label_of(name)]
    keyword = next((field for word, field in _KEYWORDS if word in name), None)
    if keyword is not None:
        found.append((rank, position, keyword))
    elif _PLACE_WORDS & set(name.split()):
        found.append((rank, position, "location"))
    return found


_LABEL_RANKS = {PointLabel.WORK: 0, PointLabel.MOBILE: 1, PointLabel.OTHER: 2, PointLabel.HOME: 3}
"""Which of several phone, email or place columns comes first: a career contact's work
details before their home ones."""
