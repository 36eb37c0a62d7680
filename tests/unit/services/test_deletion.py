from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.deletion import delete_interviews, undo_deletion
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import add_text, list_for_field, list_for_interview
from infoview_gui.services.questions import add_own_question, delete_own_questions
from infoview_gui.services.questions import undo_delete as undo_question_delete
from infoview_gui.store.database import database
from infoview_gui.store.models import ALL_MODELS, Contact, Interview, ListQuestion, QuestionList


def dump() -> dict[str, list[tuple[object, ...]]]:
    return {
        model._meta.table_name: list(
            database.execute_sql(f"SELECT * FROM {model._meta.table_name} ORDER BY 1").fetchall()
        )
        for model in ALL_MODELS
    }


@pytest.fixture
def interview_id(store: SqliteDatabase) -> int:
    """An interview with its own question list, answers noted."""
    field_id = add_field(name="Nursing")
    contact_id = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    add_text(list_id=list_for_field(field_id=field_id), text="What is a day like?")
    interview = start_request(contact_id=contact_id)
    list_id = list_for_interview(interview_id=interview)
    add_text(list_id=list_id, text="How did you start?")
    ListQuestion.update(answer="Night shifts first", answered=True).where(
        ListQuestion.question_list == list_id
    ).execute()
    return interview


def test_deleting_an_interview_then_undo_restores_its_list_and_answers(
    interview_id: int,
) -> None:
    before = dump()
    snapshot = delete_interviews(interview_ids=[interview_id])
    assert Interview.select().count() == 0
    assert QuestionList.select().where(QuestionList.interview.is_null(False)).count() == 0
    undo_deletion(snapshot=snapshot)
    assert dump() == before


def test_deleting_an_interview_twice_says_it_is_gone(interview_id: int) -> None:
    delete_interviews(interview_ids=[interview_id])
    with pytest.raises(NotFoundError):
        delete_interviews(interview_ids=[interview_id])


def test_deleting_a_contact_then_undo_restores_interviews_and_notes(interview_id: int) -> None:
    before = dump()
    contact_id = Interview.get_by_id(interview_id).contact_id
    snapshot = delete_contacts(contact_ids=[contact_id])
    assert ListQuestion.select().where(ListQuestion.answered == True).count() == 0  # noqa: E712
    undo_delete(snapshot=snapshot)
    assert dump() == before


def test_deleting_an_own_question_then_undo_relinks_the_lists_using_it(
    interview_id: int,
) -> None:
    question_id = add_own_question(text="What would you do differently?")
    list_id = list_for_interview(interview_id=interview_id)
    ListQuestion.create(question_list=list_id, question=question_id, text="Mine?", position=9e3)
    before = dump()
    snapshot = delete_own_questions(question_ids=[question_id])
    assert ListQuestion.get(ListQuestion.text == "Mine?").question_id is None
    undo_question_delete(snapshot=snapshot)
    assert dump() == before


def test_undo_still_works_after_a_new_contact_was_added(store: SqliteDatabase) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    newest = add_contact(contact=ContactData(first_name="Ben"))
    snapshot = delete_contacts(contact_ids=[newest])
    add_contact(contact=ContactData(first_name="Chloé"))
    undo_delete(snapshot=snapshot)
    assert sorted(c.first_name for c in Contact.select()) == ["Ana", "Ben", "Chloé"]
