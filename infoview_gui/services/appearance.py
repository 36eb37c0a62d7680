"""The appearance preference, kept with the data."""

from __future__ import annotations

from infoview_gui.domain.appearance import APPEARANCE_KEY, Appearance
from infoview_gui.services.settings import get_setting, set_setting


def appearance() -> Appearance:
    """Return the appearance the user chose (the system's, until they choose)."""
    return Appearance.parse(get_setting(APPEARANCE_KEY, Appearance.SYSTEM.value))


def set_appearance(*, appearance: Appearance) -> None:
    """Store the appearance."""
    set_setting(key=APPEARANCE_KEY, value=appearance.value)
