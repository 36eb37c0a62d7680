"""Likely matches in the import preview, against a database of 10,000 saved contacts.

Run directly (not collected by pytest): ``python tests/bench/import_likely.py``.
The saved contacts have national phone numbers, emails and one of 400 organisations; the
2,000-row file holds 500 of them with the phone written another way (and a new email),
500 with a nickname or an initial at the same organisation, and 1,000 new people.
``index_s``: read the saved contacts (main thread); ``preview_s``: parse and plan the
file with likely matches (the worker's part); ``likely_s``: of that, indexing the saved
contacts for likely matches and looking every new row up. Each the best of three. The
last line is a JSON object with the figures.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from infoview_gui.services import imports  # noqa: E402
from infoview_gui.services.import_likely import LikelyIndex, LikelyMatch  # noqa: E402
from infoview_gui.services.import_plan import ImportPlan, MatchIndex, preview_data  # noqa: E402
from infoview_gui.store.database import close_database  # noqa: E402
from infoview_gui.store.opening import open_store  # noqa: E402

SAVED = 10_000
ROWS = 2_000
REGION = "GB"
HEADER = "Name,Email,Phone,Organisation,Job title"
MAPPING = {
    "Name": "full_name",
    "Email": "email",
    "Phone": "phone",
    "Organisation": "organisation",
    "Job title": "title",
}
FIRST = ("Robert", "William", "Katherine", "James", "Elizabeth", "Daniel", "Ana", "Jun", "Ines")
SHORT = {"Robert": "Bob", "William": "Bill", "Katherine": "Kate", "James": "Jim"}


def person(n: int, rng: random.Random) -> tuple[str, str, str, str]:
    """Return the first name, last name, phone digits and organisation of person ``n``."""
    return rng.choice(FIRST), f"Surname{n}", f"{n:07d}", f"Company {n % 400}"


def csv(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def saved_file(people: list[tuple[str, str, str, str]]) -> bytes:
    return csv(
        [
            f"{first} {last},{last.lower()}@work.example,0113 {digits[:3]} {digits[3:]},{org},"
            for first, last, digits, org in people
        ]
    )


def import_file(people: list[tuple[str, str, str, str]], rng: random.Random) -> bytes:
    rows = []
    for n, (first, last, digits, org) in enumerate(rng.sample(people, 1_000)):
        if n % 2:  # the same phone, written the international way, and another email
            rows.append(f"{first} {last},{last.lower()}@home.example,+44 113{digits},,Engineer")
        else:  # a nickname or an initial at the same organisation, no phone or email
            rows.append(f"{SHORT.get(first, first[0] + '.')} {last},,,{org},Analyst")
    rows += [f"New Person{n},new{n}@example.org,,Startup {n},Founder" for n in range(1_000)]
    rng.shuffle(rows)
    return csv(rows)


def best_of(runs: int, work: object) -> tuple[float, object]:
    """Return the best time of ``runs`` calls of ``work`` and its last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best, result


def likely_pass(index: MatchIndex, plan: ImportPlan) -> list[LikelyMatch | None]:
    """Index the saved contacts for likely matches once, and look every new row up."""
    finder = LikelyIndex(index.values, index.points, index.region)
    return [finder.find(planned.contact) for planned in plan.new]


def main() -> None:
    """Print the figures."""
    rng = random.Random(16)
    folder = Path(tempfile.mkdtemp(prefix="infoview-bench-"))
    open_store(folder / "infoview.sqlite3")
    people = [person(n, rng) for n in range(SAVED)]
    first = preview_data(saved_file(people), imports.load_match_index(), mapping=MAPPING)
    imports.commit_import(plan=first, file_name="saved.csv")
    data = import_file(people, rng)
    index_s, index = best_of(3, lambda: imports.load_match_index(region=REGION))
    assert isinstance(index, MatchIndex)
    preview_s, plan = best_of(
        3, lambda: preview_data(data, index, format="csv", mapping=MAPPING, merges="strong")
    )
    assert isinstance(plan, ImportPlan)
    likely_s, _ = best_of(3, lambda: likely_pass(index, plan))
    strong = sum(1 for row in plan.likely if row.match.strong)
    print(
        f"  {SAVED:,} saved, {ROWS:,} rows: {len(plan.likely)} look like a saved contact "
        f"({strong} strong, merged), {len(plan.new)} new, {len(plan.updates)} updates"
    )
    print(f"  index {index_s:.3f} s, preview {preview_s:.3f} s, of which likely {likely_s:.3f} s")
    close_database()
    figures = {
        "saved_contacts": SAVED,
        "rows": ROWS,
        "likely_rows": len(plan.likely),
        "strong": strong,
        "index_s": round(index_s, 3),
        "preview_s": round(preview_s, 3),
        "likely_s": round(likely_s, 3),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
