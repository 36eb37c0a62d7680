"""Start-up's steps around the first window (moved out of app.py, which passed 400 lines).

The stored appearance is applied before the window is built; everything else waits for
its first paint, each step in its own turn of the event loop: the change log, the
question bank's update, the start-up backup, the profile prompt and Qt's enums.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from infoview_gui import APP_NAME

if TYPE_CHECKING:
    from infoview_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def now() -> datetime:
    """The local time, with its zone."""
    return datetime.now().astimezone()


def apply_stored_appearance() -> None:
    """Use the appearance chosen in Preferences, before any window is built."""
    from infoview_gui.domain.appearance import APPEARANCE_KEY, Appearance
    from infoview_gui.store.overview import settings
    from infoview_gui.ui.appearance import apply_appearance

    chosen = Appearance.parse(settings([APPEARANCE_KEY]).get(APPEARANCE_KEY, ""))
    if chosen is not Appearance.SYSTEM:
        apply_appearance(chosen)


def record_changes() -> None:
    """Start recording writes for the views (1.5 ms the first screen does without)."""
    from infoview_gui.store import change_log, connection

    change_log.install(connection.current())


def agenda_after_paint(window: MainWindow) -> Callable[[], None]:
    """Let Home paint its counts first; return the step that then reads its list.

    With 50,000 interviews, the list's queries take a tenth of a second or more.
    """
    from infoview_gui.ui.views.home import HomeView
    from infoview_gui.ui.views.ids import ViewId

    home = window.views.get(ViewId.HOME)
    if not isinstance(home, HomeView):
        return lambda: None
    home.agenda_waits = True
    return home.show_agenda


def warm_up() -> None:
    """Make, while the user reads Home, what every other view needs first.

    The enums of Qt's namespace (18 ms), which the first screen does without.
    """
    from PySide6.QtCore import Qt  # noqa: F401 - importing it makes them all


WARM_VIEWS = (
    "infoview_gui.qtmodels.contact_table",  # Contacts' modules: 40 ms in one turn
    "infoview_gui.ui.widgets.column_fit",
    "infoview_gui.ui.widgets.contact_table_view",
    "infoview_gui.ui.views.contacts",
    "infoview_gui.ui.views.interviews",
    "infoview_gui.ui.views.follow_ups",
    "infoview_gui.ui.views.questions",
    "infoview_gui.ui.views.fields",
    "infoview_gui.ui.views.learned",
)
"""The other views' modules, imported after the first paint (5 to 30 ms each)."""


def warm_up_steps() -> list[Callable[[], None]]:
    """Return the steps that make, one a turn of the event loop, what other views need.

    Views are imported when first shown; imported here while the user reads Home, the
    first click on one (Contacts: a tenth of a second of modules) builds it at once.
    """
    return [warm_up, *map(_importer, WARM_VIEWS)]


def build_ahead(window: MainWindow) -> None:
    """Build the Questions view, hidden, while the user reads Home.

    Its widgets (the lists, the bank and their style) took a tenth of a second at its
    first show; what it reads is still read when it is first shown.
    """
    from infoview_gui.ui.views.ids import ViewId

    window.view(ViewId.QUESTIONS)


def _importer(name: str) -> Callable[[], None]:
    """Return a step that imports the module ``name``."""

    def step() -> None:
        import_module(name)

    return step


def when_painted(window: MainWindow, work: list[Callable[[], object]]) -> None:
    """Run ``work`` in order, each in its own turn of the event loop, after the first paint.

    If no paint comes (a window that starts hidden), it runs after PAINT_WAIT_MS anyway.
    """
    from PySide6.QtCore import QTimer

    started = [False]
    steps = list(work)

    def run_next() -> None:
        # Each step is queued when the one before has run: the window repaints between
        # them (steps queued together all ran before the next paint).
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, run_next)

    def start() -> None:
        if not started[0]:
            started[0] = True
            QTimer.singleShot(0, run_next)

    window.first_painted.connect(start)
    QTimer.singleShot(PAINT_WAIT_MS, start)


PAINT_WAIT_MS = 2000


def back_up_at_start(window: MainWindow, fingerprint: str) -> None:
    """Back up the data if it changed since the last start, in a worker.

    The copy and its check run on the worker's own connection: the window stays free
    from its first paint and first click on, however big the data.
    """
    from infoview_gui.services.backups import backup_at_start
    from infoview_gui.ui.workers import JobRunner

    runner = JobRunner(
        window,
        doing=translate("StartWork", "back up your data"),
        kept=translate("StartWork", "It is tried again next time."),
    )
    paths, moment = window.paths, now()

    def said(message: str) -> None:  # tried again at the next start
        log.warning("No automatic backup was made at start: %s", message)
        words = translate("StartWork", "No automatic backup was made: %1").replace("%1", message)
        window.show_status(words, 15000)

    runner.failed.connect(said)
    runner.run(
        lambda report: backup_at_start(
            paths=paths, fingerprint=fingerprint, now=moment, report=report
        ),
        connection=True,
    )


def start_sync(window: MainWindow) -> None:
    """Make the sync's controller: it reads the account in a worker and plans the syncs."""
    window.sync  # noqa: B018 - made on first use


def handover_at_start(window: MainWindow) -> None:
    """Warn once about a data folder in a synced folder; look for a newer hand-over."""
    from infoview_gui.ui.handover_actions import look_at_start, warn_if_synced

    warn_if_synced(window)
    look_at_start(window)


def sync_question_bank(window: MainWindow) -> None:
    """Bring the built-in question bank up to date (the question views need it), in a worker.

    After an upgrade that rewords the bank, or a change of language, it rewrites every
    bank question: a fifth of a second, megabytes of journal; never on the GUI thread.
    """
    from infoview_gui.domain.changes import Changes, Kind
    from infoview_gui.paths import resource_path
    from infoview_gui.services.questions import sync_bank_file
    from infoview_gui.ui.workers import JobRunner

    try:
        data = resource_path("questions", "bank.json").read_bytes()
    except OSError as exc:  # never block start-up on it
        log.warning("The question bank was not updated: %s", exc)
        return
    runner = JobRunner(
        window,
        doing=translate("StartWork", "update the question bank"),
        kept=translate("StartWork", "It is tried next time."),
    )
    runner.failed.connect(lambda said: log.warning("The question bank was not updated: %s", said))
    bank = Changes.of(Kind.QUESTIONS | Kind.SETTINGS)  # written on the worker's connection
    runner.finished.connect(lambda changed: window.events.publish(bank) if changed else None)
    runner.run(lambda _report: sync_bank_file(data=data), connection=True)


def keep_journal_short(window: MainWindow) -> None:
    """Checkpoint in a worker after writes, never in the window's commits."""
    from infoview_gui.ui.checkpoints import keep_journal_short as keep

    window.checkpointer = keep(window.events)


def after_first_show(window: MainWindow) -> list[Callable[[], object]]:
    """Return the steps that listen for later launches and ask for the profile at first.

    Three steps, each its own turn of the event loop (the fonts' files, the listening
    socket, the profile's dialog): together they held the window for 40 ms.
    """
    return [register_fonts, lambda: listen_for_launches(window), lambda: ask_profile(window)]


def register_fonts() -> None:
    """Register the sheets' bundled font (imported here: nothing of printing before the paint)."""
    from infoview_gui.printing.fonts import register_fonts as register

    register()


def listen_for_launches(window: MainWindow) -> None:
    """Bring this window forward when InfoView is started again."""
    from infoview_gui.ui.single_instance import InstanceServer

    server = InstanceServer(window.paths, window)
    server.raise_requested.connect(
        lambda: window.bring_forward(
            translate("StartWork", "%1 is already open: here it is.").replace("%1", APP_NAME)
        )
    )


def ask_profile(window: MainWindow) -> None:
    """Ask for the profile on the first start (its dialog imported only then)."""
    from infoview_gui.services.profile import PROMPTED_KEY, mark_profile_prompted
    from infoview_gui.services.settings import get_setting

    if get_setting(PROMPTED_KEY):
        return
    from infoview_gui.ui.dialogs.profile import ProfileDialog

    dialog = ProfileDialog(window, first_start=True)
    if not dialog.exec():
        mark_profile_prompted()
