from __future__ import annotations

from datetime import date

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.qtmodels.question_bank import SUGGESTED, BankRole, QuestionBankTableModel
from infoview_gui.qtmodels.question_list import ItemRole, QuestionListModel
from infoview_gui.services.fields import add_field
from infoview_gui.services.question_lists import add_text, list_for_field
from infoview_gui.services.questions import add_own_question, sync_builtin_bank
from infoview_gui.store.models import ListQuestion

TEXTS = ["A?", "B?", "C?", "D?", "E?", "F?"]


@pytest.fixture
def list_id(store: SqliteDatabase) -> int:
    new = list_for_field(field_id=add_field(name="Nursing"))
    for text in TEXTS:
        add_text(list_id=new, text=text)
    return new


@pytest.fixture
def model(list_id: int) -> QuestionListModel:
    shown = QuestionListModel()
    shown.load(list_id, meeting_minutes=30)
    return shown


def shown(model: QuestionListModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def stored(list_id: int) -> dict[str, float]:
    query = ListQuestion.select().where(ListQuestion.question_list == list_id)
    return {row.text: row.position for row in query.order_by(ListQuestion.position)}


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, model: QuestionListModel
) -> None:
    qtmodeltester.check(model)


def test_a_drag_moves_one_row_and_writes_only_it(model: QuestionListModel, list_id: int) -> None:
    before = stored(list_id)
    # what a QListView in InternalMove mode does on a drop: moveRow before the target row
    assert model.moveRow(QModelIndex(), 4, QModelIndex(), 1)
    assert shown(model) == ["A?", "E?", "B?", "C?", "D?", "F?"]
    after = stored(list_id)
    assert list(after) == shown(model)  # the order survives a restart
    assert {text for text in after if after[text] != before[text]} == {"E?"}


def test_a_drop_through_mime_data_moves_the_block(model: QuestionListModel, list_id: int) -> None:
    mime = model.mimeData([model.index(0), model.index(1)])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert shown(model) == ["C?", "D?", "A?", "B?", "E?", "F?"]
    assert list(stored(list_id)) == shown(model)


def test_a_move_onto_itself_is_refused_and_writes_nothing(
    model: QuestionListModel, list_id: int
) -> None:
    before = stored(list_id)
    assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)
    assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 9)
    assert stored(list_id) == before


def test_the_first_n_rows_are_marked_must_ask(model: QuestionListModel, list_id: int) -> None:
    model.set_must_ask(2)
    marks = [model.index(row).data(ItemRole.MUST_ASK) for row in range(6)]
    assert marks == [True, True, False, False, False, False]
    assert model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2).data(Qt.ItemDataRole.FontRole) is None
    model.moveRow(QModelIndex(), 5, QModelIndex(), 0)
    assert model.index(0).data() == "F?" and model.index(0).data(ItemRole.MUST_ASK)
    fresh = QuestionListModel()
    fresh.load(list_id)
    assert fresh.must_ask == 2


def test_the_row_where_time_runs_out_is_marked(
    qtbot: QtBot, model: QuestionListModel, list_id: int
) -> None:
    with qtbot.waitSignal(model.estimate_changed):
        model.set_meeting_minutes(15)  # 5 minutes of greetings, then 2.5 a question
    assert [model.index(r).data(ItemRole.FITS) for r in range(6)] == [True] * 4 + [False] * 2
    assert [model.index(r).data(ItemRole.TIME_RUNS_OUT) for r in range(6)].index(True) == 4
    assert model.index(5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "the first 4 fit" in model.estimate().message


def test_editing_in_place_saves_and_markup_stays_text(
    qtbot: QtBot, model: QuestionListModel, list_id: int
) -> None:
    assert model.setData(model.index(0), "<b>Bold?</b> & <i>you</i>")
    assert model.index(0).data() == "<b>Bold?</b> & <i>you</i>"
    assert "<b>Bold?</b> & <i>you</i>" in stored(list_id)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(1), "two\nlines")
    assert "one line" in refused.args[0]
    assert model.index(1).data() == "B?"


def test_the_bank_model_puts_suggestions_first_and_filters(
    qtmodeltester: ModelTester, list_id: int
) -> None:
    sync_builtin_bank(bank=parse_bank(resource_path("questions", "bank.json").read_bytes()))
    bank = QuestionBankTableModel()
    bank.load(list_id=list_id, today=date(2026, 3, 10))
    qtmodeltester.check(bank)
    suggested = [bank.index(r, 0).data(BankRole.SUGGESTED) for r in range(bank.rowCount())]
    assert suggested[:12] == [True] * 12 and not any(suggested[12:])
    assert bank.index(0, 0).data(BankRole.CAPTION).startswith("Suggested · ")
    bank.set_filter(SUGGESTED, "")
    assert bank.rowCount() == 12
    own = add_own_question(text="<b>Mine</b> & yours?")
    bank.set_filter(None, "")
    bank.load(list_id=None, today=date(2026, 3, 10))
    row = bank.row_of(own)
    assert bank.index(row, 0).data() == "<b>Mine</b> & yours?"
    assert bank.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>&lt;b&gt;Mine&lt;/b&gt; &amp; yours?</p>"
    )
    bank.set_filter(None, "typical WEEK")
    assert bank.index(0, 0).data() == "What does a typical week look like for you?"
