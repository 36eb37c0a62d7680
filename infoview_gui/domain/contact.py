"""A contact as the services read and write it, with its checks and derived keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from infoview_gui.domain.contact_points import (
    MAX_POINTS,
    ContactPoint,
    PointKind,
    PointLabel,
    points_of,
    with_points,
)
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.text import fold, full_name, url_key
from infoview_gui.domain.validation import clean_email, clean_long, clean_short


@dataclass(frozen=True)
class ContactData:
    """The editable details of a contact.

    ``email``, ``phone`` and ``profile_url`` are the primary email, phone and web
    address (drafts write to the primary email), each labelled by ``*_label``; any
    further ones are in ``other_points`` (see ``domain.contact_points``). ``uid`` is the
    contact's stable identity in exported vCards: empty until the store gives one, kept
    from an imported card, never changed by an edit. ``tags`` are the tag names a file
    gives or an export writes (the store keeps them apart: ``services.tags``).
    """

    first_name: str = ""
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    location: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    source: Source = Source.OTHER
    introduced_by_text: str = ""
    introduced_by_id: int | None = None
    field_id: int | None = None
    notes: str = ""
    email_label: PointLabel = PointLabel.OTHER
    phone_label: PointLabel = PointLabel.OTHER
    profile_url_label: PointLabel = PointLabel.OTHER
    other_points: tuple[ContactPoint, ...] = ()
    uid: str = ""
    tags: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The name as shown."""
        return full_name(self.first_name, self.last_name)

    @property
    def points(self) -> tuple[ContactPoint, ...]:
        """Every email, phone and web address, each kind's primary first."""
        return points_of(self)


def validated(contact: ContactData) -> ContactData:
    """Return the contact with cleaned values, or raise ValidationError."""
    clean = replace(
        contact,
        first_name=clean_short("first_name", "The first name", contact.first_name),
        last_name=clean_short("last_name", "The last name", contact.last_name),
        title=clean_short("title", "The job title", contact.title),
        organisation=clean_short("organisation", "The organisation", contact.organisation),
        location=clean_short("location", "The location", contact.location),
        introduced_by_text=clean_short(
            "introduced_by_text", "Introduced by", contact.introduced_by_text
        ),
        notes=clean_long("notes", "The notes", contact.notes),
        source=Source(contact.source),
        uid=clean_short("uid", "The contact's UID", contact.uid, limit=200),
    )
    clean = _validated_points(clean)
    if not (clean.name or clean.email):
        raise ValidationError("first_name", _("A contact needs a name or an email address."))
    return clean


def _validated_points(contact: ContactData) -> ContactData:
    """Return the contact with every email, phone and web address checked.

    A message about a primary value names its own input (``email``, ``phone``,
    ``profile_url``); one about a further value names ``email_points``, ``phone_points``
    or ``web_points``.
    """
    points = points_of(contact)
    if len(points) > MAX_POINTS:
        raise ValidationError(
            "points",
            _("A contact can have at most {max_points} emails, phones and web addresses.").format(
                max_points=MAX_POINTS
            ),
        )
    cleaned: list[ContactPoint] = []
    for point in points:
        first = all(earlier.kind is not point.kind for earlier in cleaned)
        field = _PRIMARY_INPUTS[point.kind] if first else f"{point.kind.value}_points"
        cleaned.append(ContactPoint(point.kind, _clean_point(field, point), point.label))
    return with_points(contact, cleaned)


_PRIMARY_INPUTS = {PointKind.EMAIL: "email", PointKind.PHONE: "phone", PointKind.WEB: "profile_url"}
_WEB_NAMES = {"profile_url": N_("The profile address"), "web_points": N_("A web address")}
_WEB_SCHEMES = {
    "profile_url": N_("The profile address must start with http:// or https://."),
    "web_points": N_("A web address must start with http:// or https://."),
}


def _clean_point(field: str, point: ContactPoint) -> str:
    """Return a point's value cleaned, or raise ValidationError naming ``field``."""
    if point.kind is PointKind.EMAIL:
        return clean_email(field, point.value)
    if point.kind is PointKind.PHONE:
        return clean_short(field, "The phone number", point.value, limit=40)
    name = _WEB_NAMES[field]
    url = clean_short(field, name, point.value, limit=500)
    if url and not url.casefold().startswith(("http://", "https://")):
        raise ValidationError(field, _(_WEB_SCHEMES[field]))
    return url


NAME_AND_WORK = ("first_name", "last_name", "title", "organisation", "location")
"""A contact's name and work, the first columns of every list of its details."""
PRIMARY_POINTS = ("email", "phone", "profile_url")
"""The columns of a contact's main email, phone and web address (more are contact points)."""

KEY_FIELDS = (*NAME_AND_WORK, *PRIMARY_POINTS, "notes")
"""The stored columns that :func:`derived_keys` reads (besides the further points)."""


def keys_of_values(
    values: Sequence[str], other_points: tuple[ContactPoint, ...] = ()
) -> dict[str, str]:
    """Return :func:`derived_keys` of a contact given as its :data:`KEY_FIELDS` values."""
    details = dict(zip(KEY_FIELDS, values, strict=True))
    return derived_keys(ContactData(**details, other_points=other_points))  # type: ignore[arg-type]


def derived_keys(contact: ContactData) -> dict[str, str]:
    """Return the stored search text and duplicate keys of a contact."""
    name = fold(contact.name)
    organisation = fold(contact.organisation)
    searchable = (
        name,
        organisation,
        fold(contact.title),
        fold(contact.location),
        fold(contact.notes),
        *_point_search_texts(contact),
    )
    return {
        "search_text": "\n".join(searchable),
        "sort_name": fold(f"{contact.last_name} {contact.first_name}") or contact.email.casefold(),
        "email_key": contact.email.casefold(),
        "url_key": url_key(contact.profile_url),
        "name_org_key": f"{name}|{organisation}" if name else "",
    }


def _point_search_texts(contact: ContactData) -> list[str]:
    """Return the search line of the contact's points: none for a contact without any."""
    line = point_search_text(contact)
    return [line] if contact.points else []


def point_search_text(contact: ContactData) -> str:
    """Return the searchable text of every email, phone and web address, folded.

    A phone is also kept as digits alone, so "5550100" finds "+1 555-0100".
    """
    points = contact.points
    phones = [point.value for point in points if point.kind is PointKind.PHONE]
    return search_line([point.value for point in points], phones)


def search_line(values: Sequence[str], phones: Sequence[str]) -> str:
    """Return :func:`point_search_text` of these values, ``phones`` among them."""
    digits = ("".join(filter(str.isdigit, phone)) for phone in phones)
    return " ".join(filter(None, (fold(" ".join(filter(None, values))), *digits)))


MATCH_REASONS: dict[str, tuple[str, str]] = {
    "uid": (N_("the same UID"), N_("UID")),
    "email_key": (N_("the same email address"), N_("email address")),
    "url_key": (N_("the same profile address"), N_("profile address")),
    "name_org_key": (N_("the same name and organization"), N_("name and organization")),
}
"""Why a contact is taken for a saved one, by the key that matched: the whole phrase, and
what is the same (shown under "Same as")."""


def match_reason(key: str) -> str:
    """Return why a contact matched a saved one by ``key``: "the same email address"."""
    return _(MATCH_REASONS[key][0])


def same_as(reason: str) -> str:
    """Return what a match reason says is the same ("email address"); another as it is."""
    for said, short in MATCH_REASONS.values():
        if reason == _(said):
            return _(short)
    return reason
