"""A contact as the services read and write it, with its checks and derived keys."""

from __future__ import annotations

from dataclasses import dataclass, replace

from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.text import fold, full_name, url_key
from infoview_gui.domain.validation import clean_email, clean_long, clean_short


@dataclass(frozen=True)
class ContactData:
    """The editable details of a contact."""

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

    @property
    def name(self) -> str:
        """The name as shown."""
        return full_name(self.first_name, self.last_name)


def validated(contact: ContactData) -> ContactData:
    """Return the contact with cleaned values, or raise ValidationError."""
    clean = replace(
        contact,
        first_name=clean_short("first_name", "The first name", contact.first_name),
        last_name=clean_short("last_name", "The last name", contact.last_name),
        title=clean_short("title", "The job title", contact.title),
        organisation=clean_short("organisation", "The organisation", contact.organisation),
        location=clean_short("location", "The location", contact.location),
        email=clean_email("email", contact.email),
        phone=clean_short("phone", "The phone number", contact.phone, limit=40),
        profile_url=clean_short(
            "profile_url", "The profile address", contact.profile_url, limit=500
        ),
        introduced_by_text=clean_short(
            "introduced_by_text", "Introduced by", contact.introduced_by_text
        ),
        notes=clean_long("notes", "The notes", contact.notes),
        source=Source(contact.source),
    )
    if not (clean.name or clean.email):
        raise ValidationError("first_name", "A contact needs a name or an email address.")
    url = clean.profile_url.casefold()
    if url and not (url.startswith("http://") or url.startswith("https://")):
        raise ValidationError(
            "profile_url", "The profile address must start with http:// or https://."
        )
    return clean


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
    )
    return {
        "search_text": "\n".join(searchable),
        "sort_name": fold(f"{contact.last_name} {contact.first_name}") or contact.email.casefold(),
        "email_key": contact.email.casefold(),
        "url_key": url_key(contact.profile_url),
        "name_org_key": f"{name}|{organisation}" if name else "",
    }
