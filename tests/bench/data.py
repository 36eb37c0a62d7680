"""Generated data for the benchmarks: many contacts over a few fields, quickly."""

from __future__ import annotations

import random
import uuid
from dataclasses import asdict, replace
from pathlib import Path

FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dev",
    "Erin",
    "Farah",
    "Göran",
    "Hana",
    "Ivan",
    "Jun",
    "Kemi",
    "Luis",
    "Maya",
    "Nils",
    "Olu",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tariq",
    "Uma",
    "Vik",
]
LAST = [
    "Lopez",
    "Okafor",
    "Martin",
    "Patel",
    "Walsh",
    "Chen",
    "Novak",
    "Haddad",
    "Kowalski",
    "Müller",
    "Nguyen",
    "Silva",
    "Ivanova",
    "Brown",
    "Dubois",
    "Kim",
    "Rossi",
    "Sato",
]
TITLES = [
    "Charge nurse",
    "UX researcher",
    "Civil engineer",
    "Data analyst",
    "Teacher",
    "Product manager",
    "Pharmacist",
    "Architect",
    "Journalist",
    "Social worker",
]
PLACES = ["Leeds", "Lyon", "Toronto", "Austin", "Dublin", "Porto", "Osaka", "Nairobi"]


def contact_rows(
    rng: random.Random, count: int, field_ids: list[int], *, long_notes: int = 0
) -> list[dict[str, object]]:
    """Return ``count`` contact rows over ``field_ids`` as the services store them.

    Every ``long_notes``-th contact (0: none) carries a page of notes, as a heavy user's do.
    """
    from infoview_gui.domain.contact import ContactData, derived_keys
    from infoview_gui.domain.enums import Source

    sources = list(Source)
    fields = len(field_ids)
    rows = []
    for i in range(count):
        contact = ContactData(
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)}{i % 997}",
            title=rng.choice(TITLES),
            organisation=f"Org {rng.randrange(3000)}",
            location=rng.choice(PLACES),
            email=f"person{i}@example.org",
            source=sources[i % len(sources)],
            field_id=field_ids[i % fields],
            notes=rng.choice(["Met at the career fair.", "", "Alumna, class of 2015."]),
        )
        if long_notes and i % long_notes == 0:
            contact = replace(contact, notes=long_text(rng, 12))
        values = asdict(contact)
        values["source"] = contact.source.value
        values["field"] = values.pop("field_id")
        values.pop("introduced_by_id")
        values.pop("other_points")  # stored in contact_point, not on the row
        values.pop("tags", None)  # stored in contact_tag, not on the row
        values.update(derived_keys(contact))
        values["uid"] = f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"  # as new_uid
        values["rank"] = float((i // fields + 1) * 1024)
        rows.append(values)
    return rows


NOTE = (
    "she moved from bench research into regulatory work after six years and says the "
    "first year was mostly learning the vocabulary of submissions; ask about mentors, "
    "night shifts, the certification exam, what a normal week looks like, salary bands, "
    "and which courses she wishes she had taken; follow up on the hospital's graduate "
    "programme and the name of the recruiter she mentioned"
)
WORDS = NOTE.split()


def long_text(rng: random.Random, sentences: int) -> str:
    """Return a few paragraphs of plausible notes (about 100 characters a sentence)."""
    lines = []
    for n in range(sentences):
        words = rng.sample(WORDS, 16)
        lines.append(" ".join(words).capitalize() + ".")
        if n % 4 == 3:
            lines.append("")
    return "\n".join(lines)


def make_contacts(data_dir: Path, count: int, *, fields: int = 5, seed: int = 7) -> list[int]:
    """Open (create) the store in ``data_dir`` and add ``count`` contacts; return field ids.

    The store is left open.
    """
    from infoview_gui.domain.profile import ProfileData
    from infoview_gui.services.fields import add_field
    from infoview_gui.services.profile import save_profile
    from infoview_gui.store.database import database
    from infoview_gui.store.models import Contact, Criterion, CriterionScore
    from infoview_gui.store.opening import open_store

    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    open_store(data_dir / "infoview.sqlite3")
    save_profile(profile=ProfileData(name="Bench Mark", email="bench@example.org"))
    field_ids = [add_field(name=f"Field {i}") for i in range(fields)]
    rows = contact_rows(rng, count, field_ids)
    with database.atomic():
        for start in range(0, len(rows), 2000):
            Contact.insert_many(rows[start : start + 2000]).execute()
        criteria = [(c.id, c.field_id) for c in Criterion.select()]
        ids = [(c.id, c.field_id) for c in Contact.select(Contact.id, Contact.field)]
        scores = [
            {"contact": cid, "criterion": kid, "score": rng.randrange(6)}
            for cid, cfield in ids
            for kid, kfield in criteria
            if kfield == cfield
            if rng.random() < 0.5
        ]
        for start in range(0, len(scores), 5000):
            CriterionScore.insert_many(scores[start : start + 5000]).execute()
    return field_ids


# -- realistic data: interviews in every status, question lists, long notes ----------

STATUS_SHARE = (  # how a heavy user's requests stand, out of 20
    ("not_asked", 3),
    ("asked", 3),
    ("accepted", 1),
    ("declined", 2),
    ("no_reply", 2),
    ("scheduled", 2),
    ("held", 3),
    ("thanked", 4),
)
LIST_QUESTIONS = 8


def insert_rows(model: type, rows: list[dict[str, object]]) -> None:
    """Insert ``rows`` (field name -> stored value) with one executemany, defaults filled."""
    from infoview_gui.store.database import database

    fields = model._meta.fields  # type: ignore[attr-defined]
    names = [name for name in fields if name != "id" or "id" in rows[0]]
    defaults = {}
    for name in names:  # a row leaves out what it does not set: the field's default
        default = fields[name].default
        defaults[name] = fields[name].db_value(default() if callable(default) else default)
    columns = ", ".join(f'"{fields[name].column_name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    table = model._meta.table_name  # type: ignore[attr-defined]
    database.connection().executemany(
        f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
        ([row.get(name, defaults.get(name)) for name in names] for row in rows),
    )


def interview_row(rng: random.Random, n: int, contact: dict[str, object]) -> dict[str, object]:
    """Return interview ``n`` with ``contact``, in a status drawn as a heavy user's are."""
    from datetime import UTC, date, datetime, timedelta

    status = rng.choices([s for s, _ in STATUS_SHARE], [w for _, w in STATUS_SHARE])[0]
    today = date.today()
    asked = today - timedelta(days=rng.randrange(1, 200))
    row: dict[str, object] = {
        "contact": contact["id"],
        "field": contact["field"],
        "status": status,
        "uid": f"bench-{n}@infoview",
        "request_draft": f"Subject: A short conversation?\n\n{long_text(rng, 4)}",
        "notes": long_text(rng, 3) if rng.random() < 0.5 else "",
    }
    if status != "not_asked":
        row.update(channel=rng.choice(["email", "phone"]), requested_on=asked.isoformat())
        row["follow_up_on"] = (asked + timedelta(days=7)).isoformat()
    if status in ("accepted", "declined", "scheduled", "held", "thanked"):
        row["responded_on"] = (asked + timedelta(days=rng.randrange(1, 6))).isoformat()
    if status in ("scheduled", "held", "thanked"):
        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        offset = rng.randrange(1, 60) if status == "scheduled" else -rng.randrange(1, 150)
        start += timedelta(days=offset, hours=rng.randrange(-4, 4))
        row.update(
            scheduled_start=start.isoformat(timespec="seconds"),
            time_zone="Europe/London",
            format=rng.choice(["in_person", "phone", "video"]),
            place="Café on the corner",
        )
        if status != "scheduled":
            row.update(held_at=row["scheduled_start"], call_log=long_text(rng, 6))
            row["thank_you_due"] = (start.date() + timedelta(days=1)).isoformat()
            row["thank_you_point"] = "the advice about the certification exam"
            row["thank_you_draft"] = f"Subject: Thank you\n\n{long_text(rng, 3)}"
    if status == "thanked":
        row["thank_you_sent_on"] = row["thank_you_due"]
    return row


def make_realistic(
    data_dir: Path, contacts: int, interviews: int, *, fields: int = 5, seed: int = 7
) -> None:
    """Fill ``data_dir`` as a heavy user's: ``contacts`` contacts, ``interviews`` requests.

    Requests are in every status, with notes, call logs and drafts; every second one has
    a question list with answers; a fifth of the contacts have a page of notes; scores
    and ranks are as the services keep them (Tools > Check database finds them sound).
    One transaction, ``executemany`` per table; the store is closed at the end.
    """
    from infoview_gui.domain.profile import ProfileData
    from infoview_gui.domain.ranking import weighted_score
    from infoview_gui.paths import resource_path
    from infoview_gui.services.fields import add_field
    from infoview_gui.services.profile import mark_profile_prompted, save_profile
    from infoview_gui.services.questions import sync_bank_file
    from infoview_gui.store.database import close_database, database
    from infoview_gui.store.models import (
        Contact,
        Criterion,
        CriterionScore,
        Interview,
        ListQuestion,
        Question,
        QuestionList,
    )
    from infoview_gui.store.opening import open_store

    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    open_store(data_dir / "infoview.sqlite3")
    save_profile(profile=ProfileData(name="Bench Mark", email="bench@example.org"))
    mark_profile_prompted()
    sync_bank_file(data=resource_path("questions", "bank.json").read_bytes())
    field_ids = [add_field(name=f"Field {i}") for i in range(fields)]
    criteria = {
        f: [c.id for c in Criterion.select().where(Criterion.field == f)] for f in field_ids
    }
    questions = [(q.id, q.text) for q in Question.select(Question.id, Question.text)]
    rows = contact_rows(rng, contacts, field_ids, long_notes=5)
    scores = []
    for n, row in enumerate(rows, 1):
        row["id"] = n
        given = {
            c: rng.randrange(6) for c in criteria[int(str(row["field"]))] if rng.random() < 0.5
        }
        scores += [{"contact": n, "criterion": c, "score": s} for c, s in given.items()]
        row["score"] = weighted_score(given, dict.fromkeys(given, 3))
    chosen = rng.sample(range(contacts), min(interviews, contacts))
    requests = [interview_row(rng, n, rows[i]) for n, i in enumerate(chosen, 1)]
    lists, items = [], []
    for n, request in enumerate(requests, 1):
        request["id"] = n
        if n % 2:
            continue
        lists.append({"id": len(lists) + 1, "interview": n, "must_ask": 3})
        answered = request["status"] in ("held", "thanked")
        for k, (question_id, text) in enumerate(rng.sample(questions, LIST_QUESTIONS), 1):
            answer = long_text(rng, 2) if answered else ""
            items.append(
                {
                    "question_list": len(lists),
                    "question": question_id,
                    "text": text,
                    "position": k * 1024.0,
                    "answer": answer,
                    "answered": int(answered),
                }
            )
    with database.atomic():
        for model, table in (
            (Contact, rows),
            (CriterionScore, scores),
            (Interview, requests),
            (QuestionList, lists),
            (ListQuestion, items),
        ):
            if table:
                insert_rows(model, table)
    close_database()
