"""File > Import's writing: an import's commit and a backup's restore, each in a worker.

Both write in one transaction on the worker's own connection (the window's connection
is never used from two threads), so the views hear of them explicitly. While they
write, the dialog stays modal and says why the window waits; what was typed before is
saved first.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from infoview_gui import APP_NAME
from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.services import imports, restore
from infoview_gui.services.backups import back_up_before_import
from infoview_gui.services.import_plan import ImportPlan
from infoview_gui.ui.dialogs.bulk_work import run_bulk
from infoview_gui.ui.dialogs.import_wizard import ImportWords
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.import_undo import ImportCommand, offer_undo, say_refused
from infoview_gui.ui.save_status import pending_edits
from infoview_gui.ui.undo import Ended
from infoview_gui.ui.workers import Job, Report

if TYPE_CHECKING:
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog

translate = QCoreApplication.translate
IMPORT_PAUSES = str(
    QT_TRANSLATE_NOOP("ImportWriting", "The window waits until the contacts are written.")
)
IMPORT_CANCELLED = str(
    QT_TRANSLATE_NOOP("ImportWriting", "The import was canceled; nothing was imported.")
)
RESTORE_PAUSES = str(
    QT_TRANSLATE_NOOP(
        "ImportWriting",
        "The window waits until the restore is done, so that nothing you change is mixed "
        "with the backup; Cancel stops it and leaves your data as it was.",
    )
)
RESTORE_CANCELLED = str(
    QT_TRANSLATE_NOOP("ImportWriting", "The restore was canceled; your data is as it was.")
)
"""The messages above are the source texts: ``said(message)`` shows one translated."""


def said(message: str) -> str:
    """Return one of this module's messages in the user's language."""
    return translate("ImportWriting", message)


IMPORTED = Changes.of(Kind.CONTACTS | Kind.RANKING | Kind.IMPORTS)
"""What an import written on a worker's connection may have changed."""


def commit_job(dialog: ImportDialog, plan: ImportPlan) -> Job:
    """The job that backs up (once per data) and writes the import, as the dialog says."""
    pending_edits(dialog.events).flush_all()  # saved now: nothing typed waits on the import
    paths, name = dialog.paths, dialog.file_name()
    field_id = dialog.destination_page.chosen_field()
    source = dialog.destination_page.chosen_source()
    now = datetime.now().astimezone()

    def job(report: Report) -> object:
        if paths is not None:  # a backup first: an import can be undone twice over
            back_up_before_import(paths=paths, now=now)
        report(1, 2)
        return imports.commit_import(plan=plan, field_id=field_id, source=source, file_name=name)

    return job


def record(dialog: ImportDialog, outcome: imports.ImportOutcome) -> ImportCommand:
    """Put the import on the undo stack, tell the views, offer "Undo import"."""
    window, events = dialog.parentWidget(), dialog.events
    added, updated = len(outcome.new_ids), len(outcome.updated_ids)
    text = ImportWords().undo_text(added, dialog.file_name())

    def big(title: str, doing: str, job: Job, tables: set[str], ended: Ended) -> object:
        return run_bulk(
            events, window, title=title, text=doing, job=job,
            tables=lambda _result: tables, ended=ended,
        )  # fmt: skip

    command = ImportCommand(
        outcome, text, events.undo_stack, events.publish, lambda m: say_refused(window, m), big
    )
    events.undo_stack.push(command)
    events.publish(IMPORTED)
    events.saved.emit(ImportWords().imported(added, updated))
    if isinstance(window, QMainWindow):
        offer_undo(window, command, events.undo_stack)
    return command


def restore_confirmed(dialog: ImportDialog) -> bool:
    """Save what was typed; refuse a folder with data; else ask whether to restore."""
    pending_edits(dialog.events).flush_all()  # saved now: nothing typed waits on the restore
    if not restore.database_is_empty():
        dialog.file_page.show_error(
            translate(
                "ImportWriting",
                "This is a full %1 backup. %1 restores a backup only into an "
                "empty data folder, so that nothing is mixed or overwritten: start %1 "
                "with a new data folder and import the backup there.",
            ).replace("%1", APP_NAME)
        )
        return False
    answer = QMessageBox.question(
        dialog,
        translate("ImportWriting", "Restore a backup"),
        translate(
            "ImportWriting",
            "This is a full %1 backup. Restore everything it holds into this data folder?",
        ).replace("%1", APP_NAME),
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_job(path: Path) -> Job:
    """The job that restores the backup at ``path`` as it streams."""
    return lambda report: restore.restore_file(path=path, report=report)


def say_restored(events: AppEvents, counts: dict[str, int]) -> None:
    """Tell every view (a new data set) and the status bar."""
    events.publish(Changes.everything())
    total = sum(counts.values())
    events.saved.emit(ImportWords().restored(total))
