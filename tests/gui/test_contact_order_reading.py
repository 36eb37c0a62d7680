"""The Contacts table reads its whole order in a worker: the window never waits for it.

A sort, a search keystroke or a reload is read off the GUI thread; meanwhile the table
shows the previous order, a newer request drops an older one, and the selection and the
current contact are kept by id across the swap.
"""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import StorageError
from infoview_gui.qtmodels import contact_ordering
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.services import ranking
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.models import Contact
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.gui.settle import settled

ROWS = 300


@pytest.fixture
def people(store: SqliteDatabase) -> list[int]:
    """Contacts P000 ... P299, every tenth at "Acme"."""
    rows = [
        {
            "first_name": f"P{n:03d}",
            "sort_name": f"p{n:03d}",
            "organisation": "Acme" if n % 10 == 0 else "Other",
            "search_text": f"p{n:03d}\n{'acme' if n % 10 == 0 else 'other'}",
        }
        for n in range(ROWS)
    ]
    Contact.insert_many(rows).execute()
    return [c.id for c in Contact.select(Contact.id).order_by(Contact.sort_name)]


@pytest.fixture
def view(window: MainWindow, people: list[int]) -> ContactsView:
    window.events.publish()  # the rows written: else published when the loop is next idle
    window.show_view(ViewId.CONTACTS)
    contacts = window.views[ViewId.CONTACTS]
    assert isinstance(contacts, ContactsView)
    return contacts


def names(view: ContactsView) -> list[str]:
    model = view.model
    return [str(model.index(r, Column.NAME).data()) for r in range(model.rowCount())]


def test_the_first_show_says_loading_until_the_contacts_come(
    window: MainWindow, people: list[int]
) -> None:
    window.events.publish()  # the rows written: else published when the loop is next idle
    window.show_view(ViewId.CONTACTS)  # here: pytest-qt turns the event loop after set-up
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    assert view.model.is_reading() and view.model.rowCount() == 0
    assert view.count.text() == "Loading…"
    settled(view.model)
    assert view.count.text() == f"{ROWS} contacts"
    assert names(view)[:2] == ["P000", "P001"]


def test_a_sort_shows_the_previous_order_until_the_new_one_comes(view: ContactsView) -> None:
    settled(view.model)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert view.is_reading()
    assert names(view)[0] == "P000"  # the window did not wait: the old order is shown
    settled(view.model)
    assert names(view)[0] == "P299" and len(names(view)) == ROWS


def test_the_selection_and_current_contact_are_kept_across_a_sort(
    view: ContactsView, people: list[int]
) -> None:
    settled(view.model)
    table, model = view.table, view.model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (3, 4, 250):
        table.selectionModel().select(model.index(row, 0), flags)
    table.selectionModel().setCurrentIndex(
        model.index(250, Column.NAME), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    settled(model)
    assert table.selected_ids() == [people[250], people[4], people[3]]
    assert table.current_id() == people[250]
    assert table.currentIndex().row() == ROWS - 1 - 250


def test_select_all_stays_all_across_a_sort(view: ContactsView, qtbot: QtBot) -> None:
    settled(view.model)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    settled(view.model)
    assert view.table.selected_spans() == [(0, ROWS - 1)]


def test_typing_fast_applies_only_the_last_keystroke(view: ContactsView, qtbot: QtBot) -> None:
    settled(view.model)
    swaps: list[str] = []
    view.model.swapped.connect(lambda: swaps.append(view.model.contact_filter.search))
    qtbot.keyClicks(view.search, "acme")  # no event loop between the keys: each supersedes
    settled(view.model)
    assert swaps == ["acme"]
    assert names(view) == [f"P{n:03d}" for n in range(0, ROWS, 10)]
    assert view.count.text() == f"{ROWS // 10} of {ROWS}"


def test_a_failed_read_keeps_the_order_shown_and_says_why(
    window: MainWindow, view: ContactsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(view.model)

    def broken(*_args: object) -> object:
        raise StorageError("The disk could not be read.")

    monkeypatch.setattr(contact_ordering, "read_order", broken)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    settled(view.model)
    assert names(view)[0] == "P000" and len(names(view)) == ROWS
    assert window.statusBar().currentMessage() == "The disk could not be read."


def test_the_rank_column_follows_a_move_read_in_the_worker(window: MainWindow) -> None:
    field = add_field(name="Nursing")
    ids = [add_contact(contact=ContactData(first_name=n, field_id=field)) for n in "ABC"]
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)  # rank is a column
    settled(view.model)
    rank = [view.model.index(r, Column.RANK).data() for r in range(3)]
    assert rank == ["1", "2", "3"]
    run_action(
        window.events,
        lambda: ranking.move(field_id=field, contact_ids=[ids[2]], after_id=None, before_id=ids[0]),
    )
    settled(view.model)
    assert names(view) == ["A", "B", "C"]  # the rows stayed; their places were read again
    assert [view.model.index(r, Column.RANK).data() for r in range(3)] == ["2", "3", "1"]
