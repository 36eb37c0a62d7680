"""Import times against a database that already holds 10,000 contacts.

Run directly (not collected by pytest): ``python tests/bench/imports.py``.
``preview_s``: read the match index, parse a 10,000-row connections export and match it
(2,000 rows are people already saved); ``commit_s``: write that import as one batch;
``vcard_s``: read the index, parse 5,000 vCards and match them. Each the best of three.

Tags: a Google Contacts CSV of 10,000 rows, each with one to three of 40 labels (and
Google's own ``* myContacts``), against a fresh folder of 10,000 contacts imported from
the same kind of file (so they carry tags too); 2,000 rows match them by email and add
their labels. ``google_preview_s`` / ``google_commit_s`` with the labels,
``google_plain_preview_s`` / ``google_plain_commit_s`` the same file with the Labels
column empty: the difference is what tags cost. The last line is a JSON object with the
figures.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


from infoview_gui.domain.contact import ContactData  # noqa: E402
from infoview_gui.exchange.vcard import write_vcards  # noqa: E402
from infoview_gui.services import imports  # noqa: E402
from infoview_gui.services.fields import add_field  # noqa: E402
from infoview_gui.services.import_plan import ImportPlan, preview_data  # noqa: E402
from infoview_gui.store.database import close_database, database  # noqa: E402
from infoview_gui.store.models import Contact, ImportBatch  # noqa: E402
from infoview_gui.store.opening import open_store  # noqa: E402

SAVED = 10_000
LINKEDIN_ROWS = 10_000
OVERLAP = 2_000
VCARDS = 5_000


FIRST = ("Ada", "Bram", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gus", "Hana", "Ines", "Jun")
LAST = ("Quill", "Okonkwo", "Martín", "Volkov", "Park", "Nyström", "Sato", "O'Neill")
COMPANIES = ("Brightwater Analytics", "Fenwick & Sons, LLP", "Orbit Labs", "Kumo Systems")


def connections(first: int, count: int, rng: random.Random) -> bytes:
    """Return a connections export (with the preamble) of people ``first..first+count``."""
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(first, first + count):
        email = f"person{n}@example.org" if n % 10 == 0 else ""
        company = rng.choice(COMPANIES)
        company = f'"{company}"' if "," in company else company
        lines.append(
            f"{rng.choice(FIRST)},{rng.choice(LAST)} {n},https://www.linkedin.com/in/person-{n},"
            f"{email},{company},Analyst {n % 7},{1 + n % 28} May 2024"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def vcards(count: int, rng: random.Random) -> bytes:
    """Return ``count`` different people as vCard 4.0 (all of them new to the database)."""
    people = [
        ContactData(
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)} {n}",
            organisation=rng.choice(COMPANIES),
            title="Engineer",
            email=f"card{n}@example.net",
            phone="+44 20 7946 0000",
            location="London, UK",
            notes="Met at the fair; asked about the path into the field.\nFollow up.",
        )
        for n in range(count)
    ]
    return write_vcards(people).encode("utf-8")


LABELS = tuple(f"Label {n}" for n in range(40))
GOOGLE_HEADER = "First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value"


def google(first: int, count: int, rng: random.Random, *, labelled: bool) -> bytes:
    """Return a Google Contacts CSV of people ``first..first+count``, with labels or none."""
    lines = ["\ufeff" + GOOGLE_HEADER]
    for n in range(first, first + count):
        labels = " ::: ".join(["* myContacts", *rng.sample(LABELS, rng.randint(1, 3))])
        company = rng.choice(COMPANIES)
        company = f'"{company}"' if "," in company else company
        lines.append(
            f"{rng.choice(FIRST)},{rng.choice(LAST)} {n},{company},"
            f"{labels if labelled else ''},* Work,person{n}@google.example"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def timed_commit(plan: ImportPlan) -> tuple[float, imports.ImportOutcome]:
    """Return the best of three commits of ``plan``, each rolled back, and the last outcome."""
    times = []
    for _ in range(3):
        with database.atomic() as transaction:
            start = time.perf_counter()
            outcome = imports.commit_import(plan=plan, file_name="bench.csv")
            times.append(time.perf_counter() - start)
            transaction.rollback()
    return min(times), outcome


def google_figures(rng: random.Random) -> dict[str, float]:
    """Return the Google CSV figures, with labels and without, each in a fresh folder."""
    figures: dict[str, float] = {}
    for name, labelled in (("google", True), ("google_plain", False)):
        folder = Path(tempfile.mkdtemp(prefix="infoview-bench-"))
        open_store(folder / "infoview.sqlite3")
        saved = preview(google(0, SAVED, rng, labelled=labelled))
        imports.commit_import(plan=saved, file_name="saved.csv")
        data = google(SAVED - OVERLAP, LINKEDIN_ROWS, rng, labelled=labelled)
        preview_s, plan = best_of(3, lambda data=data: preview(data))  # type: ignore[misc]
        assert isinstance(plan, ImportPlan)
        commit_s, outcome = timed_commit(plan)
        print(
            f"{name:>14}: {len(plan.new)} new, {plan.matched_rows} matched, "
            f"{len(plan.tag_names)} tags, preview {preview_s:.3f} s, commit {commit_s:.3f} s"
        )
        figures[f"{name}_preview_s"] = round(preview_s, 3)
        figures[f"{name}_commit_s"] = round(commit_s, 3)
        close_database()
    return figures


def best_of(runs: int, work: object) -> tuple[float, object]:
    """Return the best time of ``runs`` calls of ``work`` and its last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best, result


def preview(data: bytes) -> ImportPlan:
    """Read the saved contacts, then parse and match the file: what the preview waits for."""
    return preview_data(data, imports.load_match_index())


def main() -> None:
    """Print the figures."""
    rng = random.Random(6)
    folder = Path(tempfile.mkdtemp(prefix="infoview-bench-"))
    open_store(folder / "infoview.sqlite3")
    field_id = add_field(name="Data analysis")
    saved = preview(connections(0, SAVED, rng))
    imports.commit_import(plan=saved, field_id=field_id, file_name="saved.csv")
    export = connections(SAVED - OVERLAP, LINKEDIN_ROWS, rng)
    preview_s, plan = best_of(3, lambda: preview(export))
    assert isinstance(plan, ImportPlan)
    print(
        f"  preview: {len(export) / 1e6:.2f} MB, {len(plan.new)} new, {plan.matched_rows} "
        f"matched, {len(plan.changed)} would change, {len(plan.rejects)} rejected, "
        f"{preview_s:.3f} s"
    )
    commit_times = []
    for _ in range(3):
        with database.atomic() as transaction:
            start = time.perf_counter()
            outcome = imports.commit_import(plan=plan, field_id=field_id, file_name="bench.csv")
            commit_times.append(time.perf_counter() - start)
            transaction.rollback()  # the same starting point for each run
    commit_s = min(commit_times)
    print(
        f"   commit: {len(outcome.new_ids)} added, {len(outcome.updated_ids)} updated, "
        f"{commit_s:.3f} s"
    )
    assert Contact.select().count() == SAVED
    assert ImportBatch.select().count() == 1
    cards = vcards(VCARDS, rng)
    vcard_s, vcard_plan = best_of(3, lambda: preview(cards))
    assert isinstance(vcard_plan, ImportPlan)
    print(f"    vcard: {len(cards) / 1e6:.2f} MB, {len(vcard_plan.new)} new, {vcard_s:.3f} s")
    close_database()
    figures: dict[str, float] = {
        "saved_contacts": SAVED,
        "linkedin_rows": LINKEDIN_ROWS,
        "preview_s": round(preview_s, 3),
        "commit_s": round(commit_s, 3),
        "vcard_cards": VCARDS,
        "vcard_s": round(vcard_s, 3),
        **google_figures(rng),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
