"""File > Hand over to another computer: a verified copy of the data in a carried folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.paths import AppPaths
from infoview_gui.services.handover import HandedOver, remembered_folder
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.save_status import pending_edits, plain_message_box
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import JobRunner

translate = QCoreApplication.translate


class FolderRow(QWidget):
    """A folder's path, typed or chosen with "Choose…".

    Signals:
        chosen: a folder was picked with "Choose…".
    """

    chosen = Signal()

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(folder) if folder else "")
        self.edit.setAccessibleName(translate("FolderRow", "Hand-over folder"))
        self.choose = QPushButton(translate("FolderRow", "Choose…"))
        self.choose.setAutoDefault(False)  # Return in the field is the dialog's own button
        label = QLabel(translate("FolderRow", "&Folder:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        self.choose.clicked.connect(self._on_choose_clicked)

    def folder(self) -> Path | None:
        """Return the folder typed or chosen, or None when the field is empty."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def _on_choose_clicked(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        caption = translate("FolderRow", "Choose the hand-over folder")
        picked = QFileDialog.getExistingDirectory(self.window(), caption, start)
        if picked:
            self.edit.setText(picked)
            self.chosen.emit()


def fit_height(dialog: QWidget) -> None:
    """Make ``dialog`` tall enough for its wrapped text at its width (a sentence came in).

    A shown window keeps its size when a label in it grows: the labels above would be
    squeezed and cut instead.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else 0
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def with_hand_over(text: str, computer: str, written_at: datetime) -> str:
    """Return ``text`` with the hand-over's computer for %1 and its moment for %2."""
    # The moment first: a computer named "%2" stays as it is named.
    return text.replace("%2", local_datetime(written_at)).replace("%1", computer)


class HandOverDialog(TypingDialog):
    """Writes a hand-over into the folder the user picks, in a worker, with progress."""

    def __init__(self, paths: AppPaths, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.setWindowTitle(translate("HandOverDialog", "Hand over to another computer"))
        self.setMinimumWidth(560)
        self.folder = FolderRow(remembered_folder(paths=paths))
        self.saves_as_typed(self.folder)
        self.outcome = plain_label()
        self.outcome.hide()
        self.buttons = QDialogButtonBox()
        self.hand_over_button = box_button(
            self.buttons,
            translate("HandOverDialog", "Hand over"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)  # Return is for the work, never for Close
        self.runner = JobRunner(
            self,
            doing=translate("HandOverDialog", "write the hand-over"),
            kept=translate("HandOverDialog", "Your data is as it was."),
        )
        self.work = WorkPanel(self.runner)
        self.work.cancel.setAutoDefault(False)  # hidden, it would take Return
        self.hand_over_button.setDefault(True)
        layout = QVBoxLayout(self)
        title = translate("HandOverDialog", "Hand over to another computer")
        layout.addWidget(heading_label(title))
        layout.addWidget(
            plain_label(
                translate(
                    "HandOverDialog",
                    "Write a copy of your data into a folder that goes with you to the other "
                    "computer: a synced folder (Dropbox, OneDrive, Syncthing…) or a USB stick. "
                    "The copy is checked before it is kept. On the other computer, choose File "
                    "> Take over from another computer… and the same folder.",
                )
            )
        )
        layout.addWidget(self.folder)
        layout.addWidget(self.outcome)
        layout.addWidget(self.work)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.hand_over)
        self.close_button.clicked.connect(self.reject)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)

    def hand_over(self) -> None:
        """Write the hand-over in a worker (pending edits saved first)."""
        from infoview_gui.services.handover import hand_over

        folder = self.folder.folder()
        if folder is None or not folder.is_dir():
            self._say(translate("HandOverDialog", "Choose a folder that exists first."))
            self.folder.edit.setFocus()
            return
        pending_edits(self.events).flush_all()
        self.hand_over_button.setEnabled(False)
        self.outcome.hide()
        self.work.start(translate("HandOverDialog", "Writing the hand-over…"))
        paths, now, target = self.paths, datetime.now().astimezone(), folder.resolve()
        self.runner.run(
            lambda report: hand_over(paths=paths, folder=target, now=now, report=report),
            connection=True,
        )

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()
        fit_height(self)

    def _on_runner_finished(self, result: object) -> None:
        assert isinstance(result, HandedOver)
        self.hand_over_button.setEnabled(True)
        said = translate(
            "HandOverDialog",
            "Handed over (%1). On the other computer, choose File > Take over from another "
            "computer… and this folder.",
        ).replace("%1", local_datetime(result.manifest.written_at))
        if result.set_aside is not None:
            said += " " + translate(
                "HandOverDialog",
                "The hand-over that was in the folder came from another computer and was "
                "never taken over here: it is kept in Tools > Backups.",
            )
        self._say(said)
        self.close_button.setFocus()
        self.events.saved.emit(translate("HandOverDialog", "Handed over"))

    def _on_runner_failed(self, message: str) -> None:
        self.hand_over_button.setEnabled(True)
        plain_message_box(
            self,
            translate("HandOverDialog", "Not handed over"),
            translate("HandOverDialog", "The hand-over could not be written."),
            message,
        ).exec()

    def _on_runner_cancelled(self) -> None:
        self.hand_over_button.setEnabled(True)
        self._say(translate("HandOverDialog", "Canceled: no hand-over was written."))

    def done(self, result: int) -> None:
        """Stop a hand-over being written (it leaves no file), and wait, as the dialog goes."""
        self.runner.wait()
        super().done(result)
