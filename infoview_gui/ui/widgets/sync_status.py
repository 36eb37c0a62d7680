"""The sync's line in the status bar: how it went, its progress and Cancel, what waits."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from infoview_gui.ui.accessibility import announce
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.workers import JobRunner

if TYPE_CHECKING:
    from infoview_gui.services.sync import Account, Counts

PROGRESS_WIDTH = 120


def clock_time(when: datetime) -> str:
    """Return ``when`` as the computer's clock shows it ("14:05", "2:05 PM")."""
    local = when.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


class SyncStatus(QWidget):
    """One line about the sync; its progress and Cancel; a button for what waits.

    What waits is the password of this session, or changes to choose between. Hidden
    while no account is set up. The full sentence of a failure is its tooltip (the status
    bar shows it for a while too).

    Signals:
        cancel_requested: the user wants the sync running to stop.
        password_requested: the user wants to type the password (and sync).
        conflicts_requested: the user wants to see what waits for a choice.
    """

    cancel_requested = Signal()
    password_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.text = plain_label(wrap=False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(PROGRESS_WIDTH)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the sync"))
        self.password = QPushButton(self.tr("Type the password…"))
        self.waiting = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.text, self.progress, self.cancel, self.password, self.waiting):
            row.addWidget(widget)
        self._set_running(False)
        self.password.hide()
        self.waiting.hide()
        self.hide()
        runner.progressed.connect(self.progress.setValue)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.password.clicked.connect(self.password_requested)
        self.waiting.clicked.connect(self.conflicts_requested)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)

    def _say(self, text: str, tooltip: str = "") -> None:
        self.text.setText(text)
        self.text.setToolTip(tooltip)
        self.text.setAccessibleDescription(tooltip)

    def show_account(self, account: Account | None, *, waiting: int) -> None:
        """Show the sync's state at rest: last synced, and what waits (hidden: no account)."""
        self.setVisible(account is not None)
        if account is None:
            return
        if account.last_synced_at is not None:
            self._say(self.tr("Synced at %1").replace("%1", clock_time(account.last_synced_at)))
        elif not self.text.text():
            self._say(self.tr("Not synced yet"))
        self.show_waiting(waiting)

    def show_waiting(self, waiting: int) -> None:
        """Offer the changes waiting for a choice, if any."""
        self.waiting.setText(self.tr("%n to choose…", "", waiting))
        self.waiting.setAccessibleName(
            self.tr("%n change(s) from the sync wait for your choice", "", waiting)
        )
        self.waiting.setVisible(waiting > 0)

    def start(self, _account: Account) -> None:
        """A sync started: "Syncing…", the progress and Cancel."""
        self.show()
        self.password.hide()
        self.progress.setValue(0)
        self._set_running(True)
        self._say(self.tr("Syncing…"))

    def say(self, what: str) -> None:
        """Show what the running sync does (its own words)."""
        if self.cancel.isVisible() and self.cancel.isEnabled():
            self._say(what)

    def want_password(self) -> None:
        """An automatic sync waits for this session's password: offer to type it."""
        self.show()
        self._say(self.tr("Sync waits for your password"))
        self.password.show()

    def synced(self, counts: Counts, now: datetime, waiting: int) -> None:
        """A sync ended well: when, and what it brought."""
        self._set_running(False)
        brought = counts.contacts_added + counts.contacts_updated
        if brought:
            said = self.tr(
                "Synced at %1: %n contact(s) changed from your address book", "", brought
            )
        else:
            said = self.tr("Synced at %1")
        self._say(said.replace("%1", clock_time(now)))
        announce(self.text, self.text.text())
        self.show_waiting(waiting)

    def refused(self, message: str, retry: datetime | None, *, wrong_password: bool) -> None:
        """A sync failed: a short line, the sentence as its tooltip; when it tries again."""
        self._set_running(False)
        if retry is not None:
            line = self.tr("Not synced: trying again at %1").replace("%1", clock_time(retry))
        else:
            line = self.tr("Not synced")
        self._say(line, message)
        self.password.setVisible(wrong_password)

    def stopped(self, message: str) -> None:
        """The user stopped the sync."""
        self._set_running(False)
        self._say(self.tr("Sync stopped"), message)

    def _on_cancel_clicked(self) -> None:
        self.cancel.setEnabled(False)
        self._say(self.tr("Stopping the sync…"))
        self.cancel_requested.emit()
