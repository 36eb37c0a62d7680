"""Contacts both ways between InfoView and the account's address book.

1. Read what changed on the server since the last sync token (or every card's ETag).
2. Read the changed cards a multiget of :data:`~infoview_gui.exchange.dav.webdav.MULTIGET_BATCH`
   at a time and compare each, and each contact, with the copy of the last sync
   (``sync_cards.merge``): take the server's changes into InfoView through the contacts
   service, one transaction a batch, list conflicts, list cards deleted on the server
   (InfoView deletes nothing without the user).
3. Write InfoView's changes to the server on the run's one connection: a new card is
   created with ``If-None-Match: *`` at an address saved before the upload (all new
   addresses in one transaction), so a run stopped half-way and run again finds it
   instead of adding it twice; an edited card with ``If-Match`` (a card edited on the
   server meanwhile is left as it is, read and compared at the next run); a contact
   deleted (or merged away) in InfoView has its card deleted. The items' states are
   saved a batch at a time (``Run.remember``).

A contact whose card InfoView wrote and nobody changed since costs no reading: its card
text is the copy of the last sync. Each card's text is read once a run (``Run.fields``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import new_uid
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import clean_href
from infoview_gui.exchange.dav.errors import ServerError, Trouble
from infoview_gui.services import sync_cards as cards
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.exports import contacts_of
from infoview_gui.services.sync_run import Run
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


def _take(contact_id: int, values: dict[str, str]) -> None:
    """Save the card's values over the contact's, and nothing else of it.

    From the contact as stored: what a card does not carry (the career field, its place
    in the ranking, who introduced them) stays as it is.
    """
    update_contact(
        contact_id=contact_id, contact=cards.with_fields(load_contact(contact_id), values)
    )


def _give_uids() -> None:
    """Give a UID to every contact without one: a card is known by it.

    InfoView gives one to every contact it makes; data written by other means (an old
    file, another program) may lack it, and a server refuses a card without one.
    """
    missing = Contact.select(Contact.id).where((Contact.uid == "") | Contact.uid.is_null())
    ids = [int(row[0]) for row in tuples(missing)]
    if ids:
        with database.atomic():
            for contact_id in ids:
                Contact.update(uid=new_uid()).where(Contact.id == contact_id).execute()
        log.info("Gave a UID to %d contacts before the sync", len(ids))


def sync_contacts(run: Run) -> None:
    """Run the contacts part of a sync (see the module's docstring)."""
    book = str(run.account.address_book_url)
    if not book:
        return
    _give_uids()
    changes = webdav.changes(run.conn, book, str(run.account.address_book_token))
    items = run.items(KIND)
    by_href = {str(item.href): item for item in items.values()}
    changed = sorted(
        h for h, e in changes.etags.items() if h not in by_href or by_href[h].etag != e
    )
    removed = set(changes.removed)
    if changes.complete:
        removed |= {h for h, item in by_href.items() if item.copy and h not in changes.etags}
    run.total += len(changed) + len(removed)
    local = dict(contacts_of(in_scope(run)))
    book_state = _Book(
        run,
        book,
        items,
        by_href,
        local,
        {str(uid): int(cid) for uid, cid in tuples(Contact.select(Contact.uid, Contact.id))},
        {str(data.uid): cid for cid, data in local.items()},
        _waiting(run),
    )
    book_state.pull(changed)
    book_state.removed(removed)
    book_state.push()
    run.save()
    run.account.address_book_token = changes.token
    with database.atomic():
        run.account.save()


def _waiting(run: Run) -> dict[int, dict[str, str]]:
    """Return the conflicts listed (not deletions) by item: {what: the user's choice}."""
    query = (
        SyncConflict.select(SyncConflict.item, SyncConflict.what, SyncConflict.choice)
        .join(SyncItem, on=(SyncConflict.item == SyncItem.id))
        .where((SyncItem.account == run.account.id) & (SyncConflict.what != "deleted"))
    )
    found: dict[int, dict[str, str]] = {}
    for item_id, what, choice in tuples(query):
        found.setdefault(int(str(item_id)), {})[str(what)] = str(choice)
    return found


@dataclass
class _Book:
    """One run over the address book: what each side holds, kept up to date as it goes."""

    run: Run
    href: str
    items: dict[str, SyncItem]  # by UID
    by_href: dict[str, SyncItem]
    local: dict[int, ContactData]  # the contacts synced, by id
    uids: dict[str, int]  # every contact's id by UID
    scoped: dict[str, int]  # the synced contacts' ids by UID
    waiting: dict[int, dict[str, str]] = field(default_factory=dict)  # conflicts by item id

    # -- from the server -----------------------------------------------------------------

    def pull(self, hrefs: list[str]) -> None:
        """Take the server's changed and new cards into InfoView, a multiget per transaction."""
        for start in range(0, len(hrefs), webdav.MULTIGET_BATCH):
            batch = hrefs[start : start + webdav.MULTIGET_BATCH]
            fetched = webdav.multiget(self.run.conn, self.href, webdav.ADDRESS_BOOK, batch)
            with database.atomic():
                for href in sorted(fetched):
                    etag, text = fetched[href]
                    self._pull_one(href, etag, text)
            for _done in batch:
                self.run.step(_("Reading changes from the address book…"))

    def _pull_one(self, href: str, etag: str, text: str) -> None:
        run = self.run
        server = run.card(text)
        if server is None:
            run.counts.skipped.append(href)
            return
        item = self.by_href.get(href)
        uid = str(item.uid) if item is not None else (server.uid or href)
        contact_id = self.uids.get(uid)
        if item is None and uid in self.items:  # the same UID at another address: keep ours
            run.counts.skipped.append(href)
            return
        if contact_id is None:
            if item is not None:  # deleted in InfoView: its card goes in the push
                return
            self._add_from_server(href, etag, text, replace(server, uid=uid))
            return
        if item is None:
            if uid not in self.scoped:
                return  # a contact this account does not sync: leave its card alone
            item = SyncItem.create(account=run.account.id, kind=KIND, uid=uid, href=href)
            self.items[uid], self.by_href[href] = item, item
            base = None
        else:
            base = run.fields(str(item.copy))
        contact = self.local.get(contact_id)
        if contact is None:
            return  # out of scope now: the push forgets it
        merged = self._merge(item, base, self._fields_of(contact), cards.fields_of(server))
        if merged.to_local:
            updated = cards.with_fields(contact, merged.to_local)
            try:
                _take(contact_id, merged.to_local)
            except DomainError as error:
                log.warning("sync: card %s not taken: %s", href, type(error).__name__)
                run.counts.skipped.append(href)
                return
            self.local[contact_id] = updated
            run.counts.contacts_updated += 1
        item.etag, item.copy = etag, text
        item.save()

    def _fields_of(self, contact: ContactData) -> cards.Fields:
        """Return a contact's fields as its own card reads back (what the server keeps)."""
        return self.run.fields(cards.card_text(contact)) or cards.fields_of(contact)

    def _merge(
        self,
        item: SyncItem,
        base: cards.Fields | None,
        local: cards.Fields,
        server: cards.Fields,
    ) -> cards.Merge:
        """Compare the three; record new conflicts, drop settled ones."""
        waiting = self.waiting.get(int(item.id), {})
        merged = cards.merge(base, local, server, waiting=waiting)
        settled = merged.settled - set(merged.to_server)  # a local choice settles once written
        if not merged.conflicts and not settled:
            return merged
        with database.atomic():
            for what, (ours, theirs) in merged.conflicts.items():
                SyncConflict.insert(
                    item=item.id,
                    what=what,
                    local_value=ours,
                    server_value=theirs,
                    found_at=self.run.now,
                ).on_conflict_replace().execute()
                self.waiting.setdefault(int(item.id), {})[what] = ""
            if settled:
                self._settle(item, settled)
        return merged

    def _settle(self, item: SyncItem, settled: set[str]) -> None:
        SyncConflict.delete().where(
            (SyncConflict.item == item.id) & (SyncConflict.what << sorted(settled))
        ).execute()
        waiting = self.waiting.get(int(item.id), {})
        for what in settled:
            waiting.pop(what, None)

    def _add_from_server(self, href: str, etag: str, text: str, server: ContactData) -> None:
        run, account = self.run, self.run.account
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
        self.items[server.uid], self.by_href[href] = item, item
        self.uids[server.uid] = contact_id
        self.local[contact_id] = server
        run.counts.contacts_added += 1

    def removed(self, removed: set[str]) -> None:
        """List the cards deleted on the server whose contacts InfoView still has."""
        with database.atomic():
            for href in sorted(removed):
                item = self.by_href.get(clean_href(href))
                if item is None:
                    continue
                if str(item.uid) not in self.uids:
                    item.delete_instance()  # deleted on both sides
                    self.items.pop(str(item.uid), None)
                    continue
                SyncConflict.insert(
                    item=item.id, what="deleted", found_at=self.run.now
                ).on_conflict_ignore().execute()
                item.etag = ""
                item.save()
        for _href in removed:
            self.run.step(_("Reading changes from the address book…"))

    # -- to the server -------------------------------------------------------------------

    def push(self) -> None:
        """Write InfoView's new, edited and deleted contacts to the address book."""
        run, items = self.run, self.items
        deleted_on_server = {
            int(row[0])
            for row in tuples(
                SyncConflict.select(SyncConflict.item).where(SyncConflict.what == "deleted")
            )
        }
        new = [
            (c.uid, clean_href(self.href + item_name(c.uid) + ".vcf"))
            for c in self.local.values()
            if c.uid not in items
        ]
        items.update(run.new_items(KIND, new))
        synced = {c.uid for c in self.local.values()}
        run.total += len(self.local) + len(set(items) - synced)
        for contact in self.local.values():
            item = items.pop(contact.uid)
            if int(item.id) in deleted_on_server:
                self._keep_deleted_card(item, contact)
            elif not item.copy:
                self._create(item, contact)
            else:
                self._update(item, contact)
            run.step(_("Writing contacts to the address book…"))
        for uid, item in items.items():  # no longer synced: deleted here, or out of scope
            if uid not in self.uids:
                webdav.delete(run.conn, str(item.href))
                run.counts.cards_deleted += 1
            run.forget(item)
            run.step(_("Writing contacts to the address book…"))

    def _keep_deleted_card(self, item: SyncItem, contact: ContactData) -> None:
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
        self._create(item, contact)

    def _create(self, item: SyncItem, contact: ContactData) -> None:
        """Upload a new card; if it is there already (a resumed run), compare instead."""
        run = self.run
        text = cards.card_text(contact)
        try:
            etag = webdav.put(run.conn, str(item.href), text, webdav.VCARD_TYPE, etag=None)
        except ServerError as error:
            if error.trouble is not Trouble.CHANGED:
                raise
            self._adopt(item, contact)
            return
        run.remember(item, etag=etag or _etag(run, str(item.href)), copy=text)
        run.counts.cards_written += 1

    def _adopt(self, item: SyncItem, contact: ContactData) -> None:
        """Compare with a card found where ours was to go (first sync, or a resumed one)."""
        found = webdav.multiget(self.run.conn, self.href, webdav.ADDRESS_BOOK, [str(item.href)])
        if str(item.href) not in found:
            return
        etag, text = found[str(item.href)]
        item.etag, item.copy = etag, text
        self._update(item, contact, base_known=False)
        self.run.remember(item)

    def _update(self, item: SyncItem, contact: ContactData, *, base_known: bool = True) -> None:
        """Write InfoView's changed fields over the card, if its ETag is still the one seen."""
        run = self.run
        text = cards.card_text(contact)
        if text == item.copy and base_known and int(item.id) not in self.waiting:
            return  # the card InfoView wrote, unchanged on either side since
        server = run.fields(str(item.copy))
        if server is None:
            return
        local = run.fields(text) or cards.fields_of(contact)
        merged = self._merge(item, server if base_known else None, local, server)
        if merged.to_local:  # a card adopted on a first sync: its values InfoView lacked
            try:
                contact_id = Contact.get(Contact.uid == contact.uid).id
                contact = cards.with_fields(contact, merged.to_local)
                _take(int(contact_id), merged.to_local)
                run.counts.contacts_updated += 1
            except DomainError as error:
                log.warning("sync: card %s not taken: %s", item.href, type(error).__name__)
        if not merged.to_server:
            return
        written = cards.patched(str(item.copy), contact, merged.to_server)
        try:
            etag = webdav.put(
                run.conn, str(item.href), written, webdav.VCARD_TYPE, etag=str(item.etag)
            )
        except ServerError as error:
            if error.trouble is Trouble.CHANGED:  # edited on the server meanwhile: next run
                log.info("sync: card %s changed on the server meanwhile", item.href)
                return
            raise
        if merged.settled:
            with database.atomic():
                self._settle(item, merged.settled)
        run.remember(item, etag=etag or _etag(run, str(item.href)), copy=written)
        run.counts.cards_written += 1


def _etag(run: Run, href: str) -> str:
    """Return an item's ETag when a PUT's answer gave none."""
    return webdav.etag_of(run.conn, href)
