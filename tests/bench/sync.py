"""Sync time for 1,000 contacts against a local Radicale (127.0.0.1): first and incremental.

Starts Radicale (tests/dav/server.py) in a temporary folder, adds the contacts, then times
a first sync (every card written), a quiet sync (nothing changed), and an incremental
sync after 10 changes: 5 contacts edited in InfoView and 5 cards edited on the server
("the phone"). Prints the figures, and as its last line a JSON object.

    python tests/bench/sync.py [--contacts 1000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from infoview_gui.domain.contact import ContactData  # noqa: E402
from infoview_gui.exchange.dav import webdav  # noqa: E402
from infoview_gui.exchange.dav.client import Connection  # noqa: E402
from infoview_gui.services import sync  # noqa: E402
from infoview_gui.services.contacts import add_contact, load_contact, update_contact  # noqa: E402
from infoview_gui.store.database import close_database  # noqa: E402
from infoview_gui.store.opening import open_store  # noqa: E402
from tests.dav.server import PASSWORD, USER, Radicale  # noqa: E402


def timed_sync() -> tuple[float, sync.Counts]:
    started = time.perf_counter()
    counts = sync.run_sync(password=PASSWORD, now=datetime.now(UTC))
    return time.perf_counter() - started, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = Radicale(Path(folder) / "server")
        server.start()
        try:
            figures = _bench(server, Path(folder) / "data.sqlite3", args.contacts)
        finally:
            server.stop()
            close_database()
    for name, value in figures.items():
        print(f"{name:>28}: {value}")
    print(json.dumps(figures))


def _bench(server: Radicale, database: Path, count: int) -> dict[str, object]:
    open_store(database)
    ids = [
        add_contact(
            contact=ContactData(
                first_name=f"First{n}",
                last_name=f"Last{n}",
                organisation="Org",
                email=f"person{n}@example.org",
                phone=f"+1 555 {n:04d}",
                notes="Met at the fair",
            )
        )
        for n in range(count)
    ]
    found = sync.choices(server_url=server.url, user_name=USER, password=PASSWORD)
    book = sync.make_collection(
        server_url=server.url,
        user_name=USER,
        password=PASSWORD,
        home=found.address_book_home,
        kind=webdav.ADDRESS_BOOK,
    )
    sync.save_account(details=sync.Account(server.url, USER, address_book_url=book.href))
    first, counts = timed_sync()
    quiet, _ = timed_sync()
    for contact_id in ids[:5]:
        data = load_contact(contact_id)
        update_contact(contact_id=contact_id, contact=replace(data, title="Nurse"))
    phone = Connection(server.url, USER, PASSWORD)
    hrefs = sorted(webdav.listing(phone, book.href).etags)[-5:]
    for href, (etag, text) in webdav.multiget(phone, book.href, webdav.ADDRESS_BOOK, hrefs).items():
        webdav.put(
            phone, href, text.replace("Met at the fair", "Met again"), webdav.VCARD_TYPE, etag=etag
        )
    phone.close()
    incremental, changed = timed_sync()
    return {
        "contacts": count,
        "first_sync_s": round(first, 2),
        "cards_written": counts.cards_written,
        "quiet_sync_s": round(quiet, 2),
        "incremental_10_changes_s": round(incremental, 2),
        "incremental_written": changed.cards_written,
        "incremental_taken": changed.contacts_updated,
    }


if __name__ == "__main__":
    main()
