"""Preferences > Public holidays: the country, and the region where its holidays differ.

Business days (when to follow up, when a keep-in-touch reminder is due) skip the public
holidays chosen here. The regions of a country are read from the ``holidays`` package
when the country is chosen, not before. Countries are named in the user's language (the
core's catalogue); regions by the names the ``holidays`` package gives them.
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox

from infoview_gui.domain.i18n import _
from infoview_gui.domain.public_holidays import COUNTRIES
from infoview_gui.services import holiday_calendar
from infoview_gui.ui.widgets.labels import plain_label

NO_COUNTRY = str(QT_TRANSLATE_NOOP("HolidayChoice", "None: weekends only"))
WHOLE_COUNTRY = str(QT_TRANSLATE_NOOP("HolidayChoice", "The whole country (national holidays)"))
translate = QCoreApplication.translate


class HolidayChoice(QObject):
    """The country and region combo boxes of Preferences, and the line that explains them."""

    def __init__(self) -> None:
        super().__init__()
        self.country = QComboBox()
        self.country.addItem(translate("HolidayChoice", NO_COUNTRY), "")
        names = sorted((_(country.name), country.code) for country in COUNTRIES)
        by_name = cmp_to_key(QCollator().compare)  # alphabetical as the language sorts
        for name, code in sorted(names, key=lambda pair: by_name(pair[0])):
            self.country.addItem(name, code)
        self.region = QComboBox()
        self.said = plain_label(
            translate(
                "HolidayChoice",
                "Follow-ups and keep-in-touch reminders count business days: weekdays that "
                "are not public holidays where you live.",
            )
        )
        self.said.setObjectName("viewDescription")
        code, region = holiday_calendar.chosen_country()
        self.country.setCurrentIndex(max(0, self.country.findData(code)))
        self._fill_regions(region)
        self.country.currentIndexChanged.connect(self._on_country_current_index_changed)

    def _fill_regions(self, current: str = "") -> None:
        self.region.clear()
        self.region.addItem(translate("HolidayChoice", WHOLE_COUNTRY), "")
        code = str(self.country.currentData() or "")
        for sub, name in holiday_calendar.regions(code) if code else []:
            self.region.addItem(name, sub)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.setEnabled(self.region.count() > 1)

    def chosen(self) -> tuple[str, str]:
        """Return the country and region codes chosen ("" for none)."""
        return str(self.country.currentData() or ""), str(self.region.currentData() or "")

    def _on_country_current_index_changed(self, _index: int) -> None:
        self._fill_regions()
