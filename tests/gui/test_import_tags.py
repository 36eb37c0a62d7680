"""File > Import shows the tags a file gives, lands them, and Undo takes them back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import tags
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId

GOOGLE = Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "google_labels.csv"


def texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def go_on(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)


def filter_items(view: ContactsView) -> list[str]:
    return [view.tag_filter.itemText(i) for i in range(view.tag_filter.count())]


def test_a_google_export_with_labels_is_previewed_with_its_tags_imported_and_undone(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    jonas = add_contact(contact=ContactData(first_name="Jonas", email="jonas.berg@example.no"))
    tags.add_tags(contact_ids=[jonas], names=["Fjord"])
    window.events.publish()
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    assert filter_items(view) == ["Any tag", "Fjord"]
    dialog = ImportDialog(events, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path, str(GOOGLE))
    go_on(qtbot, dialog)
    assert dialog.current_page() == Page.PREVIEW
    page = dialog.preview_page
    assert page.summary.text().endswith(
        "Tags given to 4 contacts: Nursing, Met at the fair, Café club, Mentors, alumni."
    )
    tag_column = page.new_table.columnCount() - 1
    assert page.new_table.horizontalHeaderItem(tag_column).text() == "Tags"
    assert texts(page.new_table, tag_column) == [
        "Nursing, Met at the fair",
        "Café club",
        "",
        "Mentors",
    ]
    assert texts(page.match_table, 1) == ["Jonas"]
    assert "Tags added: alumni" in texts(page.match_table, 3)[0]
    go_on(qtbot, dialog)
    assert dialog.current_page() == Page.DESTINATION
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert tags.tags_of(contact_id=jonas) == ["alumni", "Fjord"]
    amara = Contact.get(Contact.first_name == "Amara").id
    assert tags.tags_of(contact_id=amara) == ["Met at the fair", "Nursing"]
    qtbot.waitUntil(lambda: "Nursing" in filter_items(view))
    window.undo_action.trigger()
    assert tags.tags_of(contact_id=jonas) == ["Fjord"]
    assert [name for _id, name in tags.tag_choices()] == ["Fjord"]
    qtbot.waitUntil(lambda: filter_items(view) == ["Any tag", "Fjord"])
