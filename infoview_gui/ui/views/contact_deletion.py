"""Deleting contacts from the Contacts view: a few at once, many in a worker; both undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import StorageError
from infoview_gui.services import contacts
from infoview_gui.store.snapshots import Snapshot
from infoview_gui.ui.dialogs.bulk_work import run_bulk
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import show_storage_problem
from infoview_gui.ui.undo import BigWork, DeletionCommand, Ended
from infoview_gui.ui.workers import Job, Report

translate = QCoreApplication.translate

BIG_DELETE = 20
"""Past this many contacts, a delete runs in a worker behind a progress dialog."""


class DeletionWords(QObject):
    """The words of a delete that count (a ``QObject``: lupdate marks plurals only in ``tr``)."""

    def deleting(self, count: int) -> str:
        """Return "Deleting 60 contacts…" for the progress dialog."""
        return self.tr("Deleting %Ln contact(s)…", "", count)


def delete_contacts(parent: QWidget, events: AppEvents, ids: list[int], text: str) -> None:
    """Delete these contacts and put the deletion on Edit > Undo as ``text``.

    More than a handful are deleted in a worker behind a progress dialog (Cancel
    deletes none); one or a few here and now.
    """
    if len(ids) > BIG_DELETE:
        _delete_in_worker(parent, events, ids, text)
        return
    try:
        snapshot = contacts.delete_contacts(contact_ids=ids)
    except StorageError as exc:
        show_storage_problem(parent, str(exc))
        return
    events.push_deletion(_command(parent, events, text, ids, snapshot))


def _command(
    parent: QWidget, events: AppEvents, text: str, ids: list[int], snapshot: Snapshot
) -> DeletionCommand:
    def run(title: str, doing: str, job: Job, tables: set[str], ended: Ended) -> object:
        return run_bulk(
            events, parent, title=title, text=doing, job=job,
            tables=lambda _result: tables, ended=ended,
        )  # fmt: skip

    def delete_again(report: Report) -> Snapshot:
        return contacts.delete_contacts(contact_ids=ids, report=report)

    return DeletionCommand(
        text,
        snapshot,
        lambda: contacts.delete_contacts(contact_ids=ids),
        events.publish,
        BigWork(run, events.undo_stack, delete_again),
    )


def _delete_in_worker(parent: QWidget, events: AppEvents, ids: list[int], text: str) -> None:
    def job(report: Report) -> object:
        return contacts.delete_contacts(contact_ids=ids, report=report)

    def ended(ok: bool, snapshot: object) -> None:
        if ok and isinstance(snapshot, Snapshot):
            events.push_deletion(_command(parent, events, text, ids, snapshot))

    run_bulk(
        events,
        parent,
        title=translate("ContactsView", "Delete contacts"),
        text=DeletionWords().deleting(len(ids)),
        job=job,
        tables=lambda snapshot: snapshot.tables() if isinstance(snapshot, Snapshot) else (),
        ended=ended,
    )
