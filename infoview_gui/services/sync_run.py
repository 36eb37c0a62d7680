"""What one sync run carries: the account, the connection, progress, cancel, its counts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav.client import Connection
from infoview_gui.store.database import database
from infoview_gui.store.models import SyncAccount, SyncConflict, SyncItem

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: how far the run is, ``what`` a sentence for the user."""

BATCH = 200
"""Local writes per transaction."""


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
        """Save an item's new state at once (its own transaction)."""
        for name, value in values.items():
            setattr(item, name, value)
        with database.atomic():
            item.save()

    def forget(self, item: SyncItem) -> None:
        """Remove an item (its conflicts go with it)."""
        with database.atomic():
            SyncConflict.delete().where(SyncConflict.item == item.id).execute()
            item.delete_instance()

    def new_item(self, kind: str, uid: str, href: str, **values: object) -> SyncItem:
        """Record an item before its first upload, so a resumed run finds it."""
        with database.atomic():
            item: SyncItem = SyncItem.create(
                account=self.account.id, kind=kind, uid=uid, href=href, **values
            )
        return item
