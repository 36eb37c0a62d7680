"""File > Hand over… and Take over…, driven by the keyboard, between two data folders."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.handover import MANIFEST_NAME, Verdict
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import list_backups
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store
from infoview_gui.ui import handover_actions
from infoview_gui.ui.dialogs.handover import HandOverDialog
from infoview_gui.ui.dialogs.takeover import TakeOverDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.workers import running_workers


def names() -> list[str]:
    return sorted(c.first_name for c in Contact.select())


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[AppPaths, AppPaths, Path]]:
    desk, laptop = AppPaths(tmp_path / "desk"), AppPaths(tmp_path / "laptop")
    desk.ensure()
    laptop.ensure()
    carried = tmp_path / "Carried"
    carried.mkdir()
    yield desk, laptop, carried
    close_database()


def hand_over_by_keyboard(qtbot: QtBot, paths: AppPaths, carried: Path, *names: str) -> None:
    open_store(paths.database)
    for name in names:
        add_contact(contact=ContactData(first_name=name))
    dialog = HandOverDialog(paths, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.folder.edit  # the keyboard starts in the folder
    qtbot.keyClicks(dialog.folder.edit, str(carried))
    with qtbot.waitSignal(dialog.runner.finished, timeout=10_000):
        qtbot.keyClick(dialog.folder.edit, Qt.Key.Key_Return)
    assert dialog.outcome.text().startswith("Handed over (")
    assert (carried / MANIFEST_NAME).is_file()
    dialog.close()
    qtbot.waitUntil(lambda: running_workers() == 0)
    close_database()


def open_take_over(
    qtbot: QtBot, paths: AppPaths, carried: Path, events: AppEvents
) -> TakeOverDialog:
    open_store(paths.database)
    dialog = TakeOverDialog(paths, events)
    qtbot.addWidget(dialog)
    dialog.show()
    if not dialog.folder.edit.text():
        qtbot.keyClicks(dialog.folder.edit, str(carried))
        with qtbot.waitSignal(dialog.runner.finished, timeout=10_000):
            qtbot.keyClick(dialog.folder.edit, Qt.Key.Key_Return)
    else:  # the remembered folder is looked at as the dialog opens
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    return dialog


def test_hand_over_then_take_over_on_the_other_computer_by_keyboard(
    qtbot: QtBot, two: tuple[AppPaths, AppPaths, Path]
) -> None:
    desk, laptop, carried = two
    hand_over_by_keyboard(qtbot, desk, carried, "Ana", "Ben")
    events = AppEvents()
    dialog = open_take_over(qtbot, laptop, carried, events)
    assert dialog.found is not None and dialog.found.verdict is Verdict.NEWER
    assert "newer than your data here" in dialog.verdict.text()
    assert dialog.take_button.isVisible() and not dialog.keep_button.isVisible()
    assert dialog.focusWidget() is dialog.take_button
    with qtbot.waitSignal(events.saved, timeout=10_000) as said:
        qtbot.keyClick(dialog.take_button, Qt.Key.Key_Space)
    assert str(said.args[0]).startswith("Took over the hand-over from")
    assert names() == ["Ana", "Ben"]
    assert [b.kind for b in list_backups(paths=laptop)] == [BackupKind.TAKEOVER]


def test_changes_on_both_computers_are_refused_without_a_choice_and_the_other_is_kept(
    qtbot: QtBot, two: tuple[AppPaths, AppPaths, Path]
) -> None:
    desk, laptop, carried = two
    hand_over_by_keyboard(qtbot, desk, carried, "Ana")
    open_store(laptop.database)
    add_contact(contact=ContactData(first_name="Typed on the laptop"))
    close_database()
    dialog = open_take_over(qtbot, laptop, carried, AppEvents())
    assert dialog.found is not None and dialog.found.verdict is Verdict.BOTH
    assert "has changes that it does not hold" in dialog.verdict.text()
    assert dialog.take_button.text() == "Use the hand-over" and dialog.keep_button.isVisible()
    assert not dialog.take_button.isDefault()  # Return never chooses for the user
    assert names() == ["Typed on the laptop"]
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.keep_button, Qt.Key.Key_Space)
    assert names() == ["Typed on the laptop"]
    kept = list_backups(paths=laptop)
    assert [b.kind_label for b in kept] == ["From another computer"]
    conn = sqlite3.connect(kept[0].path)
    assert [r[0] for r in conn.execute("SELECT first_name FROM contact")] == ["Ana"]
    conn.close()


def test_a_newer_hand_over_is_offered_after_the_first_paint(
    qtbot: QtBot, two: tuple[AppPaths, AppPaths, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, laptop, carried = two
    hand_over_by_keyboard(qtbot, laptop, carried, "Zoe")  # the laptop remembers the folder
    open_store(desk.database)
    add_contact(contact=ContactData(first_name="Ana"))
    from datetime import datetime

    from infoview_gui.services.handover import hand_over

    hand_over(paths=desk, folder=carried, now=datetime.now().astimezone())
    close_database()
    open_store(laptop.database)
    offered: list[object] = []
    monkeypatch.setattr(handover_actions, "take_over", lambda _w, found: offered.append(found))
    window = MainWindow(
        laptop, AppEvents(), QSettings(str(laptop.settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    handover_actions.look_at_start(window)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert offered[0].verdict is Verdict.BOTH  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: running_workers() == 0)


def test_a_data_folder_in_a_synced_folder_is_warned_about_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "Dropbox" / "InfoView")
    paths.ensure()
    open_store(paths.database)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()) or 0)
    state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, AppEvents(), state)
    qtbot.addWidget(window)
    handover_actions.warn_if_synced(window)
    handover_actions.warn_if_synced(window)
    assert len(told) == 1
    assert "Dropbox can copy the file while InfoView writes to it" in told[0]
    assert "File > Hand over to another computer…" in told[0]
    close_database()


def test_the_file_menu_has_both_commands(window: MainWindow) -> None:
    assert window.handover_action.text() == "&Hand over to another computer…"
    assert window.takeover_action.text() == "&Take over from another computer…"
