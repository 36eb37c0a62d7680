"""The public holidays of the user's country, read from the ``holidays`` package.

Loaded lazily: the package is imported the first time a due date needs the holidays (the
agenda, read after the window's first paint), never at start-up, and then only the
module of the chosen country, not the package's 250 (``_country_class``). Holidays are
kept per country, region and year for the life of the process.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from datetime import date
from functools import lru_cache
from typing import Any

from infoview_gui.domain.calendar_rules import NO_HOLIDAYS, Holidays
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.public_holidays import COUNTRY_KEY, REGION_KEY, Country, country_named
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store.database import database

log = logging.getLogger(__name__)

YEARS_AROUND = 1
"""Holidays are read for the year of ``today`` and this many years on either side."""


def _country_class(country: Country) -> Any:
    """Return the ``holidays`` class of one country, importing only its module.

    ``holidays.countries`` imports every country of the world when it is imported (100 ms,
    and the standalone build bundles only ours): its package module, made from its spec
    but never run, lets Python import one country's module from its folder (or from the
    standalone build's archive) alone.
    """
    if "holidays.countries" not in sys.modules:
        spec = importlib.util.find_spec("holidays.countries")  # imports holidays, not it
        if spec is None:
            raise ImportError("holidays.countries")
        sys.modules["holidays.countries"] = importlib.util.module_from_spec(spec)
    module = importlib.import_module(f"holidays.countries.{country.module}")
    return getattr(module, country.class_name)


@lru_cache(maxsize=32)
def holidays_in(code: str, region: str, first_year: int, last_year: int) -> frozenset[date]:
    """Return the public holidays of a country (and region) in the years given.

    An unknown country, or a region the package does not know, gives the national
    holidays or none: a reminder is then at worst a day early, never lost.
    """
    country = country_named(code)
    if country is None:
        return frozenset()
    years = range(first_year, last_year + 1)
    try:
        cls = _country_class(country)
        subdiv = region if region in cls.subdivisions else None
        found = frozenset(cls(years=years, subdiv=subdiv).keys())
    except (ImportError, NotImplementedError, AttributeError, KeyError, ValueError):
        log.exception("public holidays of %s could not be read", code)
        return frozenset()
    log.info(
        "%d public holidays of %s %s read, %d to %d",
        len(found),
        code,
        subdiv or "",
        first_year,
        last_year,
    )
    return found


def chosen_country() -> tuple[str, str]:
    """Return the stored country and region codes ("" when none was chosen)."""
    return get_setting(COUNTRY_KEY).strip().upper(), get_setting(REGION_KEY).strip().upper()


def user_holidays(*, today: date) -> Holidays:
    """Return the holidays of the user's country and region around ``today``."""
    return holidays_around(*chosen_country(), today=today)


def holidays_around(code: str, region: str, *, today: date) -> Holidays:
    """Return the holidays of a country and region (codes as stored) around ``today``."""
    code, region = code.strip().upper(), region.strip().upper()
    if not code:
        return NO_HOLIDAYS
    return holidays_in(code, region, today.year - YEARS_AROUND, today.year + YEARS_AROUND)


def regions(code: str) -> list[tuple[str, str]]:
    """Return (code, name) of the regions of a country with holidays of their own."""
    country = country_named(code)
    if country is None:
        return []
    cls = _country_class(country)
    names: dict[str, str] = {}
    for name, sub in getattr(cls, "subdivisions_aliases", {}).items():
        names.setdefault(str(sub), str(name))
    return sorted(
        ((str(sub), names.get(str(sub), str(sub))) for sub in cls.subdivisions),
        key=lambda pair: pair[1],
    )


def set_country(*, code: str, region: str = "") -> None:
    """Store the user's country and region for public holidays ("" for none)."""
    code, region = code.strip().upper(), region.strip().upper()
    if code and country_named(code) is None:
        raise ValidationError("holiday_country", _("Choose a country from the list."))
    if region and not code:
        raise ValidationError("holiday_region", _("Choose the country before its region."))
    with database.atomic():
        set_setting(key=COUNTRY_KEY, value=code)
        set_setting(key=REGION_KEY, value=region if code else "")
