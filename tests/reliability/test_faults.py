"""P3: a user action that writes several rows is all or nothing.

For each composite action, the k-th row written (insert, update or delete, including
rows that ``ON DELETE CASCADE`` removes) fails, for k = 1, 2, ... until the action gets
through; after every failure the database must equal its snapshot from before.

The failure is injected below every write path (peewee queries, ``executemany``, snapshot
restores): temporary triggers on every table call a function that raises at the k-th row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from peewee import DatabaseError, SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel
from infoview_gui.services import contacts, fields, question_lists, questions, ranking
from infoview_gui.services.asking import mark_asked, mark_declined
from infoview_gui.services.deletion import delete_interviews, undo_deletion
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.store.database import database

Dump = dict[str, list[tuple[Any, ...]]]


class InjectedWriteError(Exception):
    """The write that was made to fail."""


def tables() -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    return [row[0] for row in database.execute_sql(query).fetchall()]


def dump() -> Dump:
    return {
        table: sorted(database.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in tables()
    }


@dataclass
class Faults:
    """Makes the k-th row written fail."""

    fail_at: int = 0
    written: int = 0

    def tick(self) -> int:
        self.written += 1
        if self.written == self.fail_at:
            raise InjectedWriteError(f"write {self.written} fails")
        return 0

    def install(self) -> None:
        conn = database.connection()
        conn.create_function("fault_tick", 0, self.tick)
        for table in tables():
            for event in ("INSERT", "UPDATE", "DELETE"):
                database.execute_sql(
                    f"CREATE TEMP TRIGGER fault_{table}_{event.lower()} BEFORE {event} "
                    f"ON main.{table} BEGIN SELECT fault_tick(); END"
                )

    def arm(self, k: int) -> None:
        self.fail_at, self.written = k, 0


@pytest.fixture
def faults(store: SqliteDatabase) -> Iterator[Faults]:
    made = Faults()
    made.install()
    yield made
    made.arm(0)


@dataclass(frozen=True)
class World:
    """Ids of the data every action works on."""

    field: int
    other_field: int
    contacts: list[int]
    criteria: list[int]
    interview: int
    field_list: int
    own_question: int


def populate() -> World:
    field = fields.add_field(name="Nursing")
    other = fields.add_field(name="Law")
    crits = [c for c, _, _ in ranking.criteria(field)]
    people = []
    for i, name in enumerate(("Ana", "Ben", "Chloé", "Dev", "Erin")):
        contact_id = contacts.add_contact(contact=ContactData(first_name=name, field_id=field))
        for n, criterion in enumerate(crits):
            ranking.set_score(contact_id=contact_id, criterion_id=criterion, score=(i + n) % 6)
        people.append(contact_id)
    field_list = question_lists.list_for_field(field_id=field)
    for text in ("What is a day like?", "How did you start?", "What would you change?"):
        question_lists.add_text(list_id=field_list, text=text)
    own = questions.add_own_question(text="Who else should I talk to?")
    question_lists.add_questions(list_id=field_list, question_ids=[own])
    interview = start_request(contact_id=people[0])
    question_lists.list_for_interview(interview_id=interview)
    mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 5, 1))
    fields.add_research_items(field_id=field, texts=["Pay?", "Hours?"])
    return World(field, other, people, crits, interview, field_list, own)


def update_field(world: World) -> None:
    data = contacts.load_contact(world.contacts[1])
    contacts.update_contact(
        contact_id=world.contacts[1],
        contact=ContactData(first_name=data.first_name, field_id=world.other_field),
    )


def undo_contact_deletion(world: World) -> Callable[[], object]:
    snapshot = contacts.delete_contacts(contact_ids=world.contacts[:2])
    return lambda: contacts.undo_delete(snapshot=snapshot)


def undo_field_deletion(world: World) -> Callable[[], object]:
    snapshot = fields.delete_field(field_id=world.field)
    return lambda: fields.undo_delete_field(snapshot=snapshot)


def undo_interview_deletion(world: World) -> Callable[[], object]:
    snapshot = delete_interviews(interview_ids=[world.interview])
    return lambda: undo_deletion(snapshot=snapshot)


def broken_rules(world: World) -> Callable[[], object]:
    database.execute_sql("UPDATE contact SET score = 0, rank = 1, search_text = ''")
    database.execute_sql("UPDATE criterion SET position = 0")
    return lambda: check_invariants(cards_dir=Path("cards"), fix=True)


def copy_field_questions(world: World) -> Callable[[], object]:
    interview = start_request(contact_id=world.contacts[1])
    return lambda: question_lists.list_for_interview(interview_id=interview)


def add_bank_questions(world: World) -> Callable[[], object]:
    ids = [questions.add_own_question(text=f"Question {n}?") for n in range(3)]
    return lambda: question_lists.add_questions(list_id=world.field_list, question_ids=ids)


Prepare = Callable[[World], Callable[[], object]]


def now(action: Callable[[World], object]) -> Prepare:
    return lambda world: lambda: action(world)


ACTIONS: dict[str, tuple[Prepare, int]] = {
    # name: (prepare the action, the fewest rows it writes)
    "add a field with its criteria": (now(lambda w: fields.add_field(name="Teaching")), 4),
    "move a contact to another field": (now(update_field), 2),
    "set a score": (
        now(
            lambda w: ranking.set_score(
                contact_id=w.contacts[0], criterion_id=w.criteria[0], score=5
            )
        ),
        2,
    ),
    "add a criterion": (now(lambda w: ranking.add_criterion(field_id=w.field, name="Pay")), 6),
    "change a weight": (now(lambda w: ranking.set_weight(criterion_id=w.criteria[1], weight=5)), 6),
    "remove a criterion": (now(lambda w: ranking.remove_criterion(criterion_id=w.criteria[2])), 6),
    "rank by score": (now(lambda w: ranking.order_by_score(field_id=w.field)), 2),
    "move contacts": (
        now(
            lambda w: ranking.move(
                field_id=w.field, contact_ids=w.contacts[3:], after_id=None, before_id=w.contacts[0]
            )
        ),
        2,
    ),
    "reorder fields": (now(lambda w: fields.move_field(field_id=w.other_field, offset=-1)), 2),
    "keep research lines": (
        now(lambda w: fields.add_research_items(field_id=w.field, texts=["A", "B", "C"])),
        3,
    ),
    "delete contacts": (now(lambda w: contacts.delete_contacts(contact_ids=w.contacts[:3])), 10),
    "delete a field": (now(lambda w: fields.delete_field(field_id=w.field)), 10),
    "undo deleting contacts": (undo_contact_deletion, 10),
    "undo deleting a field": (undo_field_deletion, 10),
    "delete an interview": (now(lambda w: delete_interviews(interview_ids=[w.interview])), 3),
    "undo deleting an interview": (undo_interview_deletion, 3),
    "decline": (now(lambda w: mark_declined(interview_id=w.interview, on=date(2026, 5, 3))), 1),
    "copy the field's questions": (copy_field_questions, 5),
    "add bank questions": (add_bank_questions, 3),
    "move questions": (
        now(
            lambda w: question_lists.move_items(
                list_id=w.field_list, item_ids=[1, 2], before_id=None
            )
        ),
        2,
    ),
    "delete an own question": (
        now(lambda w: questions.delete_own_questions(question_ids=[w.own_question])),
        2,
    ),
    "repair broken rules": (broken_rules, 10),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_a_failing_write_leaves_the_data_as_it_was(name: str, faults: Faults) -> None:
    prepare, fewest = ACTIONS[name]
    faults.arm(0)
    action = prepare(populate())
    before = dump()
    k = 0
    while True:
        k += 1
        faults.arm(k)
        try:
            action()
        except (InjectedWriteError, DatabaseError, sqlite3.Error) as exc:
            assert "write" in str(exc) or "user-defined function" in str(exc), exc
            assert dump() == before, f"{name}: write {k} failed and left part of the action"
            continue
        break
    assert k - 1 >= fewest, f"{name} wrote only {k - 1} rows"
    assert dump() != before or fewest == 0
