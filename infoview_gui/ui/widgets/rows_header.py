"""A table's column titles that never ask the selection model about whole columns.

Qt's header asks, for every title it paints, whether the columns beside it are
selected (``QItemSelectionModel::isColumnSelected``). That question calls the model's
``flags()`` once per row: with every row of a 300,000-row table selected, each repaint
of the titles made 3 million calls into Python and froze the window for seconds. A
table that selects whole rows learns nothing from it, so this header draws its titles
from the model and its own state only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QEnterEvent, QMouseEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

_Position = QStyleOptionHeader.SectionPosition


class RowsHeaderView(QHeaderView):
    """Column titles of a table whose selections are whole rows (no highlighted sections).

    Args:
        parent: the table.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the header a QTableView makes itself: sorts
        self.setHighlightSections(False)
        self._hover = -1
        self._pressed = -1

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, section: int) -> None:
        """Describe one title: its text, sort arrow, place and mouse state (no selection)."""
        model = self.model()
        if model is None:
            return
        if self.window().isActiveWindow():
            option.state |= QStyle.StateFlag.State_Active
        if self.sectionsClickable():
            if section == self._hover:
                option.state |= QStyle.StateFlag.State_MouseOver
            if section == self._pressed:
                option.state |= QStyle.StateFlag.State_Sunken
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == section:
            ascending = self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if ascending
                else QStyleOptionHeader.SortIndicator.SortUp
            )
        option.section = section
        option.orientation = self.orientation()
        option.text = str(model.headerData(section, self.orientation()) or "")
        alignment = model.headerData(section, self.orientation(), Qt.ItemDataRole.TextAlignmentRole)
        option.textAlignment = (
            Qt.AlignmentFlag(alignment) if alignment is not None else self.defaultAlignment()
        )
        option.iconAlignment = Qt.AlignmentFlag.AlignVCenter
        option.position = self._position(self.visualIndex(section))
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent

    def _position(self, visual: int) -> QStyleOptionHeader.SectionPosition:
        shown = [v for v in range(self.count()) if not self.isSectionHidden(self.logicalIndex(v))]
        first, last = visual == (shown[0] if shown else -1), visual == (shown[-1] if shown else -1)
        if first and last:
            return _Position.OnlyOneSection
        return _Position.Beginning if first else _Position.End if last else _Position.Middle

    # -- the mouse state Qt keeps private -------------------------------------------

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        """Note the title under the mouse."""
        self._set_hover(self.logicalIndexAt(e.position().toPoint()))
        super().mouseMoveEvent(e)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Note the title under the mouse."""
        self._set_hover(self.logicalIndexAt(event.position().toPoint()))
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """No title is under the mouse."""
        self._set_hover(-1)
        super().leaveEvent(event)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        """Draw the title pressed."""
        self._pressed = self.logicalIndexAt(e.position().toPoint())
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        """Draw the title released."""
        self._pressed = -1
        super().mouseReleaseEvent(e)
        self.viewport().update()

    def _set_hover(self, section: int) -> None:
        if section != self._hover:
            self._hover = section
            self.viewport().update()
