"""Tools > Check database: SQLite's checks and InfoView's own rules, in a plain report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui import APP_NAME
from infoview_gui.paths import AppPaths
from infoview_gui.services.invariants import DatabaseReport, check_database
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits
from infoview_gui.ui.widgets.labels import heading_label, plain_label


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def report_text(report: DatabaseReport) -> tuple[str, str]:
    """Return (summary, details) of a check, in plain words."""
    if report.sound:
        return (
            "Your data is sound.",
            "SQLite checked the data file and the links between records, and "
            f"{APP_NAME} checked its own rules: everything is as it should be.",
        )
    parts = []
    if report.integrity:
        parts.append(
            "The data file itself is damaged. Restore a recent backup (Tools > Backups): "
            f"{APP_NAME} backs up your data as it is first, so nothing is lost by trying.\n"
            + _bullets(report.integrity)
        )
    if report.rules.fixed:
        parts.append("Repaired:\n" + _bullets(report.rules.fixed))
    if report.rules.problems:
        parts.append("Still to look at:\n" + _bullets(report.rules.problems))
    summary = (
        "The data file is damaged."
        if report.integrity
        else "Everything is repaired."
        if not report.rules.problems
        else "Some things need you."
    )
    return summary, "\n\n".join(parts)


class CheckReportDialog(TypingDialog):
    """Runs the check when opened (repairing what is safe) and shows what it found.

    Signals:
        backups_requested: the user wants Tools > Backups (to restore one).
    """

    backups_requested = Signal()

    def __init__(self, paths: AppPaths, events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.setWindowTitle("Check database")
        self.setMinimumSize(560, 360)
        self.summary = heading_label("", size=1.2)
        self.details = QPlainTextEdit()
        self.details.setAccessibleName("What the check found")
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backups_button = QPushButton("Backups…")
        self.buttons.addButton(self.backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(
            plain_label("The same check runs from the command line: infoview check [--fix].")
        )
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.backups_button.clicked.connect(self._on_backups_button_clicked)
        self.report = self.run_check()

    def run_check(self) -> DatabaseReport:
        """Check now (saving pending edits first) and show the report."""
        pending_edits(self.events).flush_all()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_database(cards_dir=self.paths.cards_dir, fix=True)
        finally:
            QGuiApplication.restoreOverrideCursor()
        summary, details = report_text(report)
        self.summary.setText(summary)
        self.details.setPlainText(details)
        self.backups_button.setVisible(bool(report.integrity))
        self.events.publish()  # what the repair fixed, if anything
        return report

    def _on_backups_button_clicked(self) -> None:
        self.backups_requested.emit()
        self.accept()
