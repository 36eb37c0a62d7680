"""A list of backups with their dates, reasons and sizes, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from infoview_gui.services.backups import BackupInfo
from infoview_gui.ui.dialogs.about import human_size
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.widgets.column_fit import fit_columns

_PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupList(QTreeWidget):
    """The backups, one row each: when (local time), why, how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setHeaderLabels(
            [
                translate("BackupList", "Backup of"),
                translate("BackupList", "Why"),
                translate("BackupList", "Size"),
            ]
        )
        self.setAccessibleName(translate("BackupList", "Backups"))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.fit = fit_columns(self, stretch=(0,))
        self._backups: list[BackupInfo] = []
        self._items: list[QTreeWidgetItem] = []

    def show_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Show ``backups`` (newest first) and select the newest."""
        self.clear()
        self._backups = list(backups)
        self._items = []
        for index, backup in enumerate(self._backups):
            item = QTreeWidgetItem(
                [local_datetime(backup.taken_at), backup.kind_label, human_size(backup.size)]
            )
            item.setData(0, _PATH_ROLE, index)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
            self._items.append(item)
        if self._items:
            self.setCurrentItem(self._items[0])

    def chosen(self) -> BackupInfo | None:
        """Return the selected backup, if any."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._backups[int(item.data(0, _PATH_ROLE))]

    def select_path(self, backup: BackupInfo) -> None:
        """Select the row of ``backup`` (after a new one was made)."""
        for item, shown in zip(self._items, self._backups, strict=True):
            if shown.path == backup.path:
                self.setCurrentItem(item)
                return
