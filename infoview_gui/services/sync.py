"""Sync with the user's CalDAV/CardDAV account: set it up, run a sync, settle conflicts.

The password is an argument of each call that needs it and is kept nowhere by this
module: not in the database, not in the log, not in an error's sentence (the system's
secret store, or the user's typing, is the caller's business: ``commands/sync.py``).

A run (:func:`run_sync`) syncs contacts both ways (``sync_contacts``) and interviews one
way (``sync_calendar``). It is meant for a worker thread with its own connection: it
calls ``progress(done, total, what)`` between items and stops at the next item when
``cancelled()`` turns true (:class:`SyncCancelledError`); what was done is kept, and the
next run goes on without duplicating anything. Offline, a wrong password or a server
error raise :class:`~infoview_gui.exchange.dav.errors.ServerError` with a sentence
(``retry_later`` says whether a later automatic run may work).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import Connection, clean_href
from infoview_gui.exchange.dav.errors import ServerError
from infoview_gui.services import sync_cards as cards
from infoview_gui.services.contacts import delete_contacts, load_contact, update_contact
from infoview_gui.services.sync_calendar import sync_calendar
from infoview_gui.services.sync_contacts import sync_contacts
from infoview_gui.services.sync_run import Counts, Progress, Run, SyncCancelledError
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, SyncAccount, SyncConflict, SyncItem
from infoview_gui.store.snapshots import Snapshot

__all__ = [
    "Account",
    "Choices",
    "Conflict",
    "Counts",
    "ServerError",
    "SyncCancelledError",
    "account",
    "choices",
    "conflicts",
    "make_collection",
    "resolve_conflict",
    "run_sync",
    "save_account",
]
log = logging.getLogger(__name__)
SCOPES = ("all", "field", "tag", "none")


@dataclass(frozen=True)
class Account:
    """The account as stored (never the password)."""

    server_url: str
    user_name: str
    calendar_url: str = ""
    address_book_url: str = ""
    calendar_tasks: bool = False
    contacts: str = "all"  # one of SCOPES
    field_id: int | None = None
    tag_id: int | None = None
    interval_min: int = 30  # 0: only when asked
    last_synced_at: datetime | None = None


@dataclass(frozen=True)
class Choices:
    """What the account offers: its calendars and address books."""

    calendars: tuple[webdav.Collection, ...]
    address_books: tuple[webdav.Collection, ...]
    calendar_home: str
    address_book_home: str


@dataclass(frozen=True)
class Conflict:
    """One thing waiting for the user, as a list shows it."""

    conflict_id: int
    contact_id: int | None
    contact_name: str
    what: str  # a field name of ``sync_cards.FIELDS``, or "deleted"
    label: str  # the field's name, translated
    ours: str  # as the user reads it
    theirs: str
    choice: str  # '' waiting, 'local' kept InfoView's (written at the next sync)


def connect(server_url: str, user_name: str, password: str) -> Connection:
    """Return a connection to the account (nothing is sent yet)."""
    return Connection(server_url, user_name, password)


def choices(*, server_url: str, user_name: str, password: str) -> Choices:
    """Discover the account from its address; list its calendars and address books.

    Raises:
        ServerError: offline, wrong password, no account found there...
    """
    conn = connect(server_url, user_name, password)
    try:
        homes = webdav.discover(conn)
        found: dict[str, webdav.Collection] = {}
        for home in dict.fromkeys(h for h in (homes.calendars, homes.address_books) if h):
            found.update({c.href: c for c in webdav.collections(conn, home)})
    finally:
        conn.close()
    listed = sorted(found.values(), key=lambda c: (c.name.casefold(), c.href))
    return Choices(
        tuple(c for c in listed if c.kind == webdav.CALENDAR),
        tuple(c for c in listed if c.kind == webdav.ADDRESS_BOOK),
        homes.calendars,
        homes.address_books,
    )


def make_collection(
    *, server_url: str, user_name: str, password: str, home: str, kind: str
) -> webdav.Collection:
    """Create an "InfoView" calendar (``webdav.CALENDAR``) or address book in ``home``."""
    conn = connect(server_url, user_name, password)
    try:
        return webdav.make_collection(conn, home, kind, "InfoView")
    finally:
        conn.close()


def account() -> Account | None:
    """Return the account, or None when none is set up."""
    row = SyncAccount.select().order_by(SyncAccount.id).first()
    if row is None:
        return None
    return Account(
        str(row.server_url),
        str(row.user_name),
        str(row.calendar_url),
        str(row.address_book_url),
        bool(row.calendar_tasks),
        str(row.contacts),
        row.field_id,
        row.tag_id,
        int(row.interval_min),
        row.last_synced_at,
    )


def save_account(*, details: Account) -> Kind:
    """Set up the account, or change it; return what changed.

    A new server, user, calendar or address book starts that part afresh: InfoView
    forgets what it knew of the old one (and deletes nothing there).
    """
    _check(details)
    with database.atomic():
        row = SyncAccount.select().order_by(SyncAccount.id).first()
        if row is None:
            row = SyncAccount(server_url=details.server_url, user_name=details.user_name)
        elif (row.server_url, row.user_name) != (details.server_url, details.user_name):
            SyncItem.delete().where(SyncItem.account == row.id).execute()
            row.calendar_token = row.address_book_token = ""
        _forget_moved(row, details)
        for name in ("server_url", "user_name", "calendar_tasks", "contacts", "interval_min"):
            setattr(row, name, getattr(details, name))
        row.calendar_url = clean_href(details.calendar_url) if details.calendar_url else ""
        row.address_book_url = (
            clean_href(details.address_book_url) if details.address_book_url else ""
        )
        row.field_id = details.field_id if details.contacts == "field" else None
        row.tag_id = details.tag_id if details.contacts == "tag" else None
        row.save()
    return Kind.SYNC


def _check(details: Account) -> None:
    if not details.server_url.strip() or not details.user_name.strip():
        raise ValidationError("server_url", _("Give the server's address and your user name."))
    if details.contacts not in SCOPES:
        raise ValidationError("contacts", _("Choose which contacts to sync."))
    if details.contacts == "field" and details.field_id is None:
        raise ValidationError("contacts", _("Choose the career field whose contacts to sync."))
    if details.contacts == "tag" and details.tag_id is None:
        raise ValidationError("contacts", _("Choose the tag whose contacts to sync."))
    if not 0 <= details.interval_min <= 1440:
        raise ValidationError(
            "interval_min", _("Sync at most once a day and at least every minute.")
        )


def _forget_moved(row: SyncAccount, details: Account) -> None:
    """Forget the items of a calendar or address book the account no longer uses."""
    if row.id is None:
        return
    if clean_href(details.address_book_url or "/") != clean_href(row.address_book_url or "/"):
        SyncItem.delete().where(
            (SyncItem.account == row.id) & (SyncItem.kind == "contact")
        ).execute()
        row.address_book_token = ""
    if clean_href(details.calendar_url or "/") != clean_href(row.calendar_url or "/"):
        SyncItem.delete().where(
            (SyncItem.account == row.id) & (SyncItem.kind != "contact")
        ).execute()
        row.calendar_token = ""


def remove_account() -> Kind:
    """Forget the account and all sync state (nothing on the server is deleted)."""
    with database.atomic():
        SyncAccount.delete().execute()
    return Kind.SYNC


def run_sync(
    *,
    password: str,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Counts:
    """Sync contacts both ways and interviews one way; return what changed on each side.

    Raises:
        NotFoundError: when no account is set up.
        ServerError: offline, wrong password, a server error (what was done is kept).
        SyncCancelledError: when ``cancelled()`` turned true (likewise).
    """
    row = SyncAccount.select().order_by(SyncAccount.id).first()
    if row is None:
        raise NotFoundError(_("No sync account is set up yet."))
    conn = connect(str(row.server_url), str(row.user_name), password)
    run = Run(row, conn, now, progress or _quiet, cancelled or _never)
    try:
        sync_contacts(run)
        sync_calendar(run, today=now.astimezone(_zone()).date())
    finally:
        run.save()  # what landed before a stop or a cancel is kept
        conn.close()
    row.last_synced_at = now
    with database.atomic():
        row.save()
    run.counts.conflicts = SyncConflict.select().where(SyncConflict.what != "deleted").count()
    run.counts.server_deletions = (
        SyncConflict.select().where(SyncConflict.what == "deleted").count()
    )
    log.info("sync done: %s", {k: v for k, v in vars(run.counts).items() if k != "skipped"})
    return run.counts


def _zone() -> ZoneInfo:
    from infoview_gui.services.user_zone import user_zone

    return user_zone()


def _quiet(done: int, total: int, what: str) -> None:
    """Hear no progress."""


def _never() -> bool:
    return False


def conflicts() -> list[Conflict]:
    """Return what waits for the user: values changed on both sides, cards deleted there."""
    query = (
        SyncConflict.select(SyncConflict, SyncItem.uid)
        .join(SyncItem, on=(SyncConflict.item == SyncItem.id))
        .order_by(SyncConflict.found_at, SyncConflict.id)
    )
    found = []
    for row in query:
        contact = Contact.get_or_none(Contact.uid == row.item.uid)
        name = " ".join(p for p in (contact.first_name, contact.last_name) if p) if contact else ""
        found.append(
            Conflict(
                int(row.id),
                int(contact.id) if contact else None,
                name or (str(contact.email) if contact else ""),
                str(row.what),
                cards.label(str(row.what)),
                cards.shown(str(row.what), str(row.local_value)),
                cards.shown(str(row.what), str(row.server_value)),
                str(row.choice),
            )
        )
    return found


def resolve_conflict(*, conflict_id: int, keep: str) -> Snapshot | None:
    """Settle a conflict: ``keep`` "local" (InfoView's value) or "server" (the server's).

    Keeping InfoView's writes it to the server at the next sync. Keeping the server's
    takes its value into the contact now; for a card deleted on the server, it deletes
    the contact (the returned snapshot undoes it, as any deletion).
    """
    if keep not in ("local", "server"):
        raise ValueError(keep)
    with database.atomic():
        found = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
        if found is None:
            raise NotFoundError(_("This conflict was settled already."))
        item = found.item
        contact = Contact.get_or_none(Contact.uid == item.uid)
        if keep == "local" or contact is None:
            found.choice = "local"
            found.save()
            return None
        if found.what == "deleted":
            snapshot = delete_contacts(contact_ids=[int(contact.id)])
            item.delete_instance()  # its conflicts go with it
            return snapshot
        data = load_contact(int(contact.id))
        update_contact(
            contact_id=int(contact.id),
            contact=cards.with_fields(data, {str(found.what): str(found.server_value)}),
        )
        found.delete_instance()
    return None
