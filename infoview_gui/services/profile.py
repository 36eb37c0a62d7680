"""Read and save the user's profile."""

from __future__ import annotations

from dataclasses import asdict

from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData, validated
from infoview_gui.services.settings import set_setting
from infoview_gui.store.database import database
from infoview_gui.store.models import Profile, utc_now

PROMPTED_KEY = "profile_prompted"


def load_profile() -> ProfileData:
    """Return the stored profile, or an empty one."""
    row = Profile.get_or_none(Profile.id == 1)
    if row is None:
        return ProfileData()
    return ProfileData(
        name=row.name,
        email=row.email,
        phone=row.phone,
        organisation=row.organisation,
        address=row.address,
        graduation=row.graduation,
        decidedness=Decidedness(row.decidedness) if row.decidedness else None,
        time_zone=row.time_zone,
    )


def save_profile(*, profile: ProfileData) -> ProfileData:
    """Validate and store the profile; return what was stored."""
    clean = validated(profile)
    values = asdict(clean)
    values["decidedness"] = clean.decidedness.value if clean.decidedness else None
    with database.atomic():
        Profile.insert(id=1, updated_at=utc_now(), **values).on_conflict_replace().execute()
        set_setting(key=PROMPTED_KEY, value="1")
    return clean


def mark_profile_prompted() -> None:
    """Remember that the first-start profile dialog was shown (and maybe skipped)."""
    set_setting(key=PROMPTED_KEY, value="1")
