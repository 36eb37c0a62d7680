"""What a user would see as broken layout, measured on a shown window.

Each check returns sentences naming the widget, empty when all is well: a button drawn over
another widget, a widget cut off by its window or its parent, a table title cut inside a
word, a table header with an empty strip at its right end.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QScrollArea,
    QStyle,
    QTableView,
    QTreeView,
    QWidget,
)

from tests.gui.surfaces import visible_widgets, widget_path


def window_rect(widget: QWidget) -> QRect:
    """Return the part of ``widget`` its ancestors let show, in its window's coordinates."""
    top = widget.window()
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        rect &= QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
        parent = parent.parentWidget()
    return rect


def _in_scrolled_content(widget: QWidget) -> bool:
    """True for a widget inside a scroll area's viewport: it may extend past what shows."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _related(a: QWidget, b: QWidget) -> bool:
    return a.isAncestorOf(b) or b.isAncestorOf(a)


def _laid_out(top: QWidget) -> Iterator[QWidget]:
    """Widgets placed by the app's layouts (not a view's own parts or popups)."""
    for widget in visible_widgets(top):
        if widget is top or _in_scrolled_content(widget) or widget.isWindow():
            continue
        if widget.objectName().startswith("qt_"):
            continue  # a part of a Qt widget (a spin box's text), placed by that widget
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is not parent.viewport():
            continue  # scroll bars, corner, header, frozen columns: the view places them
        yield widget


def overlapping_buttons(top: QWidget) -> list[str]:
    """Name each button drawn over another widget of its window."""
    widgets = list(_laid_out(top))
    rects = {id(w): window_rect(w) for w in widgets}
    found = []
    for button in (w for w in widgets if isinstance(w, QAbstractButton)):
        for other in widgets:
            if other is button or _related(button, other):
                continue
            if rects[id(button)].intersects(rects[id(other)]):
                found.append(f"{widget_path(button)} is drawn over {widget_path(other)}")
    return found


def clipped_widgets(top: QWidget) -> list[str]:
    """Name each widget its window or its parent cuts off."""
    found = []
    for widget in _laid_out(top):
        parent = widget.parentWidget()
        inside = parent.rect() if parent is not None else top.rect()
        if not inside.contains(widget.geometry()):
            found.append(f"{widget_path(widget)} is cut off at {widget.geometry()}")
        elif widget.width() < widget.minimumSizeHint().width() and widget.minimumWidth() == 0:
            found.append(f"{widget_path(widget)} is narrower than it can be drawn")
        elif isinstance(widget, QScrollArea) and _cut_sideways(widget):
            found.append(f"{widget_path(widget)} cuts off the right of what it shows")
    return found


def _cut_sideways(area: QScrollArea) -> bool:
    """True when the content is wider than the area and no scroll bar lets it be seen."""
    content = area.widget()
    if content is None or area.horizontalScrollBar().isVisible():
        return False
    return content.width() > area.viewport().width()


def _tables(top: QWidget) -> Iterator[tuple[QAbstractItemView, QHeaderView]]:
    for widget in visible_widgets(top):
        if isinstance(widget, QTableView) and widget.objectName() != "frozenColumns":
            yield widget, widget.horizontalHeader()
        elif isinstance(widget, QTreeView) and not widget.isHeaderHidden():
            yield widget, widget.header()


def _title(header: QHeaderView, column: int) -> str:
    value = header.model().headerData(column, Qt.Orientation.Horizontal)
    return "" if value is None else str(value)


def _label_room(header: QHeaderView, column: int) -> QSize:
    """The room a section leaves for its title: less its margins and its sort arrow."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.sectionSize(column) - 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width -= header.height() // 2 + 2 * margin
    return QSize(width, header.height() - 2 * margin)


def cut_titles(top: QWidget) -> list[str]:
    """Name each table title cut inside a word, or wrapped onto more lines than show."""
    found = []
    for view, header in _tables(top):
        font = header.font()
        font.setBold(header.highlightSections())  # a selected row makes the titles bold
        metrics = QFontMetrics(font)
        for column in range(header.count()):
            title = _title(header, column)
            if header.isSectionHidden(column) or not title:
                continue
            room = _label_room(header, column)
            wrapped = metrics.boundingRect(
                QRect(0, 0, room.width(), 10_000), int(Qt.TextFlag.TextWordWrap), title
            )
            words = max(metrics.horizontalAdvance(word) for word in title.split())
            if words > room.width() or wrapped.height() > room.height() + 2:
                found.append(f"{widget_path(view)}: the title {title!r} is cut")
    return found


def empty_header_strips(top: QWidget) -> list[str]:
    """Name each table whose columns end before its right edge, leaving a bare header."""
    found = []
    for view, header in _tables(top):
        if header.count() and header.length() < view.viewport().width():
            bare = view.viewport().width() - header.length()
            found.append(f"{widget_path(view)} leaves {bare} pixels of empty header")
    return found


def layout_problems(top: QWidget) -> list[str]:
    """Every problem the checks above find on ``top``."""
    return [
        *overlapping_buttons(top),
        *clipped_widgets(top),
        *cut_titles(top),
        *empty_header_strips(top),
    ]
