"""File > Take over from another computer: open the data handed over, never over a change.

The folder is read and weighed against the local data in a worker (the fingerprint of the
local data reads every row). A newer hand-over over unchanged data is offered; when the
data here changed too, the user chooses which to keep, and the other is kept as a backup.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from infoview_gui.domain.changes import Changes
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.handover import Verdict
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import BackupInfo, PreparedRestore
from infoview_gui.services.handover import Found, remembered_folder
from infoview_gui.ui.dialogs.handover import FolderRow, fit_height, with_hand_over
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits, plain_message_box
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import JobRunner

translate = QCoreApplication.translate


class TakeOverDialog(TypingDialog):
    """Looks for a hand-over in a folder and takes it over, or keeps the data here."""

    def __init__(
        self,
        paths: AppPaths,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        found: Found | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.found: Found | None = None
        self._looking = False
        self.taken_over = False
        self.setWindowTitle(translate("TakeOverDialog", "Take over from another computer"))
        self.setMinimumWidth(560)
        self.folder = FolderRow(found.folder if found else remembered_folder(paths=paths))
        self.saves_as_typed(self.folder)
        self.verdict = plain_label()
        self.buttons = QDialogButtonBox()
        self.look_button = box_button(
            self.buttons,
            translate("TakeOverDialog", "Look"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.take_button = box_button(
            self.buttons,
            translate("TakeOverDialog", "Take over"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.keep_button = box_button(
            self.buttons,
            translate("TakeOverDialog", "Keep my data"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)  # Return is for the work, never for Close
        self.runner = JobRunner(
            self,
            doing=translate("TakeOverDialog", "take over the data"),
            kept=translate("TakeOverDialog", "Your data is as it was."),
        )
        self.work = WorkPanel(self.runner)
        self.work.cancel.setAutoDefault(False)  # hidden, it would take Return
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading_label(translate("TakeOverDialog", "Take over from another computer"))
        )
        layout.addWidget(
            plain_label(
                translate(
                    "TakeOverDialog",
                    "Open the data another computer handed over into a folder. Your data "
                    "here is kept as a backup first, listed in Tools > Backups.",
                )
            )
        )
        layout.addWidget(self.folder)
        layout.addWidget(self.verdict)
        layout.addWidget(self.work)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        if found is not None:
            self.show_found(found)
        else:
            self.show_found(None)
            if self.folder.folder() is not None:
                self.look()

    def _connect_signals(self) -> None:
        self.look_button.clicked.connect(self.look)
        self.folder.edit.textEdited.connect(self._on_folder_edited)
        self.folder.chosen.connect(self.look)
        self.take_button.clicked.connect(self.take_over)
        self.keep_button.clicked.connect(self.keep_mine)
        self.close_button.clicked.connect(self.reject)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)

    def _on_folder_edited(self) -> None:
        if self.found is not None:  # what was found was another folder's: Return looks again
            self.runner.cancel()
            self._set_working(False)
            self.show_found(None)

    def look(self) -> None:
        """Read the folder's hand-over and weigh it against the data here, in a worker."""
        from infoview_gui.services.handover import look

        folder = self.folder.folder()
        if folder is None:
            return
        self.show_found(None)
        self._set_working(True)
        self._looking = True
        self.work.start(translate("TakeOverDialog", "Looking at the hand-over…"))
        paths, where = self.paths, folder.resolve()
        self.runner.run(lambda _report: look(paths=paths, folder=where), connection=True)

    def show_found(self, found: Found | None) -> None:
        """Say what the folder holds; offer what can be done with it."""
        self.found = found
        verdict = found.verdict if found else None
        self.verdict.setText(self._verdict_text(found))
        self.verdict.setVisible(found is not None)
        self.take_button.setVisible(verdict in (Verdict.NEWER, Verdict.BOTH))
        self.keep_button.setVisible(verdict is Verdict.BOTH)
        both = verdict is Verdict.BOTH
        self.take_button.setText(
            translate("TakeOverDialog", "Use the hand-over")
            if both
            else translate("TakeOverDialog", "Take over")
        )
        self.look_button.setDefault(verdict not in (Verdict.NEWER, Verdict.BOTH))
        self.take_button.setDefault(verdict is Verdict.NEWER)
        if self.isVisible():
            fit_height(self)

    def _verdict_text(self, found: Found | None) -> str:
        if found is None:
            return ""
        manifest = found.manifest
        if manifest is None:
            return translate("TakeOverDialog", "There is no hand-over in this folder.")
        if found.verdict is Verdict.NEWER:
            said = translate(
                "TakeOverDialog",
                "This folder holds the hand-over from “%1” of %2, newer than your data here, "
                "which has not changed since. Take it over? Your data here is kept as a "
                "backup.",
            )
        elif found.verdict is Verdict.BOTH:
            said = translate(
                "TakeOverDialog",
                "This folder holds the hand-over from “%1” of %2, but your data here has "
                "changes that it does not hold. Choose which to keep: the other is kept as a "
                "backup, listed in Tools > Backups.",
            )
        else:
            said = translate(
                "TakeOverDialog",
                "Your data here already holds the hand-over from “%1” of %2: there is nothing "
                "newer to take over.",
            )
        return with_hand_over(said, manifest.computer, manifest.written_at)

    def _set_working(self, working: bool) -> None:
        self._looking = self._looking and working
        for button in (self.look_button, self.take_button, self.keep_button):
            button.setEnabled(not working)

    def take_over(self) -> None:
        """Copy, check and back up in a worker; swap the data file in on this thread."""
        from infoview_gui.services.handover import prepare_takeover

        found = self.found
        if found is None or found.manifest is None:
            return
        pending_edits(self.events).flush_all()
        self._set_working(True)
        self.work.start(translate("TakeOverDialog", "Taking over the hand-over…"))
        paths, now = self.paths, datetime.now().astimezone()
        self.runner.run(
            lambda report: prepare_takeover(paths=paths, found=found, now=now, report=report),
            connection=True,
        )

    def keep_mine(self) -> None:
        """Keep the data here; keep the hand-over as a backup (in a worker: a file copy)."""
        from infoview_gui.services.handover import keep_local

        found = self.found
        if found is None:
            return
        self._set_working(True)
        self.work.start(translate("TakeOverDialog", "Keeping the hand-over as a backup…"))
        paths = self.paths
        self.runner.run(lambda _report: keep_local(paths=paths, found=found))

    def _on_runner_finished(self, result: object) -> None:
        self._set_working(False)
        if isinstance(result, Found):
            self.show_found(result)
            (self.take_button if result.verdict is Verdict.NEWER else self.folder.edit).setFocus()
        elif isinstance(result, PreparedRestore):
            self._finish(result)
        elif isinstance(result, BackupInfo):
            self.events.saved.emit(
                translate("TakeOverDialog", "Your data is kept; the hand-over is a backup now")
            )
            self.accept()

    def _finish(self, prepared: PreparedRestore) -> None:
        from infoview_gui.services.handover import finish_takeover

        found = self.found
        assert found is not None and found.manifest is not None
        try:
            finish_takeover(
                paths=self.paths, found=found, prepared=prepared, now=datetime.now().astimezone()
            )
        except UserError as exc:
            self._on_runner_failed(str(exc))
            return
        self.taken_over = True
        self.events.undo_stack.clear()  # undo would put back rows of the data replaced
        self.events.publish(Changes.everything())
        said = translate("TakeOverDialog", "Took over the hand-over from “%1” of %2")
        self.events.saved.emit(
            with_hand_over(said, found.manifest.computer, found.manifest.written_at)
        )
        self.accept()

    def _on_runner_failed(self, message: str) -> None:
        looking = self._looking
        self._set_working(False)
        if looking:  # the folder could not be read: said where the verdict goes
            self.verdict.setText(message)
            self.verdict.show()
            fit_height(self)
            return
        plain_message_box(
            self,
            translate("TakeOverDialog", "Not taken over"),
            translate("TakeOverDialog", "Your data is as it was."),
            message,
        ).exec()

    def _on_runner_cancelled(self) -> None:
        self._set_working(False)
        self.show_found(self.found)

    def done(self, result: int) -> None:
        """Stop the work (a cancel changes nothing), and wait for it, as the dialog goes."""
        self.runner.wait()
        super().done(result)
