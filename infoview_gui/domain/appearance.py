"""The appearance the user chose in Preferences."""

from __future__ import annotations

from enum import StrEnum

APPEARANCE_KEY = "appearance"  # in the settings table


class Appearance(StrEnum):
    """Light or dark, or whatever the desktop uses."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def parse(cls, text: str) -> Appearance:
        """Return the stored appearance; anything unknown follows the system."""
        try:
            return cls(text)
        except ValueError:
            return cls.SYSTEM
