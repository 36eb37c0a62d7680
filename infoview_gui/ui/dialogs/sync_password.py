"""The account's password, asked once per run of InfoView when a sync first needs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from infoview_gui import APP_NAME
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from infoview_gui.services.sync import Account


def password_edit() -> QLineEdit:
    """Return a one-line input that hides what is typed (a password)."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1000)
    return edit


class SyncPasswordDialog(TypingDialog):
    """Asks for the password of the sync account; it is kept in memory only."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync password"))
        asked = self.tr("The password of %1 at %2:")
        self.edit = password_edit()
        self.edit.setAccessibleName(self.tr("Password"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sync"))
        ok.setEnabled(False)
        self.edit.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        self.saves_as_typed(self.edit)  # Escape throws a password away without asking
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        kept = self.tr(
            "%1 keeps it in memory until you quit and never writes it anywhere: it asks again "
            "the next time it starts."
        ).replace("%1", APP_NAME)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(asked.replace("%1", account.user_name).replace("%2", account.server_url))
        )
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.edit)
        layout.addLayout(form)
        layout.addWidget(plain_label(kept))
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def password(self) -> str:
        """Return the password typed."""
        return self.edit.text()
