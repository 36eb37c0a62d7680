"""P3: a user action that writes several rows is all or nothing.

For each composite action, the k-th row written (insert, update or delete, including
rows that ``ON DELETE CASCADE`` removes) fails, for k = 1, 2, ... until the action gets
through; after every failure the database must equal its snapshot from before.

The failure is injected below every write path (peewee queries, ``executemany``, snapshot
restores): temporary triggers on every table call a function that raises at the k-th row.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from peewee import DatabaseError, SqliteDatabase

from infoview_gui.domain.business_card import CardData
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData
from infoview_gui.domain.enums import Channel, MeetingFormat
from infoview_gui.exchange.json_backup import write_backup
from infoview_gui.services import (
    asking,
    cards,
    contacts,
    conversations,
    exports,
    fields,
    guide,
    holding,
    imports,
    merging,
    question_lists,
    questions,
    ranking,
    restore,
    scheduling,
    tags,
    thanks,
)
from infoview_gui.services.asking import mark_asked, mark_declined
from infoview_gui.services.deletion import delete_interviews, undo_deletion
from infoview_gui.services.import_plan import preview_data
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.store.database import database
from infoview_gui.store.models import ListQuestion, QuestionList
from infoview_gui.store.schema_search import NOT_DERIVED

Dump = dict[str, list[tuple[Any, ...]]]


class InjectedWriteError(Exception):
    """The write that was made to fail."""


def tables() -> list[str]:
    query = (  # the search index is derived (its virtual table takes no trigger)
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND {NOT_DERIVED}"
    )
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


# -- the composite actions of the dialogs (one service call, one transaction each) ----

HELD_AT = datetime(2026, 5, 12, 9, 40, tzinfo=UTC)


def _schedule(interview_id: int) -> scheduling.Scheduled:
    return scheduling.accept_and_schedule(
        interview_id=interview_id,
        accepted_on=date(2026, 5, 2),
        start_local=datetime(2026, 5, 12, 10, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.PHONE,
        place="+44 20 7946 0000",
    )


def save_new_contact(world: World) -> object:
    return contacts.save_contact(
        contact_id=None,
        contact=ContactData(
            first_name="Fay", field_id=world.field, introduced_by_id=world.contacts[0]
        ),
        scores={criterion: 4 for criterion in world.criteria},
    )


def save_contact(world: World) -> object:
    ben = ContactData(
        first_name="Ben",
        last_name="Okafor",
        field_id=world.field,
        introduced_by_id=world.contacts[0],
    )
    scores = {world.criteria[0]: 5, world.criteria[1]: None}
    return contacts.save_contact(contact_id=world.contacts[1], contact=ben, scores=scores)


def send_request(world: World) -> Callable[[], object]:
    interview = start_request(contact_id=world.contacts[1])
    return lambda: asking.send_request(
        interview_id=interview, subject="Ten minutes?", body="Dear Ben, may I?", on=date(2026, 5, 4)
    )


def record_call(world: World) -> Callable[[], object]:
    interview = start_request(contact_id=world.contacts[1])
    return lambda: asking.record_call(
        interview_id=interview, notes="Call back on Friday.", on=date(2026, 5, 4)
    )


def first_item(interview_id: int) -> int:
    query = ListQuestion.select(ListQuestion.id).join(QuestionList)
    return int(query.where(QuestionList.interview == interview_id).first().id)


def end_with_answer(world: World) -> Callable[[], object]:
    _schedule(world.interview)
    notes = holding.PendingNotes("Start on a ward.", first_item(world.interview))
    return lambda: holding.finish_interview(
        interview_id=world.interview, now=HELD_AT, checklist=15, notes=notes
    )


def answer_with_notes(world: World) -> object:
    item = first_item(world.interview)
    return holding.answer_question(item_id=item, notes="Twelve-hour shifts, three a week.")


def end_with_other_notes(world: World) -> Callable[[], object]:
    _schedule(world.interview)
    notes = holding.PendingNotes("Talk to Bo at the Post.")
    return lambda: holding.finish_interview(
        interview_id=world.interview, now=HELD_AT, checklist=6, notes=notes
    )


def send_thank_you(world: World) -> Callable[[], object]:
    _schedule(world.interview)
    holding.end_interview(interview_id=world.interview, now=HELD_AT)
    return lambda: thanks.send_thank_you(
        interview_id=world.interview,
        point="I especially appreciated your point: “start on a ward”.",
        subject="Thank you",
        body="Dear Ana, thank you.",
        on=date(2026, 5, 13),
    )


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


def update_card(world: World) -> object:
    return cards.update_card(
        contact_id=world.contacts[2],
        card=CardData(organisation="St Mary's", phone="+44 20 7946 0001"),
        fields=["organisation", "phone"],
        cards_dir=cards.cards_dir_of_store(),
        image=png(),
    )


def commit_import(world: World) -> Callable[[], object]:
    contacts.update_contact(
        contact_id=world.contacts[1],
        contact=ContactData(first_name="Ben", email="ben@example.org", field_id=world.field),
    )
    rows = "\n".join(
        (
            "First Name,Last Name,Email Address,Company,Position",
            "Ben,,ben@example.org,The Herald,Editor",
            "Gil,Moss,gil@example.org,St Mary's,Nurse",
            "Hana,Ito,hana@example.org,City Hospital,Midwife",
        )
    )
    plan = preview_data(rows.encode(), imports.load_match_index())
    return lambda: imports.commit_import(plan=plan, field_id=world.field, file_name="people.csv")


def restore_backup(world: World) -> Callable[[], object]:
    data = write_backup(exports.dump_database(now=HELD_AT))
    with database.atomic():
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in tables():
            database.execute_sql(f'DELETE FROM "{table}"')
    return lambda: restore.restore_backup(data=data)


def rename_tag_onto_another(world: World) -> Callable[[], object]:
    tags.add_tags(contact_ids=world.contacts[:2], names=["nurse"])
    tags.add_tags(contact_ids=world.contacts[1:3], names=["nursing"])
    nurse = tags.tag_choices()[0][0]
    return lambda: tags.rename_tag(tag_id=nurse, name="Nursing")


def merge_tagged(world: World) -> Callable[[], object]:
    kept, other = world.contacts[:2]
    tags.add_tags(contact_ids=[kept], names=["alumni"])
    tags.add_tags(contact_ids=[other], names=["mentor"])
    return lambda: merging.merge_contacts(kept_id=kept, removed_id=other, picked=set())


def add_follow_up(world: World) -> object:
    return conversations.add_conversation(
        contact_id=world.contacts[0],
        conversation=ConversationData(held_at=HELD_AT, notes="A coffee, notes indexed"),
    )


def merge_with_follow_ups(world: World) -> Callable[[], object]:
    for contact_id in world.contacts[:2]:
        conversations.add_conversation(
            contact_id=contact_id, conversation=ConversationData(held_at=HELD_AT, notes="Talk")
        )
    kept, removed = world.contacts[:2]
    return lambda: merging.merge_contacts(kept_id=kept, removed_id=removed, picked=())


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
    "add a contact with scores": (now(save_new_contact), 7),
    "save a contact with scores": (now(save_contact), 4),
    "accept and schedule": (now(lambda w: _schedule(w.interview)), 2),
    "send a request": (send_request, 2),
    "record a call": (record_call, 2),
    "tick a question with its notes": (now(answer_with_notes), 2),
    "end an interview with an answer": (end_with_answer, 2),
    "end an interview with other notes": (end_with_other_notes, 2),
    "send the thank-you": (send_thank_you, 2),
    "update a business card": (now(update_card), 3),
    "commit an import": (commit_import, 4),
    "restore a full backup": (restore_backup, 10),
    "add the guide's field": (now(lambda w: guide.add_field_to_work_on(name="Teaching")), 5),
    "tag contacts": (now(lambda w: tags.add_tags(contact_ids=w.contacts[:3], names=["a", "b"])), 8),
    "rename a tag onto another": (rename_tag_onto_another, 4),
    "merge contacts with their tags": (merge_tagged, 4),
    "add a follow-up conversation": (now(add_follow_up), 1),
    "merge two contacts with their follow-ups": (merge_with_follow_ups, 4),
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


def test_a_card_update_that_fails_leaves_no_stray_photo_and_keeps_the_old_one(
    faults: Faults,
) -> None:
    world = populate()
    folder = cards.cards_dir_of_store()
    cards.attach_card_image(contact_id=world.contacts[2], data=png(), cards_dir=folder)
    before = sorted(folder.iterdir())
    for k in (1, 2, 3):
        faults.arm(k)
        with pytest.raises((InjectedWriteError, DatabaseError, sqlite3.Error)):
            update_card(world)
        assert sorted(folder.iterdir()) == before, f"write {k} failed and left a file"
    faults.arm(0)
    update_card(world)
    (kept,) = folder.iterdir()
    assert kept not in before  # the new photo replaced the old one, file and all
    assert cards.card_image_path(world.contacts[2], folder) == kept
