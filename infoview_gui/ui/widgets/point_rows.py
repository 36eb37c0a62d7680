"""The emails, phones or web addresses of a contact: one row each, labelled, one primary."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.widgets.choices import enum_combo

translate = QCoreApplication.translate


class Words(NamedTuple):
    """What the rows of one kind are called; ``%1`` is the row's number (from 1)."""

    value: object  # QT_TRANSLATE_NOOP's result: the source text
    label: object
    primary: object
    remove: object
    add: object
    placeholder: object


_WORDS = {
    PointKind.EMAIL: Words(
        QT_TRANSLATE_NOOP("PointRows", "Email %1"),
        QT_TRANSLATE_NOOP("PointRows", "Label of email %1"),
        QT_TRANSLATE_NOOP("PointRows", "Primary email: email %1"),
        QT_TRANSLATE_NOOP("PointRows", "Remove email %1"),
        QT_TRANSLATE_NOOP("PointRows", "Add another email"),
        QT_TRANSLATE_NOOP("PointRows", "name@example.org"),
    ),
    PointKind.PHONE: Words(
        QT_TRANSLATE_NOOP("PointRows", "Phone %1"),
        QT_TRANSLATE_NOOP("PointRows", "Label of phone %1"),
        QT_TRANSLATE_NOOP("PointRows", "Primary phone: phone %1"),
        QT_TRANSLATE_NOOP("PointRows", "Remove phone %1"),
        QT_TRANSLATE_NOOP("PointRows", "Add another phone"),
        "",
    ),
    PointKind.WEB: Words(
        QT_TRANSLATE_NOOP("PointRows", "Web address %1"),
        QT_TRANSLATE_NOOP("PointRows", "Label of web address %1"),
        QT_TRANSLATE_NOOP("PointRows", "Primary web address: web address %1"),
        QT_TRANSLATE_NOOP("PointRows", "Remove web address %1"),
        QT_TRANSLATE_NOOP("PointRows", "Add another web address"),
        QT_TRANSLATE_NOOP("PointRows", "https://…"),
    ),
}
"""Whole phrases per kind: the languages decline the nouns ("otro teléfono", "otra web")."""


def words(kind: PointKind, which: str, number: int = 0) -> str:
    """Return one of the phrases of ``kind`` in the user's language, with its number."""
    source = str(getattr(_WORDS[kind], which))
    said = translate("PointRows", source) if source else ""
    return said.replace("%1", str(number))


_LIMITS = {PointKind.EMAIL: 200, PointKind.PHONE: 40, PointKind.WEB: 500}


class PointRow(QWidget):
    """One value with its label, a "primary" choice and a remove button."""

    def __init__(self, kind: PointKind, point: ContactPoint | None) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(words(kind, "placeholder"))
        self.edit.setMaxLength(_LIMITS[kind])
        # Wide enough for a usual address even when the primary and remove choices show.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("x" * 26))
        self.label = enum_combo(PointLabel)
        self.primary = QRadioButton(translate("PointRows", "Primary"))
        self.remove = QToolButton()
        self.remove.setText(translate("PointRows", "Remove"))
        for hidden_alone in (self.primary, self.remove):  # the row keeps its width either way
            policy = hidden_alone.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hidden_alone.setSizePolicy(policy)
        # On Linux a combo box is named only by its label: an unseen one says which it is.
        self.label_name = labelled("", self.label)
        self.label_name.setParent(self)
        self.label_name.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.primary)
        layout.addWidget(self.remove)
        self.show_point(point)

    def show_point(self, point: ContactPoint | None) -> None:
        """Show ``point`` (nothing for None) in the row."""
        self.edit.setText(point.value if point else "")
        label = (point.label if point else PointLabel.OTHER).value
        self.label.setCurrentIndex(max(0, self.label.findData(label)))

    def point(self, kind: PointKind) -> ContactPoint:
        """Return what the row holds."""
        return ContactPoint(kind, self.edit.text(), PointLabel(self.label.currentData()))

    def name(self, kind: PointKind, number: int) -> None:
        """Give the row's parts names a screen reader says (``number`` counts from 1)."""
        self.edit.setAccessibleName(words(kind, "value", number))
        self.label_name.setText(words(kind, "label", number))
        self.label.setAccessibleName(words(kind, "label", number))
        self.primary.setAccessibleName(words(kind, "primary", number))
        self.remove.setAccessibleName(words(kind, "remove", number))


class PointRows(QWidget):
    """Every value of one kind; the first row is primary until the user picks another.

    The primary choice and the remove buttons show only when there are several rows; the
    last row is never removed, only emptied.
    """

    def __init__(self, kind: PointKind, points: tuple[ContactPoint, ...] = ()) -> None:
        super().__init__()
        self.kind = kind
        self.rows: list[PointRow] = []
        self.group = QButtonGroup(self)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(words(kind, "add"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        self.set_points(points)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)  # after the rows: Tab reaches it after them

    def set_points(self, points: tuple[ContactPoint, ...]) -> None:
        """Show these points, the first as primary (one empty row for none).

        The first row is kept (only its text and label change): it holds the place of
        these inputs in the dialog's Tab order.
        """
        while len(self.rows) > 1:
            self._drop(self.rows[-1])
        first, *rest = points or (None,)
        if self.rows:
            self.rows[0].show_point(first)
        else:
            self.add_row(first)
        for point in rest:
            self.add_row(point)
        self.rows[0].primary.setChecked(True)
        self._update()

    def add_row(self, point: ContactPoint | None = None) -> PointRow:
        """Add a row (empty without ``point``) at the end and return it."""
        row = PointRow(self.kind, point)
        self.group.addButton(row.primary)
        row.remove.clicked.connect(lambda: self._on_row_remove_clicked(row))
        chain: list[QWidget] = [row.edit, row.label, row.primary, row.remove]
        if self.add_button.parent() is not None:  # placed (not while the first rows are made)
            chain.append(self.add_button)
        if self.rows:  # Tab goes from the row above to this one, then to "Add another"
            chain.insert(0, self.rows[-1].remove)
        self.rows.append(row)
        self.list.addWidget(row)
        row.show()  # now, not when the layout gets to it: the cursor may go there at once
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
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

    def focus_primary(self) -> None:
        """Put the cursor in the primary row."""
        self.primary_row().edit.setFocus()

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
            row.name(self.kind, number)

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
