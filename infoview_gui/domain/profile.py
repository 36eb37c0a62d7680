"""The user's own details, which fill the drafts and the sheets."""

from __future__ import annotations

from dataclasses import dataclass, replace

from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.validation import clean_email, clean_long, clean_month, clean_short


@dataclass(frozen=True)
class ProfileData:
    """The user's profile as the rest of the app reads it."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    address: str = ""
    graduation: str | None = None  # "YYYY-MM"
    decidedness: Decidedness | None = None
    time_zone: str = ""

    @property
    def is_empty(self) -> bool:
        """True when the user has told us nothing yet."""
        return self == ProfileData(time_zone=self.time_zone)


def validated(profile: ProfileData) -> ProfileData:
    """Return the profile with its values cleaned, or raise ValidationError."""
    decidedness = profile.decidedness
    if decidedness is not None and not isinstance(decidedness, Decidedness):
        try:
            decidedness = Decidedness(decidedness)
        except ValueError:
            raise ValidationError("decidedness", _("Choose how decided you are.")) from None
    return replace(
        profile,
        name=clean_short("name", "Your name", profile.name),
        email=clean_email("email", profile.email),
        phone=clean_short("phone", "Your phone number", profile.phone, limit=40),
        organisation=clean_short(
            "organisation", "Your school or organisation", profile.organisation
        ),
        address=clean_long("address", "Your address", profile.address, limit=1000),
        graduation=clean_month("graduation", profile.graduation or ""),
        decidedness=decidedness,
        time_zone=clean_short("time_zone", "Time zone", profile.time_zone, limit=64),
    )
