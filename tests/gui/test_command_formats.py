"""The commands write dates as the window does, in every shipped language, without Qt."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale

from infoview_gui.commands.language import PlainFormats, speak_data_language
from infoview_gui.domain import i18n
from infoview_gui.domain.language import Language
from infoview_gui.paths import AppPaths
from infoview_gui.services.language import set_language
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.ui.translation import QLocaleFormats

DAYS = [date(2026, 1, 1) + timedelta(days=n * 17) for n in range(24)]  # every month, weekday
TIMES = [time(0, 5), time(9, 5), time(12, 30), time(14, 5), time(23, 59)]


@pytest.mark.parametrize("language", [Language.EN_US, Language.EN_GB, Language.ES, Language.DE])
def test_plain_formats_write_what_qlocale_writes(language: Language, paths: AppPaths) -> None:
    open_store(paths.database)
    set_language(language=language)
    close_database()
    before = QLocale()
    QLocale.setDefault(QLocale(language.value))
    try:
        assert speak_data_language(paths, {}) is language
        plain, window = i18n.formats(), QLocaleFormats()
        assert isinstance(plain, PlainFormats)
        for day in DAYS:
            assert plain.date(day) == window.date(day)
            assert plain.date(day, long=True) == window.date(day, long=True)
            for short in (False, True):
                assert plain.month_name(day.month, short=short) == window.month_name(
                    day.month, short=short
                )
                assert plain.weekday_name(day, short=short) == window.weekday_name(day, short=short)
        for moment in TIMES:
            assert plain.time(moment) == window.time(moment)
    finally:
        QLocale.setDefault(before)
        i18n.install()
        i18n.install_bank(None)
