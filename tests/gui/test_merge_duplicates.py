"""Possible duplicates in the window: the pair is listed with why, merged, and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.services.interviews import start_request
from infoview_gui.store.models import Contact, Interview
from infoview_gui.ui.dialogs.duplicates import DuplicatesDialog
from infoview_gui.ui.dialogs.merge import MergeDialog
from infoview_gui.ui.main_window import MainWindow


@pytest.fixture
def twice(window: MainWindow) -> tuple[int, int]:
    """Robert Smith from a networking site, Bob Smith from an address book."""
    kept = add_contact(
        contact=ContactData(
            first_name="Robert",
            last_name="Smith",
            organisation="Fenwick",
            profile_url="https://www.linkedin.com/in/rsmith",
        )
    )
    other = add_contact(
        contact=ContactData(
            first_name="Bob",
            last_name="Smith",
            organisation="Fenwick",
            title="Partner",
            email="bob@fenwick.example",
            phone="+44 20 7946 0000",
        )
    )
    start_request(contact_id=other)
    window.events.publish()
    return kept, other


def test_the_pair_is_listed_with_the_reason(
    qtbot: QtBot, window: MainWindow, twice: tuple[int, int]
) -> None:
    dialog = DuplicatesDialog(window, window.events)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.runner.finished):
        pass
    assert dialog.status.text() == "1 possible duplicate"
    row = [dialog.table.item(0, column).text() for column in range(3)]
    assert row == ["Robert Smith", "Bob Smith", "close names at Fenwick"]
    assert dialog.merge_button.isEnabled()


def test_merging_picks_values_and_undo_separates_them(
    qtbot: QtBot, window: MainWindow, twice: tuple[int, int]
) -> None:
    kept, other = twice
    dialog = MergeDialog(window, window.events, kept, other)
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.right_buttons["title"]
    assert title.text() == "Partner"
    assert title.isChecked()  # the left one has none
    first_name = dialog.right_buttons["first_name"]
    assert first_name.text() == "Bob" and not first_name.isChecked()
    qtbot.mouseClick(first_name, Qt.MouseButton.LeftButton, pos=QPoint(5, first_name.height() // 2))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = load_contact(kept)
    assert (merged.first_name, merged.title, merged.email) == (
        "Bob",
        "Partner",
        "bob@fenwick.example",
    )
    assert not Contact.select().where(Contact.id == other).exists()
    assert Interview.get().contact_id == kept
    assert window.undo_action.text() == "&Undo Merge Bob Smith into Robert Smith"
    window.undo_action.trigger()
    assert load_contact(kept).first_name == "Robert"
    assert load_contact(other).title == "Partner"
    assert Interview.get().contact_id == other
    window.redo_action.trigger()
    assert not Contact.select().where(Contact.id == other).exists()
    assert load_contact(kept).first_name == "Bob"


def test_the_contacts_view_and_the_edit_menu_offer_it(window: MainWindow) -> None:
    assert window.duplicates_action.text() == "Possible &duplicates…"


def test_the_merge_dialog_shows_both_contacts_tags_and_keeps_them_all(
    qtbot: QtBot, window: MainWindow, twice: tuple[int, int]
) -> None:
    from PySide6.QtWidgets import QLabel

    from infoview_gui.services import tags

    kept, other = twice
    tags.add_tags(contact_ids=[kept], names=["law"])
    tags.add_tags(contact_ids=[other], names=["alumni", "Law"])
    dialog = MergeDialog(window, window.events, kept, other)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Tags (all kept)" in texts and "law" in texts and "alumni, law" in texts
    dialog.merge_button.click()
    assert tags.tags_of(contact_id=kept) == ["alumni", "law"]
