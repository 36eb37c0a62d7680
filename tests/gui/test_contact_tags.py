"""Tags in the Contacts table: a Tags column, sorted in SQL, a tag filter, tagging a selection."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.services import tags
from infoview_gui.services.contacts import add_contact
from infoview_gui.ui.dialogs.tag_choice import AddTagsDialog, RemoveTagDialog, RenameTagDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.gui.settle import settled

POPUP = pytest.mark.qt_log_ignore(  # the offscreen platform, opening the completer's popup
    "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def people(store: object) -> dict[str, int]:
    ids = {name: add_contact(contact=ContactData(first_name=name)) for name in ("Ana", "Ben", "Cy")}
    tags.add_tags(contact_ids=[ids["Ana"], ids["Cy"]], names=["nursing"])
    tags.add_tags(contact_ids=[ids["Cy"]], names=["alumni"])
    return ids


@pytest.fixture
def view(window: MainWindow, people: dict[str, int]) -> ContactsView:
    window.events.publish()
    window.show_view(ViewId.CONTACTS)
    contacts = window.views[ViewId.CONTACTS]
    assert isinstance(contacts, ContactsView)
    settled(contacts.model)  # the order is read in a worker
    return contacts


def shown(view: ContactsView, column: int = Column.NAME) -> list[str]:
    model = settled(view.model)
    return [model.index(r, model.column_of(Column(column))).data() for r in range(model.rowCount())]


def when_dialog(kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the dialog of ``kind`` as soon as it is open."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            action(dialog)
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def test_the_tags_column_shows_each_contacts_tags_and_sorts_untagged_last(
    view: ContactsView,
) -> None:
    view.table.sortByColumn(view.model.column_of(Column.TAGS), Qt.SortOrder.AscendingOrder)
    assert shown(view) == ["Cy", "Ana", "Ben"]  # "alumni, nursing" < "nursing" < none
    assert shown(view, Column.TAGS) == ["alumni, nursing", "nursing", ""]
    view.table.sortByColumn(view.model.column_of(Column.TAGS), Qt.SortOrder.DescendingOrder)
    assert shown(view) == ["Ana", "Cy", "Ben"]  # blanks stay last


def test_choosing_a_tag_in_the_filter_shows_only_its_contacts(
    view: ContactsView, qtbot: QtBot
) -> None:
    combo = view.tag_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any tag", "alumni", "nursing"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "nursing"
    assert sorted(shown(view)) == ["Ana", "Cy"]
    assert view.count.text() == "2 of 3"
    qtbot.keyClicks(view.search, "cy")  # the search box narrows the tag's contacts further
    assert shown(view) == ["Cy"]


@POPUP
def test_add_tag_on_a_selection_types_a_new_tag_and_undo_takes_it_off(
    window: MainWindow, view: ContactsView, qtbot: QtBot, people: dict[str, int]
) -> None:
    view.table.select_ids([people["Ana"], people["Ben"]])

    def type_tag(dialog: QDialog) -> None:
        assert isinstance(dialog, AddTagsDialog)
        qtbot.keyClicks(dialog.tags.entry, "Met at fair")
        qtbot.keyClick(dialog.tags.entry, Qt.Key.Key_Return)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(AddTagsDialog, type_tag)
    window.add_tag_action.trigger()
    assert tags.tags_of(contact_id=people["Ben"]) == ["Met at fair"]
    assert tags.tags_of(contact_id=people["Ana"]) == ["Met at fair", "nursing"]
    row = view.model.row_of(people["Ben"])
    assert view.model.index(row, view.model.column_of(Column.TAGS)).data() == "Met at fair"
    assert "Met at fair" in [view.tag_filter.itemText(i) for i in range(view.tag_filter.count())]
    window.undo_action.trigger()
    assert tags.tags_of(contact_id=people["Ben"]) == []
    assert view.model.index(row, view.model.column_of(Column.TAGS)).data() == ""


def test_remove_tag_on_a_selection_takes_it_off_those_that_carry_it(
    window: MainWindow, view: ContactsView, people: dict[str, int]
) -> None:
    view.table.select_ids([people["Ana"], people["Ben"], people["Cy"]])

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, RemoveTagDialog)
        texts = [dialog.tag.itemText(i) for i in range(dialog.tag.count())]
        assert texts == ["alumni (1 of 3)", "nursing (2 of 3)"]
        dialog.tag.setCurrentIndex(1)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(RemoveTagDialog, choose)
    window.remove_tag_action.trigger()
    assert [tags.tags_of(contact_id=people[n]) for n in ("Ana", "Cy")] == [[], ["alumni"]]
    window.undo_action.trigger()
    assert tags.tags_of(contact_id=people["Ana"]) == ["nursing"]


@POPUP
def test_tagging_a_large_selection_runs_in_a_worker_and_is_undone(
    window: MainWindow,
    view: ContactsView,
    qtbot: QtBot,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infoview_gui.ui.dialogs.bulk_work import BulkWorkDialog
    from infoview_gui.ui.views import contact_tags

    monkeypatch.setattr(contact_tags, "BIG_TAGGING", 2)
    seen: list[str] = []

    def type_tag(dialog: QDialog) -> None:
        assert isinstance(dialog, AddTagsDialog)
        qtbot.keyClicks(dialog.tags.entry, "Spring fair")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        def watch() -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, BulkWorkDialog):
                seen.append(modal.heading.text())
            elif not seen:
                QTimer.singleShot(1, watch)

        QTimer.singleShot(0, watch)

    view.table.select_ids(list(people.values()))
    when_dialog(AddTagsDialog, type_tag)
    window.add_tag_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert seen == ["Add tags…"]
    qtbot.waitUntil(lambda: "Spring fair" in shown(view, Column.TAGS)[0], timeout=5_000)
    assert all("Spring fair" in tags.tags_of(contact_id=c) for c in people.values())
    window.undo_action.trigger()
    assert not any("Spring fair" in tags.tags_of(contact_id=c) for c in people.values())


def test_renaming_a_tag_onto_another_merges_them_everywhere_and_undo_parts_them(
    window: MainWindow, view: ContactsView, qtbot: QtBot, people: dict[str, int]
) -> None:
    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, RenameTagDialog)
        assert dialog.tag.currentText() == "alumni" and dialog.name.text() == "alumni"
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "NURSING")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_dialog(RenameTagDialog, rename)
    window.rename_tag_action.trigger()
    assert tags.tags_of(contact_id=people["Cy"]) == ["nursing"]
    assert shown(view, Column.TAGS)[view.model.row_of(people["Cy"])] == "nursing"
    items = [view.tag_filter.itemText(i) for i in range(view.tag_filter.count())]
    assert items == ["Any tag", "nursing"]
    window.undo_action.trigger()
    assert tags.tags_of(contact_id=people["Cy"]) == ["alumni", "nursing"]


def test_the_tag_filter_has_room_for_a_tag_added_after_it_was_first_shown(
    view: ContactsView,
) -> None:
    tags.add_tags(contact_ids=[view.model.row_id(0)], names=["met at fair"])
    view.window().events.publish()  # type: ignore[attr-defined]
    combo = view.tag_filter
    assert "met at fair" in [combo.itemText(i) for i in range(combo.count())]
    room = combo.fontMetrics().horizontalAdvance("met at fair")
    assert combo.minimumSizeHint().width() > room  # not cut to the width of "Any tag"
