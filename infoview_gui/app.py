"""The one place that wires InfoView together.

args -> AppPaths -> lock -> open store -> QApplication -> MainWindow. The scripting
commands stop before Qt is imported.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from infoview_gui import APP_ID, APP_NAME, __version__
from infoview_gui.cli import build_parser, split_qt_options
from infoview_gui.display_check import display_problem
from infoview_gui.logfiles import WINDOW_LOG, start_facts, start_log, stop_log, system_description
from infoview_gui.paths import AppPaths, resolve_data_dir
from infoview_gui.start_check import StartCheck

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from infoview_gui.ui.errors import ProblemLog
    from infoview_gui.ui.main_window import MainWindow

Refuse = Callable[[str, int], int]
log = logging.getLogger(__name__)
EXIT_ALREADY_RUNNING = 3
RECOVER = -1  # _run_window's word for: damage found after the paint, recover now
_STARTED = time.perf_counter()


SWITCH_INTERVAL_S = 0.0005
"""How long a thread waiting for Python's lock waits before the running one must let go.

The window's thread takes the lock for every call into Python (a model's data(), a
delegate, a slot): while a worker runs Python, each call waited up to Python's 5 ms. The
Contacts table then repainted in 282 ms instead of 11; at 0.5 ms, in 64
(``tests/bench/convoy.py``). A worker beside an idle window loses nothing (the interval
counts only while another thread waits); beside a window painting without pause, a
quarter of its speed.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run InfoView; return the process exit code."""
    arguments, qt_options = split_qt_options(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    if qt_options and args.command:
        given = " ".join(qt_options)
        parser.error(f"Qt's options ({given}) are for the window, not for {args.command}")
    if hasattr(os, "umask"):
        os.umask(0o077)  # whatever InfoView writes is private to the user
    paths = AppPaths(resolve_data_dir(args.data_dir))
    if args.command:  # errors become sentences and exit codes there, never tracebacks
        from infoview_gui.commands.dispatch import run_command

        return run_command(args, paths)
    return run_gui(
        paths,
        smoke_test=args.smoke_test,
        quit_when_shown=args.quit_when_shown,
        qt_options=qt_options,
    )


def _app_icon() -> QIcon:
    """The application icon, from its PNG sizes (no SVG plugin needed at start).

    Set after the first paint (the window's icon follows): its eight files are read and
    their headers decoded as it is made, 1.5 ms the first screen does without.
    """
    from PySide6.QtGui import QIcon

    from infoview_gui.paths import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        name = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "infoview.png")
        icon.addFile(str(name))
    return icon


def _prepare_folder(paths: AppPaths) -> str:
    """Create the data folder; return a message for the user if that is impossible."""
    try:
        paths.ensure()
    except OSError as exc:
        from infoview_gui.domain.i18n import _
        from infoview_gui.domain.os_errors import folder_problem

        return folder_problem(exc, paths.data_dir, _("Nothing was changed."))
    return ""


def run_gui(
    paths: AppPaths,
    *,
    smoke_test: bool = False,
    quit_when_shown: bool = False,
    qt_options: Sequence[str] = (),
) -> int:
    """Open the main window on the data folder and run until it is closed.

    ``qt_options`` are Qt's own (``-style fusion``...), given to the QApplication.
    """
    _import_data_layer()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    from PySide6.QtCore import QLockFile, qVersion

    from infoview_gui.ui.translation import install_window_language, speak_system_language

    speak_system_language()  # the refusals below come before the data's own choice is read
    if problem := display_problem(qt_options):  # Qt would abort in QApplication instead
        print(problem, file=sys.stderr)
        return 1
    folder_problem = _prepare_folder(paths)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    locked = not folder_problem and lock.tryLock(0)
    # Only the process that holds the lock writes (and rotates) the window's log.
    log_file = start_log(paths, WINDOW_LOG) if locked else None
    log.info(start_facts(paths, "window", qVersion()))
    # The damage check reads the file in SQLite, which lets go of Python's lock: it runs
    # on another core while Qt's widgets load. Only under our lock: nobody else writes.
    check = StartCheck(paths) if locked else None
    from PySide6.QtWidgets import QApplication

    from infoview_gui.ui.errors import ProblemLog

    problems = ProblemLog()
    problems.install()
    app = _application(qt_options)
    install_window_language(app)  # the refusals' boxes and the recovery dialog speak it
    headless = QApplication.platformName() in ("offscreen", "minimal")

    def refuse(message: str, code: int) -> int:
        log.warning("Not started (exit code %d): %s", code, message)
        print(message, file=sys.stderr)
        if not headless and not smoke_test:
            from PySide6.QtWidgets import QMessageBox  # 1 ms a start needs only when refused

            app.setWindowIcon(_app_icon())
            QMessageBox.critical(None, APP_NAME, message)
        return code

    try:
        if folder_problem:
            return refuse(folder_problem, 2)
        if check is None and lock.error() != QLockFile.LockError.LockFailedError:
            return refuse(_lock_problem(paths), 2)  # no lock file: a full or read-only disk
        if check is None:
            return _already_running(paths, refuse)
        while True:
            code = _run_window(
                app,
                paths,
                problems,
                check,
                smoke_test=smoke_test,
                quit_when_shown=quit_when_shown,
                refuse=refuse,
            )
            if code != RECOVER:
                return code
            check = StartCheck(paths)  # damage found after the paint: recover, then go on
    finally:
        if locked:
            lock.unlock()
        problems.uninstall()  # Qt may still log while tearing down; Python is leaving
        stop_log(log_file)


def _import_data_layer() -> None:
    """Import what the first screen reads before Qt is imported.

    PySide6 reads the source of every module imported after it (for its ``__feature__``
    switch), about 0.2 ms a module when run from the sources; these never use Qt.
    """
    import infoview_gui.domain.getting_started
    import infoview_gui.services.profile
    import infoview_gui.services.user_zone
    import infoview_gui.store.closed_mark
    import infoview_gui.store.opening
    import infoview_gui.store.recovery  # noqa: F401


def _qt_option_given(qt_options: Sequence[str], name: str) -> bool:
    """Tell whether Qt's option ``-name`` (or ``--name``) is among ``qt_options``."""
    return any(o.lstrip("-").partition("=")[0] == name for o in qt_options if o[:1] == "-")


def _application(qt_options: Sequence[str] = ()) -> QApplication:
    """Return the QApplication, made and styled (the tests have one already).

    Qt reads its own options (``-style``, ``-stylesheet``, ``-platform``...) as it is
    made; InfoView's Fusion style and style sheet apply only where they give none.
    """
    from PySide6.QtWidgets import QApplication

    from infoview_gui.domain.appearance import Appearance
    from infoview_gui.ui.app_font import ensure_app_font
    from infoview_gui.ui.appearance import AppearanceKeeper, keeper

    existing = QApplication.instance()
    existed = isinstance(existing, QApplication)
    # Fusion named to the new QApplication, which makes it when the first widget needs it:
    # setStyle() afterwards returns the style, and PySide6 then builds the Python enums
    # of QStyle (6 ms before the first screen, which never uses them).
    fusion = [] if _qt_option_given(qt_options, "style") else ["-style", "Fusion"]
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([APP_NAME, *fusion, *qt_options])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # the Wayland app id: the menu entry and icon it belongs to
    ensure_app_font()  # where the system has no font, the bundled one: text, not boxes
    if existed:
        app.setStyle("Fusion")
    # The desktop's scheme until the data (and the user's choice in it) is open.
    kept = keeper(app) or AppearanceKeeper(app, at_start=not existed)
    kept.own_sheet = existed or not _qt_option_given(qt_options, "stylesheet")
    kept.apply(Appearance.SYSTEM)
    return app


def _lock_problem(paths: AppPaths) -> str:
    """Why the folder's lock file could not be written (no other InfoView holds it)."""
    from infoview_gui.domain.i18n import _
    from infoview_gui.store.write_errors import disk_is_full, folder_is_read_only

    if disk_is_full(paths.data_dir):
        said = _(
            "InfoView cannot start with the data folder {folder}: your disk is full. "
            "Your data is as it was. Free some space, then start InfoView again."
        )
    elif folder_is_read_only(paths.data_dir):
        said = _(
            "InfoView cannot start with the data folder {folder}: the folder is read-only. "
            "Your data is as it was. Check that the disk is not write-protected and that "
            "the folder is yours."
        )
    else:
        said = _(
            "InfoView cannot start with the data folder {folder}: it could not write its "
            "lock file there. Your data is as it was. Check the folder and the disk."
        )
    return said.format(folder=paths.data_dir)


def _already_running(paths: AppPaths, refuse: Refuse) -> int:
    from infoview_gui.domain.i18n import _
    from infoview_gui.ui.single_instance import ask_running_to_raise

    if ask_running_to_raise(paths):
        raised = _("{app} is already running; its window was brought forward.")
        print(raised.format(app=APP_NAME), file=sys.stderr)
        return 0
    said = _(
        "{app} is already running with the data folder {folder}. Switch to its window, "
        "or close it before starting InfoView again."
    )
    return refuse(said.format(app=APP_NAME, folder=paths.data_dir), EXIT_ALREADY_RUNNING)


def _run_window(
    app: QApplication,
    paths: AppPaths,
    problems: ProblemLog,
    check: StartCheck,
    *,
    smoke_test: bool,
    quit_when_shown: bool,
    refuse: Refuse,
) -> int:
    from PySide6.QtCore import QSettings

    from infoview_gui.domain.errors import StorageError, UserError
    from infoview_gui.store.connection import close_connection
    from infoview_gui.store.opening import open_data_file
    from infoview_gui.ui import after_paint
    from infoview_gui.ui.appearance import settle_appearance
    from infoview_gui.ui.events import AppEvents
    from infoview_gui.ui.main_window import MainWindow
    from infoview_gui.ui.translation import apply_stored_language

    # Damage is looked for before anything opens (and so changes) the data file.
    diagnosis, fingerprint = check.outcome()
    recovered = ""
    if diagnosis.needs_recovery:
        from infoview_gui.store.recovery import files_fingerprint
        from infoview_gui.ui.dialogs.recovery import recover_if_needed

        interactive = not smoke_test and app.platformName() not in ("offscreen", "minimal")
        app.setWindowIcon(_app_icon())
        go_on, recovered = recover_if_needed(paths, interactive=interactive, diagnosis=diagnosis)
        if not go_on:
            return 1
        fingerprint = files_fingerprint(paths)
    try:
        open_data_file(
            paths.database, before_migrate=_backup_before_upgrade(paths), record_changes=False
        )
    except StorageError as exc:  # the disk, while opening or upgrading
        return refuse(exc.told_as("so InfoView could not start"), 1)
    except UserError as exc:  # damaged, newer
        return refuse(str(exc), 1)
    after_paint.apply_stored_appearance()
    apply_stored_language(app)  # before any window is built: it is made in that language
    window: MainWindow | None = None
    try:
        state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        window = MainWindow(paths, AppEvents(), state)
        window.remember_state = not smoke_test
        show_agenda = after_paint.agenda_after_paint(window)
        window.show()
        if recovered:
            window.show_status(recovered, 15000)
        if quit_when_shown:  # shown: painted once, as in tests/bench/startup.py's floor
            window.first_painted.connect(lambda: _report_shown(window))
        # What can wait waits for the first paint: run at the first turn of the event loop,
        # it would keep a blank window on screen (for a second, backing up a big file).
        later: list[Callable[[], object]] = [
            lambda: app.setWindowIcon(_app_icon()),  # eight files read: after the paint
            show_agenda,
            settle_appearance,
            after_paint.record_changes,
            lambda: after_paint.keep_journal_short(window),
            lambda: after_paint.sync_question_bank(window),
        ]
        if smoke_test:
            later.append(lambda: _smoke(window, problems))
        elif not quit_when_shown:
            problems.show_dialog = True
            later += after_paint.after_first_show(window)
            later.append(lambda: after_paint.handover_at_start(window))
        later.append(lambda: after_paint.back_up_at_start(window, fingerprint))
        later.append(lambda: after_paint.start_sync(window))
        later += [
            *after_paint.warm_up_steps(),
            lambda: after_paint.build_ahead(window),
            lambda: log.info("System: %s", system_description()),
        ]  # 10 ms
        if check.deferred:
            later.insert(1, lambda: _check_after_paint(window))
        after_paint.when_painted(window, later)
        code = app.exec()
    finally:
        close_connection()
    if window is not None and window.restart_to_recover:
        return RECOVER
    _note_closed(paths, window)
    if smoke_test and problems.problems:
        from infoview_gui.domain.wording import counted

        found = counted(len(problems.problems), "problem", "problems")
        print(f"smoke test failed: {found}", file=sys.stderr)
        print(*problems.problems, sep="\n", file=sys.stderr)
        return 1
    return code


def _check_after_paint(window: MainWindow) -> None:
    from infoview_gui.ui.damage_watch import check_after_paint

    check_after_paint(window)


def _note_closed(paths: AppPaths, window: MainWindow | None) -> None:
    """Note the data file's state as closed soundly: checked at start, no damage found.

    When the check after the paint had not ended (a window closed at once), the note of
    the last close stays as it was: it matches only if nothing was written since.
    """
    if window is None or window.damage_found or not window.checked_at_start:
        return
    from infoview_gui.store.closed_mark import note_closed
    from infoview_gui.store.recovery import files_fingerprint

    note_closed(paths, files_fingerprint(paths))


def _backup_before_upgrade(paths: AppPaths) -> Callable[[int], None]:
    """The hook that backs up before an upgrade (backups are imported only if one is due)."""

    def hook(version: int) -> None:
        from infoview_gui.services.backups import before_migrate
        from infoview_gui.ui.after_paint import now

        before_migrate(paths, now())(version)

    return hook


def _report_shown(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    # Seconds since start, then the main thread's CPU seconds (steadier on a busy machine).
    print(f"shown {time.perf_counter() - _STARTED:.4f} {time.thread_time():.4f}", flush=True)
    QApplication.quit()


def _smoke(window: MainWindow, problems: ProblemLog) -> None:
    from PySide6.QtWidgets import QApplication

    from infoview_gui.ui.smoke import exercise

    try:
        problems.problems.extend(exercise(window))
    except Exception as exc:  # noqa: BLE001 - any failure fails the smoke test
        problems.problems.append(f"{type(exc).__name__}: {exc}")
    window.close()
    if not problems.problems:
        print("smoke test ok")
    QApplication.quit()
