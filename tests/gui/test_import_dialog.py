"""File > Import and File > Export, as the user drives them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import exports, imports
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.import_plan import MatchIndex
from infoview_gui.services.interviews import start_request
from infoview_gui.store.models import Contact, ImportBatch
from infoview_gui.ui.dialogs import import_dialog, import_writing
from infoview_gui.ui.dialogs.export_dialog import ExportDialog
from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
LINKEDIN = FIXTURES / "linkedin_new_with_preamble.csv"


def texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def open_dialog(qtbot: QtBot, window: MainWindow, events: AppEvents, path: Path) -> ImportDialog:
    dialog = ImportDialog(events, window, path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Go on from the file (and the columns) to a ready preview."""
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    if dialog.current_page() == Page.MAPPING:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)


def test_a_connections_export_is_previewed_imported_and_undone(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    field_id = add_field(name="Data analysis")
    saved = add_contact(contact=ContactData(first_name="Ada", last_name="Quillfeather"))
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    preview(qtbot, dialog)
    page = dialog.preview_page
    assert dialog.current_page() == Page.PREVIEW
    assert page.summary.text() == (
        "6 new contacts, 0 rows match a saved contact (0 would change), "
        "1 row repeats an earlier one, 4 rows rejected."
    )
    assert texts(page.reject_table, 0) == ["7", "13", "14", "15"]
    assert "must start with http:// or https://" in texts(page.reject_table, 1)[2]
    assert 'Dmitri "Dima" Volkov' in texts(page.new_table, 1)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == Page.DESTINATION
    destination = dialog.destination_page
    destination.field.setCurrentIndex(destination.field.findData(field_id))
    assert destination.source.currentText() == "As the file says (Networking site)"
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert not dialog.isVisible()
    names = {c.first_name for c in Contact.select().where(Contact.field == field_id)}
    assert len(names) == 6 and "Ada" in names
    assert Contact.get_by_id(saved).field_id is None  # a saved namesake without organisation
    assert (
        window.undo_action.text() == "&Undo Import 6 contacts from linkedin_new_with_preamble.csv"
    )
    window.undo_action.trigger()
    assert [c.id for c in Contact.select()] == [saved]
    window.redo_action.trigger()
    assert Contact.select().count() == 7


def test_the_status_bar_offers_undo_import(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    preview(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    button = window.statusBar().findChild(QPushButton, "undoImportButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert Contact.select().count() == 0
    assert ImportBatch.get().undone_at is not None
    qtbot.waitUntil(lambda: window.statusBar().findChild(QPushButton, "undoImportButton") is None)


def test_undo_is_refused_in_words_when_interviews_exist(
    qtbot: QtBot, window: MainWindow, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        import_writing, "say_refused", lambda _parent, message: said.append(message)
    )
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    preview(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert dialog.outcome is not None
    start_request(contact_id=dialog.outcome.new_ids[0])
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("This import was not undone: ")
    assert "1 of its contacts now has interviews (Ada" in said[0]
    assert Contact.select().count() == 6
    assert events.undo_stack.index() == 1  # still done: Edit > Undo offers it again
    assert window.undo_action.isEnabled()


def test_any_csv_goes_through_the_column_step_and_shows_text_literally(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    path = tmp_path / "<i>people & co.csv"
    path.write_text(
        "Name,Mail,Employer,Remarks\n<b>Bold</b> Tom & Jerry,tom@example.org,<i>Acme</i>,hi\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, window, events, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() == Page.MAPPING, timeout=10_000)
    mapping = dialog.mapping_page
    combos = mapping.combos
    assert [c.currentData() for c in combos] == ["full_name", "email", "organisation", "notes"]
    assert texts(mapping.table, 1)[0] == "<b>Bold</b> Tom & Jerry"
    for combo in combos:
        combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert mapping.error.text() == "Choose at least one column with a name or an email address."
    assert dialog.current_page() == Page.MAPPING
    combos[1].setCurrentIndex(combos[1].findData("email"))
    combos[0].setCurrentIndex(combos[0].findData("full_name"))
    combos[2].setCurrentIndex(combos[2].findData("title"))
    preview(qtbot, dialog)
    table = dialog.preview_page.new_table
    assert texts(table, 1) == ["<b>Bold</b> Tom & Jerry"]
    assert texts(table, 3) == ["<i>Acme</i>"]
    status = dialog.preview_page.status
    assert status.text() == "<i>people & co.csv: CSV file"
    assert status.textFormat() == Qt.TextFormat.PlainText


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    dialog = open_dialog(qtbot, window, events, FIXTURES / "renamed_workbook.csv")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() == Page.FILE, timeout=10_000)
    assert dialog.file_page.error.text() == "This is a spreadsheet workbook: save it as CSV first."
    assert dialog.file_page.error.isVisible()


def test_importing_the_same_file_again_has_nothing_to_do(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    for _ in range(2):
        dialog = open_dialog(qtbot, window, events, FIXTURES / "vcard30.vcf")
        preview(qtbot, dialog)
        if dialog.next_button.isEnabled():
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda d=dialog: not d.is_working(), timeout=10_000)
    assert "nothing to import" in dialog.preview_page.status.text()
    assert not dialog.next_button.isEnabled()
    assert Contact.select().count() == 2


def test_the_saved_contacts_are_read_off_the_window_thread(
    qtbot: QtBot, window: MainWindow, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 contacts reading them takes a second: the window must not wait for it."""
    add_contact(contact=ContactData(first_name="Dmitri", last_name="Volkov", organisation="Ro"))
    threads: list[bool] = []
    load = imports.load_match_index

    def watched(**options: object) -> MatchIndex:
        threads.append(threading.current_thread() is threading.main_thread())
        return load(**options)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "load_match_index", watched)
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    preview(qtbot, dialog)
    assert threads == [False]
    assert dialog.current_page() == Page.PREVIEW and dialog.plan is not None
    assert len(dialog.index.values) == 1  # kept for a new plan when the policy changes


def slow_preview(*_args: object, progress: Callable[[int, int], None], **_options: object) -> None:
    for done in range(2000):
        progress(done, 2000)
        time.sleep(0.005)


def test_a_long_read_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "preview_data", slow_preview)
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    page = dialog.preview_page
    qtbot.waitUntil(lambda: page.progress.value() >= 5, timeout=10_000)  # the window keeps up
    assert dialog.is_working() and not dialog.next_button.isEnabled()
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == Page.FILE
    assert dialog.file_page.error.text() == "Reading was canceled; nothing was imported."
    dialog.runner.wait()
    assert Contact.select().count() == 0


def test_closing_the_dialog_while_reading_stops_the_reading(
    qtbot: QtBot, window: MainWindow, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "preview_data", slow_preview)
    dialog = open_dialog(qtbot, window, events, LINKEDIN)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_page.progress.value() >= 1, timeout=10_000)
    dialog.reject()
    assert not dialog.is_working()
    assert Contact.select().count() == 0


def test_a_backup_is_not_restored_over_data(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    path.write_bytes(b'{"format": "infoview-backup", "version": 1, "schema_version": 1}')
    add_contact(contact=ContactData(first_name="Ana"))
    dialog = open_dialog(qtbot, window, events, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_page.error.isVisible(), timeout=10_000)
    assert "restores a backup only into an empty data folder" in dialog.file_page.error.text()


def test_a_backup_is_restored_into_an_empty_data_folder(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", notes="<b>kept</b>"))
    path = tmp_path / "backup.json"
    exports.export_json(path=path, now=datetime(2026, 3, 1, tzinfo=UTC))
    Contact.delete().execute()
    events.publish()  # the delete's change now, not in place of the restore's below
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog = open_dialog(qtbot, window, events, path)
    with qtbot.waitSignal(events.changed, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "full InfoView backup" in asked[0]
    assert [(c.id, c.notes) for c in Contact.select()] == [(ana, "<b>kept</b>")]


# -- export -----------------------------------------------------------------------------


def export(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Click Export and wait until the worker has written the file (or said why not)."""
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.buttons.accepted.emit()


def test_export_writes_the_selected_contacts(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", phone="+44 1"))
    add_contact(contact=ContactData(first_name="Ben"))
    dialog = ExportDialog(events, window, selected_ids=[ana], folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.selected.isChecked() and dialog.all_contacts.text() == "All contacts (2)"
    dialog.spreadsheet.setChecked(True)
    with qtbot.waitSignal(events.saved) as saved:
        export(qtbot, dialog)
    target = tmp_path / "InfoView contacts.csv"
    assert saved.args == [f"Exported 1 contact to {target}"]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"'+44 1" in data and b"Ben" not in data


def test_export_defuses_formulas_unless_raw_is_checked(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    add_contact(contact=ContactData(first_name="=HYPERLINK(1)", phone="+1-555-0100"))
    dialog = ExportDialog(events, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    export(qtbot, dialog)
    target = tmp_path / "InfoView contacts.csv"
    assert b"\n'=HYPERLINK(1)," in target.read_bytes()
    assert b",'+1-555-0100," in target.read_bytes()
    dialog = ExportDialog(events, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.spreadsheet.setChecked(True)
    dialog.raw.setChecked(True)  # for a program: no spreadsheet's mark either
    assert not dialog.spreadsheet.isChecked()
    export(qtbot, dialog)
    assert target.read_bytes().startswith(b"First name,")
    assert b"\n=HYPERLINK(1),,,,,,+1-555-0100," in target.read_bytes()


def test_export_formats_follow_the_choice(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    dialog = ExportDialog(events, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    combo: QComboBox = dialog.format
    assert not dialog.selected.isEnabled()
    combo.setCurrentIndex(combo.findData("vcard"))
    assert dialog.path.text() == str(tmp_path / "InfoView contacts.vcf")
    assert not dialog.spreadsheet.isEnabled() and not dialog.raw.isEnabled()
    combo.setCurrentIndex(combo.findData("json"))
    assert dialog.path.text() == str(tmp_path / "InfoView backup.json")
    assert not dialog.all_contacts.isEnabled()
    export(qtbot, dialog)
    assert (
        (tmp_path / "InfoView backup.json").read_bytes().startswith(b'{"format":"infoview-backup"')
    )


def test_an_export_that_cannot_be_written_says_so_and_stays_open(
    qtbot: QtBot, window: MainWindow, events: AppEvents, tmp_path: Path
) -> None:
    dialog = ExportDialog(events, window, folder=tmp_path / "missing")
    qtbot.addWidget(dialog)
    dialog.show()
    export(qtbot, dialog)
    assert dialog.isVisible()
    assert "could not write" in dialog.error.text() and "Errno" not in dialog.error.text()
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
