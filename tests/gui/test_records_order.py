"""Interviews and Follow-ups sort by a click on a header and narrow as the user types.

Both ask SQLite (``store.record_table``): the order a user sees is what these tests read
off the table, row by row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.qtmodels.roles import MarkedRole
from infoview_gui.services import thanks
from infoview_gui.services.fields import add_field
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.follow_ups import FollowUpsView
from infoview_gui.ui.views.interviews import InterviewsView
from tests.gui.test_interviews_view import asked, contact, scheduled

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday noon in London


def _held(contact_id: int, day: int, due: date | None) -> int:
    interview_id = scheduled(contact_id, datetime(2026, 3, day, 10, 0))
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, day, 10, 45, tzinfo=UTC),
            thank_you_due=due,
        )
    return interview_id


@pytest.fixture
def people(store: object) -> dict[str, int]:
    """Five interviews: Cy and Ed held (Ed thanked, Cy overdue), Ana and Ben scheduled,
    Di asked; in two fields, with organisations in another order than the names."""
    nursing, law = add_field(name="Nursing"), add_field(name="Law")
    ana, ben, cy = (contact(nursing, name) for name in ("Ana", "Ben", "Cy"))
    di, ed = contact(law, "Di"), contact(law, "Ed")
    ids = {
        "Cy": _held(cy, 2, date(2026, 3, 3)),
        "Ed": _held(ed, 5, None),
        "Ana": scheduled(ana, datetime(2026, 3, 10, 14, 0)),
        "Ben": scheduled(ben, datetime(2026, 3, 12, 9, 30)),
        "Di": asked(di),
    }
    thanks.mark_thank_you_sent(interview_id=ids["Ed"], on=date(2026, 3, 6))
    return ids


def _view(qtbot: QtBot, kind: type[InterviewsView] | type[FollowUpsView]):  # type: ignore[no-untyped-def]
    view = kind(AppEvents(), now=lambda: NOW, system_zone=lambda: "Europe/London")
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _first_words(table: QTableView, column: int = 0) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()).split(" ")[0] for row in range(model.rowCount())]


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_interviews_sort_by_each_header_clicked(qtbot: QtBot, people: dict[str, int]) -> None:
    view = _view(qtbot, InterviewsView)
    table = view.table
    assert _first_words(table) == ["Ben", "Ana", "Ed", "Cy", "Di"]  # the next ones first
    _click_header(qtbot, table, 0)
    assert _first_words(table) == ["Ana", "Ben", "Cy", "Di", "Ed"]
    _click_header(qtbot, table, 0)
    assert _first_words(table) == ["Ed", "Di", "Cy", "Ben", "Ana"]
    _click_header(qtbot, table, 2)  # Field: Law before Nursing; each in the list's order
    assert _first_words(table) == ["Ed", "Di", "Ben", "Ana", "Cy"]
    _click_header(qtbot, table, 3)  # Status, in the order a request goes
    assert _first_words(table) == ["Di", "Ben", "Ana", "Cy", "Ed"]
    _click_header(qtbot, table, 4)  # When: never-planned Di last
    assert _first_words(table) == ["Cy", "Ed", "Ana", "Ben", "Di"]
    _click_header(qtbot, table, 6)  # Thank-you: to send first, then sent, then none
    assert _first_words(table) == ["Cy", "Ed", "Ben", "Ana", "Di"]  # ties: the list's order
    _click_header(qtbot, table, 6)  # descending: blanks stay last
    assert _first_words(table) == ["Ed", "Cy", "Ben", "Ana", "Di"]


def test_typing_in_the_interviews_search_narrows_the_list(
    qtbot: QtBot, people: dict[str, int]
) -> None:
    view = _view(qtbot, InterviewsView)
    qtbot.keyClicks(view.search, "b")
    assert _first_words(view.table) == ["Ben"]
    qtbot.keyClicks(view.search, "en & c")  # the organisation, "Ben & Co"
    assert _first_words(view.table) == ["Ben"]
    view.search.clear()
    assert len(_first_words(view.table)) == 5
    qtbot.keyClicks(view.search, "nobody")
    assert view.table.model().rowCount() == 0
    assert view.stack.currentWidget() is view.table  # not "no interviews yet"


def test_a_search_and_a_sort_hold_together(qtbot: QtBot, people: dict[str, int]) -> None:
    view = _view(qtbot, InterviewsView)
    qtbot.keyClicks(view.search, "doe")
    _click_header(qtbot, view.table, 0)
    _click_header(qtbot, view.table, 0)
    assert _first_words(view.table) == ["Ed", "Di", "Cy", "Ben", "Ana"]
    qtbot.keyClicks(view.search, "\b\b\b\bco")
    assert _first_words(view.table) == ["Ed", "Di", "Cy", "Ben", "Ana"]


def test_an_overdue_thank_you_is_marked_and_reads_as_such(
    qtbot: QtBot, people: dict[str, int]
) -> None:
    view = _view(qtbot, InterviewsView)
    model = view.table.model()
    marked = {str(model.index(r, 0).data()) for r in range(5) if model.index(r, 0).data(MarkedRole)}
    assert marked == {"Cy Doe"}
    texts = {str(model.index(r, 0).data()): str(model.index(r, 6).data()) for r in range(5)}
    assert texts["Cy Doe"] == "Overdue (due Tue 3 Mar)"
    assert texts["Ed Doe"] == "Sent Fri 6 Mar"
    assert texts["Ana Doe"] == ""


def test_follow_ups_list_the_thank_yous_to_send_first_and_sort_by_header(
    qtbot: QtBot, people: dict[str, int]
) -> None:
    view = _view(qtbot, FollowUpsView)
    table = view.table
    assert _first_words(table) == ["Cy", "Ed"]
    _click_header(qtbot, table, 1)  # Held
    assert _first_words(table) == ["Cy", "Ed"]
    _click_header(qtbot, table, 1)
    assert _first_words(table) == ["Ed", "Cy"]
    _click_header(qtbot, table, 2)  # Thank-you email: to send, then sent
    assert _first_words(table) == ["Cy", "Ed"]
    qtbot.keyClicks(view.search, "ed")
    assert _first_words(table) == ["Ed"]


def test_the_records_model_keeps_qts_rules(qtbot: QtBot, qtmodeltester, people) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, InterviewsView)
    qtmodeltester.check(view.model)
    qtbot.keyClicks(view.search, "a")
    _click_header(qtbot, view.table, 1)
    qtmodeltester.check(view.model)


def test_with_big_data_sorts_and_searches_are_read_in_a_worker(
    qtbot: QtBot, people: dict[str, int]
) -> None:
    view = _view(qtbot, InterviewsView)
    view.loader.big_from = 0  # as with 2,000 interviews or more
    table = view.table
    _click_header(qtbot, table, 0)
    assert view.is_reading()
    assert _first_words(table) == ["Ben", "Ana", "Ed", "Cy", "Di"]  # until the ids are read
    qtbot.waitUntil(lambda: not view.is_reading(), timeout=10_000)
    assert _first_words(table) == ["Ana", "Ben", "Cy", "Di", "Ed"]
    qtbot.keyClicks(view.search, "nobody")
    qtbot.waitUntil(lambda: not view.is_reading(), timeout=10_000)
    assert table.model().rowCount() == 0
    assert view.stack.currentWidget() is view.table  # not "no interviews yet"
    assert view.select_record(people["Di"])  # at once: the search cleared, the row found
    assert _first_words(table)[table.currentIndex().row()] == "Di"
