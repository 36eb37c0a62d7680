"""The check of every page: before opening a file InfoView did not leave, after the paint
otherwise; damage found after the paint is told and leads to the recovery (P6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.start_check import StartCheck
from infoview_gui.store.closed_mark import CLOSED_MARK, check_open_file, note_closed
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.store.recovery import Condition, files_fingerprint
from infoview_gui.ui import damage_watch
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.workers import JobCancelledError

MAIN = Path(__file__).parents[2] / "main.py"


@pytest.fixture
def closed(paths: AppPaths) -> AppPaths:
    """A data file with enough contacts for many pages, closed soundly by InfoView."""
    open_store(paths.database)
    for i in range(60):
        add_contact(contact=ContactData(first_name=f"Ana{i}", notes="n" * 3000))
    close_database()
    note_closed(paths, files_fingerprint(paths))
    return paths


def damage_a_page(database: Path, *, keep_time: bool) -> None:
    """Flip the type byte of a b-tree page deep in the file (the contacts' notes)."""
    before = database.stat()
    data = bytearray(database.read_bytes())
    page = len(data) // 4096 - 3
    data[page * 4096] ^= 0x01
    with database.open("r+b") as handle:  # in place: the same inode, as a disk's fault
        handle.write(bytes(data))
    if keep_time:
        os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))


def start_check(paths: AppPaths) -> StartCheck:
    check = StartCheck(paths)
    check.outcome()
    return check


def test_a_file_as_infoview_left_it_is_checked_after_the_paint(closed: AppPaths) -> None:
    check = start_check(closed)
    assert check.deferred and check.outcome()[0].condition is Condition.SOUND


def test_a_file_changed_since_infoview_closed_it_is_checked_before_opening(
    closed: AppPaths,
) -> None:
    damage_a_page(closed.database, keep_time=False)
    check = start_check(closed)
    assert not check.deferred
    assert check.outcome()[0].condition is Condition.DAMAGED


def test_without_the_note_of_a_clean_close_the_file_is_checked_before_opening(
    closed: AppPaths,
) -> None:
    (closed.data_dir / CLOSED_MARK).unlink()
    damage_a_page(closed.database, keep_time=True)
    check = start_check(closed)
    assert not check.deferred and check.outcome()[0].condition is Condition.DAMAGED


def test_the_check_of_the_open_file_finds_the_damage_and_can_be_stopped(
    closed: AppPaths,
) -> None:
    def cancelled(_done: int, _total: int) -> None:
        raise JobCancelledError

    with pytest.raises(JobCancelledError):
        check_open_file(closed.database, cancelled, every=100)
    assert check_open_file(closed.database) == ""
    damage_a_page(closed.database, keep_time=True)
    assert "damaged" in check_open_file(closed.database)


def open_window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    open_store(paths.database)
    state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, AppEvents(), state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_damage_found_after_the_paint_is_told_and_restarts_into_the_recovery(
    closed: AppPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_a_page(closed.database, keep_time=True)
    told: list[str] = []

    def choose_restart(box: QMessageBox) -> int:
        told.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if b.text() == damage_watch.RESTART).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restart)
    window = open_window(qtbot, closed)
    try:
        damage_watch.check_after_paint(window)
        qtbot.waitUntil(lambda: bool(told), timeout=20000)
    finally:
        close_database()
    assert "damaged" in told[0] and "backups" in told[0]
    assert window.damage_found and window.restart_to_recover and not window.isVisible()
    assert not (closed.data_dir / CLOSED_MARK).exists()  # the next start checks first


def test_a_sound_file_checked_after_the_paint_says_nothing(
    closed: AppPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    window = open_window(qtbot, closed)
    try:
        damage_watch.check_after_paint(window)
        qtbot.waitUntil(lambda: window.checked_at_start, timeout=20000)
    finally:
        close_database()
    assert not told and not window.damage_found


def test_the_window_notes_a_clean_close_and_the_next_start_finds_it(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(MAIN), "--data-dir", str(paths.data_dir), "--quit-when-shown"]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
    noted = (paths.data_dir / CLOSED_MARK).read_text(encoding="utf-8").strip()
    assert noted == files_fingerprint(paths)
    assert start_check(paths).deferred
