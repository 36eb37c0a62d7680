"""The export and restore processes of the scale benchmark (see scale_drive.py).

Each action is done once its worker's outcome is shown: the export dialog closes when
the file is written, the import dialog when the restore has committed; the probe counts
the GUI thread's gaps all the while.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from scale_drive import Driver, no_dialog, peak_rss_mb
from scale_probe import Script, modal


def export_actions(driver: Driver, json_path: Path, csv_path: Path) -> None:
    """File > Export everything as JSON, then all contacts as CSV."""
    from infoview_gui.ui.dialogs.export_dialog import ExportDialog

    for name, fmt, path in (("json_export", "json", json_path), ("csv_export", "csv", csv_path)):

        def fill(dialog: ExportDialog, fmt: str = fmt, path: Path = path) -> None:
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            dialog.path.setText(str(path))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        driver.scripted(name, driver.window.export_action.trigger, [(modal(ExportDialog), fill)])
        if driver.chosen(name) and not path.is_file():
            raise SystemExit(f"{name} wrote no file")
    driver.facts["export_rss_mb"] = round(peak_rss_mb(), 1)


def restore_actions(driver: Driver, json_path: Path) -> None:
    """File > Import a full JSON backup into the empty data folder; answer Yes.

    A refusal (said on the dialog's first page) is noted, and the dialog closed.
    """
    from infoview_gui.store.contact_table import count_contacts
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog

    def choose(dialog: ImportDialog) -> None:
        dialog.file_page.path.setText(str(json_path))
        # Next asks at once whether to restore: clicked from its own turn of the loop, so
        # that the script's timer (which Qt never re-enters) can answer the question.
        QTimer.singleShot(0, dialog.next_button.click)

    def yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    script: list[Script] = []

    def begin() -> None:
        script.append(Script([(modal(ImportDialog), choose), (modal(QMessageBox), yes)]))
        driver.window.import_action.trigger()

    def settled() -> bool:
        dialog = modal(ImportDialog)()
        chosen = bool(script) and len(script[0].steps) < 2  # the file is chosen
        if dialog is not None and chosen and dialog.file_page.error.isVisible():
            driver.facts["restore_refused"] = dialog.file_page.error.text()
            script[0].steps.clear()  # no question comes: refused before it, or after
            script[0].finished = True
            dialog.reject()
        return bool(script) and script[0].finished and no_dialog()

    driver.run("json_restore", begin, settled)
    if "restore_refused" in driver.facts and "json_restore" in driver.stalls:
        driver.stalls["json_restore_refused"] = driver.stalls.pop("json_restore")
    driver.facts["restored_contacts"] = count_contacts()
    driver.facts["restore_rss_mb"] = round(peak_rss_mb(), 1)
