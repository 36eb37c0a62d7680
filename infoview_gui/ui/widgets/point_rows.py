"""The emails, phones or web addresses of a contact: one row each, labelled, one primary."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.ui.widgets.choices import enum_combo

_NOUNS = {PointKind.EMAIL: "email", PointKind.PHONE: "phone", PointKind.WEB: "web address"}
_PLACEHOLDERS = {
    PointKind.EMAIL: "name@example.org",
    PointKind.PHONE: "",
    PointKind.WEB: "https://…",
}
_LIMITS = {PointKind.EMAIL: 200, PointKind.PHONE: 40, PointKind.WEB: 500}


class PointRow(QWidget):
    """One value with its label, a "primary" choice and a remove button."""

    def __init__(self, kind: PointKind, point: ContactPoint | None) -> None:
        super().__init__()
        self.edit = QLineEdit(point.value if point else "")
        self.edit.setPlaceholderText(_PLACEHOLDERS[kind])
        self.edit.setMaxLength(_LIMITS[kind])
        self.label = enum_combo(PointLabel, (point.label if point else PointLabel.OTHER).value)
        self.primary = QRadioButton("Primary")
        self.remove = QToolButton()
        self.remove.setText("Remove")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.primary)
        layout.addWidget(self.remove)
        self.setFocusProxy(self.edit)

    def point(self, kind: PointKind) -> ContactPoint:
        """Return what the row holds."""
        return ContactPoint(kind, self.edit.text(), PointLabel(self.label.currentData()))

    def name(self, noun: str, number: int) -> None:
        """Give the row's parts names a screen reader says (``number`` counts from 1)."""
        self.edit.setAccessibleName(f"{noun.capitalize()} {number}")
        self.label.setAccessibleName(f"Label of {noun} {number}")
        self.primary.setAccessibleName(f"Primary {noun}: {noun} {number}")
        self.remove.setAccessibleName(f"Remove {noun} {number}")


class PointRows(QWidget):
    """Every value of one kind; the first row is primary until the user picks another.

    The primary choice and the remove buttons show only when there are several rows; the
    last row is never removed, only emptied.
    """

    def __init__(self, kind: PointKind, points: tuple[ContactPoint, ...] = ()) -> None:
        super().__init__()
        self.kind = kind
        self.noun = _NOUNS[kind]
        self.rows: list[PointRow] = []
        self.group = QButtonGroup(self)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(f"Add another {self.noun}")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addLayout(buttons)
        self.set_points(points)

    def set_points(self, points: tuple[ContactPoint, ...]) -> None:
        """Show these points, the first as primary (one empty row for none)."""
        while self.rows:
            self._drop(self.rows[-1])
        for point in points or (None,):
            self.add_row(point)
        self.rows[0].primary.setChecked(True)
        self._update()

    def add_row(self, point: ContactPoint | None = None) -> PointRow:
        """Add a row (empty without ``point``) at the end and return it."""
        row = PointRow(self.kind, point)
        self.group.addButton(row.primary)
        row.remove.clicked.connect(lambda: self._on_row_remove_clicked(row))
        self.rows.append(row)
        self.list.addWidget(row)
        row.show()  # now, not when the layout gets to it: the cursor may go there at once
        self._update()
        return row

    def primary_row(self) -> PointRow:
        """Return the row chosen as primary."""
        return next((row for row in self.rows if row.primary.isChecked()), self.rows[0])

    def points(self) -> list[ContactPoint]:
        """Return every row's point, the primary first (empty values included)."""
        primary = self.primary_row()
        ordered = [primary, *(row for row in self.rows if row is not primary)]
        return [row.point(self.kind) for row in ordered]

    def focus_further(self) -> None:
        """Put the cursor in the first filled row that is not primary (else the primary)."""
        primary = self.primary_row()
        others = [row for row in self.rows if row is not primary and row.edit.text().strip()]
        (others or [primary])[0].edit.setFocus()

    def _drop(self, row: PointRow) -> None:
        self.rows.remove(row)
        self.group.removeButton(row.primary)
        self.list.removeWidget(row)
        row.deleteLater()

    def _update(self) -> None:
        several = len(self.rows) > 1
        for number, row in enumerate(self.rows, start=1):
            row.primary.setVisible(several)
            row.remove.setVisible(several)
            row.name(self.noun, number)
        if self.rows:
            self.setFocusProxy(self.primary_row().edit)

    def _on_add_button_clicked(self) -> None:
        self.add_row().edit.setFocus()

    def _on_row_remove_clicked(self, row: PointRow) -> None:
        was_primary = row.primary.isChecked()
        self._drop(row)
        if was_primary and self.rows:
            self.rows[0].primary.setChecked(True)
        self._update()
        if self.rows:
            self.rows[0].edit.setFocus()
