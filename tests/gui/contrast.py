"""Which text a user sees on which colour, read from the widgets (not from pixels).

``text_pairs(top)`` yields, for every visible, enabled widget that shows text, the text
colour it is drawn in (its palette once the style sheet is polished) and the nearest opaque
colour behind it; item views add their rows' own colours and their selection, and the
colours their delegates paint themselves (``theme.PaintsText``), on every row background.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from infoview_gui.ui.theme import ThemeColours
from tests.gui.surfaces import visible_widgets, widget_path

Role = QPalette.ColorRole
ROWS_LOOKED_AT = 30


class TextOn(NamedTuple):
    """A text colour and the colour behind it, with the widget that shows them."""

    where: str
    text: QColor
    background: QColor


def paints_background(widget: QWidget) -> bool:
    """Tell whether ``widget`` fills its rectangle with its background colour."""
    colour = widget.palette().color(widget.backgroundRole())
    if colour.alpha() < 255:
        return False
    viewport_of = widget.parentWidget()
    if isinstance(viewport_of, QAbstractScrollArea) and viewport_of.viewport() is widget:
        return True
    return (
        widget.isWindow()
        or widget.autoFillBackground()
        or widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    )


def background_behind(widget: QWidget) -> QColor:
    """Return the nearest opaque colour behind ``widget`` (itself, a parent, its window)."""
    current: QWidget | None = widget
    while current is not None:
        if paints_background(current):
            return current.palette().color(current.backgroundRole())
        if current.isWindow():
            break
        current = current.parentWidget()
    return widget.window().palette().color(Role.Window)


def _shows_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())
    if isinstance(widget, QToolButton):
        shown = widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
        return shown and bool(widget.text().strip())
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QGroupBox):
        return bool(widget.title().strip())
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox | QTabBar | QHeaderView)


def _own_pair(widget: QWidget) -> tuple[QColor, QColor]:
    """The text and background colours of a widget that draws its own box."""
    palette = widget.palette()
    if isinstance(widget, QLineEdit | QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    ):
        return palette.color(Role.Text), palette.color(Role.Base)
    flat = isinstance(widget, QPushButton) and widget.isFlat()
    boxed = isinstance(widget, QPushButton | QComboBox | QHeaderView | QTabBar) and not flat
    if boxed:
        return palette.color(Role.ButtonText), palette.color(Role.Button)
    return palette.color(widget.foregroundRole()), background_behind(widget)


def _item_pairs(view: QAbstractItemView) -> Iterator[TextOn]:
    palette = view.palette()
    base = view.viewport().palette().color(view.viewport().backgroundRole())
    yield TextOn(widget_path(view), palette.color(Role.Text), base)
    highlight = palette.color(Role.Highlight)
    yield TextOn(widget_path(view) + " selected", palette.color(Role.HighlightedText), highlight)
    yield from _painted_pairs(view, base)
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    columns = _columns(model, root)
    for row in range(min(model.rowCount(root), ROWS_LOOKED_AT)):
        for column in range(columns):
            index = model.index(row, column, root)
            yield from _index_pair(view, index, base)


def delegates(view: QAbstractItemView) -> list[object]:
    """The view's item delegates: its own and those of its columns and rows."""
    model = view.model()
    columns = 0 if model is None else _columns(model, view.rootIndex())
    found = [view.itemDelegate(), *(view.itemDelegateForColumn(c) for c in range(columns))]
    return [d for d in dict.fromkeys(found) if d is not None]


def _painted_pairs(view: QAbstractItemView, base: QColor) -> Iterator[TextOn]:
    """The colours the view's delegates paint themselves, on each row background."""
    roles = ThemeColours.of(QGuiApplication.palette())
    rows = [base]
    if view.alternatingRowColors():
        rows.append(view.palette().color(Role.AlternateBase))
    for delegate in delegates(view):
        painted_text = getattr(delegate, "painted_text", None)
        if painted_text is None:
            continue
        for what, painted in painted_text(roles).items():
            for row in [painted.behind] if painted.behind is not None else rows:
                yield TextOn(f"{widget_path(view)} {what}", painted.text, row)


def _columns(model: QAbstractItemModel, root: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)


def _index_pair(view: QAbstractItemView, index: QModelIndex, base: QColor) -> Iterator[TextOn]:
    foreground = index.data(Qt.ItemDataRole.ForegroundRole)
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    if foreground is None and background is None:
        return
    text = foreground.color() if foreground is not None else view.palette().color(Role.Text)
    behind = background.color() if background is not None else base
    if behind.alpha() < 255:
        behind = base
    where = f"{widget_path(view)} row {index.row()} {str(index.data())[:30]!r}"
    yield TextOn(where, text, behind)


def text_pairs(top: QWidget) -> Iterator[TextOn]:
    """Yield every text colour a user sees on ``top`` with the colour behind it."""
    for widget in visible_widgets(top):
        if not widget.isEnabled():
            continue  # WCAG leaves out inactive controls
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _item_pairs(widget)
        elif _shows_text(widget):
            text, background = _own_pair(widget)
            yield TextOn(widget_path(widget), text, background)
