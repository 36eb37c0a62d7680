"""P1 and P7: SIGKILL at random moments loses no acknowledged edit and no backup goes bad.

A child process (kill_worker.py) works through the real services and prints ``ACK``
after each commit returned; the parent kills it with SIGKILL at a random moment, then
opens the data as InfoView does at start and checks it: SQLite's integrity, InfoView's
rules (no half-made action: a field without its three criteria, a score not folded into
the contact's, a rank given twice...) and every acknowledged edit.

``INFOVIEW_KILLS`` sets the number of kills (200 by default, as in CI).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from infoview_gui.paths import AppPaths
from infoview_gui.services.fields import DEFAULT_CRITERIA
from infoview_gui.services.invariants import check_invariants
from infoview_gui.store.backup import backup_files, verify_backup
from infoview_gui.store.database import close_database
from infoview_gui.store.integrity import integrity_problems
from infoview_gui.store.models import CareerField, Criterion
from infoview_gui.store.opening import open_store
from infoview_gui.store.recovery import diagnose

WORKER = Path(__file__).with_name("kill_worker.py")
KILLS = int(os.environ.get("INFOVIEW_KILLS", "200"))
CHAINS = 2  # two data folders killed side by side: the CI machine has two cores

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@dataclass
class Expected:
    """What the acknowledged lines promise. None: either way (an action cut short)."""

    present: dict[tuple[str, int], bool | None] = field(default_factory=dict)
    names: dict[int, str | None] = field(default_factory=dict)
    scores: dict[tuple[int, int], int | None] = field(default_factory=dict)
    weights: dict[int, int | None] = field(default_factory=dict)
    interviews_of: dict[int, set[int]] = field(default_factory=dict)
    questions: dict[int, int] = field(default_factory=dict)
    asked: set[int] = field(default_factory=set)
    acks: int = 0

    def alive(self, kind: str) -> set[int]:
        """The rows of ``kind`` that must be there."""
        return {i for (k, i), present in self.present.items() if k == kind and present}

    def forget_contact(self, contact_id: int, now: bool | None) -> None:
        self.present[("contact", contact_id)] = now
        self.names[contact_id] = None
        for interview_id in self.interviews_of.get(contact_id, set()):
            self.present[("interview", interview_id)] = now
        for key in [k for k in self.scores if k[0] == contact_id]:
            self.scores[key] = None

    def forget_field(self, field_id: int, now: bool | None) -> None:
        self.present[("field", field_id)] = now
        for key in list(self.scores):
            self.scores[key] = None  # criteria of the field went with it
        self.weights = dict.fromkeys(self.weights)

    def read(self, line: str) -> None:  # noqa: C901 - one branch per kind of line
        word, kind, *rest = line.split()
        if word == "ACK":
            self.acks += 1
        args = [int(a) if a.isdigit() else a for a in rest]
        match (word, kind, args):
            case ("ACK", "field", [int(field_id)]):
                self.present[("field", field_id)] = True
            case ("ACK", "contact", [int(contact_id), str(name)]):
                self.present[("contact", contact_id)] = True
                self.names[contact_id] = name
            case ("DO", "rename", [int(contact_id)]):
                self.names[contact_id] = None
            case ("ACK", "rename", [int(contact_id), str(name)]):
                self.names[contact_id] = name
            case ("DO", "score", [int(contact_id), int(criterion_id)]):
                self.scores[(contact_id, criterion_id)] = None
            case ("ACK", "score", [int(contact_id), int(criterion_id), int(value)]):
                self.scores[(contact_id, criterion_id)] = value
            case ("DO", "weight", [int(criterion_id)]):
                self.weights[criterion_id] = None
            case ("ACK", "weight", [int(criterion_id), int(value)]):
                self.weights[criterion_id] = value
            case ("ACK", "interview", [int(interview_id), int(contact_id)]):
                self.present[("interview", interview_id)] = True
                self.interviews_of.setdefault(contact_id, set()).add(interview_id)
            case ("ACK", "questions", [int(interview_id), int(count)]):
                self.questions[interview_id] = max(count, self.questions.get(interview_id, 0))
            case ("ACK", "asked", [int(interview_id)]):
                self.asked.add(interview_id)
            case ("DO", "delete", ["contact", int(contact_id)]):
                self.forget_contact(contact_id, None)
            case ("ACK", "delete", ["contact", int(contact_id)]):
                self.forget_contact(contact_id, False)
            case ("DO", "undo", ["contact", int(contact_id)]):
                self.forget_contact(contact_id, None)
            case ("ACK", "undo", ["contact", int(contact_id)]):
                self.forget_contact(contact_id, None)
                self.present[("contact", contact_id)] = True
            case ("DO", "delete", ["field", int(field_id)]):
                self.forget_field(field_id, None)
            case ("ACK", "delete", ["field", int(field_id)]):
                self.forget_field(field_id, False)


def check_data(paths: AppPaths, expected: Expected) -> list[str]:
    """Open the data as InfoView does at start; return everything that is wrong."""
    found = diagnose(paths.database, paths.backups_dir)
    if found.needs_recovery:
        return [f"damaged after a kill: {found.problem}"]
    open_store(paths.database)
    try:
        from infoview_gui.store.database import database

        wrong = integrity_problems(database.connection())
        wrong += check_invariants(cards_dir=paths.cards_dir, fix=False).problems
        wrong += half_made_fields()
        wrong += missing_acks(expected)
    finally:
        close_database()
    return wrong


def half_made_fields() -> list[str]:
    wrong = []
    for field_id, name in CareerField.select(CareerField.id, CareerField.name).tuples():
        names = [
            c.name
            for c in Criterion.select()
            .where(Criterion.field == field_id)
            .order_by(Criterion.position)
            .limit(3)
        ]
        if names != list(DEFAULT_CRITERIA):
            wrong.append(f"field {field_id} {name} has criteria {names}")
    return wrong


def rows(sql: str) -> list[tuple[Any, ...]]:
    from infoview_gui.store.database import database

    return list(database.execute_sql(sql).fetchall())


def missing_acks(expected: Expected) -> list[str]:
    """Compare the acknowledged edits with the data, a few bulk reads at a time."""
    tables = {"field": "career_field", "contact": "contact", "interview": "interview"}
    ids = {kind: {r[0] for r in rows(f"SELECT id FROM {t}")} for kind, t in tables.items()}
    wrong = [
        f"{kind} {row_id}: present={row_id in ids[kind]}, acknowledged {present}"
        for (kind, row_id), present in expected.present.items()
        if present is not None and (row_id in ids[kind]) != present
    ]
    alive = expected.alive("contact")
    names = dict(rows("SELECT id, first_name FROM contact"))
    wrong += [
        f"contact {i} is {names.get(i)}, acknowledged {name}"
        for i, name in expected.names.items()
        if name is not None and i in alive and names.get(i) != name
    ]
    scores = {(c, k): v for c, k, v in rows("SELECT * FROM criterion_score")}
    wrong += [
        f"score {key} is {scores.get(key)}, acknowledged {value}"
        for key, value in expected.scores.items()
        if value is not None and key[0] in alive and scores.get(key) != value
    ]
    weights = dict(rows("SELECT id, weight FROM criterion"))
    wrong += [
        f"criterion {i} weighs {weights[i]}, acknowledged {weight}"
        for i, weight in expected.weights.items()
        if weight is not None and i in weights and weights[i] != weight
    ]
    talks = expected.alive("interview")
    counts = dict(
        rows(
            "SELECT l.interview_id, count(q.id) FROM question_list l "
            "JOIN list_question q ON q.question_list_id = l.id "
            "WHERE l.interview_id IS NOT NULL GROUP BY l.interview_id"
        )
    )
    wrong += [
        f"interview {i} has {counts.get(i, 0)} questions, acknowledged {count}"
        for i, count in expected.questions.items()
        if i in talks and counts.get(i, 0) < count
    ]
    statuses = dict(rows("SELECT id, status FROM interview"))
    wrong += [
        f"interview {i}: the acknowledged request was lost"
        for i in expected.asked
        if i in talks and statuses.get(i) == "not_asked"
    ]
    return wrong


@dataclass
class Chain:
    """One data folder, killed again and again."""

    paths: AppPaths
    rng: random.Random
    expected: Expected = field(default_factory=Expected)
    kills: int = 0
    log: list[str] = field(default_factory=list)

    def start(self) -> subprocess.Popen[bytes]:
        seed = str(self.rng.randrange(10**9))
        command = [sys.executable, str(WORKER), "edit", str(self.paths.database), seed]
        return spawn(command)


def spawn(command: list[str]) -> subprocess.Popen[bytes]:
    # Unbuffered: readline must not take lines that communicate() should see after the kill.
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)


def wait_ready(process: subprocess.Popen[bytes]) -> bytes:
    assert process.stdout is not None
    line = process.stdout.readline()
    if line != b"READY\n":
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"the worker did not start: {line!r} {err.decode()}")
    return line


def kill_and_read(process: subprocess.Popen[bytes]) -> list[str]:
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate()
    assert process.returncode == -signal.SIGKILL, err.decode()  # it was still working
    text = out.decode()
    whole = text[: text.rfind("\n") + 1]  # a line cut short by the kill does not count
    return [line for line in whole.splitlines() if line]


@pytest.fixture
def chains(tmp_path: Path) -> Iterator[list[Chain]]:
    made = []
    for n in range(CHAINS):
        paths = AppPaths(tmp_path / f"data{n}")
        paths.ensure()
        made.append(Chain(paths, random.Random(1000 + n)))
    yield made
    close_database()


def kill_once(chain: Chain, rng: random.Random, checking: threading.Lock) -> None:
    """Start a worker, kill it at a random moment, then check the data it leaves."""
    process = chain.start()
    if rng.random() >= 0.1:  # now and then, kill while it is still opening the data
        wait_ready(process)
    time.sleep(rng.uniform(0, 0.12))
    chain.log.append(f"--- kill {chain.kills + 1}")
    for line in kill_and_read(process):
        chain.log.append(line)
        if line != "READY":
            chain.expected.read(line)
    chain.kills += 1
    with checking:  # one data folder open in this process at a time
        wrong = check_data(chain.paths, chain.expected)
    assert not wrong, f"after kill {chain.kills} of {chain.paths.data_dir}: {wrong[:5]}"


def test_no_acknowledged_edit_is_lost_and_no_action_is_half_made(chains: list[Chain]) -> None:
    checking = threading.Lock()
    failures: list[BaseException] = []

    def run(chain: Chain, quota: int) -> None:
        rng = random.Random(chain.rng.random())
        try:
            while chain.kills < quota and not failures:
                kill_once(chain, rng, checking)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    started = time.monotonic()
    quotas = [KILLS // CHAINS + (n < KILLS % CHAINS) for n in range(CHAINS)]
    pairs = zip(chains, quotas, strict=True)
    threads = [threading.Thread(target=run, args=pair) for pair in pairs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    acks = sum(chain.expected.acks for chain in chains)
    assert sum(chain.kills for chain in chains) == KILLS
    assert acks > KILLS  # work was really done between the kills
    print(f"{KILLS} kills, {acks} acknowledged edits, {time.monotonic() - started:.1f} s")


def test_a_kill_during_a_backup_never_leaves_a_half_file_named_as_a_backup(
    paths: AppPaths,
) -> None:
    open_store(paths.database)
    from infoview_gui.domain.contact import ContactData
    from infoview_gui.services.contacts import add_contact
    from infoview_gui.store.database import database

    with database.atomic():
        for i in range(400):
            add_contact(contact=ContactData(first_name=f"P{i}", notes="n" * 3000))
    close_database()
    rng = random.Random(3)
    acknowledged: set[str] = set()
    verified: set[str] = set()
    partials = 0
    for _ in range(25):
        process = spawn([sys.executable, str(WORKER), "backup", str(paths.data_dir)])
        wait_ready(process)
        time.sleep(rng.uniform(0, 0.3))
        for line in kill_and_read(process):
            acknowledged.add(line.split()[-1])
        partials += len(list(paths.backups_dir.glob(".*.partial")))
        named = {b.path.name: b.path for b in backup_files(paths.backups_dir)}
        for name in named.keys() - verified:
            assert verify_backup(named[name]) == [], name
            verified.add(name)
        assert acknowledged <= named.keys()
    assert acknowledged
    assert partials  # some kills did land in the middle of a backup
