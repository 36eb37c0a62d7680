"""What a dialog shows while its worker runs: what it does, how far it is, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.workers import JobRunner

translate = QCoreApplication.translate


class WorkPanel(QWidget):
    """A line of text, a progress bar and a Cancel button that follow a ``JobRunner``.

    Hidden until :meth:`start`; Cancel asks the runner to stop, and the panel hides
    when the job has ended, however it ended (the dialog shows the outcome). A dialog
    whose own Cancel button stops the work passes ``with_cancel=False``: one Cancel, not two.
    """

    def __init__(
        self, runner: JobRunner, parent: QWidget | None = None, *, with_cancel: bool = True
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.text = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(translate("WorkPanel", "Progress"))
        self.cancel = QPushButton(translate("WorkPanel", "Cancel"))
        self.cancel.setAccessibleName(translate("WorkPanel", "Cancel the work"))
        self.with_cancel = with_cancel
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()
        self.cancel.clicked.connect(self._on_cancel_clicked)
        runner.progressed.connect(self.progress.setValue)
        for ended in (runner.finished, runner.failed, runner.cancelled):
            ended.connect(self.hide)

    def start(self, text: str) -> None:
        """Show ``text`` at 0 %, with Cancel."""
        self.text.setText(text)
        self.progress.setValue(0)
        self.cancel.setEnabled(True)
        self.cancel.setVisible(self.with_cancel)
        self.show()

    def _on_cancel_clicked(self) -> None:
        self.text.setText(translate("WorkPanel", "Canceling…"))
        self.cancel.setEnabled(False)
        self.runner.cancel_now()
