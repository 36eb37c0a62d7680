"""Progress in pictures: small bars painted with QPainter, the numbers beside them as text.

Each bar is a widget of its own between a label (what it counts) and a label (the count),
so a screen reader reads the numbers and the contrast test checks their colours; the bars
only draw, in the palette's own colours (``ui.theme``). No chart module: QtCharts is not
part of the Qt InfoView ships.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from infoview_gui.domain.progress import Progress
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.theme import ThemeColours, colours
from infoview_gui.ui.widgets.labels import heading_label, plain_label

BAR_HEIGHT = 14
MONTH_CHART_HEIGHT = 90
translate = QCoreApplication.translate

_TONES = {  # which named colour each count is drawn in
    "Asked": "accent",
    "Accepted": "success",
    "Declined": "danger",
    "No reply": "warning",
    "Held": "accent",
    "Thanked": "success",
    "Referrals": "attention",
}
_LABELS = {  # what each count is called (``Progress.funnel``'s names are keys)
    "Asked": QT_TRANSLATE_NOOP("ProgressCard", "Asked"),
    "Accepted": QT_TRANSLATE_NOOP("ProgressCard", "Accepted"),
    "Declined": QT_TRANSLATE_NOOP("ProgressCard", "Declined"),
    "No reply": QT_TRANSLATE_NOOP("ProgressCard", "No reply"),
    "Held": QT_TRANSLATE_NOOP("ProgressCard", "Held"),
    "Thanked": QT_TRANSLATE_NOOP("ProgressCard", "Thanked"),
    "Referrals": QT_TRANSLATE_NOOP("ProgressCard", "Referrals"),
}


def count_label(name: str) -> str:
    """Return what a count of the funnel (``Asked``) is called in the user's language."""
    return translate("ProgressCard", str(_LABELS.get(name, name)))


def number_text(value: int) -> str:
    """Return a count as the user's locale writes it (``1,234``, ``1.234``)."""
    return QLocale().toString(value)


def tone(name: str, roles: ThemeColours) -> QColor:
    """Return the colour a count's bar is drawn in."""
    colour: QColor = getattr(roles, _TONES.get(name, "accent"))
    return colour


class Bar(QWidget):
    """One horizontal bar: ``value`` of ``most``, drawn on the tile colour."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.value = 0
        self.most = 0
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: int, most: int) -> None:
        """Show ``value`` against the largest count ``most``."""
        self.value, self.most = value, most
        said = translate("ProgressCard", "%1: %2")
        self.setAccessibleName(
            said.replace("%1", count_label(self.name)).replace("%2", number_text(value))
        )
        self.update()

    def sizeHint(self) -> QSize:
        """A thin bar."""
        return QSize(160, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the track, then the share of it the value fills."""
        roles = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        painter.setBrush(roles.tile if not roles.high_contrast else roles.border)
        painter.drawRoundedRect(track, 3, 3)
        if self.most and self.value:
            filled = QRectF(track)
            filled.setWidth(max(4.0, track.width() * self.value / self.most))
            painter.setBrush(tone(self.name, roles))
            painter.drawRoundedRect(filled, 3, 3)
        painter.end()


class MonthChart(QWidget):
    """Interviews per month as columns, oldest on the left, each labelled with its month.

    The labels are the short month names (``Mar``), every second or third one when the
    columns are too narrow for all; the counts are said in text, in the accessible name
    and description (the view shows them under the chart too).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: tuple[tuple[str, int], ...] = ()
        self.setMinimumHeight(MONTH_CHART_HEIGHT + self._label_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_months(self, months: tuple[tuple[str, int], ...]) -> None:
        """Show these (month, count) columns."""
        self.months = months
        said = months_text(months) or translate("ProgressCard", "none yet")
        self.setAccessibleName(
            translate("ProgressCard", "Interviews per month: %1").replace("%1", said)
        )
        self.setAccessibleDescription(said)
        self.update()

    def sizeHint(self) -> QSize:
        """Room for a year of columns and their labels."""
        return QSize(240, MONTH_CHART_HEIGHT + self._label_height())

    def _label_height(self) -> int:
        return self.fontMetrics().height() + 2

    def month_labels(self, width: float | None = None) -> list[str]:
        """Return the label under each column ("" where it is left out for room)."""
        if not self.months:
            return []
        slot = (self.width() if width is None else width) / len(self.months)
        names = [month_name(month).split()[0] for month, _count in self.months]
        widest = max(self.fontMetrics().horizontalAdvance(name) for name in names) + 6
        step = max(1, math.ceil(widest / max(slot, 1.0)))
        return [name if i % step == 0 else "" for i, name in enumerate(names)]

    def _paint_labels(self, painter: QPainter, rect: QRectF, slot: float, pen: QColor) -> None:
        """Write each column's month under the baseline."""
        painter.setPen(pen)
        top, high = rect.bottom() + 2, self._label_height()
        centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for i, label in enumerate(self.month_labels(rect.width())):
            painter.drawText(QRectF(rect.left() + i * slot, top, slot, high), centred, label)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw a baseline, one column per month as tall as its share of the busiest, labels."""
        roles = colours()
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 4, -1, -2 - self._label_height())
        painter.setPen(roles.border)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        most = max((count for _month, count in self.months), default=0)
        if most:
            slot = rect.width() / len(self.months)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(roles.accent)
            for i, (_month, count) in enumerate(self.months):
                height = (rect.height() - 2) * count / most
                column = QRectF(rect.left() + i * slot + slot * 0.2, 0, slot * 0.6, height)
                column.moveBottom(rect.bottom() - 1)
                painter.drawRect(column)
            self._paint_labels(painter, rect, slot, roles.muted)
        painter.end()


def month_name(month: str) -> str:
    """Return ``2026-03`` as ``Mar 2026`` (the month's short name in the user's language)."""
    year, number = month.split("-")
    name = QLocale().standaloneMonthName(int(number), QLocale.FormatType.ShortFormat)
    return f"{name} {year}"


def months_text(months: tuple[tuple[str, int], ...]) -> str:
    """Return the months with interviews as text: ``Mar 2026: 2 · Apr 2026: 1``."""
    shown = translate("ProgressCard", "%1: %2")
    return " · ".join(
        shown.replace("%1", month_name(month)).replace("%2", number_text(count))
        for month, count in months
        if count
    )


class ProgressCard(QWidget):
    """The figures of one field (or all): the counts as bars, the rates, the months."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label(title, role=TextRole.SECTION)
        self.bars: dict[str, Bar] = {}
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for row, (name, _count) in enumerate(Progress().funnel()):
            bar = self.bars[name] = Bar(name)
            count = plain_label("0", wrap=False)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts[name] = count
            grid.addWidget(plain_label(count_label(name), wrap=False), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
        self.rates = plain_label("")
        self.months_title = plain_label(self.tr("Interviews per month"))
        self.month_chart = MonthChart()
        self.months = plain_label("")
        self.months.setObjectName("viewDescription")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.rates)
        layout.addSpacing(6)
        layout.addWidget(self.months_title)
        layout.addWidget(self.month_chart)
        layout.addWidget(self.months)
        layout.addStretch(1)

    def show_progress(self, title: str, figures: Progress) -> None:
        """Show ``figures`` under ``title``."""
        self.title.setText(title)
        funnel = figures.funnel()
        most = max((count for _name, count in funnel), default=0)
        for name, count in funnel:
            self.bars[name].set_value(count, most)
            self.counts[name].setText(number_text(count))
        self.rates.setText(f"{self._rate_text(figures)} {self._wait_text(figures)}")
        self.month_chart.set_months(figures.per_month)
        self.months.setText(months_text(figures.per_month) or self.tr("No interview held yet."))

    def _rate_text(self, figures: Progress) -> str:
        """Return the response rate, as in ``Response rate 67% (4 of 6 answered)``."""
        if figures.response_rate is None:
            return self.tr("Response rate — (no request sent yet).")
        return (
            self.tr("Response rate %1% (%2 of %3 answered).")
            .replace("%1", number_text(round(figures.response_rate * 100)))
            .replace("%2", number_text(figures.answered))
            .replace("%3", number_text(figures.asked))
        )

    def _wait_text(self, figures: Progress) -> str:
        """Return the median wait, as in ``Median wait for a reply: 2 business days``."""
        days = figures.median_reply_days
        if days is None:
            return self.tr("Median wait for a reply: —.")
        if days == int(days):
            return self.tr("Median wait for a reply: %n business day(s).", "", int(days))
        shown = QLocale().toString(days, "g", 6)
        return self.tr("Median wait for a reply: %1 business days.").replace("%1", shown)

    def figures_text(self) -> dict[str, str]:
        """Return each count as shown, by name (what tests and screen readers read)."""
        return {name: label.text() for name, label in self.counts.items()}
