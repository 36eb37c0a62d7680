"""Tools > Accounts and Tools > Sync now: syncing with the user's CalDAV/CardDAV account.

A sync runs in a worker on its own connection (``services.sync.run_sync``): when asked
(Tools > Sync now, F5) and every N minutes while the window is open. Its progress and a
Cancel button sit in the status bar (``ui.widgets.sync_status``); offline or a server error
is one sentence there and a later try (sooner at first, then less often), never a box.
What the sync changed is published on ``AppEvents``, so the views show the phone's edits.

The password is never stored: it is asked once per run of InfoView (a small dialog, when
the first sync that needs it is asked for) and kept in memory until the window closes
(``Passwords``). An automatic sync that has no password yet waits for it quietly: the
status bar offers to type it.

The sync's modules (HTTP, TLS, iCalendar: a third of a second) are imported when the
window has been painted, never before it appears.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.ui.save_status import pending_edits
from infoview_gui.ui.widgets.sync_status import SyncStatus
from infoview_gui.ui.workers import JobRunner, Report

if TYPE_CHECKING:
    from infoview_gui.services.sync import Account, Counts
    from infoview_gui.ui.dialogs.accounts import AccountsDialog
    from infoview_gui.ui.dialogs.sync_conflicts import SyncConflictsDialog
    from infoview_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
FIRST_TRY_S = 5
"""An automatic sync's first try after the window opened, in seconds."""
BACKOFF_MIN = (1, 2, 5, 10, 30)
"""Minutes before the next try after the 1st, 2nd... failure that a later try may fix."""


class Passwords:
    """The account's password, in memory only, for this run of InfoView."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], str] = {}

    def get(self, account: Account) -> str:
        """Return the password typed for ``account`` this run, or ""."""
        return self._known.get((account.server_url, account.user_name), "")

    def keep(self, server_url: str, user_name: str, password: str) -> None:
        """Remember ``password`` until InfoView quits (nothing is written anywhere)."""
        self._known = {(server_url, user_name): password} if password else {}

    def forget(self) -> None:
        """Forget every password (a refused one, or the account removed)."""
        self._known.clear()


@dataclass(frozen=True)
class Refused:
    """A sync that the server (or the network) refused: the sentence and what to do."""

    message: str
    retry_later: bool
    wrong_password: bool


class SyncWords(QObject):
    """Carries the sync's own words ("Writing contacts…") from the worker to the window.

    Signals:
        said(str): what the sync does now.
    """

    said = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = ""

    def say(self, what: str) -> None:
        """Tell the window what the sync does (from the worker; only when it changes)."""
        if what != self._last:
            self._last = what
            self.said.emit(what)


class SyncController(QObject):
    """Runs the account's syncs for the main window and shows them in its status bar.

    Signals:
        ended(object): a sync ended: its ``Counts``, a ``Refused``, or None (cancelled).
    """

    ended = Signal(object)

    def __init__(self, window: MainWindow, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.events = window.events
        self.clock = clock or (lambda: datetime.now(UTC))
        self.passwords = Passwords()
        self.failures = 0
        self.runner = JobRunner(
            self,
            doing=translate("SyncController", "sync with your account"),
            kept=translate("SyncController", "What was synced is kept."),
        )
        self.words = SyncWords(self)
        # In the status bar once there is an account: the window makes no status bar before
        # it has something to say (a bar takes height from every view).
        self.status = SyncStatus(self.runner)
        self._placed = False
        self._open: set[QDialog] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.looker = JobRunner(
            self,
            doing=translate("SyncController", "read your account"),
            kept=translate("SyncController", "Nothing was changed."),
        )
        self._connect_signals()
        if window.painted:  # made after the first paint, as at start (app.py): look now
            QTimer.singleShot(0, self._on_window_first_painted)
        else:
            window.first_painted.connect(self._on_window_first_painted)

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self._on_timer_timeout)
        self.looker.finished.connect(self._on_looker_finished)
        self.words.said.connect(self.status.say)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.status.password_requested.connect(self.sync_now)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self.events.changed.connect(self._on_events_changed)

    def _show_account(self, account: Account | None, waiting: int | None = None) -> None:
        if waiting is None:
            from infoview_gui.services import sync

            waiting = len(sync.conflicts()) if account else 0
        if account is not None and not self._placed:
            self._placed = True
            bar = self.window.statusBar()
            bar.addPermanentWidget(self.status)
            bar.show()  # made now, in a window already shown
        self.status.show_account(account, waiting=waiting)

    def schedule(self, *, first: bool = False) -> None:
        """Plan the next automatic sync (none when the account syncs only when asked)."""
        from infoview_gui.services import sync

        account = sync.account()
        self._show_account(account)
        self._plan(account, first=first)

    def _plan(self, account: Account | None, *, first: bool) -> None:
        self.timer.stop()
        if account is None or account.interval_min == 0:
            return
        if first:
            self.timer.start(FIRST_TRY_S * 1000)
        elif self.failures:
            minutes = BACKOFF_MIN[min(self.failures, len(BACKOFF_MIN)) - 1]
            self.timer.start(min(minutes, account.interval_min) * 60_000)
        else:
            self.timer.start(account.interval_min * 60_000)

    def _on_window_first_painted(self) -> None:
        # Most people never set up an account: one plain query says so, and nothing more
        # loads. Otherwise the sync's modules (HTTP, TLS, vCards: a tenth of a second to
        # import) load in a worker, which reads the account there: the window stays free.
        if not _has_account():
            self._show_account(None, 0)
            return
        self.looker.run(lambda _report: _first_look(), connection=True)

    def _on_looker_finished(self, result: object) -> None:
        account, waiting = cast("tuple[Account | None, int]", result)
        self._show_account(account, waiting)
        self._plan(account, first=True)

    def sync_now(self) -> None:
        """Tools > Sync now: sync at once, asking for the password first if needed."""
        from infoview_gui.services import sync

        account = sync.account()
        if account is None:
            self.show_accounts()
            return
        if self.runner.is_busy():
            return
        password = self.passwords.get(account)
        if password:
            self.start(account, password)
            return
        from infoview_gui.ui.dialogs.sync_password import SyncPasswordDialog

        dialog = SyncPasswordDialog(account, self.window)
        dialog.accepted.connect(lambda: self._on_password_given(account, dialog.password()))
        self._keep(dialog)
        QTimer.singleShot(0, dialog, dialog.open)  # after the key that asked: not into the box

    def _on_password_given(self, account: Account, password: str) -> None:
        self.passwords.keep(account.server_url, account.user_name, password)
        self.start(account, password)

    def start(self, account: Account, password: str) -> None:
        """Start a sync in a worker (typing not saved yet is saved first)."""
        pending_edits(self.events).flush_all()
        self.timer.stop()
        now, words = self.clock(), self.words

        def job(report: Report) -> object:
            def progress(done: int, total: int, what: str) -> None:
                report(done, total)
                words.say(what)

            from infoview_gui.services import sync

            try:
                return sync.run_sync(password=password, now=now, progress=progress)
            except sync.ServerError as refusal:
                return Refused(str(refusal), refusal.retry_later, refusal.trouble == "password")

        self._show_account(account)
        self.status.start(account)
        log.info("sync started")
        self.runner.run(job, connection=True)

    def cancel(self) -> None:
        """Stop the sync running (what was synced is kept)."""
        self.runner.cancel_now()

    def _on_timer_timeout(self) -> None:
        from infoview_gui.services import sync

        account = sync.account()
        if account is None or self.runner.is_busy():
            return
        password = self.passwords.get(account)
        if not password:
            self.status.want_password()
            return
        self.start(account, password)

    def _on_runner_finished(self, result: object) -> None:
        from infoview_gui.services.sync import Counts

        if isinstance(result, Refused):
            self._refused(result)
        elif isinstance(result, Counts):
            self._synced(result)
        self.ended.emit(result)

    def _synced(self, counts: Counts) -> None:
        self.failures = 0
        kinds = Kind.SYNC
        if counts.contacts_added or counts.contacts_updated:
            kinds |= Kind.CONTACTS
        self.events.publish(Changes(kinds))  # written on the worker's connection
        waiting = counts.conflicts + counts.server_deletions
        self.schedule()
        self.status.synced(counts, self.clock(), waiting)

    def _refused(self, refused: Refused) -> None:
        log.info("sync refused (retry later: %s)", refused.retry_later)
        self.events.publish(Changes(Kind.CONTACTS | Kind.SYNC))  # what was done is kept
        if refused.wrong_password:
            self.passwords.forget()
        self.failures += 1
        retry = None
        if refused.retry_later:
            self.schedule()
            if self.timer.isActive():
                retry = self.clock() + timedelta(milliseconds=self.timer.remainingTime())
        else:
            self.timer.stop()
        self.status.refused(refused.message, retry, wrong_password=refused.wrong_password)
        self.window.show_status(refused.message, 10_000)

    def _on_runner_failed(self, message: str) -> None:
        self.failures += 1
        self.events.publish(Changes(Kind.CONTACTS | Kind.SYNC))
        self.schedule()
        self.status.refused(message, None, wrong_password=False)
        self.window.show_status(message, 10_000)
        self.ended.emit(Refused(message, False, False))

    def _on_runner_cancelled(self) -> None:
        self.events.publish(Changes(Kind.CONTACTS | Kind.SYNC))
        self.schedule()
        said = translate(
            "SyncController",
            "The sync was stopped. What was synced is kept; the next sync goes on.",
        )
        self.status.stopped(said)
        self.window.show_status(said, 6000)
        self.ended.emit(None)

    def _on_events_changed(self, changes: Changes, _origin: object) -> None:
        # Every change of "everything" (an import, a restore, an undo) names the sync too:
        # without an account, the plain query answers and the sync's modules stay unloaded.
        if Kind.SYNC not in changes.kinds or self.runner.is_busy():
            return
        if not _has_account():
            self._show_account(None, 0)
            return
        from infoview_gui.services import sync

        self._show_account(sync.account())

    def _keep(self, dialog: QDialog) -> None:
        """Hold a dialog opened without ``exec`` until it is done, then let it go.

        Its parent keeps the window, not the Python object: a garbage collection (one
        runs as each worker ends) would otherwise delete the dialog while it is shown.
        """
        self._open.add(dialog)
        dialog.finished.connect(lambda _result: self._open.discard(dialog))
        dialog.finished.connect(dialog.deleteLater)

    def show_accounts(self) -> AccountsDialog:
        """Open Tools > Accounts; a saved account syncs at once, then on its schedule."""
        from infoview_gui.ui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(self.window, passwords=self.passwords)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.accepted.connect(self._on_accounts_accepted)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _on_accounts_accepted(self) -> None:
        from infoview_gui.services import sync

        self.failures = 0
        account = sync.account()
        if account is None:
            self.runner.cancel()
            self.schedule()
            return
        password = self.passwords.get(account)
        if password and not self.runner.is_busy():
            self.start(account, password)
        else:
            self.schedule()

    def show_conflicts(self) -> SyncConflictsDialog:
        """Open the changes waiting for the user's choice."""
        from infoview_gui.ui.dialogs.sync_conflicts import SyncConflictsDialog

        dialog = self.window.findChild(SyncConflictsDialog)
        if dialog is not None and dialog.isVisible():  # behind the window: bring it forward
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = SyncConflictsDialog(self.events, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog


def _has_account() -> bool:
    """Whether an account is set up, by one plain query (nothing of the sync imported)."""
    from infoview_gui.store.connection import read

    return bool(read("SELECT 1 FROM sync_account LIMIT 1"))


def make_controller(window: MainWindow) -> SyncController:
    """Return the window's sync controller, its status line's Cancel wired."""
    controller = SyncController(window)
    controller.status.cancel_requested.connect(controller.cancel)
    return controller


def _first_look() -> tuple[Account | None, int]:
    """Return the account and how many changes wait for a choice (in a worker)."""
    from infoview_gui.services import sync

    found = sync.account()
    return found, len(sync.conflicts()) if found else 0
