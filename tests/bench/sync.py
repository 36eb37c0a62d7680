"""Sync time for 1,000 contacts against a local Radicale (127.0.0.1): first and incremental.

Starts Radicale (tests/dav/server.py) in a temporary folder, adds the contacts, then times
a first sync (every card written), a quiet sync (nothing changed), an incremental
sync after 10 changes (5 contacts edited in InfoView and 5 cards edited on the server,
"the phone"), and a first sync of a second, empty InfoView from that address book (every
card read and added as a contact). Before that, in the same run, it times Radicale
alone: as many new cards PUT straight through ``http.client`` into another address book
of the same server, the floor under any client's first sync. Prints the figures, and as
its last line a JSON object.

    python tests/bench/sync.py [--contacts 1000] [--fsync]

Radicale checks a new card's UID against every card of its address book (it reads them
all, from its cache), so each create costs more than the last: 1,000 creates are
quadratic on the server whatever the client does. ``--fsync`` makes Radicale sync every
write to disk as a real server does (the tests' server does not: tests/dav/server.py).
"""

from __future__ import annotations

import argparse
import base64
import http.client
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
from infoview_gui.exchange.dav.client import Connection, clean_href  # noqa: E402
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
    parser.add_argument("--fsync", action="store_true", help="Radicale syncs every write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = Radicale(Path(folder) / "server", fsync=args.fsync)
        server.start()
        try:
            figures: dict[str, object] = {"contacts": args.contacts, "fsync": args.fsync}
            figures["radicale_alone_s"] = round(_server_alone(server, args.contacts), 2)
            figures.update(_bench(server, Path(folder) / "data.sqlite3", args.contacts))
        finally:
            server.stop()
            close_database()
    for name, value in figures.items():
        print(f"{name:>28}: {value}")
    print(json.dumps(figures))


def _server_alone(server: Radicale, count: int) -> float:
    """Return the seconds Radicale takes to store ``count`` new cards PUT one after another."""
    conn = Connection(server.url, USER, PASSWORD)
    home = webdav.discover(conn).address_books
    book = webdav.make_collection(conn, home, webdav.ADDRESS_BOOK, "alone").href
    conn.close()
    auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode("ascii")
    cards = [
        (
            clean_href(f"{book}alone-{n}.vcf"),
            (
                f"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:alone-{n}\r\nFN:First{n} Last{n}\r\n"
                f"N:Last{n};First{n};;;\r\nEMAIL:person{n}@example.org\r\nEND:VCARD\r\n"
            ).encode(),
        )
        for n in range(count)
    ]
    plain = http.client.HTTPConnection("127.0.0.1", server.port)
    started = time.perf_counter()
    for href, card in cards:
        headers = {"Authorization": auth, "Content-Type": webdav.VCARD_TYPE, "If-None-Match": "*"}
        plain.request("PUT", href, body=card, headers=headers)
        answer = plain.getresponse()
        answer.read()
        assert answer.status == 201, answer.status
    elapsed = time.perf_counter() - started
    plain.close()
    return elapsed


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
    close_database()
    open_store(database.with_name("second-computer.sqlite3"))  # an empty InfoView
    sync.save_account(details=sync.Account(server.url, USER, address_book_url=book.href))
    second, taken = timed_sync()
    return {
        "first_sync_s": round(first, 2),
        "cards_written": counts.cards_written,
        "quiet_sync_s": round(quiet, 2),
        "incremental_10_changes_s": round(incremental, 2),
        "incremental_written": changed.cards_written,
        "incremental_taken": changed.contacts_updated,
        "into_empty_infoview_s": round(second, 2),
        "contacts_added": taken.contacts_added,
    }


if __name__ == "__main__":
    main()
