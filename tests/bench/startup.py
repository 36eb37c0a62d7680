"""Start-up benchmark: process start to main window shown (painted once), offscreen.

Runs, interleaved, a bare PySide6 program (a QMainWindow holding a 6-page QWizard and a
QTableView: the floor), InfoView on an empty data folder, and InfoView on a folder with
10,000 contacts and 5,000 interviews (tests/bench/data.py's realistic data). Prints the
medians (and of the main thread's CPU seconds to the first paint, steadier than the time
on a busy machine), and as its last line a JSON object.

The package's bytecode is compiled first, as ``pip install`` and the standalone build do
and as Python does itself on a first start (unless PYTHONDONTWRITEBYTECODE is set, as on
some build machines: every start would then compile every module again).

    python tests/bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QApplication, QMainWindow, QSplitter, QTableView, QWizard,
                               QWizardPage)
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):  # shown means painted once, as InfoView reports it
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, shown)
app = QApplication(sys.argv)
window = Window()
splitter = QSplitter()
wizard = QWizard()
for i in range(6):
    page = QWizardPage()
    page.setTitle(f"Step {i + 1}")
    wizard.addPage(page)
table = QTableView()
table.setModel(QStandardItemModel(0, 8))
splitter.addWidget(wizard)
splitter.addWidget(table)
window.setCentralWidget(splitter)
window.show()
def shown():
    import time
    print(f"shown 0 {time.thread_time():.4f}", flush=True)
    app.quit()
app.exec()
"""


def make_data(folder: Path, contacts: int) -> None:
    """Fill a data folder as a heavy user's: ``contacts`` contacts over five fields.

    With an interview for every second contact (in every status, with notes, call logs
    and drafts), a question list with answers for every second interview, and a page of
    notes on a fifth of the contacts: what Home and the start-up backup read at start.
    """
    from data import make_realistic

    make_realistic(folder, contacts, contacts // 2)


def measure(command: list[str]) -> tuple[float, float, float]:
    """Return (seconds from start to "shown", peak resident memory in MB, main-thread CPU).

    The CPU seconds are those the program's main thread had used when it said "shown"
    (InfoView's damage check runs beside it, in a thread of its own).
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("shown") or process.returncode != 0:
        raise SystemExit(f"{command} failed: {line!r}, exit {process.returncode}")
    words = line.split()
    return elapsed, usage.ru_maxrss / 1024, float(words[2]) if len(words) > 2 else 0.0


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", nargs="+", help="command that starts the app (default: source)")
    args = parser.parse_args()
    app = args.app or [sys.executable, str(ROOT / "main.py")]
    compileall.compile_dir(ROOT / "infoview_gui", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        make_data(full, 10_000)
        commands = {
            "floor": [sys.executable, "-c", FLOOR],
            "app_empty": [*app, "--data-dir", str(empty), "--quit-when-shown"],
            "app_10k": [*app, "--data-dir", str(full), "--quit-when-shown"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            measure(command)  # warm the disk cache and create the empty folder
        for _ in range(args.runs):
            for name, command in commands.items():
                seconds, megabytes, cpu_s = measure(command)
                times[name].append(seconds)
                rss[name].append(megabytes)
                cpu[name].append(cpu_s)
    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    for name, values in times.items():
        print(
            f"{name:10s} median {medians[name]:.3f} s  min {min(values):.3f}  "
            f"max {max(values):.3f}  peak RSS {max(rss[name]):.1f} MB  "
            f"main-thread CPU {cpu_medians[name]:.3f} s"
        )
    print(
        json.dumps(
            {
                "runs": args.runs,
                "floor_s": round(medians["floor"], 4),
                "app_empty_s": round(medians["app_empty"], 4),
                "app_10k_s": round(medians["app_10k"], 4),
                "ratio_10k": round(medians["app_10k"] / medians["floor"], 3),
                "ratio_empty": round(medians["app_empty"] / medians["floor"], 3),
                "cpu_floor_s": round(cpu_medians["floor"], 4),
                "cpu_ratio_10k": round(cpu_medians["app_10k"] / cpu_medians["floor"], 3),
                "rss_10k_mb": round(max(rss["app_10k"]), 1),
                "rss_floor_mb": round(max(rss["floor"]), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
