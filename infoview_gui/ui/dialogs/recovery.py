"""The recovery dialog at start: the data file is damaged or missing; choose a backup.

Shown before the data is opened, instead of opening it. Nothing has been changed when
it appears; the damaged file is renamed aside (never deleted) only when the user
restores a backup or chooses to start with no data. Quitting leaves everything as it is.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.errors import DomainError
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import (
    BackupInfo,
    Condition,
    Diagnosis,
    check_at_start,
    recover_with_backup,
    start_afresh,
    verified,
)
from infoview_gui.ui.dialogs.backup_list import BackupList
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.save_status import plain_message_box
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Outcome(IntEnum):
    """What the user chose."""

    QUIT = 0
    RESTORED = 1
    STARTED_AFRESH = 2


def _explanation(diagnosis: Diagnosis, backups: int) -> str:
    if diagnosis.condition is Condition.MISSING:
        then = translate("RecoveryDialog", "It may have been moved or deleted outside %1.")
    else:
        then = translate(
            "RecoveryDialog",
            "%1 has not changed it. When you restore a backup, the damaged file is kept "
            "beside it under a new name: nothing is deleted.",
        )
    first = f"{diagnosis.problem} {then.replace('%1', APP_NAME)}"
    if backups:
        choose = translate("RecoveryDialog", "Choose a backup to restore. The newest is selected.")
        return f"{first}\n\n{choose}"
    none = translate(
        "RecoveryDialog",
        "There is no backup to restore. You can quit and keep the file as it is (someone "
        "who knows SQLite may be able to rescue it), or start with no data.",
    )
    return f"{first}\n\n{none}"


class UnusableBackups(QObject):
    """The words for the backups left out (a ``QObject``: lupdate marks plurals in ``tr``)."""

    def sentence(self, count: int) -> str:
        """Say how many backups failed their check and are not shown."""
        return self.tr("%n other backup(s) did not pass their check and are not shown.", "", count)


class RecoveryDialog(TypingDialog):
    """Explains the problem, lists verified backups, restores one, or quits.

    Attributes:
        outcome: what the user chose, once the dialog closed.
        message: what to tell the user once the window is open (restored, kept files).
    """

    def __init__(self, paths: AppPaths, diagnosis: Diagnosis, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.diagnosis = diagnosis
        self.outcome = Outcome.QUIT
        self.message = ""
        self.setWindowTitle(
            translate("RecoveryDialog", "%1: your data needs attention").replace("%1", APP_NAME)
        )
        self.setMinimumWidth(560)
        good, bad = verified(paths=paths)
        self.backups = BackupList()
        self.backups.show_backups(good)
        self.backups.setVisible(bool(good))
        self.unusable = plain_label(UnusableBackups().sentence(bad) if bad else "")
        self.unusable.setVisible(bool(bad))
        self.buttons = QDialogButtonBox()
        self.restore_button = box_button(
            self.buttons,
            translate("RecoveryDialog", "Restore this backup"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setEnabled(bool(good))
        self.restore_button.setDefault(bool(good))
        self.afresh_button = box_button(
            self.buttons,
            translate("RecoveryDialog", "Start with no data…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.folder_button = box_button(
            self.buttons,
            translate("RecoveryDialog", "Open data folder"),
            QDialogButtonBox.ButtonRole.HelpRole,
        )
        self.quit_button = box_button(
            self.buttons,
            translate("RecoveryDialog", "Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        layout = QVBoxLayout(self)
        title = (
            translate("RecoveryDialog", "Your data file is missing")
            if diagnosis.condition is Condition.MISSING
            else translate("RecoveryDialog", "%1 cannot open your data").replace("%1", APP_NAME)
        )
        layout.addWidget(heading_label(title))
        layout.addWidget(plain_label(_explanation(diagnosis, len(good))))
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.unusable)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.afresh_button.clicked.connect(self._on_afresh_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        self.backups.itemDoubleClicked.connect(self._on_restore_button_clicked)

    def _now(self) -> datetime:
        return datetime.now().astimezone()

    def _kept_words(self, kept: list[str]) -> str:
        if not kept:
            return ""
        kept_as = translate("RecoveryDialog", "The damaged file is kept in %1 as %2.")
        return " " + kept_as.replace("%1", str(self.paths.data_dir)).replace("%2", kept[0])

    def restore(self, backup: BackupInfo) -> bool:
        """Put ``backup`` in place of the damaged file; False (and a message) if it failed."""
        try:
            kept = recover_with_backup(paths=self.paths, backup=backup.path, now=self._now())
        except (DomainError, OSError) as exc:
            plain_message_box(
                self,
                translate("RecoveryDialog", "Not restored"),
                translate("RecoveryDialog", "The backup could not be restored."),
                str(exc),
            ).exec()
            return False
        self.outcome = Outcome.RESTORED
        restored = translate("RecoveryDialog", "Restored the backup of %1.")
        self.message = restored.replace("%1", local_datetime(backup.taken_at))
        self.message += self._kept_words([p.name for p in kept])
        return True

    def _on_restore_button_clicked(self) -> None:
        chosen = self.backups.chosen()
        if chosen is not None and self.restore(chosen):
            self.accept()

    def confirm_afresh(self) -> bool:
        """Ask before starting with no data."""
        details = (
            translate(
                "RecoveryDialog",
                "%1 will open empty. Your backups stay in the backups folder.",
            )
            if self.diagnosis.condition is Condition.MISSING
            else translate(
                "RecoveryDialog",
                "%1 will open empty. The damaged file is kept in the data folder under a new "
                "name. Your backups stay in the backups folder.",
            )
        )
        box = plain_message_box(
            self,
            translate("RecoveryDialog", "Start with no data"),
            translate("RecoveryDialog", "Start with no data?"),
            details.replace("%1", APP_NAME),
        )
        box.setIcon(QMessageBox.Icon.Question)
        start = box.addButton(
            translate("RecoveryDialog", "Start with no data"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is start

    def _on_afresh_button_clicked(self) -> None:
        if not self.confirm_afresh():
            return
        try:
            kept = start_afresh(paths=self.paths, now=self._now())
        except OSError as exc:
            plain_message_box(
                self,
                translate("RecoveryDialog", "Not started"),
                translate("RecoveryDialog", "The damaged file could not be moved aside."),
                str(exc),
            ).exec()
            return
        self.outcome = Outcome.STARTED_AFRESH
        self.message = translate("RecoveryDialog", "Started with no data.")
        self.message += self._kept_words([p.name for p in kept])
        self.accept()

    def _on_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))


def recover_if_needed(
    paths: AppPaths, *, interactive: bool = True, diagnosis: Diagnosis | None = None
) -> tuple[bool, str]:
    """Check the data file before opening it; ask the user what to do if it is damaged.

    Args:
        paths: the data folder.
        interactive: show the dialog; otherwise say why on stderr and stop.
        diagnosis: ``check_at_start`` already made (the app imports this module only
            when the data needs recovery, to keep start-up quick).

    Returns:
        (go on, message): go on is False when the user chose to quit (or, when not
        interactive, when the file needs recovery); the message is for the status bar.
    """
    found = diagnosis or check_at_start(paths=paths)
    if not found.needs_recovery:
        return True, ""
    if not interactive:
        log.warning("Not started: the data file needs recovery (%s)", found.problem)
        print(
            f"{APP_NAME} cannot open its data: {found.problem} Start {APP_NAME} "
            "normally to restore a backup; nothing was changed.",
            file=sys.stderr,
        )
        return False, ""
    dialog = RecoveryDialog(paths, found)
    dialog.exec()
    return dialog.outcome is not Outcome.QUIT, dialog.message
