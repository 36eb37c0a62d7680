"""Rows of an import that are probably a saved contact although no key of theirs matches.

The rules are those of Possible duplicates (``domain.duplicates``): a phone number in any
notation, an email or web address the saved contact holds (any of them, not only its
main one), or close names at the same organisation (a nickname, an initial, accents, a
slip). The saved contacts are indexed once per plan (phones by their last digits, emails
and web addresses, organisation and last name), so each row is looked up, never compared
with every saved contact.

A match is *strong* when the row shares a phone number, email or web address with one
saved contact alone: the window chooses merging for it. A match by names alone is offered,
not chosen: two people at one organisation may share a surname and an initial, and a
wrong merge mixes two people's details, while a contact added twice is found later under
Possible duplicates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, point_key, points_of
from infoview_gui.domain.duplicates import MAX_BUCKET, last_digits, phone_key, same_first_name
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.text import fold
from infoview_gui.services.import_merge import MERGED_FIELDS, shown_name

_FIRST, _LAST, _ORGANISATION, _EMAIL, _PHONE, _URL = (
    MERGED_FIELDS.index(name)
    for name in ("first_name", "last_name", "organisation", "email", "phone", "profile_url")
)
_SAID = {PointKind.EMAIL: N_("same email {value}"), PointKind.WEB: N_("same web address {value}")}


@dataclass(frozen=True)
class LikelyMatch:
    """The saved contact a row looks like, and why (in words a user reads).

    Attributes:
        contact_id: the saved contact.
        name: its name as shown.
        reason: "same phone +44 20 7946 0000", "close names at Orbit Labs".
        strong: the row shares a phone, email or web address with it alone.
    """

    contact_id: int
    name: str
    reason: str
    strong: bool


class LikelyIndex:
    """The saved contacts of a ``MatchIndex`` as likely matching looks them up."""

    def __init__(
        self,
        values: Mapping[int, tuple[str, ...]],
        points: dict[int, tuple[ContactPoint, ...]],
        region: str,
    ) -> None:
        self._region = region
        self._values = values
        self._digits: dict[str, set[int]] = defaultdict(set)
        self._phones: dict[int, list[str]] = defaultdict(list)
        self._addresses: dict[tuple[PointKind, str], set[int]] = defaultdict(set)
        self._people: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._e164: dict[str, str] = {}
        for contact_id, row in values.items():
            self._add(contact_id, row, points.get(contact_id, ()))

    def _add(
        self, contact_id: int, row: tuple[str, ...], further: tuple[ContactPoint, ...]
    ) -> None:
        saved = [
            ContactPoint(PointKind.EMAIL, row[_EMAIL]),
            ContactPoint(PointKind.PHONE, row[_PHONE]),
            ContactPoint(PointKind.WEB, row[_URL]),
            *further,
        ]
        for point in saved:
            if not point.value.strip():
                continue
            if point.kind is PointKind.PHONE:
                if digits := last_digits(point.value):
                    self._digits[digits].add(contact_id)
                    self._phones[contact_id].append(point.value)
            else:
                self._addresses[point_key(point)].add(contact_id)
        organisation, last = fold(row[_ORGANISATION]), fold(row[_LAST])
        if organisation and last:
            self._people[organisation, last].append(contact_id)

    def find(self, contact: ContactData) -> LikelyMatch | None:
        """Return the saved contact that ``contact`` (a new row) most likely is, or None."""
        return self._by_address(contact) or self._by_phone(contact) or self._by_name(contact)

    def _match(self, contact_id: int, reason: str, *, strong: bool) -> LikelyMatch:
        details = dict(zip(MERGED_FIELDS, self._values[contact_id], strict=True))
        return LikelyMatch(contact_id, shown_name(details), reason, strong)

    def _by_address(self, contact: ContactData) -> LikelyMatch | None:
        for point in points_of(contact):
            if point.kind is not PointKind.PHONE:
                ids = self._addresses.get(point_key(point), set())
                if len(ids) == 1:
                    reason = _(_SAID[point.kind]).format(value=point.value)
                    return self._match(next(iter(ids)), reason, strong=True)
        return None

    def _by_phone(self, contact: ContactData) -> LikelyMatch | None:
        for point in points_of(contact, PointKind.PHONE):
            ids = self._digits.get(last_digits(point.value), set())
            number = self._number(point.value) if ids else ""
            if not number:
                continue
            same = {i for i in ids if any(self._number(p) == number for p in self._phones[i])}
            if len(same) == 1:  # a number several saved people give (a switchboard) says nothing
                return self._match(
                    same.pop(), _("same phone {value}").format(value=point.value), strong=True
                )
        return None

    def _number(self, phone: str) -> str:
        """Return ``phone`` in E.164 form, parsing each number once."""
        if phone not in self._e164:
            self._e164[phone] = phone_key(phone, self._region)
        return self._e164[phone]

    def _by_name(self, contact: ContactData) -> LikelyMatch | None:
        organisation, last = fold(contact.organisation), fold(contact.last_name)
        bucket = self._people.get((organisation, last), []) if organisation and last else []
        if not 0 < len(bucket) <= MAX_BUCKET:
            return None
        first = fold(contact.first_name)
        for contact_id in bucket:
            if same_first_name(first, fold(self._values[contact_id][_FIRST])):
                at = contact.organisation.strip()
                reason = _("close names at {organization}").format(organization=at)
                return self._match(contact_id, reason, strong=False)
        return None
