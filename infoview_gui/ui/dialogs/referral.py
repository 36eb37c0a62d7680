"""They suggested someone: the person a professional named, typed in a few keystrokes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.referrals import Referral
from infoview_gui.domain.validation import SHORT_TEXT_MAX
from infoview_gui.services import referrals
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.events import events_of
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate
_LABELS = (
    ("name", str(QT_TRANSLATE_NOOP("ReferralDialog", "&Name:"))),
    ("organisation", str(QT_TRANSLATE_NOOP("ReferralDialog", "&Organization:"))),
    ("email", str(QT_TRANSLATE_NOOP("ReferralDialog", "&Email:"))),
    ("phone", str(QT_TRANSLATE_NOOP("ReferralDialog", "&Phone:"))),
    ("notes", str(QT_TRANSLATE_NOOP("ReferralDialog", "&How to reach them:"))),
)
"""The inputs (the service's names) and their labels, translated where shown."""
_ACCESSIBLE = {
    "name": str(QT_TRANSLATE_NOOP("ReferralDialog", "Name")),
    "organisation": str(QT_TRANSLATE_NOOP("ReferralDialog", "Organization")),
    "email": str(QT_TRANSLATE_NOOP("ReferralDialog", "Email")),
    "phone": str(QT_TRANSLATE_NOOP("ReferralDialog", "Phone")),
    "notes": str(QT_TRANSLATE_NOOP("ReferralDialog", "How to reach them")),
}
"""What a screen reader says for each input (the label without its key and colon)."""


class ReferralDialog(FormDialog):
    """Add the person ``referrer_id`` suggested: a name, and whatever else is known.

    The new contact joins the referrer's field, last of its ranking, introduced by them
    and flagged as a referral; their request will open with the referrer's name.

    Attributes:
        contact_id: the new contact, once saved.
    """

    def __init__(self, referrer_id: int, referrer_name: str, parent: QWidget | None = None) -> None:
        title = translate("ReferralDialog", "They suggested someone")
        super().__init__(title, parent, ok_text=translate("ReferralDialog", "Add"))
        self.referrer_id = referrer_id
        self.contact_id: int | None = None
        intro = plain_label(
            translate(
                "ReferralDialog",
                "Who did %1 suggest you talk to? Type what you know: the rest can wait. They "
                "join the same field's list, introduced by %1.",
            ).replace("%1", referrer_name)
        )
        self.content.insertWidget(0, intro)
        self.name = line_edit(placeholder=translate("ReferralDialog", "First and last name"))
        self.organisation = line_edit()
        self.email = line_edit(placeholder=translate("ReferralDialog", "name@example.org"))
        self.phone = line_edit(limit=40)
        self.reach = line_edit(
            placeholder=translate("ReferralDialog", "e.g. mention my name; best by phone"),
            limit=SHORT_TEXT_MAX,
        )
        widgets = (self.name, self.organisation, self.email, self.phone, self.reach)
        for (name, label), widget in zip(_LABELS, widgets, strict=True):
            widget.setAccessibleName(translate("ReferralDialog", _ACCESSIBLE[name]))
            self.add_row(name, translate("ReferralDialog", label), widget)
        self.inputs["first_name"] = self.inputs["last_name"] = self.name  # refusals name these

    def referral(self) -> Referral:
        """Return what was typed."""
        return Referral(
            name=self.name.text(),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            how_to_reach=self.reach.text(),
        )

    def save(self) -> None:
        """Add the referral (one action); a refusal keeps the dialog open with the text."""
        self.contact_id = referrals.add_referral(
            referrer_id=self.referrer_id, referral=self.referral()
        )


def open_referral(parent: QWidget, referrer_id: int, referrer_name: str) -> ReferralDialog:
    """Open the dialog for the person ``referrer_id`` suggested; say so once they are added."""
    dialog = ReferralDialog(referrer_id, referrer_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _added(dialog))
    dialog.open()
    return dialog


def _added(dialog: ReferralDialog) -> None:
    events = events_of(dialog)
    if events is not None:
        name = " ".join(dialog.name.text().split())
        said = translate("ReferralDialog", "%1 added to the list, introduced by this person")
        events.saved.emit(said.replace("%1", name))
