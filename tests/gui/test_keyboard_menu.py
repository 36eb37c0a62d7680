"""The Contacts table's menu from the keyboard acts on the current row, not the one below."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId


@pytest.fixture
def view(window: MainWindow, qtbot: QtBot) -> ContactsView:
    for name in ("Ana", "Ben", "Chloé", "Dev", "Eve"):
        add_contact(contact=ContactData(first_name=name, last_name="Ruiz"))
    window.show_view(ViewId.CONTACTS)
    contacts = window.views[ViewId.CONTACTS]
    assert isinstance(contacts, ContactsView)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 5)
    return contacts


@pytest.fixture
def conversation_with(view: ContactsView, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The contact whose "Add a conversation…" the menu offers, chosen at once."""
    chosen: list[int] = []
    monkeypatch.setattr(view, "_add_conversation", chosen.append)

    def choose(menu: QMenu, _where: object) -> None:
        next(a for a in menu.actions() if a.text().startswith("Add a conversation")).trigger()

    monkeypatch.setattr(view, "pop_up", choose)
    return chosen


def current_on_row(view: ContactsView, row: int) -> int:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 1))
    return view.model.row_id(row)


def test_the_menu_key_opens_the_menu_of_the_current_row(
    view: ContactsView, conversation_with: list[int]
) -> None:
    wanted = current_on_row(view, 2)
    # As Qt's window sends it for the Menu key: at the text cursor of the focused widget,
    # in the table's own coordinates (its viewport starts below the header).
    where = view.table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(
        view.table,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, view.table.mapToGlobal(where)),
    )
    assert conversation_with == [wanted]


def test_shift_f10_opens_the_menu_of_the_current_row(
    view: ContactsView, conversation_with: list[int], qtbot: QtBot
) -> None:
    wanted = current_on_row(view, 3)
    qtbot.keyClick(view.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert conversation_with == [wanted]


def test_a_right_click_still_opens_the_menu_of_the_row_clicked(
    view: ContactsView, conversation_with: list[int], qtbot: QtBot
) -> None:
    current_on_row(view, 0)
    rect = view.table.visualRect(view.model.index(4, 3))
    view.table.customContextMenuRequested.emit(rect.center())  # a mouse's: viewport terms
    assert conversation_with == [view.model.row_id(4)]
