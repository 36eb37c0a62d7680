"""Tools > Backups: the backups with their dates and sizes; back up now; restore one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.changes import Changes
from infoview_gui.domain.errors import UserError
from infoview_gui.paths import DIR_MODE, AppPaths
from infoview_gui.services.backups import (
    BackupInfo,
    PreparedRestore,
    back_up,
    finish_restore,
    list_backups,
    prepare_restore,
)
from infoview_gui.ui.dialogs.backup_list import BackupList
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.save_status import pending_edits, plain_message_box
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import JobRunner

translate = QCoreApplication.translate
KEPT = str(QT_TRANSLATE_NOOP("BackupsDialog", "Your data is as it was."))

EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "%1 backs up your data by itself: when it starts (if anything changed since the "
        "last time), before an upgrade, before an import and before a restore. It keeps "
        "every backup of the last two days, then one a day, one a week and one a month, "
        "going back about a year. The backups you make here are kept until you delete them, "
        "and so are the two kinds a hand-over keeps: “Before a take-over” (your data before "
        "you took over another computer's) and “From another computer” (the other "
        "computer's data, when you kept yours).",
    )
)


class BackupsDialog(TypingDialog):
    """Lists the backups; "Back up now", "Restore…", "Open backup folder".

    "Back up now" runs in a worker on its own connection, with progress and Cancel.

    Signals:
        backed_up(object): "Back up now" ended: the new ``BackupInfo``, or None.
        restored(bool): a restore ended: True when the data is the backup's now.
    """

    backed_up = Signal(object)
    restored = Signal(bool)

    def __init__(self, paths: AppPaths, events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.setMinimumSize(600, 420)
        self.backups = BackupList()
        self.empty = plain_label(
            translate("BackupsDialog", "There is no backup yet: use “Back up now” to make one.")
        )
        self.buttons = QDialogButtonBox()
        self.backup_button = box_button(
            self.buttons,
            translate("BackupsDialog", "Back up now"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.restore_button = box_button(
            self.buttons,
            translate("BackupsDialog", "Restore…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.folder_button = box_button(
            self.buttons,
            translate("BackupsDialog", "Open backup folder"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.runner = JobRunner(
            self,
            doing=translate("BackupsDialog", "finish this with your backups"),
            kept=translate("BackupsDialog", KEPT),
        )
        self._after: Callable[[object], None] = self._on_backed_up
        self.work = WorkPanel(self.runner)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(translate("BackupsDialog", "Backups")))
        explanation = translate("BackupsDialog", EXPLANATION).replace("%1", APP_NAME)
        layout.addWidget(plain_label(explanation))
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.work)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.backups.itemSelectionChanged.connect(self._update_buttons)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)

    def refresh(self) -> None:
        """Show the backups as they are on disk."""
        found = list_backups(paths=self.paths)
        self.backups.show_backups(found)
        self.empty.setVisible(not found)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.backups.chosen() is not None)

    def _now(self) -> datetime:
        return datetime.now().astimezone()

    def _refused(self, title: str, text: str, error: Exception) -> None:
        plain_message_box(self, title, text, str(error)).exec()

    def back_up_now(self) -> None:
        """Start a backup in a worker (pending edits saved first); select it when made."""
        pending_edits(self.events).flush_all()
        self._set_working(True)
        self.work.start(translate("BackupsDialog", "Backing up your data…"))
        paths, now = self.paths, self._now()
        self._after = self._on_backed_up
        self.runner.run(
            lambda report: back_up(paths=paths, now=now, report=report), connection=True
        )

    def _set_working(self, working: bool) -> None:
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not working)
        if not working:
            self._update_buttons()

    def _on_runner_finished(self, result: object) -> None:
        self._set_working(False)
        self._after(result)

    def _on_backed_up(self, made: object) -> None:
        assert isinstance(made, BackupInfo)
        self.refresh()
        self.backups.select_path(made)
        self.events.saved.emit(translate("BackupsDialog", "Backed up"))
        self.backed_up.emit(made)

    def _on_runner_failed(self, message: str) -> None:
        self._set_working(False)
        if self._after == self._on_backed_up:
            plain_message_box(
                self,
                translate("BackupsDialog", "No backup"),
                translate("BackupsDialog", "The backup could not be made."),
                message,
            ).exec()
            self.backed_up.emit(None)
        else:
            plain_message_box(
                self,
                translate("BackupsDialog", "Not restored"),
                translate("BackupsDialog", "The backup was not restored."),
                message,
            ).exec()
            self.refresh()
            self.restored.emit(False)

    def _on_runner_cancelled(self) -> None:
        self._set_working(False)
        if self._after == self._on_backed_up:
            self.events.saved.emit(translate("BackupsDialog", "No backup was made: canceled."))
            self.backed_up.emit(None)
        else:
            self.events.saved.emit(
                translate("BackupsDialog", "The restore was canceled; your data is as it was.")
            )
            self.refresh()
            self.restored.emit(False)

    def done(self, result: int) -> None:
        """Stop a backup being made (it leaves no file), and wait for it, as the dialog goes."""
        self.runner.wait()
        super().done(result)

    def confirm_restore(self, backup: BackupInfo) -> bool:
        """Ask before replacing the data with ``backup``."""
        when = local_datetime(backup.taken_at)
        box = plain_message_box(
            self,
            translate("BackupsDialog", "Restore a backup"),
            translate("BackupsDialog", "Restore the backup of %1?").replace("%1", when),
            translate(
                "BackupsDialog",
                "Your data will be as it was then: what you changed since is replaced. %1 "
                "first backs up your data as it is now, so you can come back to it.",
            ).replace("%1", APP_NAME),
        )
        box.setIcon(QMessageBox.Icon.Question)
        restore = box.addButton(
            translate("BackupsDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore(self, backup: BackupInfo) -> None:
        """Restore ``backup`` (after a backup of the current data); tell every view.

        The copy, its check and the safety backup run in a worker; the swap of the data
        file, a moment, on the window's thread when they are done.
        """
        pending_edits(self.events).flush_all()
        self._set_working(True)
        when = local_datetime(backup.taken_at)
        self.work.start(
            translate("BackupsDialog", "Restoring the backup of %1…").replace("%1", when)
        )
        paths, now, chosen = self.paths, self._now(), backup.path
        self._after = partial(self._on_prepared, backup, now)
        self.runner.run(
            lambda report: prepare_restore(paths=paths, backup=chosen, now=now, report=report),
            connection=True,
        )

    def _on_prepared(self, backup: BackupInfo, now: datetime, prepared: object) -> None:
        assert isinstance(prepared, PreparedRestore)
        try:
            finish_restore(paths=self.paths, prepared=prepared, now=now)
        except UserError as exc:
            self._refused(
                translate("BackupsDialog", "Not restored"),
                translate("BackupsDialog", "The backup was not restored."),
                exc,
            )
            self.refresh()
            self.restored.emit(False)
            return
        # Undo would put back rows of the data that was replaced.
        self.events.undo_stack.clear()
        self.events.publish(Changes.everything())  # a new data file: every view reads it
        when = local_datetime(backup.taken_at)
        self.events.saved.emit(
            translate("BackupsDialog", "Restored the backup of %1").replace("%1", when)
        )
        self.refresh()
        self.restored.emit(True)

    def _on_restore_button_clicked(self) -> None:
        chosen = self.backups.chosen()
        if chosen is not None and self.confirm_restore(chosen):
            self.restore(chosen)

    def _on_folder_button_clicked(self) -> None:
        self.paths.backups_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.backups_dir)))
