"""Progress in pictures: small bars painted with QPainter, the numbers beside them as text.

Each bar is a widget of its own between a label (what it counts) and a label (the count),
so a screen reader reads the numbers and the contrast test checks their colours; the bars
only draw, in the palette's own colours (``ui.theme``). No chart module: QtCharts is not
part of the Qt InfoView ships.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from infoview_gui.domain.progress import Progress, days_text, rate_text
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.theme import ThemeColours, colours
from infoview_gui.ui.widgets.labels import heading_label, plain_label

BAR_HEIGHT = 14
MONTH_CHART_HEIGHT = 90

_TONES = {  # which named colour each count is drawn in
    "Asked": "accent",
    "Accepted": "success",
    "Declined": "danger",
    "No reply": "warning",
    "Held": "accent",
    "Thanked": "success",
    "Referrals": "attention",
}


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
        self.setAccessibleName(f"{self.name}: {value}")
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
    """Interviews per month as columns, oldest on the left; the counts are said in text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: tuple[tuple[str, int], ...] = ()
        self.setMinimumHeight(MONTH_CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_months(self, months: tuple[tuple[str, int], ...]) -> None:
        """Show these (month, count) columns."""
        self.months = months
        self.setAccessibleName("Interviews per month: " + (months_text(months) or "none yet"))
        self.update()

    def sizeHint(self) -> QSize:
        """Room for a year of columns."""
        return QSize(240, MONTH_CHART_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw a baseline and one column per month, as tall as its share of the busiest."""
        roles = colours()
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 4, -1, -2)
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
        painter.end()


def month_name(month: str) -> str:
    """Return ``2026-03`` as ``Mar 2026``."""
    year, number = month.split("-")
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{names[int(number) - 1]} {year}"


def months_text(months: tuple[tuple[str, int], ...]) -> str:
    """Return the months with interviews as text: ``Mar 2026: 2 · Apr 2026: 1``."""
    return " · ".join(f"{month_name(month)}: {count}" for month, count in months if count)


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
            grid.addWidget(plain_label(name, wrap=False), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
        self.rates = plain_label("")
        self.months_title = plain_label("Interviews per month")
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
            self.counts[name].setText(str(count))
        self.rates.setText(
            f"Response rate {rate_text(figures.response_rate)} "
            f"({figures.answered} of {figures.asked} answered). "
            f"Median wait for a reply: {days_text(figures.median_reply_days)}."
        )
        self.month_chart.set_months(figures.per_month)
        self.months.setText(months_text(figures.per_month) or "No interview held yet.")

    def figures_text(self) -> dict[str, str]:
        """Return each count as shown, by name (what tests and screen readers read)."""
        return {name: label.text() for name, label in self.counts.items()}
