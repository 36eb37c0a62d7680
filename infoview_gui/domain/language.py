"""The language InfoView speaks: the system's, or the one chosen in Preferences.

US English is the source language; British English, Spanish and German are shipped with
every string translated. The choice is kept with the data and applies from the next start.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

LANGUAGE_KEY = "language"  # in the settings table

AMERICAN_ENGLISH_REGIONS = frozenset({"", "US", "CA", "PH", "PR", "GU", "VI", "AS", "MP", "UM"})
"""Where English is written with American spelling; elsewhere British spelling is used."""


class Language(StrEnum):
    """A language InfoView speaks, by its catalogue's code, or the system's."""

    SYSTEM = "system"
    EN_US = "en_US"
    EN_GB = "en_GB"
    ES = "es"
    DE = "de"

    @classmethod
    def parse(cls, text: str) -> Language:
        """Return the stored choice; anything unknown follows the system."""
        try:
            return cls(text)
        except ValueError:
            return cls.SYSTEM


SHIPPED: tuple[Language, ...] = (Language.EN_US, Language.EN_GB, Language.ES, Language.DE)
"""The languages with complete catalogues, the source language first."""


def _parts(tag: str) -> tuple[str, str]:
    """Return the language and region of a tag such as ``de-AT``, ``en_GB`` or ``es-419``."""
    pieces = tag.replace("_", "-").split("-")
    region = next((p for p in pieces[1:] if len(p) == 2 or p.isdigit()), "")
    return pieces[0].lower(), region.upper()


def language_for(ui_languages: Iterable[str]) -> Language:
    """Return the shipped language that fits the system's languages, first match first.

    Args:
        ui_languages: the system's languages in order of preference (``QLocale.uiLanguages``).

    Returns:
        German or Spanish for any of their regions, British or US English by region, and
        US English (the source) when none of the system's languages is shipped.
    """
    for tag in ui_languages:
        language, region = _parts(tag)
        if language == "de":
            return Language.DE
        if language == "es":
            return Language.ES
        if language == "en":
            return Language.EN_US if region in AMERICAN_ENGLISH_REGIONS else Language.EN_GB
    return Language.EN_US


COMPLETE: frozenset[Language] = frozenset(
    {Language.EN_US, Language.EN_GB, Language.ES, Language.DE}
)
"""The languages with every string of the window, the drafts and the sheets translated
(``tests/unit/test_catalogues.py`` fails while one of them has an entry left unfinished).
Following the system leads only to these: a window half in another language is worse than
one in English. A language added later can be chosen in Preferences, marked as partly
translated, until its translation is complete and it joins this set."""


def resolved(chosen: Language, ui_languages: Iterable[str]) -> Language:
    """Return the language to speak: the one chosen, or the system's.

    The system's is followed when it is completely translated (else US English, the source).
    """
    if chosen is not Language.SYSTEM:
        return chosen
    found = language_for(ui_languages)
    return found if found in COMPLETE else Language.EN_US
