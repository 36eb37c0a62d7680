"""File > Import: rows that look like a saved contact are merged into it when the user says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from tests.gui.test_import_dialog import open_dialog, preview, texts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "likely_merge.csv"


def saved() -> dict[str, int]:
    people = {
        "Dana": ContactData(first_name="Dana", last_name="Ruiz", phone="+1 202-555-0147"),
        "Robert": ContactData(first_name="Robert", last_name="Smith", organisation="Acme"),
        "Jane": ContactData(first_name="Jane", last_name="Doe", organisation="Orbit Labs"),
    }
    return {name: add_contact(contact=contact) for name, contact in people.items()}


def ready(qtbot: QtBot, dialog: ImportDialog, merged: int) -> None:
    """Wait for the plan that merges ``merged`` likely rows."""
    summary = dialog.preview_page.summary
    qtbot.waitUntil(lambda: f"({merged} to be merged)" in summary.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)


def test_a_row_chosen_to_merge_fills_the_saved_contact_and_undo_restores_it(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    ids = saved()
    dialog = open_dialog(qtbot, window, events, FIXTURE)
    preview(qtbot, dialog)
    page = dialog.preview_page
    tab = page.likely
    assert page.tabs.isTabVisible(3)
    assert page.tabs.tabText(3) == "Look like saved contacts (3)"
    assert texts(tab.table, 1) == ["Dan Ruiz", "Bob Smith", "J. Doé"]
    assert texts(tab.table, 3) == [
        "same phone +1 (202) 555-0147",
        "close names at Acme",
        "close names at Orbit Labs",
    ]
    # A shared phone comes chosen; a close name is only offered.
    assert [combo.currentIndex() for combo in tab.combos] == [1, 0, 0]
    assert tab.combos[1].itemText(1) == "Merge into Robert Smith"
    assert "3 rows look like a saved contact (1 to be merged)" in page.summary.text()
    assert "1 value not imported" in page.summary.text()
    assert page.tabs.tabText(2) == "Not imported (1)"
    assert "“not an address” does not look like an email" in texts(page.reject_table, 1)[0]
    tab.combos[1].setFocus()
    qtbot.keyClick(tab.combos[1], Qt.Key.Key_Down)  # Bob Smith: merge into Robert Smith
    ready(qtbot, dialog, 2)
    assert texts(page.new_table, 1) == ["J. Doé", "Priya Raman"]
    assert sorted(texts(page.match_table, 1)) == ["Dana Ruiz", "Robert Smith"]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == Page.DESTINATION
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Contact.select().count() == 5  # two added; Dan and Bob merged
    robert = load_contact(ids["Robert"])
    assert (robert.first_name, robert.title) == ("Robert", "Product manager")
    dana = load_contact(ids["Dana"])
    assert (dana.email, dana.organisation) == ("dan.ruiz@home.example", "Kumo Systems")
    window.undo_action.trigger()
    assert Contact.select().count() == 3
    assert load_contact(ids["Robert"]).title == ""
    assert load_contact(ids["Dana"]).email == ""


def test_merge_all_and_add_all_choose_for_every_such_row(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    saved()
    dialog = open_dialog(qtbot, window, events, FIXTURE)
    preview(qtbot, dialog)
    tab = dialog.preview_page.likely
    qtbot.mouseClick(tab.merge_all, Qt.MouseButton.LeftButton)
    ready(qtbot, dialog, 3)
    assert [combo.currentIndex() for combo in tab.combos] == [1, 1, 1]
    assert texts(dialog.preview_page.new_table, 1) == ["Priya Raman"]
    qtbot.mouseClick(tab.add_all, Qt.MouseButton.LeftButton)
    ready(qtbot, dialog, 0)
    assert [combo.currentIndex() for combo in tab.combos] == [0, 0, 0]
    assert len(texts(dialog.preview_page.new_table, 1)) == 4
