"""Parse times of the import layer: a 10,000-row connections export and 5,000 vCards.

Run directly (not collected by pytest): ``python tests/bench/imports_parse.py``.
The last line is a JSON object with the figures.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from infoview_gui.domain.contact import ContactData  # noqa: E402
from infoview_gui.exchange.csv_write import write_contacts_csv  # noqa: E402
from infoview_gui.exchange.reader import read_contacts  # noqa: E402
from infoview_gui.exchange.vcard import write_vcards  # noqa: E402

LINKEDIN_ROWS = 10_000
VCARDS = 5_000
FIRST = ("Ada", "Bram", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gus", "Hana", "Ines", "Jun")
LAST = ("Quill", "Okonkwo", "Martín", "Volkov", "Park", "Nyström", "Sato", "O'Neill")
COMPANIES = ("Brightwater Analytics", "Fenwick & Sons, LLP", "Orbit Labs", "Kumo Systems")


def linkedin_export(rows: int, rng: random.Random) -> bytes:
    """Return a connections export with the preamble, most emails empty."""
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"person{n}@example.org" if rng.random() < 0.1 else ""
        company = rng.choice(COMPANIES)
        company = f'"{company}"' if "," in company else company
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/person-{n},{email},{company},"
            f"Analyst {n % 7},{1 + n % 28} May 2024"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def vcards(count: int, rng: random.Random) -> bytes:
    """Return ``count`` vCard 4.0 cards as InfoView writes them."""
    contacts = [
        ContactData(
            first_name=rng.choice(FIRST),
            last_name=rng.choice(LAST),
            organisation=rng.choice(COMPANIES),
            title="Engineer",
            email=f"person{n}@example.org",
            phone="+44 20 7946 0000",
            location="London, UK",
            notes="Met at the fair; asked about the path into the field.\nFollow up.",
        )
        for n in range(count)
    ]
    return write_vcards(contacts).encode("utf-8")


def timed(data: bytes) -> tuple[float, int, int]:
    """Return the best of three parse times, with contacts and rejects counted."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        result = read_contacts(data)
        best = min(best, time.perf_counter() - start)
    return best, len(result.contacts), len(result.rejects)


def main() -> None:
    """Print the figures."""
    rng = random.Random(6)
    linkedin = linkedin_export(LINKEDIN_ROWS, rng)
    cards = vcards(VCARDS, rng)
    csv_export = write_contacts_csv(
        (c.contact for c in read_contacts(linkedin).contacts), spreadsheet=True
    ).encode("utf-8")
    figures: dict[str, float | int] = {"linkedin_rows": LINKEDIN_ROWS, "vcard_cards": VCARDS}
    for name, data in (("linkedin", linkedin), ("vcard", cards), ("csv_export", csv_export)):
        seconds, contacts, rejects = timed(data)
        print(
            f"{name:>10}: {len(data) / 1e6:6.2f} MB, {contacts} contacts, "
            f"{rejects} rejects, parsed in {seconds:.3f} s"
        )
        figures[f"{name}_parse_s"] = round(seconds, 3)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
