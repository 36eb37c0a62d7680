"""The window's language: installed at start, before any window is built.

The language is the one chosen in Preferences, or the system's (``QLocale.uiLanguages``)
when the user follows the system (``domain/language.py`` says which shipped language fits).
Qt's side gets two ``QTranslator``: our catalogue, ``resources/translations/
infoview_<language>.qm``, and Qt's own ``qtbase_<language>.qm`` from PySide6's
translations folder, so that standard buttons and dialogs speak it too. The Qt-free core
gets the gettext catalogue ``core_<language>.mo`` and the locale's formats for numbers and
dates (``domain/i18n.py``), and the question bank its own, ``bank_<language>.mo``.
``QLocale.setDefault`` makes every date, time and number the window shows follow the chosen
language. A change applies from the next start.

The language chosen is kept with the data, which opens after the first refusals and the
recovery dialog could speak: the system's language is installed first
(:func:`speak_system_language`, :func:`install_window_language`), then the stored choice
(:func:`apply_stored_language`), which reads no catalogue again when it is the same.
"""

from __future__ import annotations

import io
import logging
import zlib
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from infoview_gui import APP_NAME
from infoview_gui.domain import i18n
from infoview_gui.domain.language import LANGUAGE_KEY, Language, resolved
from infoview_gui.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Language, str] = {
    Language.EN_US: "English (US)",
    Language.EN_GB: "English (UK)",
    Language.ES: "Español",
    Language.DE: "Deutsch",
}
"""Each language by its own name, never translated: whoever cannot read the language shown
still finds their own."""

NOT_TRANSLATED = frozenset({APP_NAME, *LANGUAGE_NAMES.values()})
"""Names shown as they are in every language (the pseudo-locale test allows them)."""

QT_CATALOGUES = {Language.ES: "qtbase_es", Language.DE: "qtbase_de"}
"""Qt's own catalogue of each shipped language (Qt's source language is English)."""

_spoken: Language | None = None
"""The language whose catalogues are installed (none until one is)."""
_loaded: list[str] = []
"""The catalogues installed at start for the system's language (the log names them)."""


class QLocaleFormats:
    """Numbers, dates and times as ``QLocale()`` (the default locale) writes them."""

    def number(self, value: int) -> str:
        """Return a whole number with the locale's digit grouping."""
        return QLocale().toString(value)

    def date(self, day: date, *, long: bool = False) -> str:
        """Return a date in the locale's short form, or its long one with words."""
        kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        return QLocale().toString(QDate(day.year, day.month, day.day), kind)

    def time(self, moment: time) -> str:
        """Return a time of day in the locale's short form."""
        shown = QTime(moment.hour, moment.minute)
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

    def month_name(self, month: int, *, short: bool = False) -> str:
        """Return the month's name as the locale writes it inside a date."""
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return QLocale().monthName(month, kind)

    def weekday_name(self, day: i18n.Day, *, short: bool = False) -> str:
        """Return the weekday's name as the locale writes it inside a date."""
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return QLocale().dayName(day.isoweekday(), kind)


def translations_folder() -> Path:
    """Return the folder of our compiled catalogues (``.qm`` and ``.mo``)."""
    return resource_path("translations")


def system_language() -> Language:
    """Return the shipped language that fits the system's languages."""
    return resolved(Language.SYSTEM, QLocale.system().uiLanguages())


def locale_for(language: Language) -> QLocale:
    """Return the locale whose formats go with a language chosen in Preferences.

    Spanish and German keep the system's region where Qt knows that pair (``es_MX``,
    ``de_AT``), else their main one; US and UK English are regions in themselves.
    """
    wanted = QLocale(language.value)
    if language in (Language.EN_US, Language.EN_GB):
        return wanted
    territory = QLocale.system().territory()
    local = QLocale(wanted.language(), territory)
    same = local.language() == wanted.language() and local.territory() == territory
    return local if same else wanted


def _install_translator(app: QCoreApplication, name: str, folder: str | Path) -> list[str]:
    """Install the catalogue ``name`` of ``folder``; return ``[name]``, or none if missing."""
    translator = QTranslator(app)  # owned by the application: kept as long as it lives
    if translator.load(name, str(folder)):
        app.installTranslator(translator)
        return [name]
    log.warning("No catalogue %s in %s: its strings stay in English", name, folder)
    return []


def install_language(app: QCoreApplication, chosen: Language) -> Language:
    """Speak ``chosen`` (or the system's language) from now on; return the language spoken."""
    global _spoken
    language = resolved(chosen, QLocale.system().uiLanguages())
    if chosen is not Language.SYSTEM:
        QLocale.setDefault(locale_for(language))
    folder = translations_folder()
    loaded = _install_qt(app, folder, language) + _install_core(folder, language)
    _spoken = language
    _log_language(language, chosen, loaded)
    return language


def _install_qt(app: QCoreApplication, folder: Path, language: Language) -> list[str]:
    """Install our catalogue and Qt's own for the window; return the names of those loaded."""
    loaded = _install_translator(app, f"infoview_{language.value}", folder)
    if language in QT_CATALOGUES:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded += _install_translator(app, QT_CATALOGUES[language], qt_folder)
    return loaded


def _install_core(folder: Path, language: Language) -> list[str]:
    """Install the core's and the bank's catalogues; return the names of those loaded."""
    core = folder / f"core_{language.value}.mo"
    catalogue = None
    loaded = []
    if core.is_file():  # none for US English, the source
        with core.open("rb") as stream:
            catalogue = i18n.load_catalogue(stream)
        loaded.append(core.name)
    i18n.install(catalogue, QLocaleFormats())
    return loaded + _install_bank(folder, language)


def _log_language(language: Language, chosen: Language, loaded: list[str]) -> None:
    # The File menu's title shows that the catalogues work (the frozen smoke test reads it).
    shown = QCoreApplication.translate("MainWindow", "&File")
    names = " ".join(loaded) or "none"
    log.info(
        "Language %s (chosen: %s, locale %s), catalogues: %s; File menu: %s",
        language,
        chosen,
        QLocale().name(),
        names,
        shown,
    )


def speak_system_language() -> Language:
    """Speak the system's language in the core's sentences, before the data is open.

    The refusals at start (no display, a folder that cannot be used, InfoView already
    running) come before the language stored with the data can be read. Qt's side follows
    with :func:`install_window_language` once the application exists.
    """
    global _spoken, _loaded
    language = system_language()
    _loaded = _install_core(translations_folder(), language)
    _spoken = language
    return language


def install_window_language(app: QCoreApplication) -> None:
    """Install the window's catalogues of the language :func:`speak_system_language` chose.

    The recovery dialog and the refusals' message boxes then speak it too.
    """
    global _loaded
    if _spoken is not None:
        _loaded = _install_qt(app, translations_folder(), _spoken) + _loaded


def _install_bank(folder: Path, language: Language) -> list[str]:
    """Install the question bank's catalogue; return its name, or none (US English)."""
    path = folder / f"bank_{language.value}.mo"
    if not path.is_file():  # none for US English, the source
        i18n.install_bank(None)
        return []
    data = path.read_bytes()
    tag = f"{language.value}:{zlib.crc32(data):08x}"  # a new catalogue syncs the bank again
    i18n.install_bank(i18n.load_catalogue(io.BytesIO(data)), tag)
    return [path.name]


def remove_language(app: QCoreApplication) -> None:
    """Go back to the source language and the system's formats (the tests switch back)."""
    global _spoken, _loaded
    _spoken, _loaded = None, []
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    i18n.install(None)
    i18n.install_bank(None)


def apply_stored_language(app: QCoreApplication) -> Language:
    """Speak the language chosen in Preferences, before any window is built.

    When it is the language spoken already (the system's, installed at start), its
    catalogues are not read again: only its locale's formats are set.
    """
    from infoview_gui.store.overview import settings

    chosen = Language.parse(settings([LANGUAGE_KEY]).get(LANGUAGE_KEY, ""))
    if _spoken is None:
        return install_language(app, chosen)
    language = resolved(chosen, QLocale.system().uiLanguages())
    if language is not _spoken:
        remove_language(app)
        return install_language(app, chosen)
    if chosen is not Language.SYSTEM:
        QLocale.setDefault(locale_for(language))
    _log_language(language, chosen, _loaded)  # those installed at start
    return language
