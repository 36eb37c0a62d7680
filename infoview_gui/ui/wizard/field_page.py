"""Step 1: choose the career field to work on now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QPushButton

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.guide import choose_field
from infoview_gui.store import queries
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage


class FieldPage(StepPage):
    """The fields the user weighs; the one selected is the one the guide works on."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.FIELD,
            "Choose a career field",
            "Pick the field to explore now, or add one. Research it first: read about the "
            "work, the pay and the path in, and note what only someone inside can tell you.",
        )
        self.fields = QListWidget()
        self.body.addWidget(self.fields, 1)
        self.add_button = QPushButton("Add a career field…")
        self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.fields.currentItemChanged.connect(self._on_fields_current_item_changed)

    def refresh(self) -> None:
        """List the fields and select the one the guide works on."""
        current = self.guide_field()
        self.fields.blockSignals(True)
        self.fields.clear()
        for field_id, name, status, contacts in queries.field_rows():
            item = QListWidgetItem(
                f"{name} — {FieldStatus(str(status)).label}, {contacts} contact(s)"
            )
            item.setData(Qt.ItemDataRole.UserRole, field_id)
            self.fields.addItem(item)
            if current is not None and current[0] == field_id:
                self.fields.setCurrentItem(item)
        self.fields.blockSignals(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """The guide goes on once a field is chosen."""
        return self.fields.currentItem() is not None

    def _on_fields_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            choose_field(field_id=int(item.data(Qt.ItemDataRole.UserRole)))
        self.completeChanged.emit()

    def _on_add_button_clicked(self) -> None:
        dialog = FieldDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            choose_field(field_id=dialog.created_id)
            self.events.data_changed.emit()
            self.refresh()
