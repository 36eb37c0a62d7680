"""Read and save the user's profile."""

from __future__ import annotations

from dataclasses import asdict

from infoview_gui.domain.profile import ProfileData, validated
from infoview_gui.store import overview

PROMPTED_KEY = "profile_prompted"


def load_profile() -> ProfileData:
    """Return the stored profile, or an empty one (plain SQL: Home reads it at start)."""
    return overview.profile()


def save_profile(*, profile: ProfileData) -> ProfileData:
    """Validate and store the profile; return what was stored."""
    from infoview_gui.services.settings import set_setting
    from infoview_gui.store.database import database
    from infoview_gui.store.models import Profile, utc_now

    clean = validated(profile)
    values = asdict(clean)
    values["decidedness"] = clean.decidedness.value if clean.decidedness else None
    with database.atomic():
        Profile.insert(id=1, updated_at=utc_now(), **values).on_conflict_replace().execute()
        set_setting(key=PROMPTED_KEY, value="1")
    return clean


def mark_profile_prompted() -> None:
    """Remember that the first-start profile dialog was shown (and maybe skipped)."""
    from infoview_gui.services.settings import set_setting

    set_setting(key=PROMPTED_KEY, value="1")
