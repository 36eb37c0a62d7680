"""A follow-up interview's own question list: made, answered, found, deleted and restored."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.search_text import HitKind
from infoview_gui.services import conversation_lists, conversations, holding, restore
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import add_text, list_for_field, list_for_interview
from infoview_gui.services.search import search_everything
from infoview_gui.services.sheets import list_sheet
from infoview_gui.store import question_queries as qq
from infoview_gui.store.database import close_database
from infoview_gui.store.holding_queries import question_rows
from infoview_gui.store.models import ListQuestion, QuestionList
from infoview_gui.store.opening import open_store
from infoview_gui.store.snapshots import restore as restore_snapshot
from tests.unit.services.backup_trips import backed_up, data_folder
from tests.unit.services.test_deletion import dump

HELD = datetime(2026, 9, 1, 15, tzinfo=UTC)
FIXTURES = Path(__file__).parents[2] / "fixtures" / "db"


def _talk(contact_id: int, kind: ConversationKind = ConversationKind.SECOND_INTERVIEW) -> int:
    return conversations.add_conversation(
        contact_id=contact_id,
        conversation=ConversationData(held_at=HELD, kind=kind, time_zone="Europe/London"),
    )


def _fill() -> dict[str, int]:
    """Dana in Nursing: her first interview's list, the field's list, a second interview's."""
    field_id = add_field(name="Nursing")
    dana = add_contact(contact=ContactData(first_name="Dana", field_id=field_id))
    field_list = list_for_field(field_id=field_id)
    add_text(list_id=field_list, text="What is a day like?")
    interview = start_request(contact_id=dana)
    first_list = list_for_interview(interview_id=interview)
    talk = _talk(dana)
    talk_list = conversation_lists.list_for_conversation(conversation_id=talk)
    item = add_text(list_id=talk_list, text="Which ward would take a student?")
    holding.save_answer(item_id=item, text="Paediatrics takes students in spring")
    return {
        "field": field_id,
        "dana": dana,
        "interview": interview,
        "field_list": field_list,
        "first_list": first_list,
        "talk": talk,
        "talk_list": talk_list,
        "item": item,
    }


@pytest.fixture
def ids(store: SqliteDatabase) -> dict[str, int]:
    return _fill()


def test_a_second_interview_gets_its_own_list_once_and_a_coffee_none(ids: dict[str, int]) -> None:
    assert conversation_lists.list_for_conversation(conversation_id=ids["talk"]) == ids["talk_list"]
    coffee = _talk(ids["dana"], ConversationKind.COFFEE)
    with pytest.raises(ValidationError, match="coffee keeps notes only"):
        conversation_lists.list_for_conversation(conversation_id=coffee)
    video = _talk(ids["dana"], ConversationKind.VIDEO)
    assert conversation_lists.list_for_conversation(conversation_id=video) != ids["talk_list"]
    summary = conversation_lists.list_summary(ids["talk"])
    assert (summary.count, summary.answered) == (1, 0)
    assert summary.text == "1 question prepared, 0 answered."


def test_the_field_and_interview_lists_never_find_a_follow_ups_list(ids: dict[str, int]) -> None:
    assert qq.field_list_id(ids["field"]) == ids["field_list"]
    assert qq.interview_list_id(ids["interview"]) == ids["first_list"]
    assert question_rows(ids["interview"])[1] == [
        (r.id, r.text, "", False) for r in qq.list_items(ids["first_list"])
    ]
    assert "Which ward" not in str(question_rows(ids["interview"]))
    # even with the field set on it by hand, the field's own list stays the field's
    QuestionList.update(field=ids["field"]).where(QuestionList.id == ids["talk_list"]).execute()
    assert qq.field_list_id(ids["field"]) == ids["field_list"]
    info = qq.list_info(ids["talk_list"])
    assert info is not None and info.conversation_id == ids["talk"]
    assert info.interview_id is None and info.field_id == ids["field"]


def test_an_answer_is_found_and_opens_the_follow_up(ids: dict[str, int]) -> None:
    (hit,) = search_everything(text="paediat").hits
    assert hit.kind is HitKind.ANSWER and hit.record_id == ids["item"]
    assert hit.conversation_id == ids["talk"] and hit.interview_id is None
    assert hit.contact_id == ids["dana"] and hit.field_id == ids["field"]
    assert hit.title == "Answer from Dana (second interview)"


def test_the_sheet_is_the_second_interviews(ids: dict[str, int]) -> None:
    sheet = list_sheet(list_id=ids["talk_list"])
    assert sheet.title == "Second interview with Dana"
    assert [q.text for q in sheet.questions] == ["Which ward would take a student?"]
    assert sheet.meeting is not None and sheet.meeting.zone == "Europe/London"
    assert sheet.meeting.starts == datetime(2026, 9, 1, 16, 0)  # BST
    assert sheet.field_name == "Nursing"


def test_deleting_the_conversation_or_the_contact_and_undoing_restores_the_answers(
    ids: dict[str, int],
) -> None:
    before = dump()
    snapshot = conversations.delete_conversation(conversation_id=ids["talk"])
    assert not ListQuestion.select().where(ListQuestion.id == ids["item"]).exists()
    restore_snapshot(snapshot)
    assert dump() == before
    snapshot = delete_contacts(contact_ids=[ids["dana"]])
    assert qq.conversation_list_id(ids["talk"]) is None
    undo_delete(snapshot=snapshot)
    assert dump() == before


def test_the_list_and_its_answers_travel_in_the_json_backup(tmp_path: Path) -> None:
    data, ids = backed_up(tmp_path / "source", _fill, HELD)
    with data_folder(tmp_path / "restored"):
        assert restore.restore_backup(data=data)["question_list"] == 3
        assert qq.conversation_list_id(ids["talk"]) == ids["talk_list"]
        assert qq.field_list_id(ids["field"]) == ids["field_list"]
        assert [h.conversation_id for h in search_everything(text="paediatrics").hits] == [
            ids["talk"]
        ]


@pytest.mark.parametrize(
    ("value", "reason"), [("soon", "question list 3, conversation id"), (999, "damaged")]
)
def test_a_backup_with_a_bad_or_missing_conversation_of_a_list_is_refused(
    tmp_path: Path, value: object, reason: str
) -> None:
    import json

    from infoview_gui.exchange.json_backup import BackupError

    data, _ids = backed_up(tmp_path / "source", _fill, HELD)
    document = json.loads(data)
    table = document["tables"]["question_list"]
    column = table["columns"].index("conversation_id")
    for row in table["rows"]:
        if row[column] is not None:
            row[column] = value
    with data_folder(tmp_path / "restored"):
        with pytest.raises(BackupError, match=reason):
            restore.restore_backup(data=json.dumps(document).encode())
        assert restore.database_is_empty()


def test_upgrading_version_9_keeps_every_list_and_answer_and_never_reuses_a_list_id(
    tmp_path: Path,
) -> None:
    path = tmp_path / "infoview.sqlite3"
    shutil.copyfile(FIXTURES / "v9.sqlite3", path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")  # its answers and their stars go with it
        lists_before = conn.execute("SELECT * FROM question_list ORDER BY id").fetchall()
        conn.execute("DELETE FROM question_list WHERE id = (SELECT max(id) FROM question_list)")
        deleted = lists_before[-1][0]
        items_before = conn.execute("SELECT * FROM list_question ORDER BY id").fetchall()
    try:
        db = open_store(path)
        lists = db.execute_sql("SELECT * FROM question_list ORDER BY id").fetchall()
        assert lists == [(*row, None) for row in lists_before[:-1]]
        items = db.execute_sql("SELECT * FROM list_question ORDER BY id").fetchall()
        assert items == items_before and items
        talk = int(
            db.execute_sql(
                "SELECT id FROM conversation WHERE kind = 'second_interview'"
            ).fetchone()[0]
        )
        assert conversation_lists.list_for_conversation(conversation_id=talk) > deleted
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
