"""What one sync run carries: the account, the connection, progress, cancel, its counts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav.client import Connection
from infoview_gui.services import sync_cards as cards
from infoview_gui.services.sync_cards import Fields
from infoview_gui.store.database import database
from infoview_gui.store.models import SyncAccount, SyncConflict, SyncItem

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: how far the run is, ``what`` a sentence for the user."""

BATCH = 200
"""Items' states saved per transaction (and cards taken into InfoView per transaction)."""


class SyncCancelledError(DomainError):
    """The user stopped the sync; what was done is kept and the next run goes on."""


@dataclass
class Counts:
    """What a run changed, on each side."""

    contacts_added: int = 0  # in InfoView, from new cards
    contacts_updated: int = 0  # in InfoView, from edited cards
    cards_written: int = 0
    cards_deleted: int = 0
    events_written: int = 0
    events_deleted: int = 0
    tasks_written: int = 0
    tasks_deleted: int = 0
    conflicts: int = 0  # waiting for the user after this run
    server_deletions: int = 0  # cards deleted on the server, waiting for the user
    skipped: list[str] = field(default_factory=list)  # items left out, with the reason


@dataclass
class Run:
    """One sync run in progress."""

    account: SyncAccount
    conn: Connection
    now: datetime
    progress: Progress
    cancelled: Callable[[], bool]
    counts: Counts = field(default_factory=Counts)
    done: int = 0
    total: int = 0
    _unsaved: dict[int, SyncItem] = field(default_factory=dict)
    _gone: list[int] = field(default_factory=list)
    _read: dict[str, Fields | None] = field(default_factory=dict)

    def step(self, what: str) -> None:
        """Count one item done; stop here if the user cancelled."""
        self.done += 1
        self.progress(self.done, max(self.total, self.done), what)
        if self.cancelled():
            raise SyncCancelledError(
                _("The sync was stopped. What was synced is kept; the next sync goes on.")
            )

    def items(self, kind: str) -> dict[str, SyncItem]:
        """Return this account's items of ``kind`` by UID."""
        query = SyncItem.select().where(
            (SyncItem.account == self.account.id) & (SyncItem.kind == kind)
        )
        return {item.uid: item for item in query}

    def remember(self, item: SyncItem, **values: object) -> None:
        """Note an item's new state; saved with the next :data:`BATCH` (one transaction).

        A state not saved yet when a run stops (a crash) is found again: the item's
        address is saved before its upload (:meth:`new_items`), and the next run reads
        what is there and compares instead of writing it twice.
        """
        for name, value in values.items():
            setattr(item, name, value)
        self._unsaved[id(item)] = item
        if len(self._unsaved) + len(self._gone) >= BATCH:
            self.save()

    def forget(self, item: SyncItem) -> None:
        """Note an item gone (its conflicts go with it); saved with the next batch."""
        self._unsaved.pop(id(item), None)
        self._gone.append(int(item.id))
        if len(self._unsaved) + len(self._gone) >= BATCH:
            self.save()

    def new_items(self, kind: str, places: Iterable[tuple[str, str]]) -> dict[str, SyncItem]:
        """Record items (UID, href) before their first upload, so a resumed run finds them.

        One transaction for all; returns the items by UID.
        """
        made: dict[str, SyncItem] = {}
        with database.atomic():
            for uid, href in places:
                made[uid] = SyncItem.create(account=self.account.id, kind=kind, uid=uid, href=href)
        return made

    def save(self) -> None:
        """Save the items' states noted since the last save, in one transaction."""
        if not self._unsaved and not self._gone:
            return
        with database.atomic():
            for item in self._unsaved.values():
                item.save()
            for start in range(0, len(self._gone), BATCH):
                gone = self._gone[start : start + BATCH]
                SyncConflict.delete().where(SyncConflict.item << gone).execute()
                SyncItem.delete().where(SyncItem.id << gone).execute()
        self._unsaved.clear()
        self._gone.clear()

    def card(self, text: str) -> ContactData | None:
        """Return the contact of a card's text (None if unreadable); its fields are kept."""
        contact = cards.read_card(text)
        self._read[text] = cards.fields_of(contact) if contact is not None else None
        return contact

    def fields(self, text: str) -> Fields | None:
        """Return the synced fields of a card's text, each text read once a run."""
        if text not in self._read:
            contact = cards.read_card(text)
            self._read[text] = cards.fields_of(contact) if contact is not None else None
        return self._read[text]
