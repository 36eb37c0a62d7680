"""The user's profile: asked at first start, edited from the menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimeZone
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QPushButton, QWidget

from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services.profile import load_profile, save_profile
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class ProfileDialog(FormDialog):
    """Name, contact details, school, postal address, graduation and how decided the user is."""

    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(
            translate("ProfileDialog", "Your profile"),
            parent,
            ok_text=translate("ProfileDialog", "Save"),
        )
        profile = load_profile()
        intro = (
            translate(
                "ProfileDialog",
                "Welcome to InfoView. Tell us a little about yourself: your details fill the "
                "request emails, thank-you notes, letters and question sheets. You can change "
                "them later from Settings > Your profile.",
            )
            if first_start
            else translate(
                "ProfileDialog",
                "Your details fill the request emails, thank-you notes, letters and question "
                "sheets.",
            )
        )
        self.form.addRow(plain_label(intro))
        self.name = line_edit(
            profile.name, placeholder=translate("ProfileDialog", "First and last name")
        )
        self.email = line_edit(
            profile.email, placeholder=translate("ProfileDialog", "name@example.org")
        )
        self.phone = line_edit(profile.phone, limit=40)
        self.organisation = line_edit(
            profile.organisation,
            placeholder=translate("ProfileDialog", "School, college or employer"),
        )
        self.address = QPlainTextEdit(profile.address)
        self.address.setPlaceholderText(
            translate("ProfileDialog", "Street, city, ZIP code: the letters' sender address")
        )
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.graduation = line_edit(
            profile.graduation or "", placeholder=translate("ProfileDialog", "YYYY-MM"), limit=7
        )
        self.decidedness = QComboBox()
        self.decidedness.addItem(translate("ProfileDialog", "Not sure yet"), None)
        for choice in Decidedness:
            self.decidedness.addItem(choice.label, choice.value)
        if profile.decidedness is not None:
            self.decidedness.setCurrentIndex(self.decidedness.findData(profile.decidedness.value))
        self._time_zone = profile.time_zone or bytes(QTimeZone.systemTimeZoneId().data()).decode()
        for name, label, widget in (
            ("name", translate("ProfileDialog", "Name"), self.name),
            ("email", translate("ProfileDialog", "Email"), self.email),
            ("phone", translate("ProfileDialog", "Phone"), self.phone),
            (
                "organisation",
                translate("ProfileDialog", "School or organization"),
                self.organisation,
            ),
            ("address", translate("ProfileDialog", "Postal address"), self.address),
            ("graduation", translate("ProfileDialog", "Expected graduation"), self.graduation),
            ("decidedness", translate("ProfileDialog", "How decided are you?"), self.decidedness),
        ):
            self.add_row(name, label, widget)
        self.skip_button: QPushButton | None = None
        if first_start:
            self.skip_button = self.buttons.addButton(
                translate("ProfileDialog", "Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
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
