"""Step 2: find professionals in the field to interview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from infoview_gui.domain.enums import Source
from infoview_gui.store import queries
from infoview_gui.ui.dialogs.records import ContactDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

PLACES = ", ".join(source.label.lower() for source in Source if source is not Source.OTHER)


class ContactsPage(StepPage):
    """The contacts of the chosen field, and where to look for more."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.CONTACTS,
            "Find professionals to interview",
            f"Ask around and look in these places: {PLACES}. Note who introduced you: "
            "a mutual contact opens doors.",
        )
        self.summary = self.add_note()
        self.table, self.model = self.make_table(
            ("Name", "Job title", "Organisation", "Field", "Email")
        )
        self.add_button = QPushButton("Add a contact…")
        self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def refresh(self) -> None:
        """Show the contacts of the field."""
        field = self.guide_field()
        rows = queries.contact_rows(field[0]) if field else []
        name = field[1] if field else "this field"
        self.summary.setText(
            f"{len(rows)} contact(s) in {name}."
            if rows
            else f"No contacts in {name} yet. Add the first person you could ask."
        )
        self.show_rows(self.model, self.table, rows)

    def _on_add_button_clicked(self) -> None:
        field = self.guide_field()
        dialog = ContactDialog(self, field_id=field[0] if field else None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.data_changed.emit()
            self.refresh()
