"""One process of the scale benchmark: a real window on a data folder, driven as a user.

    python tests/bench/scale_drive.py main|export|restore DATA_DIR [--actions a,b]
        [--json FILE] [--csv FILE]

``main`` starts InfoView as ``main.py`` does (start-up backup and all) and runs every
action in turn; ``export`` writes the JSON and CSV exports of DATA_DIR to ``--json`` and
``--csv``; ``restore`` restores ``--json`` into the empty DATA_DIR with File > Import.
Each is its own process so that its peak memory is its own. Prints, as its last line,
``RESULT`` and a JSON object: each action's longest event-loop gap and its duration.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROCESS_STARTED = time.perf_counter()
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402
from scale import chosen  # noqa: E402
from scale_probe import (  # noqa: E402
    SETTLE_MS,
    Probe,
    Script,
    guarded,
    measure,
    modal,
    pause,
    wait_until,
)

from infoview_gui.paths import AppPaths  # noqa: E402
from infoview_gui.ui.main_window import MainWindow  # noqa: E402
from infoview_gui.ui.views.ids import ViewId  # noqa: E402


def peak_rss_mb() -> float:
    """Return this process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def no_dialog() -> bool:
    """Whether no modal dialog is open."""
    return QApplication.activeModalWidget() is None


def shown(driver: Driver, view: ViewId) -> bool:
    """Whether a view is shown with what it reads (a view reading in a worker says so)."""
    reading = getattr(driver.window.view(view), "is_reading", lambda: False)
    return no_dialog() and not reading()


class Driver:
    """Runs the chosen actions on ``window``, each measured by the probe."""

    def __init__(self, window: MainWindow, probe: Probe, wanted: list[str]) -> None:
        self.window = window
        self.probe = probe
        self.wanted = wanted
        self.stalls: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.gui_cpu: dict[str, float] = {}  # the GUI thread's own CPU between two ticks
        self.facts: dict[str, object] = {}

    def chosen(self, name: str) -> bool:
        """Whether ``name`` is among the actions asked for (see scale.py's ``--actions``)."""
        return chosen(name, self.wanted)

    def run(self, name: str, start: Callable[[], None], done: Callable[[], bool] = no_dialog):
        """Measure one action (if chosen)."""
        if not self.chosen(name):
            return
        while name in self.stalls:  # a second time (Contacts shown again): its own entry
            name += "_again"
        cpu = time.process_time()
        stall, seconds = measure(self.probe, start, lambda: done() and not self.reading())
        cpu = time.process_time() - cpu
        self.stalls[name] = round(stall, 4)
        self.seconds[name] = round(seconds, 4)
        self.cpu[name] = round(cpu, 4)
        self.gui_cpu[name] = round(self.probe.cpu_worst, 4)
        print(
            f"  {name:32s} stall {stall:7.3f} s  took {seconds:7.3f} s  cpu {cpu:7.3f} s"
            f"  gui cpu {self.probe.cpu_worst:7.3f} s",
            file=sys.stderr,
        )

    def reading(self) -> bool:
        """Whether the view shown still reads in a worker what the action asked for.

        Work a view hands to a worker (the Contacts table's order) belongs to the action:
        its gaps are measured until the view has it.
        """
        view = self.window.view(self.window.current_view())
        return bool(getattr(view, "is_reading", lambda: False)())

    def scripted(self, name: str, start: Callable[[], None], steps: list) -> None:  # type: ignore[type-arg]
        """Measure an action whose dialogs ``steps`` fill and press."""
        holder: list[Script] = []

        def begin() -> None:
            holder.append(Script(steps))
            start()

        self.run(name, begin, lambda: bool(holder) and holder[0].finished and no_dialog())

    def contacts(self):  # type: ignore[no-untyped-def]
        """The Contacts view (built if needed)."""
        return self.window.view(ViewId.CONTACTS)

    def show(self, view: ViewId) -> None:
        """Click a view in the navigation (shown even when not measured: what follows needs it)."""
        name = f"show_{view.name.lower()}"
        if self.chosen(name):
            self.run(name, lambda: self.window.nav.setCurrentRow(view), lambda: shown(self, view))
        else:
            self.window.nav.setCurrentRow(view)
            pause(SETTLE_MS)

    def result(self) -> dict[str, object]:
        """The figures of this process."""
        figures = {"stalls": self.stalls, "seconds": self.seconds, "cpu": self.cpu}
        return {**figures, "gui_cpu": self.gui_cpu, **self.facts}


# -- the main process: start-up, views, sorts, edits, checks, backups, selections -------


def main_actions(driver: Driver, csv_import: Path | None) -> None:
    """Every action of the window on the data, the destructive ones last (undone)."""
    from infoview_gui.domain.changes import Changes

    window = driver.window
    idle, _ = measure(driver.probe, lambda: None)  # the machine's own noise: no action
    driver.facts["noise_floor_s"] = round(idle, 4)
    driver.run(  # done once Home has read its list (in a worker with big data)
        "home_agenda",
        lambda: window.events.publish(Changes.everything()),
        lambda: shown(driver, ViewId.HOME),
    )
    for view in (
        ViewId.INTERVIEWS,
        ViewId.FOLLOW_UPS,
        ViewId.QUESTIONS,
        ViewId.FIELDS,
        ViewId.LEARNED,
    ):
        driver.show(view)
        if view in (ViewId.INTERVIEWS, ViewId.FOLLOW_UPS):
            records_sorts(driver, view)
    driver.show(ViewId.CONTACTS)
    contacts_search_and_sorts(driver)
    driver.facts["rss_mb"] = round(peak_rss_mb(), 1)  # start-up, searched and sorted
    driver.show(ViewId.HOME)
    driver.show(ViewId.CONTACTS)
    edits(driver)
    driver.scripted(  # the check runs in a worker: closed once its report is shown
        "check_database",
        window.check_action.trigger,
        [(_checked, lambda dialog: dialog.reject())],
    )
    back_up_now(driver)
    selections(driver)
    if csv_import is not None:
        large_import(driver, csv_import)


def _checked() -> object:
    """The Check database dialog once its worker's report is shown, else None."""
    from infoview_gui.ui.dialogs.check_report import CheckReportDialog

    dialog = modal(CheckReportDialog)()
    return dialog if dialog is not None and dialog.report is not None else None


def records_sorts(driver: Driver, view_id: ViewId) -> None:
    """Sort a records view on every column."""
    view = driver.window.view(view_id)
    table = view.table  # type: ignore[attr-defined]
    model = table.model()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or column)
        words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
        name = f"sort_{view_id.name.lower()}_{'_'.join(words)}"
        driver.run(  # done once the view has read the ids (in a worker with big data)
            name,
            lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
            lambda: shown(driver, view_id),
        )


def contacts_search_and_sorts(driver: Driver) -> None:
    """Type into the search box, clear it, and sort on every column."""
    from infoview_gui.qtmodels.contact_columns import Column

    view = driver.contacts()
    for n, key in enumerate("lee"):
        driver.run(f"search_keystroke_{n + 1}", lambda k=key: QTest.keyClicks(view.search, k))
    driver.run("search_clear", view.search.clear)
    for column in [*list(Column)[1:], Column.RANK]:  # rank last: the table starts there
        driver.run(
            f"sort_contacts_{column.name.lower()}",
            lambda c=column: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
        )


def edits(driver: Driver) -> None:
    """Edit a contact in its dialog, type a key after the save, delete one, undo."""
    from infoview_gui.ui.dialogs.contact import ContactDialog

    view = driver.contacts()
    view.table.selectRow(0)

    def edit(dialog: ContactDialog) -> None:
        QTest.keyClicks(dialog.inputs["title"], " (edited)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    driver.scripted(
        "edit_contact",
        lambda: QTest.keyClick(view.table, Qt.Key.Key_Return),
        [(modal(ContactDialog), edit)],
    )
    driver.run("keystroke_after_save", lambda: QTest.keyClicks(view.search, "a"))
    driver.run("search_clear_after_save", view.search.clear)
    view.table.selectRow(0)
    driver.run("delete_one", lambda: QTest.keyClick(view.table, Qt.Key.Key_Delete))
    driver.run("undo_delete_one", driver.window.undo_action.trigger)


def back_up_now(driver: Driver) -> None:
    """Tools > Backups > Back up now, then Close once the new backup is there."""
    from infoview_gui.ui.dialogs.backups import BackupsDialog

    folder = driver.window.paths.backups_dir

    def made() -> int:  # backups only: not the worker's hidden partial file
        return len(list(folder.glob("[!.]*"))) if folder.is_dir() else 0

    count = made()
    driver.scripted(
        "back_up_now",
        driver.window.backups_action.trigger,
        [
            (modal(BackupsDialog), lambda dialog: dialog.backup_button.click()),
            (lambda: made() > count and modal(BackupsDialog)(), lambda dialog: dialog.reject()),
        ],
    )


def selections(driver: Driver) -> None:
    """Select all, read the ids, Export with all selected (cancelled), resize, delete, undo."""
    from infoview_gui.ui.dialogs.export_dialog import ExportDialog

    view, window = driver.contacts(), driver.window
    driver.run(
        "select_all",
        lambda: QTest.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
    )
    driver.run(
        "selected_ids", lambda: driver.facts.__setitem__("selected", len(view.table.selected_ids()))
    )
    driver.scripted(
        "export_all_selected",
        window.export_action.trigger,
        [(modal(ExportDialog), lambda dialog: dialog.reject())],
    )
    driver.run("resize_all_selected", lambda: window.resize(window.width() + 40, window.height()))
    before = view.model.rowCount()
    driver.run("delete_all_selected", lambda: QTest.keyClick(view.table, Qt.Key.Key_Delete))
    driver.run("undo_delete_all", window.undo_action.trigger)
    if driver.chosen("delete_all_selected") and view.model.rowCount() != before:
        raise SystemExit(f"undo left {view.model.rowCount()} of {before} contacts")


def large_import(driver: Driver, path: Path) -> None:
    """File > Import a large connections export: read, preview, Import."""
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page

    def choose(dialog: ImportDialog) -> None:
        dialog.file_page.path.setText(str(path))
        dialog.next_button.click()

    def previewed() -> object:
        dialog = modal(ImportDialog)()
        ready = dialog is not None and dialog.plan is not None and not dialog.is_working()
        return dialog if ready and dialog.current_page() == Page.PREVIEW else None

    driver.scripted(
        "large_import",
        driver.window.import_action.trigger,
        [
            (modal(ImportDialog), choose),
            (previewed, lambda dialog: dialog.next_button.click()),
            (modal(ImportDialog), lambda dialog: dialog.import_button.click()),
        ],
    )


# -- the processes ----------------------------------------------------------------------


def finish(driver: Driver) -> None:
    """Print the figures and close the window (which quits)."""
    print("RESULT " + json.dumps(driver.result()), flush=True)
    driver.window.close()
    QApplication.quit()


def start_like_main(data_dir: Path, wanted: list[str], csv_import: Path | None) -> int:
    """Start InfoView as main.py does; from the first paint on, probe and run the actions.

    The first click is made once the work queued for after the first paint has run: a
    user's click at the first paint waits for that work too.
    """
    from infoview_gui import app

    shown = MainWindow.show
    marks: dict[str, float] = {}

    def hooked_show(window: MainWindow) -> None:
        MainWindow.show = shown  # type: ignore[method-assign]
        probe = Probe()
        driver = Driver(window, probe, wanted)
        window.first_painted.connect(lambda: painted(driver))
        shown(window)

    def painted(driver: Driver) -> None:
        marks["painted"], marks["cpu"] = time.perf_counter(), time.process_time()
        driver.probe.reset()
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, guarded(lambda: click(driver))))

    def click(driver: Driver) -> None:
        nav = driver.window.nav
        where = nav.visualItemRect(nav.item(int(ViewId.HOME))).center()
        QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=where)
        marks["clicked"] = time.perf_counter()
        backups = driver.window.paths.backups_dir
        wait_until(lambda: backups.is_dir() and any(backups.iterdir()), settle_ms=300)
        driver.stalls["startup_after_paint"] = round(driver.probe.take(), 4)
        driver.cpu["startup_after_paint"] = round(time.process_time() - marks["cpu"], 4)
        driver.gui_cpu["startup_after_paint"] = round(driver.probe.cpu_worst, 4)
        driver.facts["startup_paint_s"] = round(marks["painted"] - PROCESS_STARTED, 4)
        driver.facts["startup_click_s"] = round(marks["clicked"] - PROCESS_STARTED, 4)
        main_actions(driver, csv_import)
        finish(driver)

    MainWindow.show = hooked_show  # type: ignore[method-assign]
    return app.main(["--data-dir", str(data_dir)])


def open_plainly(data_dir: Path, work: Callable[[Driver], None], wanted: list[str]) -> int:
    """Open a window on ``data_dir`` (no start-up work) and run ``work`` once it is painted."""
    from infoview_gui.app import _application
    from infoview_gui.store.opening import open_store
    from infoview_gui.ui.events import AppEvents

    app = _application()
    paths = AppPaths(data_dir)
    paths.ensure()
    open_store(paths.database)
    state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, AppEvents(), state)
    window.remember_state = False
    driver = Driver(window, Probe(), wanted)
    window.first_painted.connect(guarded(lambda: (pause(200), work(driver), finish(driver))))
    window.show()
    return app.exec()


def main() -> int:
    """Run one part of the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("part", choices=["main", "export", "restore"])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--actions", default="")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    wanted = [a for a in args.actions.split(",") if a]
    if args.part == "main":
        return start_like_main(args.data_dir, wanted, args.csv)
    from scale_files import export_actions, restore_actions

    if args.part == "export":
        return open_plainly(args.data_dir, lambda d: export_actions(d, args.json, args.csv), wanted)
    return open_plainly(args.data_dir, lambda d: restore_actions(d, args.json), wanted)


if __name__ == "__main__":
    raise SystemExit(main())
