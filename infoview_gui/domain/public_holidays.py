"""The countries whose public holidays InfoView knows, and where their rules live.

Business days skip the public holidays of the user's country, chosen in Preferences from
this fixed list; the holidays themselves come from the maintained ``holidays`` package
(``services.holiday_calendar``), whose module for each country is named here so that only
these countries are loaded, and bundled in the standalone build (packaging/infoview.spec).
"""

from __future__ import annotations

from typing import NamedTuple

COUNTRY_KEY = "holiday_country"
"""The setting that holds the user's country code ("" for none: weekends only)."""
REGION_KEY = "holiday_region"
"""The setting that holds the region code within that country ("" for the national ones)."""


class Country(NamedTuple):
    """A country on the list: its ISO code, its English name, its ``holidays`` module."""

    code: str
    name: str
    module: str
    class_name: str


COUNTRIES: tuple[Country, ...] = (
    Country("AR", "Argentina", "argentina", "Argentina"),
    Country("AU", "Australia", "australia", "Australia"),
    Country("AT", "Austria", "austria", "Austria"),
    Country("BR", "Brazil", "brazil", "Brazil"),
    Country("CA", "Canada", "canada", "Canada"),
    Country("CL", "Chile", "chile", "Chile"),
    Country("CO", "Colombia", "colombia", "Colombia"),
    Country("FR", "France", "france", "France"),
    Country("DE", "Germany", "germany", "Germany"),
    Country("IN", "India", "india", "India"),
    Country("IE", "Ireland", "ireland", "Ireland"),
    Country("IT", "Italy", "italy", "Italy"),
    Country("MX", "Mexico", "mexico", "Mexico"),
    Country("NL", "Netherlands", "netherlands", "Netherlands"),
    Country("NZ", "New Zealand", "new_zealand", "NewZealand"),
    Country("PT", "Portugal", "portugal", "Portugal"),
    Country("ES", "Spain", "spain", "Spain"),
    Country("CH", "Switzerland", "switzerland", "Switzerland"),
    Country("GB", "United Kingdom", "united_kingdom", "UnitedKingdom"),
    Country("US", "United States", "united_states", "UnitedStates"),
)
BY_CODE = {country.code: country for country in COUNTRIES}


def country_named(code: str) -> Country | None:
    """Return the country of an ISO code on the list, or None (no holidays)."""
    return BY_CODE.get(code.strip().upper())
