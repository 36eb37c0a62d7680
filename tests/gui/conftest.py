"""Fixtures for widget tests: a main window over a real store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel
from infoview_gui.paths import AppPaths
from infoview_gui.services import asking
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.schema_search import NOT_DERIVED
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.style import style_sheet
from infoview_gui.ui.theme import colours
from infoview_gui.ui.translation import translations_folder
from infoview_gui.ui.workers import running_workers
from tests.gui.surfaces import SurfaceWorld, populate

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def us_english(qapp: QApplication) -> Iterator[None]:
    """The window speaks US English as the app does: both forms of "%n contact(s)".

    The app always installs ``infoview_en_US.qm`` (the source's plural forms); a test that
    installs another language's catalogue (or the pseudo-locale) comes before it.
    """
    translator = QTranslator()
    assert translator.load("infoview_en_US", str(translations_folder()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


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
    qtbot.waitUntil(lambda: running_workers() == 0, timeout=10_000)  # before the store closes


@dataclass
class FullDisk:
    """Makes the k-th row written meet a full disk, as SQLite reports it (``SQLITE_FULL``).

    Temporary triggers on every table insert a large blob into a temporary table that has
    no room left when the k-th row (insert, update or delete) is written: SQLite fails that
    statement exactly as on a full disk, and InfoView's connection turns it into its own
    ``StorageFullError``. ``arm(0)`` lets every write through.
    """

    db: SqliteDatabase
    fail_at: int = 0
    written: int = 0

    def tick(self) -> int:
        self.written += 1
        return int(self.written == self.fail_at)

    def arm(self, k: int) -> None:
        self.fail_at, self.written = k, 0

    def fail_each_write(
        self, attempt: Callable[[], bool], after_failure: Callable[[int], None]
    ) -> int:
        """Fail write 1, 2, ... of ``attempt`` until it gets through; return the rows it wrote.

        ``attempt`` does the action as the user does and returns True once it is saved;
        ``after_failure(k)`` checks what the user sees after write k failed. The last
        call of ``after_failure`` is for the action's last write.
        """
        for k in range(1, 100):
            self.arm(k)
            if attempt():
                self.arm(0)
                return k - 1
            after_failure(k)
        raise AssertionError("the action never got through")

    def tables(self) -> list[str]:
        query = (  # the search index is derived (its virtual table takes no trigger)
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            f"AND {NOT_DERIVED}"
        )
        return [row[0] for row in self.db.execute_sql(query).fetchall()]

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table."""
        return {
            table: sorted(self.db.execute_sql(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in self.tables()
        }

    def install(self) -> None:
        self.db.connection().create_function("full_disk_tick", 0, self.tick)
        self.db.execute_sql("CREATE TEMP TABLE full_disk_filler (data BLOB)")
        for table in self.tables():
            for event in ("INSERT", "UPDATE", "DELETE"):
                self.db.execute_sql(
                    f"CREATE TEMP TRIGGER full_disk_{table}_{event.lower()} BEFORE {event} "
                    f"ON main.{table} BEGIN INSERT INTO full_disk_filler "
                    "SELECT zeroblob(1000000) WHERE full_disk_tick(); END"
                )
        pages = self.db.execute_sql("PRAGMA temp.page_count").fetchone()[0]
        self.db.execute_sql(f"PRAGMA temp.max_page_count = {pages}")


@pytest.fixture
def full_disk(store: SqliteDatabase) -> Iterator[FullDisk]:
    """A full disk at the k-th row written, once armed."""
    made = FullDisk(store)
    made.install()
    yield made
    made.arm(0)


@pytest.fixture
def show_active(qtbot: QtBot) -> Callable[[QWidget], None]:
    """Show a window and make it the active one, as a window manager does with a new one."""

    def show(window: QWidget) -> None:
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)

        def focused_inside() -> bool:  # the window's own focus, not a window left before
            focus = QApplication.focusWidget()
            return focus is not None and (focus is window or window.isAncestorOf(focus))

        qtbot.waitUntil(focused_inside)

    return show


@pytest.fixture
def type_keys(qtbot: QtBot) -> Callable[..., None]:
    """Type as a person does: each key goes to whatever has the keyboard when it is pressed.

    ``type_keys("Maya Chen")`` types text (ASCII only: offscreen Qt cannot type others);
    ``type_keys(Qt.Key.Key_Escape)`` presses one key, with optional modifiers. A key
    pressed while no widget has the keyboard is lost, as it would be.
    """

    def press(keys: str | Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        for key in [keys] if isinstance(keys, Qt.Key) else list(keys):
            target = QApplication.focusWidget()
            if target is not None:
                qtbot.keyClick(target, key, modifier)

    return press


@pytest.fixture
def nursing(window: MainWindow) -> dict[str, int]:
    """Nursing: Ana declined; Ben, Cy and Di are not asked yet, in that order."""
    field_id = add_field(name="Nursing")
    ids = {"field": field_id}
    for name in ("Ana", "Ben", "Cy", "Di"):
        ids[name] = add_contact(
            contact=ContactData(first_name=name, last_name="Doe", field_id=field_id)
        )
    interview_id = asking.request_for(contact_id=ids["Ana"]).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date.today())
    asking.mark_declined(interview_id=interview_id, on=date.today())
    ids["declined"] = interview_id
    window.events.publish()
    return ids


@pytest.fixture
def surface_world(qtbot: QtBot, window: MainWindow, paths: AppPaths) -> SurfaceWorld:
    """The main window over realistic data, for walking every surface (see surfaces.py)."""
    return SurfaceWorld(qtbot, window, paths, populate(window, paths))


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The application's style sheet, as the app sets it (state colours are in it)."""
    qapp.setStyleSheet(style_sheet(colours()))
    yield
    qapp.setStyleSheet("")
