"""The user's profile: asked at first start, edited from the menu."""

from __future__ import annotations

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QPushButton, QWidget

from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services.profile import load_profile, save_profile
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.labels import plain_label


class ProfileDialog(FormDialog):
    """Name, contact details, school, postal address, graduation and how decided the user is."""

    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__("Your profile", parent)
        profile = load_profile()
        intro = (
            "Welcome to InfoView. Tell us a little about yourself: your details fill the "
            "request emails, thank-you notes, letters and question sheets. You can change them "
            "later "
            "from Settings > Your profile."
            if first_start
            else "Your details fill the request emails, thank-you notes, letters and question "
            "sheets."
        )
        self.form.addRow(plain_label(intro))
        self.name = line_edit(profile.name, placeholder="First and last name")
        self.email = line_edit(profile.email, placeholder="name@example.org")
        self.phone = line_edit(profile.phone, limit=40)
        self.organisation = line_edit(
            profile.organisation, placeholder="School, college or employer"
        )
        self.address = QPlainTextEdit(profile.address)
        self.address.setPlaceholderText("Street, town, postcode: the letters' sender address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.graduation = line_edit(profile.graduation or "", placeholder="YYYY-MM", limit=7)
        self.decidedness = QComboBox()
        self.decidedness.addItem("Not sure yet", None)
        for choice in Decidedness:
            self.decidedness.addItem(choice.label, choice.value)
        if profile.decidedness is not None:
            self.decidedness.setCurrentIndex(self.decidedness.findData(profile.decidedness.value))
        self._time_zone = profile.time_zone or bytes(QTimeZone.systemTimeZoneId().data()).decode()
        self.add_row("name", "Name", self.name)
        self.add_row("email", "Email", self.email)
        self.add_row("phone", "Phone", self.phone)
        self.add_row("organisation", "School or organisation", self.organisation)
        self.add_row("address", "Postal address", self.address)
        self.add_row("graduation", "Expected graduation", self.graduation)
        self.add_row("decidedness", "How decided are you?", self.decidedness)
        self.skip_button: QPushButton | None = None
        if first_start:
            self.skip_button = self.buttons.addButton(
                "Skip for now", QDialogButtonBox.ButtonRole.RejectRole
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def profile(self) -> ProfileData:
        """Return what the form holds now."""
        decidedness = self.decidedness.currentData()
        return ProfileData(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            organisation=self.organisation.text(),
            graduation=self.graduation.text(),
            decidedness=Decidedness(decidedness) if decidedness else None,
            time_zone=self._time_zone,
            address=self.address.toPlainText(),
        )

    def save(self) -> None:
        """Store the profile."""
        save_profile(profile=self.profile())
