"""Preferences > Public holidays: the country, and the region where its holidays differ.

Business days (when to follow up, when a keep-in-touch reminder is due) skip the public
holidays chosen here. The regions of a country are read from the ``holidays`` package
when the country is chosen, not before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from infoview_gui.domain.public_holidays import COUNTRIES
from infoview_gui.services import holiday_calendar
from infoview_gui.ui.widgets.labels import plain_label

NO_COUNTRY = "None: weekends only"
WHOLE_COUNTRY = "The whole country (national holidays)"


class HolidayChoice(QObject):
    """The country and region combo boxes of Preferences, and the line that explains them."""

    def __init__(self) -> None:
        super().__init__()
        self.country = QComboBox()
        self.country.addItem(NO_COUNTRY, "")
        for country in COUNTRIES:
            self.country.addItem(country.name, country.code)
        self.region = QComboBox()
        self.said = plain_label(
            "Follow-ups and keep-in-touch reminders count business days: weekdays that "
            "are not public holidays where you live."
        )
        self.said.setObjectName("viewDescription")
        code, region = holiday_calendar.chosen_country()
        self.country.setCurrentIndex(max(0, self.country.findData(code)))
        self._fill_regions(region)
        self.country.currentIndexChanged.connect(self._on_country_current_index_changed)

    def _fill_regions(self, current: str = "") -> None:
        self.region.clear()
        self.region.addItem(WHOLE_COUNTRY, "")
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
