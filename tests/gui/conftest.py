"""Fixtures for widget tests: a main window over a real store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from infoview_gui.paths import AppPaths
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow


@pytest.fixture
def events() -> AppEvents:
    """The window's shared signals."""
    return AppEvents()


@pytest.fixture
def state(paths: AppPaths) -> QSettings:
    """The view-state file of the test's data folder."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, store: SqliteDatabase, paths: AppPaths, events: AppEvents, state: QSettings
) -> Iterator[MainWindow]:
    """The main window, shown."""
    main_window = MainWindow(paths, events, state)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
