"""Sync against a real Radicale on 127.0.0.1 (started here, stopped after): P19.

"The phone" is a second client editing cards on the server with the same WebDAV code.
No DNS look-up: every address is 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain import i18n
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import Connection
from infoview_gui.exchange.dav.errors import ServerError, Trouble
from infoview_gui.services import sync
from infoview_gui.services.asking import mark_accepted, mark_asked, mark_declined
from infoview_gui.services.contacts import (
    add_contact,
    delete_contacts,
    load_contact,
    undo_delete,
    update_contact,
)
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.keep_touch import set_keep_touch
from infoview_gui.services.request_records import move_request
from infoview_gui.services.scheduling import schedule
from infoview_gui.services.sync_run import Run
from infoview_gui.services.thanks import mark_thank_you_sent
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, SyncItem
from tests.dav.server import PASSWORD, USER, Radicale, free_port
from tests.unit.domain.languages import speak

NOW = datetime(2026, 9, 1, 9, tzinfo=UTC)


class Phone:
    """Another device on the same account: reads and edits cards directly."""

    def __init__(self, server: Radicale, book: str, calendar: str) -> None:
        self.conn = Connection(server.url, USER, PASSWORD)
        self.book, self.calendar = book, calendar

    def cards(self) -> dict[str, tuple[str, str]]:
        hrefs = sorted(webdav.listing(self.conn, self.book).etags)
        return webdav.multiget(self.conn, self.book, webdav.ADDRESS_BOOK, hrefs)

    def card_of(self, name: str) -> tuple[str, str, str]:
        for href, (etag, text) in self.cards().items():
            if name in text:
                return href, etag, text
        raise AssertionError(f"no card of {name}")

    def edit(self, name: str, old: str, new: str) -> None:
        href, etag, text = self.card_of(name)
        assert old in text
        webdav.put(self.conn, href, text.replace(old, new), webdav.VCARD_TYPE, etag=etag)

    def events(self) -> dict[str, tuple[str, str]]:
        hrefs = sorted(webdav.listing(self.conn, self.calendar).etags)
        return webdav.multiget(self.conn, self.calendar, webdav.CALENDAR, hrefs)


def set_up(server: Radicale) -> Phone:
    """Discover the account, make an InfoView calendar and address book, save the account."""
    found = sync.choices(server_url=server.url, user_name=USER, password=PASSWORD)
    made = {}
    for kind, home in (
        (webdav.CALENDAR, found.calendar_home),
        (webdav.ADDRESS_BOOK, found.address_book_home),
    ):
        made[kind] = sync.make_collection(
            server_url=server.url, user_name=USER, password=PASSWORD, home=home, kind=kind
        )
    sync.save_account(
        details=sync.Account(
            server.url,
            USER,
            calendar_url=made[webdav.CALENDAR].href,
            address_book_url=made[webdav.ADDRESS_BOOK].href,
            calendar_tasks=True,
        )
    )
    return Phone(server, made[webdav.ADDRESS_BOOK].href, made[webdav.CALENDAR].href)


def run() -> sync.Counts:
    return sync.run_sync(password=PASSWORD, now=NOW)


def ana() -> int:
    return add_contact(
        contact=ContactData(
            first_name="Ana", last_name="Lima", email="ana@example.org", phone="+1 555 0100"
        )
    )


def test_discovery_on_127_0_0_1_lists_what_was_made(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    found = sync.choices(server_url=radicale.url, user_name=USER, password=PASSWORD)
    assert phone.book in [c.href for c in found.address_books]
    calendar = next(c for c in found.calendars if c.href == phone.calendar)
    assert "VTODO" in calendar.components and calendar.name == "InfoView"


def test_discovery_follows_the_well_known_address_when_the_one_given_is_not_dav(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    # A user types an address that is not the DAV endpoint (a web page's): RFC 6764's
    # /.well-known/caldav and /.well-known/carddav lead to the account.
    set_up(radicale)
    found = sync.choices(
        server_url=radicale.url.rstrip("/") + "/no-dav-here/", user_name=USER, password=PASSWORD
    )
    assert found.address_books and found.calendars


def test_contacts_travel_both_ways(store: SqliteDatabase, radicale: Radicale) -> None:
    phone = set_up(radicale)
    contact_id = ana()
    first = run()
    assert first.cards_written == 1
    href, _etag, text = phone.card_of("Ana")
    assert "ana@example.org" in text
    phone.edit("Ana", "+1 555 0100", "+1 555 0199")  # a new number on the phone
    second = run()
    assert load_contact(contact_id).phone == "+1 555 0199"
    assert second.contacts_updated == 1 and second.cards_written == 0
    update_contact(
        contact_id=contact_id,
        contact=load_contact(contact_id).__class__(
            **{**load_contact(contact_id).__dict__, "title": "Nurse"}
        ),
    )
    assert run().cards_written == 1
    assert "TITLE:Nurse" in phone.card_of("Ana")[2]
    quiet = run()
    assert (quiet.cards_written, quiet.contacts_updated) == (0, 0)


def test_an_edit_on_the_phone_keeps_what_a_card_does_not_carry(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    nursing = add_field(name="Nursing")
    bea = add_contact(contact=ContactData(first_name="Bea", last_name="Cruz", field_id=nursing))
    contact_id = ana()
    details = replace(load_contact(contact_id), field_id=nursing, introduced_by_id=bea)
    update_contact(contact_id=contact_id, contact=details)
    before = Contact.get_by_id(contact_id)
    run()
    phone.edit("Ana", "+1 555 0100", "+1 555 0199")
    assert run().contacts_updated == 1
    after = Contact.get_by_id(contact_id)
    assert after.phone == "+1 555 0199"
    # the career field, the place in its ranking and the introducer stay
    assert after.__data__["field"] == nursing and after.rank == before.rank
    assert after.__data__["introduced_by"] == bea


def test_a_contact_without_a_uid_gets_one_and_travels(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    contact_id = ana()
    # another program wrote the contact: it has no UID
    store.execute_sql("UPDATE contact SET uid = '' WHERE id = ?", (contact_id,))
    assert run().cards_written == 1  # a server refuses a card without a UID (400)
    uid = str(Contact.get_by_id(contact_id).uid)
    assert uid.startswith("urn:uuid:") and f"UID:{uid}" in phone.card_of("Ana")[2]


def test_a_card_made_on_the_phone_arrives_and_unknown_properties_stay(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:phone-1\r\nFN:Ben Okafor\r\n"
        "N:Okafor;Ben;;;\r\nEMAIL:ben@example.org\r\nBDAY:19900101\r\nEND:VCARD\r\n"
    )
    webdav.put(phone.conn, phone.book + "phone-1.vcf", card, webdav.VCARD_TYPE, etag=None)
    assert run().contacts_added == 1
    ben = Contact.get(Contact.uid == "urn:uuid:phone-1")
    data = load_contact(int(ben.id))
    update_contact(
        contact_id=int(ben.id),
        contact=data.__class__(**{**data.__dict__, "organisation": "Clinic"}),
    )
    run()
    text = phone.card_of("Ben")[2]
    assert "ORG:Clinic" in text and "BDAY:19900101" in text  # the phone's birthday is kept


def test_a_value_changed_on_both_sides_is_listed_and_settled(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    contact_id = ana()
    run()
    phone.edit("Ana", "+1 555 0100", "+1 555 0111")
    data = load_contact(contact_id)
    update_contact(
        contact_id=contact_id, contact=data.__class__(**{**data.__dict__, "phone": "+1 555 0122"})
    )
    counts = run()
    assert counts.conflicts == 1
    [conflict] = sync.conflicts()
    assert conflict.what == "phones" and "0122" in conflict.ours and "0111" in conflict.theirs
    assert load_contact(contact_id).phone == "+1 555 0122"  # nothing taken yet
    assert "0111" in phone.card_of("Ana")[2]
    sync.resolve_conflict(conflict_id=conflict.conflict_id, keep="local")
    assert run().conflicts == 0
    assert "0122" in phone.card_of("Ana")[2] and "0111" not in phone.card_of("Ana")[2]
    assert sync.conflicts() == []


def test_deletions_local_goes_to_server_server_waits_for_the_user(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    contact_id = ana()
    ben = add_contact(contact=ContactData(first_name="Ben", email="ben@example.org"))
    run()
    snapshot = delete_contacts(contact_ids=[ben])
    undo_delete(snapshot=snapshot)  # an undo before the sync keeps the card
    run()
    assert len(phone.cards()) == 2
    delete_contacts(contact_ids=[ben])
    assert run().cards_deleted == 1
    assert len(phone.cards()) == 1
    href = phone.card_of("Ana")[0]
    webdav.delete(phone.conn, href)  # deleted on the phone
    counts = run()
    assert counts.server_deletions == 1
    assert Contact.get_or_none(Contact.id == contact_id) is not None  # not without the user
    [waiting] = sync.conflicts()
    sync.resolve_conflict(conflict_id=waiting.conflict_id, keep="local")  # keep it: back up
    run()
    assert len(phone.cards()) == 1 and sync.conflicts() == []


def test_interviews_scheduled_rescheduled_cancelled(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    interview = start_request(contact_id=ana())
    mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 8, 1))
    mark_accepted(interview_id=interview, on=date(2026, 8, 2))
    when = dict(zone_name="Europe/London", duration_min=30, meeting_format=MeetingFormat.VIDEO)
    schedule(
        interview_id=interview,
        start_local=datetime(2026, 9, 10, 14),
        place="https://meet.example/x",
        **when,
    )  # type: ignore[arg-type]
    assert run().events_written == 1
    [(href, (_etag, text))] = phone.events().items()
    assert "https://meet.example/x" in text and "BEGIN:VALARM" in text
    uid = Contact.select().first().interviews.first().uid
    assert f"UID:{uid}" in text
    schedule(interview_id=interview, start_local=datetime(2026, 9, 11, 15), place="Room 2", **when)  # type: ignore[arg-type]
    assert run().events_written == 1
    [(again, (_etag, text))] = phone.events().items()
    assert again == href and "20260911T150000" in text and "Room 2" in text
    assert run().events_written == 0
    mark_declined(interview_id=interview, on=date(2026, 9, 5))
    assert run().events_deleted == 1
    assert phone.events() == {}


@pytest.fixture
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """A Radicale of the test's own, which the test may stop and start again."""
    server = Radicale(tmp_path_factory.mktemp("stopping"))
    server.start()
    yield server
    server.stop()


def assert_resumed_once_each(
    listing: Callable[[], dict[str, tuple[str, str]]], kind: str, count: int, written: str
) -> None:
    """Sync again after a stop: ``count`` items on the server, each once, none written again."""
    run()
    items = listing()
    assert len(items) == count
    assert len({text.split("UID:")[1].split()[0] for _e, text in items.values()}) == count
    assert SyncItem.select().where(SyncItem.kind == kind).count() == count
    assert getattr(run(), written) == 0


def test_a_sync_stopped_by_the_server_resumes_without_duplicates(
    store: SqliteDatabase, own_server: Radicale
) -> None:
    server = own_server
    phone = set_up(server)
    for n in range(30):
        add_contact(contact=ContactData(first_name=f"Person{n}", email=f"p{n}@example.org"))

    def stop_half_way(done: int, total: int, what: str) -> None:
        if done == 15:
            server.stop()

    with pytest.raises(ServerError) as stopped:
        sync.run_sync(password=PASSWORD, now=NOW, progress=stop_half_way)
    assert stopped.value.trouble is Trouble.OFFLINE and "Nothing was lost" in str(stopped.value)
    server.start()
    assert_resumed_once_each(phone.cards, "contact", 30, "cards_written")


def test_cancel_between_items_keeps_what_was_done(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    for n in range(6):
        add_contact(contact=ContactData(first_name=f"P{n}", email=f"c{n}@example.org"))
    seen: list[int] = []
    with pytest.raises(sync.SyncCancelledError):
        sync.run_sync(
            password=PASSWORD,
            now=NOW,
            progress=lambda d, t, w: seen.append(d),
            cancelled=lambda: len(seen) >= 3,
        )
    assert 0 < len(phone.cards()) < 6
    run()
    assert len(phone.cards()) == 6


def test_wrong_password_says_so(store: SqliteDatabase, radicale: Radicale) -> None:
    set_up(radicale)
    with pytest.raises(ServerError) as refused:
        sync.run_sync(password="not it", now=NOW)
    assert refused.value.trouble is Trouble.PASSWORD and "password" in str(refused.value)
    assert "not it" not in str(refused.value)


def test_nothing_listening_says_so(store: SqliteDatabase) -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    with pytest.raises(ServerError) as offline:
        sync.choices(server_url=url, user_name=USER, password=PASSWORD)
    assert offline.value.trouble is Trouble.OFFLINE and offline.value.retry_later
    assert "127.0.0.1" in str(offline.value)


def _scheduled(name: str, day: int) -> int:
    """Return an interview with ``name`` scheduled on September ``day``, 2026."""
    interview = start_request(
        contact_id=add_contact(contact=ContactData(first_name=name, last_name="Lima"))
    )
    mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 8, 1))
    mark_accepted(interview_id=interview, on=date(2026, 8, 2))
    schedule(
        interview_id=interview,
        start_local=datetime(2026, 9, day, 14),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="Room 1",
    )
    return interview


def test_a_calendar_sync_stopped_by_the_server_resumes_without_duplicates(
    store: SqliteDatabase, own_server: Radicale
) -> None:
    server = own_server
    phone = set_up(server)
    for n in range(12):
        _scheduled(f"Person{n}", 10 + n)
    written: list[str] = []

    def stop_half_way(done: int, total: int, what: str) -> None:
        if what == "Writing interviews to the calendar…":
            written.append(what)
            if len(written) == 6:
                server.stop()

    with pytest.raises(ServerError) as stopped:
        sync.run_sync(password=PASSWORD, now=NOW, progress=stop_half_way)
    assert stopped.value.trouble is Trouble.OFFLINE
    assert SyncItem.select().where(SyncItem.kind == "event").count() == 12  # before upload
    server.start()
    assert 0 < len(phone.events()) < 12
    assert_resumed_once_each(phone.events, "event", 12, "events_written")


def test_a_card_edited_on_the_server_during_a_run_is_merged_at_the_next(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    ids = [
        add_contact(contact=ContactData(first_name=name, phone=f"+1 555 010{n}"))
        for n, name in enumerate(("Ana", "Zoe"))
    ]
    run()
    for contact_id in ids:  # a new title for both, in InfoView
        data = load_contact(contact_id)
        update_contact(
            contact_id=contact_id, contact=data.__class__(**{**data.__dict__, "title": "Nurse"})
        )
    edited: list[str] = []

    def phone_edits_the_other(done: int, total: int, what: str) -> None:
        if what.startswith("Writing contacts") and not edited:  # one card written, one not
            name = next(n for n in ("Ana", "Zoe") if "TITLE:Nurse" not in phone.card_of(n)[2])
            phone.edit(name, "+1 555 010", "+1 555 099")
            edited.append(name)

    sync.run_sync(password=PASSWORD, now=NOW, progress=phone_edits_the_other)
    [name] = edited
    text = phone.card_of(name)[2]
    assert "+1 555 099" in text and "TITLE:Nurse" not in text  # the phone's edit stays
    run()
    text = phone.card_of(name)[2]
    assert "+1 555 099" in text and "TITLE:Nurse" in text  # both, merged
    contact = load_contact(ids[("Ana", "Zoe").index(name)])
    assert contact.phone.startswith("+1 555 099") and contact.title == "Nurse"
    assert sync.conflicts() == []


def _thank_you_and_keep_in_touch_due() -> None:
    """A held interview whose thank-you is overdue; a contact due a keep-in-touch update."""
    interview = _scheduled("Dana", 2)
    with database.atomic():
        move_request(
            interview,
            InterviewStatus.HELD,
            held_at=datetime(2026, 8, 20, 15, tzinfo=UTC),
            thank_you_due=date(2026, 8, 21),
        )
    eli = add_contact(contact=ContactData(first_name="Eli", last_name="Ward"))
    set_keep_touch(contact_id=eli, every=2, unit="weeks", today=date(2026, 7, 1))


def _todos(phone: Phone) -> list[str]:
    return [text for _etag, text in phone.events().values() if "BEGIN:VTODO" in text]


def test_tasks_for_thank_yous_and_keeping_in_touch_where_the_calendar_takes_them(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    _thank_you_and_keep_in_touch_due()
    counts = run()
    assert counts.tasks_written == 2
    todos = _todos(phone)
    assert any("SUMMARY:Send a thank-you to Dana Lima" in t for t in todos)
    assert any("SUMMARY:Keep in touch with Eli Ward" in t for t in todos)
    interview = Contact.get(Contact.first_name == "Dana").interviews.first().id
    mark_thank_you_sent(interview_id=int(interview), on=date(2026, 8, 31))
    assert run().tasks_deleted == 1
    assert [t for t in _todos(phone) if "thank-you" in t] == []


def test_no_tasks_where_the_calendar_takes_only_events(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    conn = Connection(radicale.url, USER, PASSWORD)
    home = webdav.discover(conn).calendars
    events_only = webdav.make_collection(
        conn, home, webdav.CALENDAR, "Events", components=("VEVENT",)
    )
    conn.close()
    account = sync.account()
    assert account is not None
    sync.save_account(details=replace(account, calendar_url=events_only.href))  # tasks still on
    _thank_you_and_keep_in_touch_due()
    counts = run()
    assert counts.tasks_written == 0 and counts.events_written == 1
    on_server = Phone(radicale, phone.book, events_only.href).events()
    assert len(on_server) == 1 and all("BEGIN:VTODO" not in t for _e, t in on_server.values())


def test_events_and_tasks_speak_the_users_language(
    store: SqliteDatabase, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    _thank_you_and_keep_in_touch_due()
    _scheduled("Ana", 20)
    speak("de")
    try:
        run()
    finally:
        i18n.install(None)
    texts = " ".join(text for _etag, text in phone.events().values())
    texts = texts.replace("\r\n", "\n").replace("\n ", "")  # unfolded
    assert "Informationsgespräch mit Ana Lima" in texts and "Ort oder Link: Room 1" in texts
    assert "Morgen: Informationsgespräch mit Ana Lima" in texts  # the reminder
    assert "Informational interview" not in texts and "Tomorrow" not in texts
    assert "Dank an Dana Lima senden" in texts and "Mit Eli Ward in Kontakt bleiben" in texts


def test_a_run_that_dies_before_saving_its_batch_resumes_without_duplicates(
    store: SqliteDatabase,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Radicale(tmp_path_factory.mktemp("dying"))
    server.start()
    try:
        phone = set_up(server)
        for n in range(30):
            add_contact(contact=ContactData(first_name=f"Person{n}", email=f"p{n}@example.org"))
        monkeypatch.setattr(Run, "save", lambda self: None)  # as if the process was killed

        def stop_half_way(done: int, total: int, what: str) -> None:
            if done == 15:
                server.stop()

        with pytest.raises(ServerError):
            sync.run_sync(password=PASSWORD, now=NOW, progress=stop_half_way)
        monkeypatch.undo()
        assert SyncItem.select().where(SyncItem.copy != "").count() == 0  # nothing saved
        server.start()
        counts = run()
        assert counts.conflicts == 0 and counts.contacts_added == 0
        cards = phone.cards()
        assert len(cards) == 30
        assert len({text.split("UID:")[1].split()[0] for _e, text in cards.values()}) == 30
        assert SyncItem.select().where(SyncItem.copy == "").count() == 0
        assert run().cards_written == 0
    finally:
        server.stop()
