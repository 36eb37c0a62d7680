"""Step 1: choose the career field to work on now, and research it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.fields import set_status
from infoview_gui.services.guide import choose_field
from infoview_gui.store import queries
from infoview_gui.ui.dialogs.field_edit import NotesEditor
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.widgets.choices import enum_combo
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

_STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
translate = QCoreApplication.translate


class FieldPage(StepPage):
    """The fields the user weighs; the one selected is the one the guide works on.

    Beside the list, the selected field's status and research notes, saved as typed.
    """

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.FIELD,
            translate("FieldPage", "Choose a career field"),
            translate(
                "FieldPage",
                "Pick the field to explore now, or add one. Research it first: read about "
                "the work, the pay and the path in, and note what only someone inside can "
                "tell you.",
            ),
        )
        self.fields = QListWidget()
        self.fields.setAccessibleName(translate("FieldPage", "Career fields"))
        self.fields.setSpacing(2)
        self.add_button = QPushButton(translate("FieldPage", "Add a career field…"))
        self.status = enum_combo(FieldStatus)
        self.notes_label = plain_label(translate("FieldPage", "Research notes"))
        self.notes = NotesEditor(events)
        self._lay_out()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.fields.currentItemChanged.connect(self._on_fields_current_item_changed)
        self.status.activated.connect(self._on_status_activated)

    def _lay_out(self) -> None:
        status_row = QHBoxLayout()
        status_label = QLabel(translate("FieldPage", "&Status"))
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status, 1)
        left = QVBoxLayout()
        left.addWidget(self.fields, 1)
        left.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addLayout(status_row)
        right = QVBoxLayout()
        right.addWidget(self.notes_label)
        right.addWidget(self.notes, 1)
        hint = plain_label(
            translate(
                "FieldPage",
                "Saved as you type. Links and lines to verify are under Career fields.",
            )
        )
        hint.setObjectName("viewDescription")
        right.addWidget(hint)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)
        self.body.addLayout(columns, 1)

    def selected_field(self) -> int | None:
        """Return the id of the field selected in the list, if any."""
        item = self.fields.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def refresh(self) -> None:
        """List the fields and select the one the guide works on."""
        was_complete = self.isComplete()
        self.notes.flush()
        current = self.guide_field()
        self.fields.blockSignals(True)
        self.fields.clear()
        for field_id, name, status, contacts in queries.field_rows():
            label = FieldStatus(str(status)).label
            count = self.tr("%n contact(s)", "", int(str(contacts)))
            item = QListWidgetItem(f"{name} — {label}, {count}")
            item.setData(Qt.ItemDataRole.UserRole, field_id)
            item.setData(_STATUS_ROLE, str(status))
            item.setData(_NAME_ROLE, str(name))
            self.fields.addItem(item)
            if current is not None and current[0] == field_id:
                self.fields.setCurrentItem(item)
        self.fields.blockSignals(False)
        self._show_selected()
        if self.isComplete() != was_complete:
            # Only on a change: the wizard answers by showing the page again.
            self.completeChanged.emit()

    def _show_selected(self) -> None:
        item = self.fields.currentItem()
        self.notes.load(self.selected_field())
        self.status.setEnabled(item is not None)
        status = None if item is None else item.data(_STATUS_ROLE)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        name = None if item is None else str(item.data(_NAME_ROLE))
        self.notes_label.setText(
            translate("FieldPage", "Research notes")
            if name is None
            else translate("FieldPage", "Research notes on %1").replace("%1", name)
        )

    def isComplete(self) -> bool:
        """The guide goes on once a field is chosen."""
        return self.fields.currentItem() is not None

    def showEvent(self, event: QShowEvent) -> None:
        """Re-read the list and notes: the Career fields view may have changed them.

        Later, not now: the wizard answers ``completeChanged`` by showing the page again,
        so emitting it from inside showEvent recurses until the process crashes.
        """
        QTimer.singleShot(0, self, self.refresh)
        super().showEvent(event)

    def _on_fields_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            choose_field(field_id=int(item.data(Qt.ItemDataRole.UserRole)))
        self._show_selected()
        self.completeChanged.emit()

    def _on_status_activated(self, _index: int) -> None:
        field_id = self.selected_field()
        if field_id is None:
            return
        status = FieldStatus(self.status.currentData())
        run_action(self.events, lambda: set_status(field_id=field_id, status=status))

    def _on_add_button_clicked(self) -> None:
        dialog = FieldDialog(self, for_guide=True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.refresh()
            self.notes.setFocus()
