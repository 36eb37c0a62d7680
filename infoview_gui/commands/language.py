"""The commands speak the data folder's language, as its window does, without Qt.

The language chosen in Preferences is read from the data file (read-only, before the
command opens it); a folder that has none, or cannot be read, follows the system's
languages (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as Qt reads them on Linux)
by the window's rule (``domain/language.py``). The core's gettext catalogue and the
question bank's are installed, with numbers and dates written as the language writes them
(as the window's ``QLocale`` does).
"""

from __future__ import annotations

import gettext
import io
import locale
import logging
import os
import sqlite3
import zlib
from collections.abc import Mapping
from contextlib import closing
from datetime import date, time
from pathlib import Path

from infoview_gui.domain import i18n
from infoview_gui.domain.language import LANGUAGE_KEY, Language, resolved
from infoview_gui.paths import AppPaths, resource_path

log = logging.getLogger(__name__)

_SEPARATORS = {Language.DE: ".", Language.ES: "."}  # thousands; English keeps ","

_SHORT = {
    Language.EN_US: "{M}/{d}/{yy}",
    Language.EN_GB: "{dd}/{MM}/{yyyy}",
    Language.ES: "{d}/{M}/{yy}",
    Language.DE: "{dd}.{MM}.{yy}",
}
_LONG = {
    Language.EN_US: "{weekday}, {month} {d}, {yyyy}",
    Language.EN_GB: "{weekday}, {d} {month} {yyyy}",
    Language.ES: "{weekday}, {d} de {month} de {yyyy}",
    Language.DE: "{weekday}, {d}. {month} {yyyy}",
}
"""The dates as ``QLocale`` writes them for each language (its short and long formats)."""


class PlainFormats(i18n.EnglishFormats):
    """Numbers and dates as the window's ``QLocale`` writes them, without Qt.

    "1.234" and "Montag, 7. Dezember 2026" in German; the names of months and weekdays
    come from the core's catalogue (``i18n.month_names``), the order from the language.
    """

    def __init__(self, language: Language) -> None:
        """Write numbers and dates as ``language`` does."""
        self.separator = _SEPARATORS.get(language, ",")
        self.language = language if language in _SHORT else Language.EN_US

    def number(self, value: int) -> str:
        """Return ``1.234`` in German, ``12.345`` (but ``1234``) in Spanish, ``1,234``."""
        if self.language is Language.ES and abs(value) < 10000:
            return str(value)
        return f"{value:,}".replace(",", self.separator)

    def date(self, day: date, *, long: bool = False) -> str:
        """Return ``07.12.26`` or ``Montag, 7. Dezember 2026`` (``12/7/26`` in US English)."""
        pattern = (_LONG if long else _SHORT)[self.language]
        return pattern.format(
            d=day.day,
            dd=f"{day.day:02}",
            M=day.month,
            MM=f"{day.month:02}",
            yy=f"{day.year % 100:02}",
            yyyy=day.year,
            month=self.month_name(day.month),
            weekday=self.weekday_name(day),
        )

    def time(self, moment: time) -> str:
        """Return ``14:05`` (``9:05`` in Spanish, ``2:05 PM`` in US English, as ``QLocale``)."""
        if self.language is Language.EN_US:
            half = "AM" if moment.hour < 12 else "PM"
            return f"{(moment.hour - 1) % 12 + 1}:{moment.minute:02}\u202f{half}"  # CLDR
        if self.language is Language.ES:
            return f"{moment.hour}:{moment.minute:02}"
        return f"{moment:%H:%M}"


def system_languages(env: Mapping[str, str] | None = None) -> list[str]:
    """Return the system's languages in order of preference, as locale tags."""
    env = os.environ if env is None else env
    tags = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            tags.append(env[name])
            break
    if not tags:
        tags.append(locale.getlocale()[0] or "")
    names = [tag.partition(".")[0].partition("@")[0] for tag in tags]
    return [name for name in names if name not in ("", "C", "POSIX")]


def stored_choice(database: Path) -> Language:
    """Return the language chosen in the data file, or the system's when it says none."""
    if not database.is_file():
        return Language.SYSTEM
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (LANGUAGE_KEY,)
            ).fetchone()
    except sqlite3.Error:  # damaged, locked, older: the command itself says so
        return Language.SYSTEM
    return Language.parse(str(row[0])) if row else Language.SYSTEM


def speak_data_language(paths: AppPaths, env: Mapping[str, str] | None = None) -> Language:
    """Install the catalogues of the data folder's language (or the system's); return it."""
    chosen = stored_choice(paths.database)
    language = resolved(chosen, system_languages(env))
    folder = resource_path("translations")
    catalogue = _catalogue(folder / f"core_{language.value}.mo")
    i18n.install(catalogue, PlainFormats(language))
    bank = folder / f"bank_{language.value}.mo"
    if bank.is_file():
        data = bank.read_bytes()
        tag = f"{language.value}:{zlib.crc32(data):08x}"
        i18n.install_bank(i18n.load_catalogue(io.BytesIO(data)), tag)
    else:
        i18n.install_bank(None)
    log.info("Language %s (chosen: %s)", language, chosen)
    return language


def _catalogue(path: Path) -> gettext.NullTranslations | None:
    if not path.is_file():  # none for US English, the source
        return None
    with path.open("rb") as stream:
        return i18n.load_catalogue(stream)
