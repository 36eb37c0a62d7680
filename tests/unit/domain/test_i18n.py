"""The core's seam: the source language until the window installs a catalogue and formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from infoview_gui.domain import i18n
from infoview_gui.domain.public_holidays import COUNTRIES
from infoview_gui.domain.wording import counted, plural

CATALOGUES = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def german() -> Iterator[None]:
    with (CATALOGUES / "core_de.mo").open("rb") as stream:
        i18n.install(i18n.load_catalogue(stream))
    yield
    i18n.install(None)


class DottedFormats(i18n.EnglishFormats):
    def number(self, value: int) -> str:
        return f"{value:,}".replace(",", ".")


def test_the_source_language_until_a_catalogue_is_installed() -> None:
    assert i18n._("Germany") == "Germany"
    assert counted(2, "contact", "contacts") == "2 contacts"
    assert i18n.ngettext("page", "pages", 1) == "page"


def test_the_german_catalogue_translates_counted_phrases_in_both_forms(german: None) -> None:
    assert counted(1, "contact", "contacts") == "1 Kontakt"
    assert counted(3, "contact", "contacts") == "3 Kontakte"
    assert counted(0, "business day", "business days") == "0 Werktage"
    assert i18n._("Germany") == "Deutschland"
    assert i18n._("A sentence no catalogue has") == "A sentence no catalogue has"


def test_every_country_is_named_in_german(german: None) -> None:
    untranslated = {"Chile", "Portugal"}  # the same word in German
    same = [c.name for c in COUNTRIES if i18n._(c.name) == c.name and c.name not in untranslated]
    assert same == []


def test_numbers_follow_the_installed_formats() -> None:
    i18n.install(None, DottedFormats())
    try:
        assert counted(1234, "contact", "contacts") == "1.234 contacts"
        assert plural(5000, "Delete question", "Delete {n} questions") == "Delete 5.000 questions"
    finally:
        i18n.install(None)
    assert counted(1234, "contact", "contacts") == "1,234 contacts"


def test_the_plain_english_formats() -> None:
    formats = i18n.formats()
    assert formats.date(date(2026, 12, 7)) == "7 Dec 2026"
    assert formats.date(date(2026, 12, 7), long=True) == "Monday 7 December 2026"
    assert formats.time(time(14, 5)) == "14:05"
