"""The import preview's list of rows that look like a saved contact, with a choice each.

Each row offers "Add as a new contact" or "Merge into <the saved contact>". A row that
shares a phone, email or web address with one saved contact alone comes with merging
chosen; one that only has a close name at the same organisation comes with adding chosen
(``services.import_likely`` says why). "Merge all" and "Add all as new" choose for every
such row, also those past the rows shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.services.import_plan import ImportPlan, LikelyRow
from infoview_gui.ui.accessibility import named_cell
from infoview_gui.ui.widgets.column_fit import refit
from infoview_gui.ui.widgets.labels import plain_label

SHOWN_ROWS = 200
"""At most this many rows are listed; the buttons choose for all of them."""

HEADERS = (
    str(QT_TRANSLATE_NOOP("LikelyTab", "Lines")),
    str(QT_TRANSLATE_NOOP("LikelyTab", "In the file")),
    str(QT_TRANSLATE_NOOP("LikelyTab", "Looks like")),
    str(QT_TRANSLATE_NOOP("LikelyTab", "Why")),
    str(QT_TRANSLATE_NOOP("LikelyTab", "Import as")),
)
"""The columns' titles, translated where the table is made (``headers()``)."""


def headers() -> list[str]:
    """Return the columns' titles in the user's language."""
    return [QCoreApplication.translate("LikelyTab", header) for header in HEADERS]


class LikelyTab(QWidget):
    """Rows of the file that look like a saved contact; the user picks merge or add.

    Signals:
        merges_changed: the user chose differently for one row or for all.
    """

    merges_changed = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__()
        self.table = table
        self.merge_all = QPushButton(self.tr("Merge all"))
        self.add_all = QPushButton(self.tr("Add all as new"))
        self.combos: list[QComboBox] = []
        self._rows: tuple[LikelyRow, ...] = ()
        self._merged: dict[tuple[int, int], bool] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_all)
        buttons.addWidget(self.add_all)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "These rows match no saved contact exactly but look like one. Merging "
                    "fills in that contact's empty details and keeps every other email, phone "
                    "and web address, as for the contacts already saved. Rows sharing a phone, "
                    "email or web address are merged unless you choose otherwise; rows with only "
                    "a close name are added unless you choose to merge them."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.merge_all.clicked.connect(self._on_merge_all_clicked)
        self.add_all.clicked.connect(self._on_add_all_clicked)

    def show_rows(self, plan: ImportPlan) -> None:
        """Show the plan's likely rows; when they are the ones shown, only their choices."""
        self._merged = {row.choice: row.merged for row in plan.likely}
        same = [row.choice for row in plan.likely] == [row.choice for row in self._rows]
        self._rows = plan.likely
        if same:
            for combo, row in zip(self.combos, plan.likely, strict=False):
                combo.blockSignals(True)
                combo.setCurrentIndex(int(row.merged))
                combo.blockSignals(False)
            return
        self._fill(plan.likely[:SHOWN_ROWS])

    def _fill(self, rows: tuple[LikelyRow, ...]) -> None:
        self.table.setRowCount(len(rows))
        self.combos = []
        for position, row in enumerate(rows):
            lines = ", ".join(str(line) for line in row.lines)
            cells = (lines, row.name, row.match.name, row.match.reason)
            for column, text in enumerate(cells):
                self.table.setItem(position, column, QTableWidgetItem(text))
            combo = QComboBox()
            combo.addItem(self.tr("Add as a new contact"), False)
            combo.addItem(self.tr("Merge into %1").replace("%1", row.match.name), True)
            combo.setCurrentIndex(int(row.merged))
            combo.currentIndexChanged.connect(self.merges_changed)
            cell = named_cell(self.tr("Import line %1 as").replace("%1", lines), combo)
            self.table.setCellWidget(position, 4, cell)
            self.combos.append(combo)
        refit(self.table)

    def chosen_merges(self) -> frozenset[tuple[int, int]]:
        """Return the rows chosen to merge, as ``(first line, contact id)`` pairs."""
        merged = dict(self._merged)
        for combo, row in zip(self.combos, self._rows, strict=False):
            merged[row.choice] = bool(combo.currentData())
        return frozenset(choice for choice, chosen in merged.items() if chosen)

    def _choose_all(self, merge: bool) -> None:
        self._merged = dict.fromkeys(self._merged, merge)
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(int(merge))
            combo.blockSignals(False)
        self.merges_changed.emit()

    def _on_merge_all_clicked(self) -> None:
        self._choose_all(True)

    def _on_add_all_clicked(self) -> None:
        self._choose_all(False)
