"""File > Export: contacts to CSV or vCard, interviews to a calendar, everything to JSON."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError
from infoview_gui.paths import default_folder
from infoview_gui.services import exports
from infoview_gui.store.contact_table import count_contacts
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import Job, JobRunner, Report

translate = QCoreApplication.translate


KEPT = str(
    QT_TRANSLATE_NOOP("ExportDialog", "Your data is as it was, and so is any file of that name.")
)

FORMATS: tuple[tuple[str, str, str, str], ...] = (
    (
        "csv",
        str(QT_TRANSLATE_NOOP("ExportDialog", "Contacts as CSV (spreadsheets and other programs)")),
        ".csv",
        str(QT_TRANSLATE_NOOP("ExportDialog", "InfoView contacts")),
    ),
    (
        "vcard",
        str(QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 4.0 (address books, phones)")),
        ".vcf",
        str(QT_TRANSLATE_NOOP("ExportDialog", "InfoView contacts")),
    ),
    (
        "ics",
        str(QT_TRANSLATE_NOOP("ExportDialog", "Scheduled interviews as a calendar file (.ics)")),
        ".ics",
        str(QT_TRANSLATE_NOOP("ExportDialog", "InfoView interviews")),
    ),
    (
        "json",
        str(
            QT_TRANSLATE_NOOP(
                "ExportDialog", "Everything, as a backup InfoView can restore (.json)"
            )
        ),
        ".json",
        str(QT_TRANSLATE_NOOP("ExportDialog", "InfoView backup")),
    ),
)
"""(format, what the user reads, file suffix, suggested file name): translated where used."""

_FILTERS = {
    "csv": str(QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)")),
    "vcard": str(QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)")),
    "ics": str(QT_TRANSLATE_NOOP("ExportDialog", "Calendar files (*.ics)")),
    "json": str(QT_TRANSLATE_NOOP("ExportDialog", "InfoView backups (*.json)")),
}
NOTES = {
    "csv": str(
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Any spreadsheet or address book can read it; InfoView reads it back."
        )
    ),
    "vcard": str(
        QT_TRANSLATE_NOOP(
            "ExportDialog", "One file with every card; address books and phones import it."
        )
    ),
    "ics": str(
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Every interview with a date and time, in one file your calendar program opens; "
            "exporting again updates the same events.",
        )
    ),
    "json": str(
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Every table, exactly: restore it into an empty data folder with File > Import. "
            "Keep it somewhere safe: it holds all your notes.",
        )
    ),
}


def suggested_name(english: str) -> str:
    """Return a suggested file name in the user's language."""
    return translate("ExportDialog", english)


class ExportDialog(FormDialog):
    """Choose what to export and where; writes the file atomically, private to the user.

    The file is written by a worker on its own connection, with progress and Cancel;
    a cancel or a failure leaves no file (and any file of that name as it was).

    Signals:
        exported(str): the export ended: what was written, or "" when nothing was.

    Args:
        events: the window's shared signals (``saved`` is told what was written).
        parent: the window.
        selected_ids: the contacts selected in the Contacts view, if any.
        folder: where the file is suggested (default: Documents).
    """

    exported = Signal(str)

    def __init__(
        self,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        selected_ids: Sequence[int] = (),
        folder: Path | None = None,
    ) -> None:
        super().__init__(
            translate("ExportDialog", "Export"),
            parent,
            ok_text=translate("ExportDialog", "Export"),
        )
        self.setMinimumWidth(640)
        self.events = events
        self.selected_ids = list(selected_ids)
        self.result_message = ""
        self.format = QComboBox()
        for value, label, _suffix, _name in FORMATS:
            self.format.addItem(translate("ExportDialog", label), value)
        every, chosen = (
            QLocale().toString(count_contacts()),
            QLocale().toString(len(self.selected_ids)),
        )
        self.all_contacts = QRadioButton(
            translate("ExportDialog", "All contacts (%1)").replace("%1", every)
        )
        self.selected = QRadioButton(
            translate("ExportDialog", "The selected contacts (%1)").replace("%1", chosen)
        )
        self.scope = QButtonGroup(self)
        for button in (self.all_contacts, self.selected):
            self.scope.addButton(button)
        (self.selected if self.selected_ids else self.all_contacts).setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_contacts)
        scope_box.addWidget(self.selected)
        scope = self.scope_box = QWidget()
        scope.setLayout(scope_box)
        scope_box.setContentsMargins(0, 0, 0, 0)
        self.spreadsheet = QCheckBox(
            translate("ExportDialog", "Made for a spreadsheet (Excel, LibreOffice, Numbers)")
        )
        self.spreadsheet.setToolTip(
            translate(
                "ExportDialog",
                "Adds a byte-order mark so that a spreadsheet shows accents correctly.",
            )
        )
        self.raw = QCheckBox(
            translate("ExportDialog", "Cells as they are, for a program (not for a spreadsheet)")
        )
        self.raw.setToolTip(
            translate(
                "ExportDialog",
                "By default a cell starting with = + - @, a tab or a line break is written "
                "with a leading apostrophe, so that a spreadsheet shows it as text "
                "(+1-555-0100 stays +1-555-0100) and runs no formula; InfoView's own import "
                "removes it. Check this only for a program that reads the file.",
            )
        )
        first_name = suggested_name(FORMATS[0][3]) + FORMATS[0][2]
        self.path = line_edit(str((folder or default_folder()) / first_name))
        self.path.setMaxLength(4096)
        self.path.setAccessibleName(translate("ExportDialog", "File to export to"))
        self.browse = QPushButton(translate("ExportDialog", "Choose…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        path_box = QWidget()
        path_box.setLayout(path_row)
        path_row.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label()
        self.note.setObjectName("viewDescription")
        self.add_row("format", translate("ExportDialog", "Export"), self.format)
        self.add_row("scope", translate("ExportDialog", "Which contacts"), scope)
        self.add_row("spreadsheet", "", self.spreadsheet)
        self.add_row("raw", "", self.raw)
        self.add_row("path", translate("ExportDialog", "File"), path_box)
        self.form.addRow("", self.note)
        self.runner = JobRunner(
            self,
            doing=translate("ExportDialog", "write this file"),
            kept=translate("ExportDialog", KEPT),
        )
        self.work = WorkPanel(self.runner, with_cancel=False)  # the dialog's Cancel stops it
        self.form.addRow("", self.work)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.inputs["path"] = self.path
        self._connect_signals()
        self._on_format_current_index_changed()

    def _connect_signals(self) -> None:
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.raw.toggled.connect(self._on_raw_toggled)
        self.spreadsheet.toggled.connect(self._on_spreadsheet_toggled)
        self.browse.clicked.connect(self._on_browse_clicked)

    def chosen_format(self) -> str:
        """Return the format chosen: csv, vcard, ics or json."""
        return str(self.format.currentData())

    def _on_format_current_index_changed(self) -> None:
        fmt = self.chosen_format()
        contacts = fmt in ("csv", "vcard")
        self.all_contacts.setEnabled(contacts)
        self.selected.setEnabled(contacts and bool(self.selected_ids))
        self.spreadsheet.setEnabled(fmt == "csv")
        self.raw.setEnabled(fmt == "csv")
        _value, _label, suffix, english = next(f for f in FORMATS if f[0] == fmt)
        name = suggested_name(english)
        current = Path(self.path.text().strip() or name)
        stem = current.stem if current.stem not in {suggested_name(f[3]) for f in FORMATS} else name
        self.path.setText(str(current.with_name(stem + suffix)))
        self.note.setText(translate("ExportDialog", NOTES[fmt]))

    def _on_raw_toggled(self, checked: bool) -> None:
        if checked:  # raw cells are for programs: no spreadsheet's byte-order mark then
            self.spreadsheet.setChecked(False)

    def _on_spreadsheet_toggled(self, checked: bool) -> None:
        if checked:
            self.raw.setChecked(False)

    def _on_browse_clicked(self) -> None:
        fmt = self.chosen_format()
        kinds = translate("ExportDialog", _FILTERS[fmt])
        caption = translate("ExportDialog", "Export to")
        path, _ = QFileDialog.getSaveFileName(self, caption, self.path.text(), kinds)
        if path:
            self.path.setText(path)

    def save(self) -> None:
        """Start writing the file in a worker; the dialog closes once it is written.

        Raises:
            DomainError: no file was chosen.
        """
        if not self.path.text().strip():
            raise DomainError(translate("ExportDialog", "Choose a file to write."))
        path = Path(self.path.text().strip()).expanduser()
        self.show_error("")
        self._set_working(True)
        self.work.start(translate("ExportDialog", "Writing %1…").replace("%1", path.name))
        self.runner.run(self._job(path), connection=True)

    def _job(self, path: Path) -> Job:
        fmt = self.chosen_format()
        ids = self.selected_ids if self.selected.isChecked() and self.selected_ids else None
        spreadsheet, raw = self.spreadsheet.isChecked(), self.raw.isChecked()
        now = datetime.now(UTC)

        def job(report: Report) -> object:
            if fmt == "csv":
                return exports.export_csv(
                    path=path, contact_ids=ids, spreadsheet=spreadsheet, raw=raw, report=report
                )
            if fmt == "vcard":
                return exports.export_vcard(path=path, contact_ids=ids)
            if fmt == "ics":
                return exports.export_ics(path=path, now=now)
            return exports.export_json(path=path, now=now, report=report)

        return job

    def _on_buttons_accepted(self) -> None:
        try:
            self.save()
        except DomainError as exc:
            self.show_error(str(exc))

    def is_working(self) -> bool:
        """Whether the file is being written now."""
        return self.runner.is_busy()

    def _set_working(self, working: bool) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for widget in (ok, self.format, self.scope_box, self.path, self.browse):
            widget.setEnabled(not working)
        if working:
            self.spreadsheet.setEnabled(False)
            self.raw.setEnabled(False)
        else:
            self._on_format_current_index_changed()

    def _on_runner_finished(self, result: object) -> None:
        assert isinstance(result, exports.ExportResult)
        self.result_message = result.message
        self.events.saved.emit(result.message)
        self.exported.emit(result.message)
        self.accept()

    def _on_runner_failed(self, message: str) -> None:
        self._set_working(False)
        self.show_error(message)
        self.exported.emit("")

    def _on_runner_cancelled(self) -> None:
        self._set_working(False)
        canceled = translate("ExportDialog", "The export was canceled.")
        self.show_error(f"{canceled} {translate('ExportDialog', KEPT)}")
        self.exported.emit("")

    def reject(self) -> None:
        """Cancel stops the export being written (the dialog stays, saying so); else closes."""
        if self.is_working():
            self.work.text.setText(translate("ExportDialog", "Canceling…"))
            self.runner.cancel_now()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Stop any export (it leaves no file), and wait for it, before the dialog goes."""
        self.runner.wait()
        super().done(result)
