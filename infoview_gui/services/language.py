"""The language preference, kept with the data."""

from __future__ import annotations

from infoview_gui.domain.language import LANGUAGE_KEY, Language
from infoview_gui.services.settings import get_setting, set_setting


def language() -> Language:
    """Return the language the user chose (the system's, until they choose)."""
    return Language.parse(get_setting(LANGUAGE_KEY, Language.SYSTEM.value))


def set_language(*, language: Language) -> None:
    """Store the language; the window speaks it from its next start."""
    set_setting(key=LANGUAGE_KEY, value=Language(language).value)
