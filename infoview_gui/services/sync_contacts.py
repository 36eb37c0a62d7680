"""Contacts both ways between InfoView and the account's address book.

1. Read what changed on the server since the last sync token (or every card's ETag).
2. Compare each changed card, and each contact, with the copy of the last sync
   (``sync_cards.merge``): take the server's changes into InfoView in transactions of
   :data:`~infoview_gui.services.sync_run.BATCH` contacts through the contacts service,
   list conflicts, list cards deleted on the server (InfoView deletes nothing without the
   user).
3. Write InfoView's changes to the server, item by item, each state saved as it lands:
   a new card is created with ``If-None-Match: *`` at an address remembered before the
   upload, so a run stopped half-way and run again finds it instead of adding it twice;
   an edited card with ``If-Match``; a contact deleted (or merged away) in InfoView has
   its card deleted.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import clean_href
from infoview_gui.exchange.dav.errors import ServerError, Trouble
from infoview_gui.services import sync_cards as cards
from infoview_gui.services.contacts import add_contact, update_contact
from infoview_gui.services.exports import contacts_of
from infoview_gui.services.sync_run import BATCH, Run
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, ContactTag, SyncConflict, SyncItem
from infoview_gui.store.queries import tuples

log = logging.getLogger(__name__)
KIND = "contact"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def item_name(uid: str) -> str:
    """Return the file name of a UID's item on the server (safe characters only)."""
    plain = uid.removeprefix("urn:uuid:")
    safe = _UNSAFE.sub("-", plain)[:80]
    if safe != plain:
        safe += "-" + hashlib.sha1(uid.encode("utf-8")).hexdigest()[:10]  # noqa: S324
    return safe


def in_scope(run: Run) -> list[int]:
    """Return the ids of the contacts the account syncs."""
    account = run.account
    query = Contact.select(Contact.id)
    if account.contacts == "none":
        return []
    if account.contacts == "field":
        query = query.where(Contact.field == account.field_id)
    elif account.contacts == "tag":
        query = query.join(ContactTag, on=(ContactTag.contact == Contact.id)).where(
            ContactTag.tag == account.tag_id
        )
    return [int(row[0]) for row in tuples(query)]


def sync_contacts(run: Run) -> None:
    """Run the contacts part of a sync (see the module's docstring)."""
    book = str(run.account.address_book_url)
    if not book:
        return
    changes = webdav.changes(run.conn, book, str(run.account.address_book_token))
    items = run.items(KIND)
    by_href = {str(item.href): item for item in items.values()}
    changed = {h: e for h, e in changes.etags.items() if h not in by_href or by_href[h].etag != e}
    removed = set(changes.removed)
    if changes.complete:
        removed |= {h for h, item in by_href.items() if item.copy and h not in changes.etags}
    run.total += len(changed) + len(removed)
    fetched = webdav.multiget(run.conn, book, webdav.ADDRESS_BOOK, sorted(changed))
    local = dict(contacts_of(in_scope(run)))
    uids = {str(uid): int(cid) for uid, cid in tuples(Contact.select(Contact.uid, Contact.id))}
    scoped = {str(data.uid): cid for cid, data in local.items()}
    _pull(run, fetched, items, by_href, local, uids, scoped)
    _removed(run, removed, by_href, uids)
    items = run.items(KIND)
    run.total += len(local) + len(items)
    _push(run, book, items, local, uids)
    _save_token(run, changes.token)


def _save_token(run: Run, token: str) -> None:
    run.account.address_book_token = token
    with database.atomic():
        run.account.save()


# -- from the server ---------------------------------------------------------------------


def _pull(
    run: Run,
    fetched: dict[str, tuple[str, str]],
    items: dict[str, SyncItem],
    by_href: dict[str, SyncItem],
    local: dict[int, ContactData],
    uids: dict[str, int],
    scoped: dict[str, int],
) -> None:
    """Take the server's changed and new cards into InfoView, a batch per transaction."""
    hrefs = sorted(fetched)
    for start in range(0, len(hrefs), BATCH):
        with database.atomic():
            for href in hrefs[start : start + BATCH]:
                etag, text = fetched[href]
                _pull_one(run, href, etag, text, items, by_href, local, uids, scoped)
        for _done in hrefs[start : start + BATCH]:
            run.step(_("Reading changes from the address book…"))


def _pull_one(  # the run's maps, passed rather than rebuilt per card
    run: Run,
    href: str,
    etag: str,
    text: str,
    items: dict[str, SyncItem],
    by_href: dict[str, SyncItem],
    local: dict[int, ContactData],
    uids: dict[str, int],
    scoped: dict[str, int],
) -> None:
    server = cards.read_card(text)
    if server is None:
        run.counts.skipped.append(href)
        return
    item = by_href.get(href)
    uid = str(item.uid) if item is not None else (server.uid or href)
    contact_id = uids.get(uid)
    if item is None and uid in items:  # the same UID at another address: keep ours
        run.counts.skipped.append(href)
        return
    if contact_id is None:
        if item is not None:  # deleted in InfoView: its card goes in the push
            return
        _add_from_server(run, href, etag, text, replace(server, uid=uid), items, local, uids)
        return
    if item is None:
        if uid not in scoped:
            return  # a contact this account does not sync: leave its card alone
        item = SyncItem.create(account=run.account.id, kind=KIND, uid=uid, href=href)
        items[uid], by_href[href] = item, item
        base = None
    else:
        base = cards.fields_of(c) if (c := cards.read_card(str(item.copy))) else None
    contact = local.get(contact_id)
    if contact is None:
        return  # out of scope now: the push forgets it
    merged = _merge_with(run, item, base, contact, server)
    if merged.to_local:
        updated = cards.with_fields(contact, merged.to_local)
        try:
            update_contact(contact_id=contact_id, contact=updated)
        except DomainError as error:
            log.warning("sync: card %s not taken: %s", href, type(error).__name__)
            run.counts.skipped.append(href)
            return
        local[contact_id] = updated
        run.counts.contacts_updated += 1
    item.etag, item.copy = etag, text
    item.save()


def _merge_with(
    run: Run,
    item: SyncItem,
    base: cards.Fields | None,
    contact: ContactData,
    server: ContactData,
) -> cards.Merge:
    """Compare the three; record new conflicts, drop settled ones."""
    waiting = {
        str(c.what): str(c.choice)
        for c in SyncConflict.select().where(SyncConflict.item == item.id)
        if c.what != "deleted"
    }
    merged = cards.merge(base, cards.normalised(contact), cards.fields_of(server), waiting=waiting)
    for what, (ours, theirs) in merged.conflicts.items():
        SyncConflict.insert(
            item=item.id, what=what, local_value=ours, server_value=theirs, found_at=run.now
        ).on_conflict_replace().execute()
    settled = merged.settled - set(merged.to_server)  # a local choice settles once written
    if settled:
        SyncConflict.delete().where(
            (SyncConflict.item == item.id) & (SyncConflict.what << sorted(settled))
        ).execute()
    return merged


def _add_from_server(
    run: Run,
    href: str,
    etag: str,
    text: str,
    server: ContactData,
    items: dict[str, SyncItem],
    local: dict[int, ContactData],
    uids: dict[str, int],
) -> None:
    account = run.account
    field_id = account.field_id if account.contacts == "field" else None
    try:
        contact_id = add_contact(contact=replace(server, field_id=field_id, tags=()))
    except DomainError as error:
        log.warning("sync: card %s not added: %s", href, type(error).__name__)
        run.counts.skipped.append(href)
        return
    if account.contacts == "tag" and account.tag_id is not None:
        ContactTag.create(contact=contact_id, tag=account.tag_id)
    item = SyncItem.create(
        account=account.id, kind=KIND, uid=server.uid, href=href, etag=etag, copy=text
    )
    items[server.uid] = item
    uids[server.uid] = contact_id
    local[contact_id] = server
    run.counts.contacts_added += 1


def _removed(
    run: Run, removed: set[str], by_href: dict[str, SyncItem], uids: dict[str, int]
) -> None:
    """List the cards deleted on the server whose contacts InfoView still has."""
    with database.atomic():
        for href in sorted(removed):
            item = by_href.get(clean_href(href))
            if item is None:
                continue
            if str(item.uid) not in uids:
                item.delete_instance()  # deleted on both sides
                continue
            SyncConflict.insert(
                item=item.id, what="deleted", found_at=run.now
            ).on_conflict_ignore().execute()
            item.etag = ""
            item.save()
    for _href in removed:
        run.step(_("Reading changes from the address book…"))


# -- to the server -----------------------------------------------------------------------


def _push(
    run: Run,
    book: str,
    items: dict[str, SyncItem],
    local: dict[int, ContactData],
    uids: dict[str, int],
) -> None:
    """Write InfoView's new, edited and deleted contacts to the address book."""
    deleted_on_server = {
        int(row[0])
        for row in tuples(
            SyncConflict.select(SyncConflict.item).where(SyncConflict.what == "deleted")
        )
    }
    for contact in local.values():
        item = items.pop(contact.uid, None)
        if item is None:
            item = run.new_item(
                KIND, contact.uid, clean_href(book + item_name(contact.uid) + ".vcf")
            )
        if int(item.id) in deleted_on_server:
            _keep_deleted_card(run, item, contact)
        elif not item.copy:
            _create(run, item, contact)
        else:
            _update(run, item, contact)
        run.step(_("Writing contacts to the address book…"))
    for uid, item in items.items():  # no longer synced: deleted here, or out of scope
        if uid not in uids:
            webdav.delete(run.conn, str(item.href))
            run.counts.cards_deleted += 1
        run.forget(item)
        run.step(_("Writing contacts to the address book…"))


def _keep_deleted_card(run: Run, item: SyncItem, contact: ContactData) -> None:
    """Write the card again if the user chose to keep the contact, else leave it listed."""
    found = SyncConflict.get_or_none(
        (SyncConflict.item == item.id) & (SyncConflict.what == "deleted")
    )
    if found is None or found.choice != "local":
        return
    with database.atomic():
        found.delete_instance()
        item.copy, item.etag = "", ""
        item.save()
    _create(run, item, contact)


def _create(run: Run, item: SyncItem, contact: ContactData) -> None:
    """Upload a new card; if it is there already (a resumed run), compare instead."""
    text = cards.card_text(contact)
    try:
        etag = webdav.put(run.conn, str(item.href), text, webdav.VCARD_TYPE, etag=None)
    except ServerError as error:
        if error.trouble is not Trouble.CHANGED:
            raise
        _adopt(run, item, contact)
        return
    run.remember(item, etag=etag or _etag(run, str(item.href)), copy=text)
    run.counts.cards_written += 1


def _adopt(run: Run, item: SyncItem, contact: ContactData) -> None:
    """Compare with a card found where ours was to go (first sync, or a resumed one)."""
    book = str(run.account.address_book_url)
    found = webdav.multiget(run.conn, book, webdav.ADDRESS_BOOK, [str(item.href)])
    if str(item.href) not in found:
        return
    etag, text = found[str(item.href)]
    run.remember(item, etag=etag, copy=text)
    _update(run, item, contact, base_known=False)


def _update(run: Run, item: SyncItem, contact: ContactData, *, base_known: bool = True) -> None:
    """Write InfoView's changed fields over the card, if its ETag is still the one seen."""
    server = cards.read_card(str(item.copy))
    if server is None:
        return
    with database.atomic():
        merged = _merge_with(
            run,
            item,
            cards.fields_of(server) if base_known else None,
            contact,
            server,
        )
    if merged.to_local:  # a card adopted on a first sync: its values InfoView lacked
        try:
            contact_id = Contact.get(Contact.uid == contact.uid).id
            contact = cards.with_fields(contact, merged.to_local)
            update_contact(contact_id=int(contact_id), contact=contact)
            run.counts.contacts_updated += 1
        except DomainError as error:
            log.warning("sync: card %s not taken: %s", item.href, type(error).__name__)
    if not merged.to_server:
        return
    text = cards.patched(str(item.copy), contact, merged.to_server)
    try:
        etag = webdav.put(run.conn, str(item.href), text, webdav.VCARD_TYPE, etag=str(item.etag))
    except ServerError as error:
        if error.trouble is Trouble.CHANGED:  # edited on the server meanwhile: next run
            return
        raise
    if merged.settled:
        with database.atomic():
            SyncConflict.delete().where(
                (SyncConflict.item == item.id) & (SyncConflict.what << sorted(merged.settled))
            ).execute()
    run.remember(item, etag=etag or _etag(run, str(item.href)), copy=text)
    run.counts.cards_written += 1


def _etag(run: Run, href: str) -> str:
    """Return an item's ETag when a PUT's answer gave none."""
    return webdav.etag_of(run.conn, href)
