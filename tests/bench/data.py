"""Generated data for the benchmarks: many contacts over a few fields, quickly."""

from __future__ import annotations

import random
from dataclasses import asdict
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


def make_contacts(data_dir: Path, count: int, *, fields: int = 5, seed: int = 7) -> list[int]:
    """Open (create) the store in ``data_dir`` and add ``count`` contacts; return field ids.

    The store is left open.
    """
    from infoview_gui.domain.contact import ContactData, derived_keys
    from infoview_gui.domain.enums import Source
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
    sources = list(Source)
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
        values = asdict(contact)
        values["source"] = contact.source.value
        values["field"] = values.pop("field_id")
        values.pop("introduced_by_id")
        values.update(derived_keys(contact))
        values["rank"] = float((i // fields + 1) * 1024)
        rows.append(values)
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
