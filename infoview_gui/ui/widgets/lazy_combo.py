"""A combo box over thousands of rows whose popup reads only the rows it shows.

QComboBox measures the text of every item before its popup opens (to make the popup as
wide as the widest) and, unless told otherwise, before it is first shown: with 10,000
interviews to choose from, each read from the database as shown, that read them all.
This one is as wide as a typical item and opens its own list, one row measured for all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListView, QWidget


class PopupList(QListView):
    """The popup's list: Enter or a click chooses a row, Escape closes it."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.combo = combo
        self.setAccessibleName(combo.accessibleName() or self.tr("Choices"))
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setModel(combo.model())
        self.clicked.connect(self._on_chosen)
        self.activated.connect(self._on_chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the list and keeps the choice; other keys move as in any list."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.combo.setFocus()
            return
        super().keyPressEvent(event)

    def _on_chosen(self, index: QModelIndex) -> None:
        self.hide()
        self.combo.setCurrentIndex(index.row())
        self.combo.setFocus()


class LazyComboBox(QComboBox):
    """A combo box as wide as ``characters`` characters, whose popup reads what it shows."""

    def __init__(self, characters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self._popup: PopupList | None = None

    def showPopup(self) -> None:
        """Open the list below the box, the current row chosen and in sight."""
        if self._popup is None or self._popup.model() is not self.model():
            self._popup = PopupList(self)
        popup = self._popup
        rows = max(1, min(self.count(), self.maxVisibleItems()))
        row_height = (
            max(popup.sizeHintForRow(0), self.fontMetrics().height()) if self.count() else 0
        )
        frame = 2 * popup.frameWidth()
        popup.resize(self.width(), rows * row_height + frame)
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        if below.y() + popup.height() > screen.bottom():  # no room below: open above
            below = self.mapToGlobal(QPoint(0, -popup.height()))
        popup.move(below)
        current = self.model().index(self.currentIndex(), self.modelColumn())
        popup.setCurrentIndex(current)
        popup.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        popup.show()
        popup.setFocus()

    def hidePopup(self) -> None:
        """Close the list."""
        if self._popup is not None:
            self._popup.hide()
