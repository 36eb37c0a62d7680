"""Contacts > Possible duplicates: the pairs that look like one person, and why.

The contacts are read (on a connection of its own) and compared in a worker thread: with
100,000 contacts that takes a few seconds, and the window stays responsive. Merge… opens
the merge dialog on the selected pair; the list then drops the pairs of the removed one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.services import merging
from infoview_gui.store.connection import open_path
from infoview_gui.ui.dialogs.merge import MergeDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.widgets.column_fit import fit_columns, refit
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.workers import JobRunner

HEADERS = (
    str(QT_TRANSLATE_NOOP("DuplicatesDialog", "Contact")),
    str(QT_TRANSLATE_NOOP("DuplicatesDialog", "Possibly the same as")),
    str(QT_TRANSLATE_NOOP("DuplicatesDialog", "Why")),
)
"""The columns' titles, translated where the table is made."""


def locale_region() -> str:
    """Return the country of the system's locale ("GB" for en_GB), or "" if it has none."""
    _, _, country = QLocale.system().name().partition("_")
    return country if len(country) == 2 else ""


class DuplicatesDialog(QDialog):
    """Lists possible duplicates; Merge… merges the selected pair.

    Args:
        parent: the window it belongs to.
        events: the window's events (merges are published there).
    """

    def __init__(self, parent: QWidget | None, events: AppEvents) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(760, 420)
        self.events = events
        self.pairs: list[merging.PossibleDuplicate] = []
        self.status = plain_label(self.tr("Looking for possible duplicates…"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DuplicatesDialog", header) for header in HEADERS]
        )
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table, stretch=(2,))  # the header and the rows in view, never all
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.runner = JobRunner(self)
        self._connect_signals()
        self._search()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self.merge_selected)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self.status.setText)
        self.finished.connect(self.runner.wait)

    def _search(self) -> None:
        path = open_path()
        region = merging.default_region(locale_region())
        self.runner.run(lambda _report: merging.find_in_file(path, region=region))

    def _on_runner_finished(self, pairs: object) -> None:
        if isinstance(pairs, list):
            self.show_pairs(pairs)

    def show_pairs(self, pairs: list[merging.PossibleDuplicate]) -> None:
        """Fill the table with ``pairs`` and say how many there are."""
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            texts = (pair.first_name, pair.second_name, "; ".join(pair.reasons))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        refit(self.table)
        self.status.setText(
            self.tr("%Ln possible duplicate(s)", "", len(pairs))
            if pairs
            else self.tr(
                "No possible duplicates: no two contacts share a phone, an email or a web "
                "address, or have close names at one organization."
            )
        )
        if pairs:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_item_selection_changed(self) -> None:
        self.merge_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def merge_selected(self) -> None:
        """Open the merge dialog on the selected pair; drop the pairs the merge undid."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pair = self.pairs[rows[0].row()]
        dialog = MergeDialog(self, self.events, pair.first_id, pair.second_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            gone = pair.second_id
            self.show_pairs([p for p in self.pairs if gone not in (p.first_id, p.second_id)])
