"""After a write, the contacts table moves the rows touched, in the order SQL would give."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.fields import add_field
from infoview_gui.store.models import Contact
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.gui.settle import settled

TITLES = ["nurse", "Nurse", "", "Ärztin", "zoologist", "Analyst", "analyst", "ZED", "b"]


@pytest.fixture
def people(store: SqliteDatabase) -> list[int]:
    field = add_field(name="Health")
    return [
        add_contact(
            contact=ContactData(
                first_name=f"P{n}",
                last_name=["Lopez", "", "Ng", "o'Hara"][n % 4],
                title=title,
                organisation=TITLES[-1 - n],
                location=["Leeds", "", "lyon"][n % 3],
                field_id=field if n % 2 else None,
            )
        )
        for n, title in enumerate(TITLES)
    ]


@pytest.fixture
def introduced(people: list[int]) -> list[int]:
    """Some of the people introduced by others, some by a name typed in."""
    for n, contact_id in enumerate(people):
        by = people[(n + 3) % len(people)] if n % 3 == 0 else None
        text = ["", "prof. Ng", "Alumni office"][n % 3]
        Contact.update(introduced_by=by, introduced_by_text=text).where(
            Contact.id == contact_id
        ).execute()
    return people


def fresh(model: ContactTableModel) -> list[int]:
    """The ids a full read gives for the model's filter and order."""
    again = ContactTableModel()
    again.sort(*model_sort(model))
    again.set_filter(model.contact_filter, reload=True)
    return [again.row_id(r) for r in range(again.rowCount())]


def model_sort(model: ContactTableModel) -> tuple[int, Qt.SortOrder]:
    column, descending = model._sort
    return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


def shown(model: ContactTableModel) -> list[int]:
    return [model.row_id(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("column", list(Column))
def test_an_edited_contact_goes_where_a_full_read_puts_it(
    introduced: list[int], column: Column, order: Qt.SortOrder
) -> None:
    people = introduced
    model = ContactTableModel()
    model.set_filter(model.contact_filter, reload=True)
    model.sort(column, order)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    for n, contact_id in enumerate(people[:5]):
        Contact.update(
            title=TITLES[(n + 4) % len(TITLES)],
            organisation="" if n % 2 else "aCME",
            location="LEEDS",
            sort_name=f"zz{n}",
        ).where(Contact.id == contact_id).execute()
        assert model.update_contacts({contact_id})
        assert shown(model) == fresh(model), (column, order, n)
    assert resets == []


def test_delete_and_undo_change_only_their_rows_and_keep_the_selection(
    people: list[int], qtbot: QtBot, window: object
) -> None:
    from infoview_gui.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    model = view.model
    view.events.publish()  # the people added
    settled(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    keep = model.row_id(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().select(model.index(0, 0), flags)
    gone = model.row_id(4)
    snapshot = delete_contacts(contact_ids=[gone])
    view.events.publish()
    assert gone not in shown(model) and model.rowCount() == len(people) - 1
    assert view.table.selected_ids() == [keep]
    undo_delete(snapshot=snapshot)
    view.events.publish()
    assert shown(model) == fresh(model) and gone in shown(model)
    assert view.table.selected_ids() == [keep]
    assert view.count.text() == f"{len(people)} contacts"
    assert resets == []


def test_a_search_follows_an_edit_without_reading_every_text(people: list[int]) -> None:
    model = ContactTableModel()
    model.set_filter(model.contact_filter, reload=True)
    model.set_search("lopez")
    before = shown(model)
    assert before and all(Contact.get_by_id(i).last_name == "Lopez" for i in before)
    newcomer = next(i for i in people if i not in before)
    Contact.update(search_text="now lopez too").where(Contact.id == newcomer).execute()
    Contact.update(search_text="no longer").where(Contact.id == before[0]).execute()
    assert model.update_contacts({newcomer, before[0]})
    assert newcomer in shown(model) and before[0] not in shown(model)
    assert shown(model) == fresh(model)
    model.set_search("lopez t")  # the next keystroke sees the text as written
    assert shown(model) == [newcomer]


def test_renaming_an_introducer_moves_the_people_they_introduced(
    introduced: list[int], qtbot: QtBot, window: object
) -> None:
    from infoview_gui.domain.changes import Changes, Kind
    from infoview_gui.qtmodels.contact_updates import touched_contacts

    model = ContactTableModel()
    model.set_filter(model.contact_filter, reload=True)
    model.sort(Column.INTRODUCED_BY, Qt.SortOrder.AscendingOrder)
    introducer = introduced[3]
    Contact.update(first_name="Aaron", last_name="").where(Contact.id == introducer).execute()
    changes = Changes.of(Kind.CONTACTS, {Kind.CONTACTS: {introducer}})
    touched = touched_contacts(changes, None)
    assert touched is not None and introduced[0] in touched  # introduced by people[3]
    assert model.update_contacts(touched)
    assert shown(model) == fresh(model)
    assert model.index(0, Column.INTRODUCED_BY).data() == "Aaron"
    Contact.delete().where(Contact.id == introducer).execute()  # ON DELETE SET NULL
    assert model.update_contacts(touched)
    assert shown(model) == fresh(model)


def test_many_contacts_at_once_are_read_again(people: list[int]) -> None:
    model = ContactTableModel()
    model.set_filter(model.contact_filter, reload=True)
    assert not model.update_contacts(set(range(1, 1000)))
    assert add_contact(contact=ContactData(first_name="Q")) > 0


def test_the_rank_column_follows_a_move_out_of_rank_order(people: list[int]) -> None:
    from infoview_gui.services import ranking

    model = ContactTableModel()
    model.set_filter(model.contact_filter, reload=True)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)  # the rank is a column, not the row
    ranked = [i for i, _ in ranking.ranked_ids(Contact.get_by_id(people[1]).field_id)]

    def places() -> dict[int, str]:
        rows = {model.row_id(r): r for r in range(model.rowCount())}
        return {i: model.index(rows[i], Column.RANK).data() for i in ranked}

    assert list(places().values()) == ["1", "2", "3", "4"]
    field_id = Contact.get_by_id(ranked[0]).field_id
    ranking.move(field_id=field_id, contact_ids=[ranked[3]], after_id=None, before_id=ranked[0])
    assert model.update_contacts({ranked[3]}, {field_id})
    assert places() == {ranked[3]: "1", ranked[0]: "2", ranked[1]: "3", ranked[2]: "4"}
