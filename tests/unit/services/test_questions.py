from __future__ import annotations

import dataclasses

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.enums import Decidedness, Stage, Topic
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.question_bank import BankQuestion, parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services.fields import add_field
from infoview_gui.services.question_lists import add_questions, list_for_field
from infoview_gui.services.questions import (
    add_own_question,
    delete_own_questions,
    edit_question,
    restore_wording,
    set_hidden,
    sync_bank_file,
    sync_builtin_bank,
    undo_delete,
)
from infoview_gui.store.models import ListQuestion, Question
from infoview_gui.store.question_queries import bank_rows

ALL_D = frozenset(Decidedness)
ALL_S = frozenset(Stage)


def q(key: str, text: str, topic: Topic = Topic.DAY_TO_DAY, minutes: float = 2.5) -> BankQuestion:
    return BankQuestion(key, topic, text, ALL_D, ALL_S, minutes)


def by_key() -> dict[str | None, Question]:
    return {row.builtin_key: row for row in Question.select()}


def test_the_shipped_bank_is_copied_once(store: SqliteDatabase) -> None:
    bank = parse_bank(resource_path("questions", "bank.json").read_bytes())
    first = sync_builtin_bank(bank=bank)
    assert first.added == len(bank) >= 80
    again = sync_builtin_bank(bank=bank)
    assert again.skipped
    assert Question.select().count() == len(bank)
    texts = [row.text for row in bank_rows()]
    assert texts == [question.text for question in bank]  # the bank's own order


def test_an_upgrade_adds_and_rewords_but_keeps_edits_and_hidden_marks(
    store: SqliteDatabase,
) -> None:
    sync_builtin_bank(bank=[q("a", "Old A?"), q("b", "Old B?"), q("c", "Old C?")])
    rows = by_key()
    edit_question(question_id=rows["a"].id, text="My own wording of A?")
    set_hidden(question_ids=[rows["b"].id], hidden=True)

    report = sync_builtin_bank(
        bank=[
            q("a", "New A?", minutes=3),
            q("b", "New B?"),
            q("c", "New C?", Topic.SKILLS),
            q("d", "Brand new D?"),
        ]
    )

    rows = by_key()
    assert rows["a"].text == "My own wording of A?"  # the user's edit survives
    assert rows["a"].builtin_text == "New A?" and rows["a"].minutes == 3
    assert rows["b"].text == "New B?" and rows["b"].hidden  # still hidden
    assert rows["c"].text == "New C?" and rows["c"].topic == Topic.SKILLS
    assert rows["d"].text == "Brand new D?" and not rows["d"].hidden
    assert (report.added, report.kept_edits) == (1, 1)
    assert restore_wording(question_id=rows["a"].id) == "New A?"


def test_a_question_gone_from_the_bank_is_kept_when_used_or_edited(
    store: SqliteDatabase,
) -> None:
    sync_builtin_bank(bank=[q("used", "Used?"), q("edited", "Edited?"), q("plain", "Plain?")])
    rows = by_key()
    edit_question(question_id=rows["edited"].id, text="Edited by me?")
    list_id = list_for_field(field_id=add_field(name="Nursing"))
    add_questions(list_id=list_id, question_ids=[rows["used"].id])

    report = sync_builtin_bank(bank=[q("new", "New?")])

    assert (report.retired, report.removed) == (2, 1)
    used = Question.get_by_id(rows["used"].id)
    assert used.builtin_key is None and used.hidden  # still linked from the list, not offered
    edited = Question.get_by_id(rows["edited"].id)
    assert edited.builtin_key is None and not edited.hidden and edited.text == "Edited by me?"
    assert not Question.select().where(Question.id == rows["plain"].id).exists()
    assert ListQuestion.get().__data__["question"] == rows["used"].id


def test_a_start_with_an_unchanged_bank_writes_nothing(store: SqliteDatabase) -> None:
    bank = [q("a", "A?")]
    sync_builtin_bank(bank=bank)
    Question.update(hidden=True).execute()
    report = sync_builtin_bank(bank=[dataclasses.replace(bank[0], text="A?")])
    assert report.skipped  # same content, same digest
    assert Question.get().hidden


def test_own_questions_are_added_edited_and_deleted_with_undo(store: SqliteDatabase) -> None:
    own = add_own_question(text="  Would you hire someone like me?  ", topic=Topic.ADVICE)
    edit_question(question_id=own, text="Would you hire me?", topic=Topic.OWN)
    row = Question.get_by_id(own)
    assert (row.text, row.topic, row.builtin_key) == ("Would you hire me?", "own", None)
    list_id = list_for_field(field_id=add_field(name="Law"))
    add_questions(list_id=list_id, question_ids=[own])

    snapshot = delete_own_questions(question_ids=[own])
    assert not Question.select().exists()
    assert ListQuestion.get().text == "Would you hire me?"  # the list keeps its text
    undo_delete(snapshot=snapshot)
    assert Question.get_by_id(own).text == "Would you hire me?"
    assert ListQuestion.get().__data__["question"] == own


def test_shipped_questions_are_hidden_not_deleted_and_keep_their_topic(
    store: SqliteDatabase,
) -> None:
    sync_builtin_bank(bank=[q("a", "A?")])
    shipped = Question.get().id
    with pytest.raises(ValidationError, match="hidden, not deleted"):
        delete_own_questions(question_ids=[shipped])
    with pytest.raises(ValidationError, match="keeps its topic"):
        edit_question(question_id=shipped, text="A?", topic=Topic.TRENDS)
    assert set_hidden(question_ids=[shipped], hidden=True) == 1
    assert bank_rows() == []
    assert len(bank_rows(include_hidden=True)) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "Write the question"), ("a\nb", "one line"), ("x" * 501, "too long")],
)
def test_bad_question_text_is_refused_in_words(
    store: SqliteDatabase, text: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        add_own_question(text=text)
    assert not Question.select().exists()


def test_the_bank_tells_built_in_reworded_and_own_questions_apart(store: SqliteDatabase) -> None:
    sync_builtin_bank(bank=[q("a", "A?"), q("b", "B?")])
    edit_question(question_id=by_key()["b"].id, text="My B?")
    add_own_question(text="Mine?")
    flags = [(row.text, row.builtin, row.edited) for row in bank_rows()]
    assert flags == [("A?", True, False), ("My B?", True, True), ("Mine?", False, False)]


def test_the_bank_file_is_parsed_only_when_it_changed(
    store: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = resource_path("questions", "bank.json").read_bytes()
    assert sync_bank_file(data=data) is True  # a first start: the questions arrive
    count = Question.select().count()
    assert count > 50

    def no_parsing(_: bytes) -> list[BankQuestion]:
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr("infoview_gui.services.questions.parse_bank", no_parsing)
    assert sync_bank_file(data=data) is False
    monkeypatch.undo()
    reworded = data.replace(
        b"What does a typical week look like", b"What is a typical week like", 1
    )
    assert reworded != data
    assert sync_bank_file(data=reworded) is True
    assert Question.select().count() == count


def test_a_broken_bank_file_is_refused_and_changes_nothing(store: SqliteDatabase) -> None:
    with pytest.raises(ValueError):
        sync_bank_file(data=b"{not json")
    assert Question.select().count() == 0
