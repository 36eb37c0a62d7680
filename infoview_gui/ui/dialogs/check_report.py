"""Tools > Check database: SQLite's checks and InfoView's own rules, in a plain report."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.changes import Changes
from infoview_gui.paths import AppPaths
from infoview_gui.services.invariants import DatabaseReport, check_database
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import JobRunner, Report

translate = QCoreApplication.translate
NOT_CHECKED = str(QT_TRANSLATE_NOOP("CheckReportDialog", "Nothing was changed."))


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def report_text(report: DatabaseReport) -> tuple[str, str]:
    """Return (summary, details) of a check, in plain words."""
    if report.sound:
        return (
            translate("CheckReportDialog", "Your data is sound."),
            translate(
                "CheckReportDialog",
                "SQLite checked the data file and the links between records, and %1 checked "
                "its own rules: everything is as it should be.",
            ).replace("%1", APP_NAME),
        )
    parts = []
    if report.integrity:
        damaged = translate(
            "CheckReportDialog",
            "The data file itself is damaged. Restore a recent backup (Tools > Backups): %1 "
            "backs up your data as it is first, so nothing is lost by trying.",
        )
        parts.append(damaged.replace("%1", APP_NAME) + "\n" + _bullets(report.integrity))
    if report.rules.fixed:
        repaired = translate("CheckReportDialog", "Repaired:")
        parts.append(repaired + "\n" + _bullets(report.rules.fixed))
    if report.rules.problems:
        still = translate("CheckReportDialog", "Still to look at:")
        parts.append(still + "\n" + _bullets(report.rules.problems))
    summary = (
        translate("CheckReportDialog", "The data file is damaged.")
        if report.integrity
        else translate("CheckReportDialog", "Everything is repaired.")
        if not report.rules.problems
        else translate("CheckReportDialog", "Some things need you.")
    )
    return summary, "\n\n".join(parts)


class CheckReportDialog(TypingDialog):
    """Runs the check when opened (repairing what is safe) and shows what it found.

    The check runs in a worker on its own connection, with progress and Cancel (a
    cancelled check rolls back its repairs); the window keeps painting meanwhile.

    Signals:
        backups_requested: the user wants Tools > Backups (to restore one).
        checked: the check ended (its report, its failure or its cancel is shown).
    """

    backups_requested = Signal()
    checked = Signal()

    def __init__(self, paths: AppPaths, events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.setWindowTitle(translate("CheckReportDialog", "Check database"))
        self.setMinimumSize(560, 360)
        self.summary = heading_label("")
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(translate("CheckReportDialog", "What the check found"))
        self.details.setReadOnly(True)
        self.runner = JobRunner(
            self,
            doing=translate("CheckReportDialog", "check your data"),
            kept=translate("CheckReportDialog", NOT_CHECKED),
        )
        self.work = WorkPanel(self.runner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backups_button = QPushButton(translate("CheckReportDialog", "Backups…"))
        self.buttons.addButton(self.backups_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.work)
        layout.addWidget(
            plain_label(
                translate(
                    "CheckReportDialog",
                    "The same check runs from the command line: infoview check [--fix].",
                )
            )
        )
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.backups_button.clicked.connect(self._on_backups_button_clicked)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.report: DatabaseReport | None = None
        self.run_check()

    def run_check(self) -> None:
        """Start the check (saving pending edits first); the report shows when it ends."""
        pending_edits(self.events).flush_all()
        self.backups_button.hide()
        self.summary.setText(translate("CheckReportDialog", "Checking your data…"))
        self.details.setPlainText("")
        self.work.start(
            translate(
                "CheckReportDialog",
                "SQLite checks the data file, then InfoView checks its own rules.",
            )
        )
        cards = self.paths.cards_dir

        def job(report: Report) -> object:
            return check_database(cards_dir=cards, fix=True, report=report)

        self.runner.run(job, connection=True)

    def _on_runner_finished(self, report: object) -> None:
        assert isinstance(report, DatabaseReport)
        self.report = report
        summary, details = report_text(report)
        self.summary.setText(summary)
        self.details.setPlainText(details)
        self.backups_button.setVisible(bool(report.integrity))
        if report.rules.fixed:  # repaired on the worker's connection: said explicitly
            self.events.publish(Changes.everything())
        self.checked.emit()

    def _on_runner_failed(self, message: str) -> None:
        self.summary.setText(translate("CheckReportDialog", "The check could not be finished."))
        self.details.setPlainText(message)
        self.checked.emit()

    def _on_runner_cancelled(self) -> None:
        self.summary.setText(translate("CheckReportDialog", "The check was canceled."))
        nothing = translate("CheckReportDialog", "Nothing was repaired.")
        self.details.setPlainText(f"{nothing} {translate('CheckReportDialog', NOT_CHECKED)}")
        self.checked.emit()

    def done(self, result: int) -> None:
        """Stop the check (its repairs roll back), and wait for it, before the dialog goes."""
        self.runner.wait()
        super().done(result)

    def _on_backups_button_clicked(self) -> None:
        self.backups_requested.emit()
        self.accept()
