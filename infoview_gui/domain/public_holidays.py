"""The countries whose public holidays InfoView knows, and where their rules live.

Business days skip the public holidays of the user's country, chosen in Preferences from
this fixed list; the holidays themselves come from the maintained ``holidays`` package
(``services.holiday_calendar``), whose module for each country is named here so that only
these countries are loaded, and bundled in the standalone build (packaging/infoview.spec).
"""

from __future__ import annotations

from typing import NamedTuple

from infoview_gui.domain.i18n import N_

COUNTRY_KEY = "holiday_country"
"""The setting that holds the user's country code ("" for none: weekends only)."""
REGION_KEY = "holiday_region"
"""The setting that holds the region code within that country ("" for the national ones)."""


class Country(NamedTuple):
    """A country on the list: its ISO code, its English name, its ``holidays`` module.

    The name is translated where it is shown (``i18n._``): the core's catalogue has each.
    """

    code: str
    name: str
    module: str
    class_name: str


COUNTRIES: tuple[Country, ...] = (
    Country("AR", N_("Argentina"), "argentina", "Argentina"),
    Country("AU", N_("Australia"), "australia", "Australia"),
    Country("AT", N_("Austria"), "austria", "Austria"),
    Country("BR", N_("Brazil"), "brazil", "Brazil"),
    Country("CA", N_("Canada"), "canada", "Canada"),
    Country("CL", N_("Chile"), "chile", "Chile"),
    Country("CO", N_("Colombia"), "colombia", "Colombia"),
    Country("FR", N_("France"), "france", "France"),
    Country("DE", N_("Germany"), "germany", "Germany"),
    Country("IN", N_("India"), "india", "India"),
    Country("IE", N_("Ireland"), "ireland", "Ireland"),
    Country("IT", N_("Italy"), "italy", "Italy"),
    Country("MX", N_("Mexico"), "mexico", "Mexico"),
    Country("NL", N_("Netherlands"), "netherlands", "Netherlands"),
    Country("NZ", N_("New Zealand"), "new_zealand", "NewZealand"),
    Country("PT", N_("Portugal"), "portugal", "Portugal"),
    Country("ES", N_("Spain"), "spain", "Spain"),
    Country("CH", N_("Switzerland"), "switzerland", "Switzerland"),
    Country("GB", N_("United Kingdom"), "united_kingdom", "UnitedKingdom"),
    Country("US", N_("United States"), "united_states", "UnitedStates"),
)
BY_CODE = {country.code: country for country in COUNTRIES}


def country_named(code: str) -> Country | None:
    """Return the country of an ISO code on the list, or None (no holidays)."""
    return BY_CODE.get(code.strip().upper())
