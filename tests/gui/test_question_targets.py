"""The picker of question lists: every field, then every interview, read as shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.qtmodels import question_targets
from infoview_gui.qtmodels.question_targets import BLOCK, QuestionTargetListModel
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store import connection, question_queries
from infoview_gui.store.database import database
from infoview_gui.store.models import Interview
from infoview_gui.store.question_queries import ListTarget
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.questions import QuestionsView, target_label
from infoview_gui.ui.widgets.lazy_combo import PopupList

MANY = 5 * BLOCK
START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
POPUP = pytest.mark.qt_log_ignore(  # the offscreen platform, opening a popup
    "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def world(store: SqliteDatabase) -> dict[str, list[int]]:
    """A field and MANY scheduled interviews, a day apart, each with its own contact."""
    field = add_field(name="Nursing")
    other = add_field(name="Law")
    interviews = []
    with database.atomic():
        for n in range(MANY):
            contact = add_contact(contact=ContactData(first_name=f"Person{n:03d}", field_id=field))
            interviews.append(
                Interview.create(
                    contact=contact,
                    field=field,
                    status="scheduled",
                    scheduled_start=START + timedelta(days=n),
                    uid=f"test-{n}",
                ).id
            )
    return {"fields": [field, other], "interviews": interviews}


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The interview ids whose labels were read from the database."""
    read: list[int] = []
    real = question_queries.interview_targets

    def counting(ids: Sequence[int]) -> dict[int, ListTarget]:
        read.extend(ids)
        return real(ids)

    monkeypatch.setattr(question_targets.question_queries, "interview_targets", counting)
    return read


def test_fields_come_first_then_the_interviews_the_next_meeting_first(
    world: dict[str, list[int]],
) -> None:
    model = QuestionTargetListModel(target_label)
    model.load()
    assert model.rowCount() == 2 + MANY
    labels = [model.index(row).data() for row in (0, 1, 2, 1 + MANY)]
    assert labels[:2] == ["Nursing (career field)", "Law (career field)"]
    assert labels[2].startswith(f"Interview with Person{MANY - 1:03d} — ")
    assert labels[3].startswith("Interview with Person000 — ")
    first = world["interviews"][0]
    assert model.row_of(("interview", first)) == 1 + MANY
    assert model.target(1 + MANY) == ("interview", first)
    assert model.row_of(("field", world["fields"][1])) == 1
    assert model.row_of(("interview", 10**9)) == -1


def test_one_field_lists_only_its_own_interviews(world: dict[str, list[int]]) -> None:
    model = QuestionTargetListModel(target_label)
    model.load(world["fields"][1])
    assert [model.index(row).data() for row in range(model.rowCount())] == ["Law (career field)"]


@POPUP
def test_showing_the_view_reads_only_the_interviews_it_shows(
    qtbot: QtBot, world: dict[str, list[int]], events: AppEvents, asked: list[int]
) -> None:
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.targets.count() == 2 + MANY
    assert len(asked) <= BLOCK  # the current item's block, not every interview
    oldest = world["interviews"][0]
    view.select_target(interview_id=oldest)
    assert view.targets.currentText().startswith("Interview with Person000 — ")
    assert view.editor.list_id == question_queries.interview_list_id(oldest)
    view.targets.showPopup()
    qtbot.wait(10)
    view.targets.hidePopup()
    assert len(set(asked)) < MANY  # the popup reads the rows on screen, not all


def test_the_chosen_interview_stays_chosen_when_the_interviews_change(
    qtbot: QtBot, world: dict[str, list[int]], events: AppEvents
) -> None:
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.show()
    chosen = world["interviews"][BLOCK + 3]
    view.select_target(interview_id=chosen)
    contact = add_contact(contact=ContactData(first_name="Newest"))
    Interview.create(
        contact=contact, status="accepted", uid="test-new"
    )  # no time yet: listed first among the interviews, so every row below moves
    view.reload()
    assert view.targets.current_target() == ("interview", chosen)
    assert view.targets.itemText(2).startswith("Interview with Newest — ")
    Interview.delete().where(Interview.id == chosen).execute()
    view.reload()
    assert view.targets.currentIndex() == 0  # gone: the first list instead


@POPUP
def test_the_popup_chooses_with_the_keyboard_and_escape_keeps_the_choice(
    qtbot: QtBot, world: dict[str, list[int]], events: AppEvents
) -> None:
    view = QuestionsView(events)
    qtbot.addWidget(view)
    view.show()
    combo = view.targets
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = combo.findChild(PopupList)
    assert popup is not None and popup.isVisible()
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    newest = world["interviews"][-1]
    assert combo.current_target() == ("interview", newest)
    assert view.editor.list_id == question_queries.interview_list_id(newest)
    combo.showPopup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert combo.current_target() == ("interview", newest)


def test_a_label_asked_for_when_the_data_file_is_closed_is_blank_not_a_crash(
    world: dict[str, list[int]],
) -> None:
    model = QuestionTargetListModel(target_label)
    model.load()
    connection.close_connection()
    assert model.index(2).data() == ""  # a picker laid out again as the window closes
    assert model.index(0).data() == "Nursing (career field)"
