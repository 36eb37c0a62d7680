"""Deleting many contacts, and undoing it, in a worker: the window keeps turning.

Each delete or undo below is held at a progress report by a gate the test opens, so the
test sees the progress dialog while the work is under way, whatever the machine's speed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import contacts, imports
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_database
from infoview_gui.services.question_lists import add_text, list_for_interview
from infoview_gui.services.search import search_everything
from infoview_gui.store import snapshots
from infoview_gui.store.models import Contact, Interview
from infoview_gui.ui.dialogs import import_writing
from infoview_gui.ui.dialogs.bulk_work import BulkWorkDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.gui.settle import settled
from tests.gui.test_workers import Gate, ticks_while
from tests.gui.test_workers import gate as gate  # the fixture
from tests.unit.services.test_deletion import dump
from tests.unit.services.test_imports import import_bytes, linkedin

MANY = 60
Report = Callable[[int, int], None]


@pytest.fixture
def people(store: object) -> list[int]:
    """Sixty contacts, each with an interview, its question list and notes."""
    ids = []
    for n in range(MANY):
        contact_id = contacts.add_contact(
            contact=ContactData(first_name=f"Person{n:02d}", last_name="Zanzibar", notes="met")
        )
        interview = start_request(contact_id=contact_id)
        add_text(list_id=list_for_interview(interview_id=interview), text=f"Question {n}?")
        ids.append(contact_id)
    return ids


def _gated(monkeypatch: pytest.MonkeyPatch, gate: Gate) -> None:
    """Hold the delete (and its undo) at the gate, inside the worker's transaction."""
    delete, restore = contacts.delete_contacts, snapshots.restore

    def gated_delete(*, contact_ids: list[int], report: Report | None = None) -> object:
        return delete(contact_ids=contact_ids, report=gate.hold(report) if report else None)

    def gated_restore(snapshot: snapshots.Snapshot, report: Report | None = None) -> None:
        restore(snapshot, gate.hold(report) if report else None)

    monkeypatch.setattr(contacts, "delete_contacts", gated_delete)
    monkeypatch.setattr("infoview_gui.ui.undo.restore", gated_restore)


def _contacts_view(window: MainWindow) -> ContactsView:
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    settled(view.model)
    return view


def _progress() -> BulkWorkDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BulkWorkDialog)
    return dialog


def test_deleting_many_contacts_shows_progress_and_undo_puts_everything_back(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = dump()
    _gated(monkeypatch, gate)
    gate.at = 2  # inside the write transaction, after the first part is read
    view = _contacts_view(window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ticks_while(qtbot, gate) >= 5  # the window keeps turning
    dialog = _progress()
    assert dialog.heading.text() == f"Deleting {MANY} contacts…"
    assert dialog.work.progress.isVisible() and dialog.work.cancel.isEnabled()
    assert Contact.select().count() == MANY  # the window's reads never wait on the lock
    gate.opened.set()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == 0 and Interview.select().count() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    assert window.undo_action.text().endswith(f"Delete {MANY} contacts")

    gate.reached.clear()
    gate.opened.clear()
    window.undo_action.trigger()
    assert ticks_while(qtbot, gate) >= 5
    assert _progress().heading.text() == f"Undo: Delete {MANY} contacts…"
    gate.opened.set()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert dump() == before  # every row with its id
    qtbot.waitUntil(lambda: view.model.rowCount() == MANY, timeout=5_000)
    assert len(search_everything(text="Person07").hits) >= 1  # the search index is back
    report = check_database(cards_dir=window.paths.cards_dir, fix=False)
    assert report.sound, (report.integrity, report.rules.problems)


def test_cancelling_a_large_delete_deletes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _gated(monkeypatch, gate)
    gate.at = 2
    view = _contacts_view(window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    qtbot.keyClick(_progress(), Qt.Key.Key_Escape)  # Escape is Cancel (the dialog stays)
    assert _progress().work.text.text() == "Canceling…"
    gate.opened.set()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == MANY
    assert view.model.rowCount() == MANY
    assert not window.undo_action.isEnabled()  # nothing was deleted, nothing to undo


def test_a_few_contacts_are_deleted_at_once_without_a_dialog(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    view = _contacts_view(window)
    view.table.select_ids(people[:2])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert QApplication.activeModalWidget() is None
    assert Contact.select().count() == MANY - 2


def test_undoing_a_large_import_runs_in_a_worker_and_redo_brings_it_back(
    qtbot: QtBot, window: MainWindow, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        f"P{n},Zed,https://www.linkedin.com/in/p{n},,Orbit,Analyst,1 May 2024" for n in range(30)
    ]
    outcome = import_bytes(linkedin(*rows), file_name="Connections.csv")
    events = window.events
    undo_import = imports.undo_import
    monkeypatch.setattr(
        imports,
        "undo_import",
        lambda *, batch_id, report: undo_import(batch_id=batch_id, report=gate.hold(report)),
    )
    window.events.publish()
    command = import_writing.record(_FakeImportDialog(window), outcome)  # type: ignore[arg-type]
    assert Contact.select().count() == 30
    window.undo_action.trigger()
    assert ticks_while(qtbot, gate) >= 5  # the window keeps turning
    assert _progress().heading.text() == f"Undo: {command.text()}…"
    assert Contact.select().count() == 30  # nothing is gone until the worker commits
    gate.opened.set()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == 0 and command.is_undone
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    assert Contact.select().count() == 30 and not command.is_undone
    assert events.undo_stack.canUndo()


class _FakeImportDialog:
    """What ``import_writing.record`` reads of the import dialog."""

    def __init__(self, window: MainWindow) -> None:
        self.window, self.events = window, window.events

    def parentWidget(self) -> MainWindow:  # noqa: N802 - Qt's name
        return self.window

    def file_name(self) -> str:
        return "Connections.csv"
