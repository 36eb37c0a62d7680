"""Small dialogs that add one record: a career field, an interview request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import add_field_to_work_on
from infoview_gui.services.interviews import start_request
from infoview_gui.store.queries import contact_choices
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.choices import enum_combo, record_combo
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class FieldDialog(FormDialog):
    """Add a career field; ``for_guide`` also makes it the field the guide works on."""

    def __init__(self, parent: QWidget | None = None, *, for_guide: bool = False) -> None:
        title = translate("FieldDialog", "Add a career field")
        super().__init__(title, parent, ok_text=translate("FieldDialog", "Add"))
        self.for_guide = for_guide
        self.name = line_edit(
            placeholder=translate(
                "FieldDialog", "For example: Nursing, UX design, Civil engineering"
            )
        )
        self.status = enum_combo(FieldStatus)
        self.add_row("name", translate("FieldDialog", "Field"), self.name)
        self.add_row("status", translate("FieldDialog", "Status"), self.status)
        self.created_id: int | None = None

    def save(self) -> None:
        """Add the field."""
        status = FieldStatus(self.status.currentData())
        add = add_field_to_work_on if self.for_guide else add_field
        self.created_id = add(name=self.name.text(), status=status)


class PlanInterviewDialog(FormDialog):
    """Start an interview request for one of the contacts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        title = translate("PlanInterviewDialog", "Plan an interview")
        super().__init__(title, parent, ok_text=translate("PlanInterviewDialog", "Start"))
        question = translate(
            "PlanInterviewDialog", "Whom would you like to ask for an informational interview?"
        )
        self.form.addRow(plain_label(question))
        self.contact = record_combo(contact_choices())
        self.add_row("contact", translate("PlanInterviewDialog", "Contact"), self.contact)

    def save(self) -> None:
        """Open the interview record."""
        start_request(contact_id=int(self.contact.currentData()))
