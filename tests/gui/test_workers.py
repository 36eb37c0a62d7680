"""Long work in workers: the window keeps turning, Cancel keeps nothing, results are said.

Each job below is held at its first progress report by a gate the test opens, so the
test sees the window while the work is under way, whatever the machine's speed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import exports, restore
from infoview_gui.services.contacts import add_contact
from infoview_gui.store import connection
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.export_dialog import ExportDialog
from infoview_gui.ui.dialogs.import_dialog import ImportDialog
from infoview_gui.ui.dialogs.import_writing import RESTORE_CANCELLED, said
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.workers import JobRunner, let_go, running_workers

Report = Callable[[int, int], None]


class Gate:
    """Holds a job at its ``at``-th progress report until the test opens it."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.at = 1

    def hold(self, report: Report) -> Report:
        """Return ``report`` that waits for the gate at its ``at``-th call."""
        calls = [0]

        def gated(done: int, total: int) -> None:
            calls[0] += 1
            if calls[0] == self.at:
                self.reached.set()
                self.opened.wait(10)
            report(done, total)

        return gated


@pytest.fixture
def gate() -> Iterator[Gate]:
    found = Gate()
    yield found
    found.opened.set()  # never leave a worker waiting


def ticks_while(qtbot: QtBot, gate: Gate) -> int:
    """Count a 10 ms timer's ticks on the GUI thread while the job waits at the gate."""
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(10)
    qtbot.wait(200)
    timer.stop()
    return ticks[0]


def test_a_job_runs_on_its_own_connection_while_the_window_turns(
    qtbot: QtBot, store: object, gate: Gate
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    runner = JobRunner()
    window_connection = connection.current()
    seen: list[object] = []

    def job(report: Report) -> object:
        gate.hold(report)(0, 1)
        seen.append(connection.current())
        return Contact.select().count()

    with qtbot.waitSignal(runner.finished, timeout=10_000) as result:
        runner.run(job, connection=True)
        assert ticks_while(qtbot, gate) >= 5  # the GUI thread is free meanwhile
        gate.opened.set()
    assert result.args == [1]
    assert seen and seen[0] is not window_connection
    qtbot.waitUntil(lambda: running_workers() == 0)


def test_a_job_that_fails_says_why_in_words(qtbot: QtBot) -> None:
    runner = JobRunner(doing="write this file", kept="Nothing was written.")

    def job(_report: Report) -> object:
        raise PermissionError(13, "Permission denied", "/nowhere/x.json")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as said:
        runner.run(job)
    message = str(said.args[0])
    assert "could not write this file" in message and "Nothing was written." in message
    assert "Errno" not in message and "Traceback" not in message


def _gated_export(monkeypatch: pytest.MonkeyPatch, gate: Gate) -> None:
    real = exports.export_json

    def export_json(*, path: Path, now: datetime, report: Report) -> object:
        return real(path=path, now=now, report=gate.hold(report))

    monkeypatch.setattr(exports, "export_json", export_json)


def test_a_cancelled_export_leaves_no_file_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    tmp_path: Path,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for number in range(30):
        add_contact(contact=ContactData(first_name=f"Contact {number}"))
    _gated_export(monkeypatch, gate)
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(events, window, folder=out)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.buttons.accepted.emit()
    assert ticks_while(qtbot, gate) >= 5
    assert dialog.work.isVisible() and dialog.is_working()
    assert not dialog.work.cancel.isVisible()  # one Cancel: the dialog's own
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as ended:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        gate.opened.set()
    assert ended.args == [""]
    assert list(out.iterdir()) == []  # neither the export nor its temporary file
    assert dialog.isVisible() and "The export was canceled." in dialog.error.text()


def test_an_export_in_a_worker_writes_the_file_and_closes(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    tmp_path: Path,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_contact(contact=ContactData(first_name="Ana"))
    _gated_export(monkeypatch, gate)
    dialog = ExportDialog(events, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    with qtbot.waitSignal(events.saved, timeout=10_000) as said:
        dialog.buttons.accepted.emit()
        assert ticks_while(qtbot, gate) >= 5
        assert not dialog.format.isEnabled()  # the choices wait for the file
        gate.opened.set()
    target = tmp_path / "InfoView backup.json"
    assert said.args[0].startswith("Exported ") and str(target) in said.args[0]
    assert target.read_bytes().startswith(b'{"format":"infoview-backup"')
    assert not dialog.isVisible()


def _backup_then_empty(tmp_path: Path) -> Path:
    add_contact(contact=ContactData(first_name="Ana", notes="kept"))
    add_contact(contact=ContactData(first_name="Ben"))
    path = tmp_path / "backup.json"
    exports.export_json(path=path, now=datetime(2026, 3, 1, tzinfo=UTC))
    Contact.delete().execute()
    return path


def _gated_restore(monkeypatch: pytest.MonkeyPatch, gate: Gate) -> None:
    real = restore.restore_file

    def restore_file(*, path: Path, report: Report) -> dict[str, int]:
        return real(path=path, report=gate.hold(report))

    monkeypatch.setattr(restore, "restore_file", restore_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)


def test_a_restore_pauses_the_window_with_a_reason_and_says_what_it_restored(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    tmp_path: Path,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _backup_then_empty(tmp_path)
    events.publish()
    _gated_restore(monkeypatch, gate)
    gate.at = 3  # inside the restore's write transaction, after its first table
    dialog = ImportDialog(events, window, path=str(path))
    qtbot.addWidget(dialog)
    dialog.open()  # window-modal: the window takes no typing while the restore writes
    with qtbot.waitSignal(events.saved, timeout=10_000) as said:
        dialog.next_button.click()
        assert ticks_while(qtbot, gate) >= 5  # the window repaints meanwhile
        assert "The window waits until the restore is done" in dialog.preview_page.status.text()
        assert dialog.isModal() and dialog.is_working()
        assert Contact.select().count() == 0  # the window's reads never wait on the lock
        gate.opened.set()
    assert said.args[0].startswith("Backup restored: ")
    assert sorted((c.first_name, c.notes) for c in Contact.select()) == [
        ("Ana", "kept"),
        ("Ben", ""),
    ]
    assert not dialog.isVisible()
    # The lock is free again: what the user types next is saved at once.
    add_contact(contact=ContactData(first_name="Cleo"))
    assert Contact.select().count() == 3


def test_a_cancelled_restore_leaves_the_data_folder_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    tmp_path: Path,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _backup_then_empty(tmp_path)
    _gated_restore(monkeypatch, gate)
    gate.at = 3  # inside its write transaction, after its first table
    dialog = ImportDialog(events, window, path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_button.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    dialog.preview_page.cancel.click()
    gate.opened.set()
    qtbot.waitUntil(
        lambda: dialog.file_page.error.text() == said(RESTORE_CANCELLED), timeout=10_000
    )
    assert restore.database_is_empty() and Contact.select().count() == 0


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
LINKEDIN = FIXTURES / "linkedin_new_with_preamble.csv"


def _to_destination(qtbot: QtBot, window: MainWindow, events: AppEvents) -> ImportDialog:
    dialog = ImportDialog(events, window, path=str(LINKEDIN), paths=window.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    for _step in range(3):  # file, (columns), preview, destination
        if dialog.import_button.isVisible():
            break
        dialog.next_button.click()
        qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert dialog.import_button.isVisible()
    return dialog


def test_an_import_is_written_in_a_worker_and_a_cancel_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infoview_gui.services.backups import back_up_before_import
    from infoview_gui.ui.dialogs import import_writing

    def backup_first(**options: object) -> object:  # the backup before the write, held
        gate.reached.set()
        gate.opened.wait(10)
        return back_up_before_import(**options)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writing, "back_up_before_import", backup_first)
    dialog = _to_destination(qtbot, window, events)
    dialog.import_button.click()
    assert ticks_while(qtbot, gate) >= 5
    assert dialog.work.isVisible() and not dialog.import_button.isEnabled()
    dialog.work.cancel.click()  # seen before the write begins: nothing is written
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert Contact.select().count() == 0
    assert dialog.import_button.isEnabled() and dialog.isVisible()
    assert "nothing was imported" in dialog.destination_page.error.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
        assert ticks_while(qtbot, gate) >= 5  # the gate is open: the window still turns
    assert Contact.select().count() > 0 and not dialog.isVisible()


def test_large_data_let_go_is_emptied_in_a_worker(qtbot: QtBot) -> None:
    @dataclass(frozen=True)
    class Index:
        values: dict[int, tuple[str, ...]]
        keys: list[str]

    index = Index({n: (f"name {n}", "org") for n in range(50_000)}, [str(n) for n in range(9)])
    let_go(index)
    qtbot.waitUntil(lambda: not index.values and not index.keys and running_workers() == 0)


def test_while_a_job_runs_its_young_objects_are_collected_a_few_at_a_time(
    qtbot: QtBot,
) -> None:
    """Collection is paused while a worker runs (one started there could destroy widgets);
    the GUI thread collects the young objects meanwhile, so what a job leaves alive (an
    import's plan) is never scanned all at once when it ends (57 ms at 10,000 rows)."""
    import gc
    import time

    runner, seen = JobRunner(), [0]
    timer = QTimer()
    timer.timeout.connect(lambda: seen.__setitem__(0, max(seen[0], gc.get_count()[0])))

    def job(_report: Report) -> list[list[int]]:
        plan: list[list[int]] = []
        for n in range(200):  # 60,000 objects over about half a second, as a plan is built
            plan += [[n, m] for m in range(300)]
            time.sleep(0.002)
        return plan

    with qtbot.waitSignal(runner.finished, timeout=20_000) as result:
        runner.run(job)
        assert not gc.isenabled()  # paused while it runs
        timer.start(5)
    timer.stop()
    qtbot.waitUntil(lambda: running_workers() == 0 and gc.isenabled())
    assert len(result.args[0]) == 60_000
    assert 0 < seen[0] < 20_000  # never the whole plan waiting in the young generation
