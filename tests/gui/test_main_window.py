from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.home import HomeView
from infoview_gui.ui.views.ids import VIEW_TITLES, ViewId
from infoview_gui.ui.views.records import RecordsFrame
from tests.gui.settle import settled

NAV = [
    "Home",
    "Guide",
    "Career fields",
    "Contacts",
    "Interviews",
    "Questions",
    "Follow-ups",
    "What I learned",
]


def test_navigation_lists_every_view(window: MainWindow) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == NAV


def test_only_the_first_view_is_built_at_start(window: MainWindow) -> None:
    assert set(window.views) == {ViewId.HOME}


@pytest.mark.parametrize("view", list(ViewId), ids=lambda v: v.name)
def test_every_view_is_built_and_shown(window: MainWindow, view: ViewId) -> None:
    window.nav.setCurrentRow(view)
    assert window.stack.currentWidget() is window.views[view]
    assert window.views[view].isVisible()
    assert window.windowTitle() == f"{VIEW_TITLES[view]} — InfoView"


@pytest.mark.parametrize(
    ("view", "button"),
    [
        (ViewId.FIELDS, "Add a career field"),
        (ViewId.CONTACTS, "Add a contact"),
        (ViewId.INTERVIEWS, "Plan an interview"),
        (ViewId.QUESTIONS, "Add your own question"),
        (ViewId.FOLLOW_UPS, "Go to interviews"),
    ],
)
def test_an_empty_view_says_what_goes_there_and_offers_to_add_it(
    window: MainWindow, view: ViewId, button: str
) -> None:
    window.show_view(view)
    records = window.views[view]
    empty = records.empty  # type: ignore[attr-defined]
    assert records.stack.currentWidget() is empty  # type: ignore[attr-defined]
    assert empty.sentence.text().endswith(".")
    assert empty.button.text() == button


def test_a_view_shows_stored_records(window: MainWindow) -> None:
    field_id = add_field(name="Nursing")
    add_contact(contact=ContactData(first_name="Ana", last_name="Lopez", field_id=field_id))
    window.events.publish()
    window.show_view(ViewId.INTERVIEWS)
    window.show_view(ViewId.FIELDS)
    fields = window.views[ViewId.FIELDS]
    table = fields.findChild(QTableView)
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Nursing"


def test_a_contact_named_as_markup_shows_literally(window: MainWindow) -> None:
    add_contact(contact=ContactData(first_name="<b>x</b>", last_name="<img src=x>"))
    window.show_view(ViewId.CONTACTS)
    table = window.views[ViewId.CONTACTS].findChild(QTableView)
    assert settled(table.model()).index(0, 1).data() == "<b>x</b> <img src=x>"


def test_follow_ups_empty_state_leads_to_interviews(window: MainWindow, qtbot: QtBot) -> None:
    window.show_view(ViewId.FOLLOW_UPS)
    view = window.views[ViewId.FOLLOW_UPS]
    assert isinstance(view, RecordsFrame)
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert window.current_view() == ViewId.INTERVIEWS


def test_home_counts_what_is_stored(window: MainWindow) -> None:
    add_field(name="Nursing")
    add_field(name="Law")
    window.events.publish()
    home = window.views[ViewId.HOME]
    assert isinstance(home, HomeView)
    numbers = {key: tile.number.text() for key, tile in home.tiles.items()}
    assert numbers == {"fields": "2", "contacts": "0", "interviews": "0", "questions": "0"}
    texts = [label.text() for label in home.findChildren(QLabel)]
    assert not any("Choose a career field" in text for text in texts)
    # Each field without contacts is on the list, with a way to step 2 of the guide.
    assert any("No contacts yet for Nursing" in text for text in texts)
    assert any("No contacts yet for Law" in text for text in texts)
    finds = [b for b in home.findChildren(QPushButton) if b.text() == "Find contacts"]
    assert len(finds) == 2


def test_window_remembers_size_position_and_view(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, state: QSettings
) -> None:
    window.resize(780, 560)
    window.move(12, 21)
    geometry = window.geometry()
    window.show_view(ViewId.QUESTIONS)
    window.close()
    again = MainWindow(paths, AppEvents(), QSettings(str(paths.settings_file), state.format()))
    qtbot.addWidget(again)
    again.show()
    assert again.geometry().size() == geometry.size()
    # the offscreen platform's fake window frame may shift the position by a pixel or two
    assert (again.geometry().topLeft() - geometry.topLeft()).manhattanLength() <= 4
    assert again.current_view() == ViewId.QUESTIONS
    assert ViewId.QUESTIONS in again.views


def test_the_window_says_once_that_it_has_been_painted(
    qtbot: QtBot, store: object, paths: AppPaths, events: AppEvents, state: QSettings
) -> None:
    """Backups and the question bank wait for this, so that the window appears first."""
    window = MainWindow(paths, events, state)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(window.isVisible()))
    qtbot.wait(50)
    assert painted == []  # not shown, not painted
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.repaint()
    window.resize(window.width() + 40, window.height())
    qtbot.wait(50)
    assert painted == [True]


def test_the_first_window_of_a_data_folder_welcomes_and_the_next_welcomes_back(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, state: QSettings
) -> None:
    home = window.views[ViewId.HOME]
    assert isinstance(home, HomeView)
    assert home.header.title.text() == "Welcome to InfoView"
    window.close()
    state.sync()  # written to the data folder's view-state file
    again = MainWindow(paths, AppEvents(), QSettings(str(paths.settings_file), state.format()))
    qtbot.addWidget(again)
    again.show()
    home = again.views[ViewId.HOME]
    assert isinstance(home, HomeView)
    assert home.header.title.text() == "Welcome back to InfoView"


def test_home_tiles_name_one_record_in_the_singular(window: MainWindow) -> None:
    add_field(name="Nursing")
    add_contact(contact=ContactData(first_name="Ana"))
    window.events.publish()
    home = window.views[ViewId.HOME]
    assert isinstance(home, HomeView)
    tiles = {key: f"{tile.number.text()} {tile.caption.text()}" for key, tile in home.tiles.items()}
    assert tiles["fields"] == "1 career field" and tiles["contacts"] == "1 contact"
    assert tiles["interviews"] == "0 interviews"


def test_the_first_window_fits_a_small_screen(window: MainWindow) -> None:
    # The offscreen screen is 800x600, smaller than the usual first size (1100x720): a
    # window wider than the screen would hide Add a contact and the table's right columns.
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.width() < 1100
    assert window.width() <= max(room.width(), window.minimumSizeHint().width())
    assert window.height() <= max(room.height(), window.minimumSizeHint().height())
    assert window.width() < 1100
