"""Step 2: find professionals in the field to interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.store.contact_table import ContactFilter
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.widgets.contact_table_view import ContactTableView
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

translate = QCoreApplication.translate


class ContactsPage(StepPage):
    """The contacts of the chosen field (the Contacts table, narrowed), and where to look."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.CONTACTS,
            translate("ContactsPage", "Find professionals to interview"),
            translate(
                "ContactsPage",
                "Ask around: friends, family, professors, campus staff, professional "
                "organizations, networking sites and alumni programs. Note who introduced "
                "you: a mutual contact opens doors.",
            ),
        )
        self.summary = self.add_note()
        self.model = ContactTableModel()
        self.table = ContactTableView(self.model)
        self.body.addWidget(self.table, 1)
        self.add_button = QPushButton(translate("ContactsPage", "Add a contact…"))
        self.open_button = QPushButton(translate("ContactsPage", "Open"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.open_requested.connect(self._open)

    def refresh(self) -> None:
        """Show the contacts of the field."""
        field = self.guide_field()
        self.model.set_filter(ContactFilter(field_id=field[0] if field else -1), reload=True)
        count = self.model.rowCount()
        if field is None:
            text = translate(
                "ContactsPage", "No contacts in this field yet. Add the first person you could ask."
            )
        elif count:
            text = self.tr("%n contact(s) in %1.", "", count).replace("%1", field[1])
        else:
            text = translate(
                "ContactsPage", "No contacts in %1 yet. Add the first person you could ask."
            ).replace("%1", field[1])
        self.summary.setText(text)

    def _on_add_button_clicked(self) -> None:
        from infoview_gui.ui.dialogs.contact import ContactDialog

        field = self.guide_field()
        dialog = ContactDialog(self, field_id=field[0] if field else None)
        dialog.open_existing_requested.connect(self._open)
        dialog.exec()  # what it saved is published: this page refreshes with the others

    def _on_open_button_clicked(self) -> None:
        contact_id = self.table.current_id()
        if contact_id is not None:
            self._open(contact_id)

    def _open(self, contact_id: int) -> None:
        from infoview_gui.ui.dialogs.contact import ContactDialog

        ContactDialog(self, contact_id=contact_id).exec()
