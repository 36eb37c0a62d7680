"""The process test_kill.py kills: it works through the real services and acknowledges.

    python kill_worker.py edit DATABASE SEED    random user actions, forever
    python kill_worker.py backup DATA_DIR       backups, forever

Before an action whose effect is uncertain until it returns it prints ``DO ...``; after
the service returned (that is, after the commit) it prints ``ACK ...``. Lines are
written with one ``os.write`` each, so a kill never leaves half a line that looks whole.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peewee import fn  # noqa: E402

from infoview_gui.domain.contact import ContactData  # noqa: E402
from infoview_gui.domain.enums import Channel, InterviewStatus  # noqa: E402
from infoview_gui.services import contacts, fields, question_lists, ranking  # noqa: E402
from infoview_gui.services.asking import mark_asked  # noqa: E402
from infoview_gui.services.interviews import start_request  # noqa: E402
from infoview_gui.store import question_queries  # noqa: E402
from infoview_gui.store.models import CareerField, Contact, Criterion, Interview  # noqa: E402
from infoview_gui.store.opening import open_store  # noqa: E402
from infoview_gui.store.snapshots import Snapshot  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def pick(query: object) -> int | None:
    row = query.order_by(fn.Random()).first()  # type: ignore[attr-defined]
    return None if row is None else int(row.id)


class Worker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.undoable: tuple[int, Snapshot] | None = None

    def name(self) -> str:
        return f"n{self.rng.randrange(10**9)}"

    def add_field(self) -> None:
        say("DO field")
        field_id = fields.add_field(name=self.name())
        say(f"ACK field {field_id}")

    def add_contact(self) -> None:
        field_id = pick(CareerField.select()) if self.rng.random() < 0.9 else None
        name = self.name()
        contact_id = contacts.add_contact(contact=ContactData(first_name=name, field_id=field_id))
        say(f"ACK contact {contact_id} {name}")

    def rename(self) -> None:
        contact_id = pick(Contact.select())
        if contact_id is None:
            return
        name = self.name()
        field_id = pick(CareerField.select())
        say(f"DO rename {contact_id}")
        data = replace(contacts.load_contact(contact_id), first_name=name, field_id=field_id)
        contacts.update_contact(contact_id=contact_id, contact=data)
        say(f"ACK rename {contact_id} {name}")

    def score(self) -> None:
        contact_id = pick(Contact.select().where(Contact.field.is_null(False)))
        if contact_id is None:
            return
        field_id = Contact.get_by_id(contact_id).field_id
        criterion_id = pick(Criterion.select().where(Criterion.field == field_id))
        if criterion_id is None:
            return
        value = self.rng.randrange(6)
        say(f"DO score {contact_id} {criterion_id}")
        ranking.set_score(contact_id=contact_id, criterion_id=criterion_id, score=value)
        say(f"ACK score {contact_id} {criterion_id} {value}")

    def weight(self) -> None:
        criterion_id = pick(Criterion.select())
        if criterion_id is None:
            return
        value = self.rng.randrange(6)
        say(f"DO weight {criterion_id}")
        ranking.set_weight(criterion_id=criterion_id, weight=value)
        say(f"ACK weight {criterion_id} {value}")

    def request(self) -> None:
        contact_id = pick(Contact.select())
        if contact_id is not None:
            interview_id = start_request(contact_id=contact_id)
            say(f"ACK interview {interview_id} {contact_id}")

    def ask(self) -> None:
        interview_id = pick(Interview.select().where(Interview.status == InterviewStatus.NOT_ASKED))
        if interview_id is not None:
            mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 1))
            say(f"ACK asked {interview_id}")

    def questions(self) -> None:
        interview_id = pick(Interview.select())
        if interview_id is None:
            return
        list_id = question_lists.list_for_interview(interview_id=interview_id)
        question_lists.add_text(list_id=list_id, text=f"Question {self.name()}?")
        count = len(question_queries.list_items(list_id))
        say(f"ACK questions {interview_id} {count}")

    def field_questions(self) -> None:
        field_id = pick(CareerField.select())
        if field_id is not None:
            list_id = question_lists.list_for_field(field_id=field_id)
            question_lists.add_text(list_id=list_id, text=f"Field question {self.name()}?")

    def move(self) -> None:
        field_id = pick(CareerField.select())
        if field_id is None:
            return
        order = [i for i, _ in ranking.ranked_ids(field_id)]
        if len(order) < 3:
            return
        moved = self.rng.choice(order)
        rest = [i for i in order if i != moved]
        spot = self.rng.randrange(len(rest) + 1)
        after = rest[spot - 1] if spot else None
        before = rest[spot] if spot < len(rest) else None
        ranking.move(field_id=field_id, contact_ids=[moved], after_id=after, before_id=before)
        say(f"ACK move {field_id}")

    def order(self) -> None:
        field_id = pick(CareerField.select())
        if field_id is not None:
            ranking.order_by_score(field_id=field_id)
            say(f"ACK order {field_id}")

    def delete_contact(self) -> None:
        contact_id = pick(Contact.select())
        if contact_id is None:
            return
        say(f"DO delete contact {contact_id}")
        snapshot = contacts.delete_contacts(contact_ids=[contact_id])
        say(f"ACK delete contact {contact_id}")
        self.undoable = (contact_id, snapshot)

    def undo(self) -> None:
        if self.undoable is None:
            return
        contact_id, snapshot = self.undoable
        self.undoable = None
        say(f"DO undo contact {contact_id}")
        contacts.undo_delete(snapshot=snapshot)
        say(f"ACK undo contact {contact_id}")

    def delete_field(self) -> None:
        field_id = pick(CareerField.select())
        if field_id is None:
            return
        say(f"DO delete field {field_id}")
        fields.delete_field(field_id=field_id)
        say(f"ACK delete field {field_id}")

    def step(self) -> None:
        if self.undoable is not None and self.rng.random() < 0.5:
            self.undo()  # right away: a new contact could take the deleted one's id
            return
        self.undoable = None
        if not CareerField.select().exists():
            self.add_field()
            return
        action = self.rng.choices(ACTIONS, WEIGHTS)[0]
        action(self)


PLAN: dict[Callable[[Worker], None], int] = {
    Worker.add_field: 3,
    Worker.add_contact: 25,
    Worker.rename: 8,
    Worker.score: 20,
    Worker.weight: 5,
    Worker.request: 8,
    Worker.ask: 5,
    Worker.questions: 5,
    Worker.field_questions: 3,
    Worker.move: 10,
    Worker.order: 3,
    Worker.delete_contact: 4,
    Worker.delete_field: 1,
}
ACTIONS = list(PLAN)
WEIGHTS = list(PLAN.values())


def edit(database: Path, seed: int) -> None:
    open_store(database)
    say("READY")
    worker = Worker(random.Random(seed))
    while True:
        worker.step()


def back_up_forever(data_dir: Path) -> None:
    from infoview_gui.domain.rotation import BackupKind
    from infoview_gui.paths import AppPaths
    from infoview_gui.services.backups import back_up

    paths = AppPaths(data_dir)
    open_store(paths.database)
    say("READY")
    n = 0
    while True:
        n += 1
        made = back_up(paths=paths, now=datetime.now(UTC), kind=BackupKind.MANUAL)
        say(f"ACK backup {made.path.name}")


if __name__ == "__main__":
    if sys.argv[1] == "edit":
        edit(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        back_up_forever(Path(sys.argv[2]))
