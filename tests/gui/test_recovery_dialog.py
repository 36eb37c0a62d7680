from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import back_up, check_at_start
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database, database
from infoview_gui.store.opening import open_store
from infoview_gui.ui.dialogs import recovery
from infoview_gui.ui.dialogs.recovery import Outcome, RecoveryDialog, recover_if_needed
from infoview_gui.ui.formatting import local_datetime

NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def folder_bytes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT first_name FROM contact ORDER BY id")]


@pytest.fixture
def used(paths: AppPaths) -> AppPaths:
    """Two backups (Ana; then Ana and Ben), and Chloé added since; closed cleanly."""
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana", notes="x" * 2000))
    back_up(paths=paths, now=NOW - timedelta(days=2), kind=BackupKind.START)
    add_contact(contact=ContactData(first_name="Ben", notes="x" * 2000))
    back_up(paths=paths, now=NOW - timedelta(days=1), kind=BackupKind.START)
    add_contact(contact=ContactData(first_name="Chloé", notes="x" * 2000))
    close_database()
    return paths


def random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def zero_bytes(db: Path) -> None:
    db.write_bytes(b"")


def truncated(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:5000])


def flipped_byte(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[4096 * 2] ^= 0x01  # the type byte of the third page, a b-tree page
    db.write_bytes(bytes(data))


def stray_wal(db: Path) -> None:
    older = db.read_bytes()
    open_store(db)
    for i in range(40):
        add_contact(contact=ContactData(first_name=f"D{i}", notes="y" * 500))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(10):
        add_contact(contact=ContactData(first_name=f"E{i}", notes="z" * 500))
    wal = db.with_name(db.name + "-wal").read_bytes()
    close_database()
    db.write_bytes(older)
    db.with_name(db.name + "-wal").write_bytes(wal)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "zero bytes": zero_bytes,
    "truncated": truncated,
    "random bytes": random_bytes,
    "flipped byte in a page": flipped_byte,
    "stray -wal": stray_wal,
}


def make_dialog(qtbot: QtBot, paths: AppPaths) -> RecoveryDialog:
    dialog = RecoveryDialog(paths, check_at_start(paths=paths))
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_damage_leads_to_the_dialog_and_restore_gives_the_backups_rows(
    damage: str, used: AppPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    DAMAGE[damage](used.database)
    before = folder_bytes(used.data_dir)
    shown: list[RecoveryDialog] = []

    def choose_newest(dialog: RecoveryDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", choose_newest)
    go_on, message = recover_if_needed(used)
    assert len(shown) == 1 and go_on
    assert names_in(used.database) == ["Ana", "Ben"]
    kept = sorted(used.data_dir.glob("infoview-damaged-*"))
    assert kept and kept[0].name in message
    old_names = {n.replace("infoview", kept[0].stem, 1): h for n, h in before.items()}
    assert {p.name: folder_bytes(used.data_dir)[p.name] for p in kept} == {
        p.name: old_names[p.name] for p in kept
    }


def test_the_backups_are_listed_newest_first_with_dates_and_sizes(
    used: AppPaths, qtbot: QtBot
) -> None:
    random_bytes(used.database)
    dialog = make_dialog(qtbot, used)
    rows = [
        [dialog.backups.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(dialog.backups.topLevelItemCount())
    ]
    assert [r[0] for r in rows] == [
        local_datetime(NOW - timedelta(days=1)),
        local_datetime(NOW - timedelta(days=2)),
    ]
    assert {r[1] for r in rows} == {"Automatic, at start"}
    assert all(r[2].endswith("KB") for r in rows)
    assert dialog.restore_button.isEnabled()


def test_an_older_backup_can_be_chosen(used: AppPaths, qtbot: QtBot) -> None:
    random_bytes(used.database)
    dialog = make_dialog(qtbot, used)
    dialog.backups.setCurrentItem(dialog.backups.topLevelItem(1))
    dialog.restore_button.click()
    assert dialog.outcome is Outcome.RESTORED
    assert names_in(used.database) == ["Ana"]


def test_quitting_leaves_every_byte_as_it_was(used: AppPaths, qtbot: QtBot) -> None:
    random_bytes(used.database)
    before = folder_bytes(used.data_dir)
    dialog = make_dialog(qtbot, used)
    dialog.quit_button.click()
    assert dialog.outcome is Outcome.QUIT
    assert folder_bytes(used.data_dir) == before


def test_without_backups_the_user_may_start_afresh_keeping_the_file(
    paths: AppPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.database.write_bytes(b"not a database at all" * 100)
    dialog = make_dialog(qtbot, paths)
    assert not dialog.restore_button.isEnabled()
    assert dialog.backups.isHidden()
    monkeypatch.setattr(dialog, "confirm_afresh", lambda: True)
    dialog.afresh_button.click()
    assert dialog.outcome is Outcome.STARTED_AFRESH
    assert not paths.database.exists()
    [kept] = paths.data_dir.glob("infoview-damaged-*")
    assert kept.read_bytes() == b"not a database at all" * 100


def test_a_missing_data_file_says_so(used: AppPaths, qtbot: QtBot) -> None:
    used.database.unlink()
    dialog = make_dialog(qtbot, used)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.unusable)))
    assert "Your data file is missing" in texts


def test_damaged_backups_are_not_offered(used: AppPaths, qtbot: QtBot) -> None:
    random_bytes(used.database)
    newest = sorted(used.backups_dir.glob("infoview-backup-*"))[-1]
    random_bytes(newest)
    dialog = make_dialog(qtbot, used)
    assert dialog.backups.topLevelItemCount() == 1
    assert "1 other backup did not pass its check and is not shown." in dialog.unusable.text()


def test_a_failed_restore_says_why_and_keeps_the_dialog(
    used: AppPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    random_bytes(used.database)
    before = folder_bytes(used.data_dir)
    dialog = make_dialog(qtbot, used)
    for backup in used.backups_dir.glob("infoview-backup-*"):
        random_bytes(backup)  # damaged after the list was made
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    dialog.restore_button.click()
    assert told == ["The backup could not be restored."]
    assert dialog.outcome is Outcome.QUIT
    assert folder_bytes(used.data_dir) == before
    assert not list(used.data_dir.glob("infoview-damaged-*"))


def test_without_a_screen_the_check_refuses_plainly(
    used: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    zero_bytes(used.database)
    assert recover_if_needed(used, interactive=False) == (False, "")
    assert "empty" in capsys.readouterr().err
    assert used.database.read_bytes() == b""


def test_a_sound_file_goes_straight_on(used: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery, "RecoveryDialog", None)  # never built
    assert recover_if_needed(used) == (True, "")
