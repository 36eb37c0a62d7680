from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import back_up, list_backups
from infoview_gui.services.contacts import add_contact, delete_contacts
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.backups import BackupsDialog
from infoview_gui.ui.dialogs.check_report import CheckReportDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import local_datetime
from infoview_gui.ui.save_status import pending_edits
from infoview_gui.ui.undo import DeletionCommand

NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def names() -> list[str]:
    return [c.first_name for c in Contact.select().order_by(Contact.id)]


def rows(dialog: BackupsDialog) -> list[list[str]]:
    tree = dialog.backups
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    ]


@pytest.fixture
def dialog(
    qtbot: QtBot, store: SqliteDatabase, paths: AppPaths, events: AppEvents
) -> BackupsDialog:
    add_contact(contact=ContactData(first_name="Ana"))
    back_up(paths=paths, now=NOW - timedelta(days=3), kind=BackupKind.START)
    back_up(paths=paths, now=NOW - timedelta(days=1))
    made = BackupsDialog(paths, events)
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_backups_are_listed_with_dates_reasons_and_sizes(dialog: BackupsDialog) -> None:
    assert rows(dialog) == [
        [local_datetime(NOW - timedelta(days=1)), "Made by you", rows(dialog)[0][2]],
        [local_datetime(NOW - timedelta(days=3)), "Automatic, at start", rows(dialog)[1][2]],
    ]
    assert all(size.endswith("KB") for _, _, size in rows(dialog))
    assert dialog.empty.isHidden()
    assert dialog.restore_button.isEnabled()


def test_an_empty_list_says_how_to_make_one(
    qtbot: QtBot, store: SqliteDatabase, paths: AppPaths, events: AppEvents
) -> None:
    dialog = BackupsDialog(paths, events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backups.topLevelItemCount() == 0
    assert dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_adds_the_newest_row_and_says_so(
    dialog: BackupsDialog, qtbot: QtBot, events: AppEvents
) -> None:
    with qtbot.waitSignal(events.saved) as said:
        dialog.backup_button.click()
    assert said.args == ["Backed up"]
    assert dialog.backups.topLevelItemCount() == 3
    assert dialog.backups.currentItem() is dialog.backups.topLevelItem(0)
    assert rows(dialog)[0][1] == "Made by you"


def test_restore_asks_first_backs_up_and_brings_the_data_back(
    dialog: BackupsDialog,
    qtbot: QtBot,
    events: AppEvents,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_contact(contact=ContactData(first_name="Ben"))
    snapshot = delete_contacts(contact_ids=[1])
    events.push_deletion(DeletionCommand("Delete Ana", snapshot, lambda: snapshot, lambda: None))
    flushed: list[bool] = []
    pending_edits(events).register(dialog, lambda: flushed.append(True))
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda b: asked.append(b.kind_label) or True)
    dialog.backups.setCurrentItem(dialog.backups.topLevelItem(1))
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as ended:
        dialog.restore_button.click()
        assert dialog.work.isVisible()  # copied and checked in a worker
    assert ended.args == [True]
    assert asked == ["Automatic, at start"]
    assert flushed == [True]
    assert names() == ["Ana"]
    assert events.undo_stack.count() == 0  # undo would reach into the data replaced
    safety = [b for b in list_backups(paths=paths) if b.kind is BackupKind.RESTORE]
    assert len(safety) == 1
    assert "Before a restore" in [r[1] for r in rows(dialog)]


def test_a_restore_not_confirmed_changes_nothing(
    dialog: BackupsDialog, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contact(contact=ContactData(first_name="Ben"))
    monkeypatch.setattr(dialog, "confirm_restore", lambda b: False)
    dialog.restore_button.click()
    assert names() == ["Ana", "Ben"]
    assert len(list_backups(paths=paths)) == 2


def test_a_damaged_backup_is_not_restored_and_the_user_is_told(
    dialog: BackupsDialog, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contact(contact=ContactData(first_name="Ben"))
    chosen = list_backups(paths=paths)[0].path
    chosen.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: told.append((box.text(), box.informativeText())) or 0
    )
    monkeypatch.setattr(dialog, "confirm_restore", lambda b: True)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as ended:
        dialog.restore_button.click()
    assert ended.args == [False]
    assert told and told[0][0] == "The backup was not restored."
    assert "damaged" in told[0][1]
    assert names() == ["Ana", "Ben"]


def test_check_database_repairs_and_reports_in_words(
    qtbot: QtBot, store: SqliteDatabase, paths: AppPaths, events: AppEvents
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    store.execute_sql("UPDATE contact SET search_text = 'stale'")
    changed: list[object] = []
    events.changed.connect(lambda *args: changed.append(args))
    dialog = CheckReportDialog(paths, events)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Checking your data…"  # in a worker: shown at once
    qtbot.waitSignal(dialog.checked).wait()
    assert changed  # the views hear of the repair
    assert dialog.summary.text() == "Everything is repaired."
    assert "Repaired:\n• Recomputed the search text of 1 contact" in dialog.details.toPlainText()
    assert dialog.backups_button.isHidden()
    again = CheckReportDialog(paths, events)
    qtbot.addWidget(again)
    qtbot.waitSignal(again.checked).wait()
    assert again.summary.text() == "Your data is sound."


def test_names_in_the_report_are_shown_literally(
    qtbot: QtBot, store: SqliteDatabase, paths: AppPaths, events: AppEvents
) -> None:
    from infoview_gui.services.interviews import start_request

    contact_id = add_contact(contact=ContactData(first_name="<b>Tom</b> & <i>Jerry</i>"))
    start_request(contact_id=contact_id)
    store.execute_sql("UPDATE interview SET status = 'scheduled', responded_on = '2026-05-01'")
    dialog = CheckReportDialog(paths, events)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.checked).wait()
    assert "no start time: <b>Tom</b> & <i>Jerry</i>." in dialog.details.toPlainText()
