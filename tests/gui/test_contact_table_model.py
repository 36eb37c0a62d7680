from __future__ import annotations

from datetime import date

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import InterviewStatus, Source
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.ranking import ranked_ids
from infoview_gui.store.contact_table import ContactFilter
from infoview_gui.store.models import Contact, Interview
from infoview_gui.store.request_rule import current_request_id, next_to_ask

TODAY = date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def nursing(store: SqliteDatabase) -> tuple[int, list[int]]:
    field_id = add_field(name="Nursing")
    people = [
        ("Ana", "Lopez", "Charge nurse", "St Mary", "Leeds", Source.FAMILY, "Kind, funny"),
        ("Ben", "Okafor", "Nurse practitioner", "Northside", "York", Source.ALUMNI_PROGRAMME, ""),
        ("Chloé", "Martin", "Midwife", "City Hospital", "Hull", Source.PROFESSOR, ""),
    ]
    ids = [
        add_contact(
            contact=ContactData(
                first_name=f,
                last_name=last,
                title=t,
                organisation=o,
                location=loc,
                source=s,
                field_id=field_id,
                notes=n,
            )
        )
        for f, last, t, o, loc, s, n in people
    ]
    add_contact(
        contact=ContactData(first_name="Lee", last_name="Law", field_id=add_field(name="Law"))
    )
    return field_id, ids


def names(model: ContactTableModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, nursing: tuple[int, list[int]]
) -> None:
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter(ContactFilter(field_id=nursing[0]))
    qtmodeltester.check(model)


def test_rows_show_rank_details_and_next_step(nursing: tuple[int, list[int]]) -> None:
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    assert names(model) == ["Ana Lopez", "Ben Okafor", "Chloé Martin", "Lee Law"]
    row = names(model).index("Ben Okafor")
    cell = lambda c: model.index(row, c).data()  # noqa: E731
    assert cell(Column.RANK) == "2"
    assert (cell(Column.TITLE), cell(Column.ORGANISATION)) == ("Nurse practitioner", "Northside")
    assert (cell(Column.FIELD), cell(Column.SOURCE)) == ("Nursing", "Alumni program")
    assert (cell(Column.STATUS), cell(Column.NEXT_STEP)) == (
        "Not asked yet",
        "Ask for an interview",
    )


def test_search_is_folded_and_covers_notes(nursing: tuple[int, list[int]]) -> None:
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(search="CHLOE"))
    assert names(model) == ["Chloé Martin"]
    model.set_search("funny")
    assert names(model) == ["Ana Lopez"]
    model.set_search("100%")
    assert names(model) == []


def test_filters_combine(nursing: tuple[int, list[int]]) -> None:
    field_id, ids = nursing
    interview = start_request(contact_id=ids[1])
    Interview.update(status="asked", requested_on=date(2026, 3, 6)).where(
        Interview.id == interview
    ).execute()
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(field_id=field_id, status=InterviewStatus.ASKED))
    assert names(model) == ["Ben Okafor"]
    next_step = model.index(0, model.column_of(Column.NEXT_STEP)).data()
    assert next_step == "No reply yet: ask the next person"
    model.set_filter(ContactFilter(status=InterviewStatus.NOT_ASKED, source=Source.FAMILY.value))
    assert names(model) == ["Ana Lopez"]


def test_the_status_column_shows_the_current_request_by_the_rule(
    nursing: tuple[int, list[int]],
) -> None:
    field_id, (ana, ben, chloe) = nursing
    declined = start_request(contact_id=ana)
    Interview.update(status="declined").where(Interview.id == declined).execute()
    start_request(contact_id=ana)  # asked again: the new request is the current one
    for status in ("asked", "no_reply"):
        interview = start_request(contact_id=ben)
        Interview.update(status=status).where(Interview.id == interview).execute()
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(field_id=field_id))
    column = model.column_of(Column.STATUS)
    shown = {n: model.index(r, column).data() for r, n in enumerate(names(model))}
    assert shown == {
        "Ana Lopez": "Not asked yet",
        "Ben Okafor": "No reply",
        "Chloé Martin": "Not asked yet",
    }
    assert [current_request_id(c) for c in (ana, chloe)] == [declined + 1, None]
    model.set_filter(ContactFilter(field_id=field_id, status=InterviewStatus.NOT_ASKED))
    assert names(model) == ["Ana Lopez", "Chloé Martin"]
    assert next_to_ask(field_id) == ana


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (
            Column.NAME,
            Qt.SortOrder.AscendingOrder,
            ["Lee Law", "Ana Lopez", "Chloé Martin", "Ben Okafor"],
        ),
        (
            Column.NAME,
            Qt.SortOrder.DescendingOrder,
            ["Ben Okafor", "Chloé Martin", "Ana Lopez", "Lee Law"],
        ),
        (
            Column.LOCATION,
            Qt.SortOrder.AscendingOrder,
            ["Chloé Martin", "Ana Lopez", "Ben Okafor", "Lee Law"],
        ),
    ],
)
def test_sorting_by_a_column(
    nursing: tuple[int, list[int]], column: Column, order: Qt.SortOrder, expected: list[str]
) -> None:
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    model.sort(column, order)
    assert names(model) == expected


def test_one_field_shows_its_criteria_as_editable_columns(nursing: tuple[int, list[int]]) -> None:
    field_id, ids = nursing
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(field_id=field_id))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[8:11] == ["How close their…", "We know someone…", "Easy to meet…"]
    assert headers[11] == "Score"
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (8, 9)
    ]
    assert (
        tips[0]
        == "How close their job is to the one I want<br>Weight 3 of 5. Type 0-5 in a cell to score."
    )
    assert tips[1].startswith("We know someone in common<br>")
    cell = model.index(0, 8)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, Column.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, 4)
    assert model.index(0, 8).data() == "4"
    assert model.index(0, model.column_of(Column.SCORE)).data() == "4.0"
    assert Contact.get_by_id(ids[0]).score == 4
    assert model.setData(model.index(0, 8), -1)
    assert model.index(0, 8).data() == ""


def test_moving_rows_saves_the_new_order(nursing: tuple[int, list[int]]) -> None:
    field_id, ids = nursing
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(field_id=field_id))
    assert model.can_reorder()
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert names(model) == ["Chloé Martin", "Ana Lopez", "Ben Okafor"]
    assert [i for i, _ in ranked_ids(field_id)] == [ids[2], ids[0], ids[1]]
    assert model.index(0, Column.RANK).data() == "1"
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # a no-op move


def test_drag_and_drop_moves_rows(nursing: tuple[int, list[int]]) -> None:
    field_id, ids = nursing
    model = ContactTableModel(lambda: TODAY)
    model.set_filter(ContactFilter(field_id=field_id))
    data = model.mimeData([model.index(0, 0), model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert names(model) == ["Ben Okafor", "Chloé Martin", "Ana Lopez"]


def test_no_reordering_unless_one_field_in_rank_order(nursing: tuple[int, list[int]]) -> None:
    field_id, _ = nursing
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    assert not model.can_reorder()
    model.set_filter(ContactFilter(field_id=field_id, search="a"))
    assert not model.can_reorder()
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)
    model.set_filter(ContactFilter(field_id=field_id))
    model.sort(Column.NAME)
    assert not model.can_reorder()


def test_typing_narrows_and_deleting_widens_again(nursing: tuple[int, list[int]]) -> None:
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    model.set_search("nurse")
    assert names(model) == ["Ana Lopez", "Ben Okafor"]
    model.set_search("nurse p")
    assert names(model) == ["Ben Okafor"]
    model.set_search("nurse pz")
    assert names(model) == []
    model.set_search("nurse")
    assert names(model) == ["Ana Lopez", "Ben Okafor"]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Ben Okafor", "Ana Lopez"]
    model.set_search("")
    assert names(model) == ["Ben Okafor", "Chloé Martin", "Ana Lopez", "Lee Law"]


def test_tooltips_show_markup_literally(store: SqliteDatabase) -> None:
    add_contact(contact=ContactData(first_name="<b>x</b>", organisation="Tom & Jerry"))
    model = ContactTableModel(lambda: TODAY)
    model.reload()
    assert model.index(0, Column.NAME).data() == "<b>x</b>"
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "&lt;b&gt;x&lt;/b&gt;"
    assert model.index(0, Column.ORGANISATION).data(Qt.ItemDataRole.ToolTipRole) == (
        "Tom &amp; Jerry"
    )


def test_the_next_step_follows_preferences_and_the_users_holidays(
    nursing: tuple[int, list[int]],
) -> None:
    from infoview_gui.services.holiday_calendar import set_country
    from infoview_gui.services.waiting import set_reply_thresholds

    interview = start_request(contact_id=nursing[1][1])
    Interview.update(status="asked", requested_on=date(2026, 4, 2)).where(
        Interview.id == interview
    ).execute()  # Thursday 2 April 2026; Good Friday is the 3rd, Easter Monday the 6th
    model = ContactTableModel(lambda: date(2026, 4, 7))
    model.reload()
    row = names(model).index("Ben Okafor")
    assert model.index(row, Column.NEXT_STEP).data() == "No reply yet: ask the next person"
    set_country(code="GB", region="ENG")  # Preferences, then the change is published
    model.reload()
    assert model.index(row, Column.NEXT_STEP).data() == "Wait for a reply (1 business day)"
    set_reply_thresholds(ask_next_after=1, follow_up_after=5)
    model.reload()
    assert model.index(row, Column.NEXT_STEP).data() == "No reply yet: ask the next person"
