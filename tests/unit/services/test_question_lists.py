from __future__ import annotations

from datetime import date

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Decidedness, Topic
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.question_lists import (
    add_questions,
    add_suggestions,
    add_text,
    copy_field_list,
    edit_item_text,
    estimate_for,
    list_for_field,
    list_for_interview,
    move_items,
    remove_items,
    set_must_ask,
    suggest_for,
    verify_question,
)
from infoview_gui.services.questions import edit_question, sync_builtin_bank
from infoview_gui.store.models import ListQuestion, QuestionList, ResearchItem
from infoview_gui.store.question_queries import bank_rows, list_items
from infoview_gui.store.snapshots import restore

TODAY = date(2026, 3, 10)


@pytest.fixture
def bank(store: SqliteDatabase) -> None:
    sync_builtin_bank(bank=parse_bank(resource_path("questions", "bank.json").read_bytes()))


def texts(list_id: int) -> list[str]:
    return [item.text for item in list_items(list_id)]


def make_list(*questions: str) -> int:
    list_id = list_for_field(field_id=add_field(name="Nursing"))
    for text in questions:
        add_text(list_id=list_id, text=text)
    return list_id


def test_a_field_list_is_made_once(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    assert list_for_field(field_id=field_id) == list_for_field(field_id=field_id)
    with pytest.raises(NotFoundError):
        list_for_field(field_id=999)


def test_an_interview_list_starts_from_a_copy_of_the_field_list(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    field_list = list_for_field(field_id=field_id)
    add_text(list_id=field_list, text="First?")
    add_text(list_id=field_list, text="Second?")
    set_must_ask(list_id=field_list, count=1)
    contact = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    interview_list = list_for_interview(interview_id=start_request(contact_id=contact))
    assert texts(interview_list) == ["First?", "Second?"]
    assert QuestionList.get_by_id(interview_list).must_ask == 1
    assert (
        QuestionList.get_by_id(interview_list).__data__["field"] is None
    )  # a field deletion spares it
    add_text(list_id=field_list, text="Third?")
    assert copy_field_list(list_id=interview_list)
    assert texts(interview_list) == ["First?", "Second?", "First?", "Second?", "Third?"]


def test_suggestions_follow_the_profile_and_put_research_lines_first(
    store: SqliteDatabase, bank: None
) -> None:
    save_profile(profile=ProfileData(decidedness=Decidedness.DECIDED, graduation="2026-06"))
    field_id = add_field(name="Nursing")
    ResearchItem.create(field=field_id, text="Most new nurses start on night shifts.", verify=True)
    ResearchItem.create(field=field_id, text="Pay is set by a national scale", verify=False)
    list_id = list_for_field(field_id=field_id)

    found = suggest_for(list_id=list_id, today=TODAY)

    assert (
        found[0].text
        == "“Most new nurses start on night shifts” — is that true in your experience?"
    )
    assert found[0].research_id is not None
    assert not any("national scale" in s.text for s in found)
    tags = {row.id: row for row in bank_rows()}
    from_bank = [tags[s.question_id] for s in found if s.question_id is not None]
    assert len(from_bank) == 12
    assert all(row.decidedness_mask & 4 and row.stage_mask & 2 for row in from_bank)
    assert from_bank[-1].topic == Topic.REFERRALS


def test_suggestions_skip_what_the_list_already_has(store: SqliteDatabase, bank: None) -> None:
    field_id = add_field(name="Nursing")
    ResearchItem.create(field=field_id, text="Is it all shift work?", verify=True)
    list_id = list_for_field(field_id=field_id)
    first = suggest_for(list_id=list_id, today=TODAY)
    add_suggestions(list_id=list_id, suggestions=first)
    assert texts(list_id)[0] == "Is it all shift work?"
    again = suggest_for(list_id=list_id, today=TODAY)
    assert not {s.text for s in again} & set(texts(list_id))


def test_adding_from_the_bank_skips_questions_on_the_list(
    store: SqliteDatabase, bank: None
) -> None:
    list_id = make_list()
    ids = [row.id for row in bank_rows()[:3]]
    assert len(add_questions(list_id=list_id, question_ids=ids[:2])) == 2
    assert len(add_questions(list_id=list_id, question_ids=ids)) == 1
    assert texts(list_id) == [row.text for row in bank_rows()[:3]]


def test_a_move_writes_only_the_moved_rows(store: SqliteDatabase) -> None:
    list_id = make_list("A", "B", "C", "D", "E")
    ids = [item.id for item in list_items(list_id)]
    changes = move_items(list_id=list_id, item_ids=[ids[3]], before_id=ids[0])
    assert list(changes) == [ids[3]]
    assert texts(list_id) == ["D", "A", "B", "C", "E"]
    changes = move_items(list_id=list_id, item_ids=[ids[0], ids[1]], before_id=None)
    assert set(changes) == {ids[0], ids[1]}
    assert texts(list_id) == ["D", "C", "E", "A", "B"]
    with pytest.raises(ValidationError, match="next to each other"):
        move_items(list_id=list_id, item_ids=[ids[3], ids[4]], before_id=ids[2])


def test_many_moves_into_one_gap_stay_in_order(store: SqliteDatabase) -> None:
    list_id = make_list("A", "B", "C")
    for _ in range(80):  # the gap halves each time: eventually a window is spread again
        items = list_items(list_id)
        move_items(list_id=list_id, item_ids=[items[2].id], before_id=items[1].id)
    assert sorted(texts(list_id)) == ["A", "B", "C"]
    positions = [item.position for item in list_items(list_id)]
    assert positions == sorted(positions) and len(set(positions)) == 3


def test_items_are_edited_removed_and_restored(store: SqliteDatabase) -> None:
    list_id = make_list("A", "B")
    first, second = list_items(list_id)
    edit_item_text(item_id=first.id, text="<b>A</b> & more?")
    snapshot = remove_items(item_ids=[second.id])
    assert texts(list_id) == ["<b>A</b> & more?"]
    restore(snapshot)
    assert texts(list_id) == ["<b>A</b> & more?", "B"]
    with pytest.raises(ValidationError, match="Write the question"):
        edit_item_text(item_id=first.id, text="  ")
    with pytest.raises(ValidationError, match="one line"):
        add_text(list_id=list_id, text="one\ntwo")


def test_must_ask_is_stored_and_checked(store: SqliteDatabase) -> None:
    list_id = make_list("A")
    set_must_ask(list_id=list_id, count=5)
    assert QuestionList.get_by_id(list_id).must_ask == 5
    with pytest.raises(ValidationError):
        set_must_ask(list_id=list_id, count=-1)


def test_the_estimate_warns_when_the_list_runs_over() -> None:
    long = estimate_for([5.0] * 8 + [2.0], 30)
    assert not long.fits and long.fit_count == 5
    assert long.message == (
        "About 47 minutes with introductions and thanks, for a 30-minute meeting: "
        "the first 5 fit; put the most important first."
    )
    short = estimate_for([2.5] * 4, 30)
    assert short.fits
    assert (
        short.message
        == "About 15 minutes with introductions and thanks: it fits a 30-minute meeting."
    )
    assert "not even the first" in estimate_for([30.0], 30).message


def test_the_estimate_of_a_stored_list_uses_each_question_s_minutes(
    store: SqliteDatabase, bank: None
) -> None:
    list_id = make_list("Mine?")
    first = bank_rows()[0]
    add_questions(list_id=list_id, question_ids=[first.id])
    result = estimate_for([item.minutes for item in list_items(list_id)], 20)  # as the model
    assert result.minutes == pytest.approx(5 + 2.5 + first.minutes)
    assert ListQuestion.select().count() == 2


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("Do they hire graduates?", "Do they hire graduates?"),
        ("NHS pay bands apply.", "“NHS pay bands apply” — is that true in your experience?"),
        ("  Lots\tof  travel ", "“Lots of travel” — is that true in your experience?"),
    ],
)
def test_a_research_line_becomes_a_question(line: str, question: str) -> None:
    assert verify_question(line) == question
    assert len(verify_question("x" * 2000)) <= 500


def test_comparing_fields_in_the_final_year_gets_its_own_suggestions_and_says_why(
    store: SqliteDatabase, bank: None
) -> None:
    list_id = make_list()
    save_profile(profile=ProfileData(graduation="2026-06"))  # "Not sure yet", final year
    not_sure = suggest_for(list_id=list_id, today=TODAY)
    save_profile(profile=ProfileData(decidedness=Decidedness.COMPARING, graduation="2026-06"))
    comparing = suggest_for(list_id=list_id, today=TODAY)

    assert [s.text for s in comparing] != [s.text for s in not_sure]
    why = {s.text: s for s in comparing}
    compare = why[
        "If I'm weighing this field against a couple of others, what should I look at to "
        "decide between them?"
    ]
    assert compare.fit == "comparing fields"
    assert compare.reason == "Suggested because you are comparing fields."
    assert all(s.reason.startswith("Suggested ") for s in comparing)


def test_a_question_reworded_with_job_words_is_not_suggested(
    store: SqliteDatabase, bank: None
) -> None:
    list_id = make_list()
    first = suggest_for(list_id=list_id, today=TODAY)[0]
    assert first.question_id is not None
    edit_question(question_id=first.question_id, text="Are there any job openings on your team?")
    again = suggest_for(list_id=list_id, today=TODAY)
    assert first.question_id not in {s.question_id for s in again}
    assert len(again) == 12  # another question takes its place
