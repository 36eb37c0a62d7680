"""The window while a worker runs Python: the Contacts table repainted, with and without one.

Every call the window's thread makes into Python (the model's data(), a delegate, a slot)
takes Python's lock. While a worker runs Python, each waits until the worker lets go: up
to Python's switch interval (5 ms), or InfoView's (``app.SWITCH_INTERVAL_S``). Prints the
median repaint of the Contacts table (1,000 contacts) alone, beside a busy worker at
Python's interval and at InfoView's, and as its last line a JSON object.

    python tests/bench/convoy.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def repaint_s(view: object, runs: int) -> float:
    """The median seconds of ``runs`` repaints of the table's viewport."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        view.table.viewport().repaint()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from data import make_contacts
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from infoview_gui.app import SWITCH_INTERVAL_S
    from infoview_gui.paths import AppPaths
    from infoview_gui.store.opening import open_store
    from infoview_gui.ui.events import AppEvents
    from infoview_gui.ui.main_window import MainWindow
    from infoview_gui.ui.views.ids import ViewId

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "data")
        make_contacts(paths.data_dir, 1000)
        app = QApplication([])
        paths.ensure()
        open_store(paths.database)
        state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        window = MainWindow(paths, AppEvents(), state)
        window.remember_state = False
        window.resize(1200, 800)
        window.show()
        window.show_view(ViewId.CONTACTS)
        for _ in range(20):
            app.processEvents()
        view = window.view(ViewId.CONTACTS)
        figures = {"alone_s": repaint_s(view, args.runs)}
        busy = [True]

        def work() -> None:  # Python the whole time, as a plan being matched
            while busy[0]:
                sum(n * n for n in range(1000))

        worker = threading.Thread(target=work)
        worker.start()
        for name, interval in (("python_5ms_s", 0.005), ("infoview_s", SWITCH_INTERVAL_S)):
            sys.setswitchinterval(interval)
            figures[name] = repaint_s(view, args.runs)
        busy[0] = False
        worker.join()
        window.close()
    for name, seconds in figures.items():
        print(f"{name:14s} {seconds * 1000:7.1f} ms")
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
