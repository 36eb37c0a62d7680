"""The real app in its own process: smoke test, one instance per folder, stale locks."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket

from infoview_gui.app import EXIT_ALREADY_RUNNING
from infoview_gui.paths import AppPaths
from infoview_gui.store.migrations import SCHEMA_VERSION
from infoview_gui.ui.single_instance import server_name

MAIN = Path(__file__).parents[2] / "main.py"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def wait_for_server(paths: AppPaths, process: subprocess.Popen[str], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        socket = QLocalSocket()
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(200):
            socket.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError("the first InfoView never started listening")


@pytest.fixture
def first(tmp_path: Path) -> Iterator[tuple[AppPaths, subprocess.Popen[str]]]:
    paths = AppPaths(tmp_path / "data")
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(paths.data_dir)],
        env=ENV,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for_server(paths, process)
    yield paths, process
    if process.poll() is None:
        process.kill()
    process.communicate()


def test_smoke_test_passes_on_a_new_folder(tmp_path: Path) -> None:
    done = run_app("--smoke-test", "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout
    # The built-in questions are stored once the window is up (after its first paint).
    with sqlite3.connect(AppPaths(tmp_path / "d").database) as conn:
        builtin = conn.execute("SELECT count(*) FROM question WHERE builtin_key IS NOT NULL")
        assert builtin.fetchone()[0] > 50


SHOWN_WITHOUT = """
import sys
from infoview_gui import app

def report(window):
    from PySide6 import QtCore, QtGui, QtWidgets

    later = (
        "peewee",
        "infoview_gui.store.models",
        "infoview_gui.services.agenda",
        "holidays",
        "hashlib",
        "infoview_gui.domain.search_text",
    )
    print(sorted(m for m in later if m in sys.modules))
    print("Qt namespace made:", "Qt" in QtCore.__dict__)
    print("QStyle made:", "QStyle" in QtWidgets.__dict__)
    print("switch interval:", sys.getswitchinterval())
    print("event classes made:", "QDragEnterEvent" in QtGui.__dict__)
    window.close()

app._report_shown = report
app.main(["--data-dir", sys.argv[1], "--quit-when-shown"])
"""


@pytest.mark.parametrize("first_start", [True, False], ids=["new folder", "used folder"])
def test_the_first_screen_is_shown_before_peewee_and_qts_enums_are_loaded(
    tmp_path: Path, first_start: bool
) -> None:
    """Home reads with plain SQL: Peewee and the models (~40 ms) load after the window,
    and so does Home's list of what to do next, with its rules (~60 ms).

    A new file gets its schema in plain SQL too. Nor does the first screen name an enum
    of Qt's namespace, which PySide6 creates all at once (18 ms), nor get the QStyle
    (its enums, 6 ms), nor import OpenSSL's digests or the search's text rules (6 ms),
    nor hand an event to a filter in Python.
    """
    data = str(tmp_path / "d")
    if not first_start:
        assert run_app("--smoke-test", "--data-dir", data).returncode == 0
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_WITHOUT, data],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=MAIN.parent,
    )
    made = ["[]", "Qt namespace made: False", "QStyle made: False"]
    assert done.stdout.splitlines()[:3] == made, done.stderr
    # A worker running Python lets the window's calls in after half a millisecond, not 5:
    # the Contacts table repaints in 64 ms beside one, not 282 (tests/bench/convoy.py).
    assert done.stdout.splitlines()[3] == "switch interval: 0.0005"
    # No event reaches a filter in Python before the first paint: the first one makes
    # PySide6 build the class of every kind of event (49 of them, 3 ms).
    assert done.stdout.splitlines()[4] == "event classes made: False"
    with sqlite3.connect(AppPaths(Path(data)).database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_second_launch_leaves_the_database_alone(
    first: tuple[AppPaths, subprocess.Popen[str]],
) -> None:
    paths, process = first
    files = [paths.database, paths.database.with_name(paths.database.name + "-wal")]
    before = _settled(files)  # the first one's own work after its paint (the bank) is done
    second = run_app("--data-dir", str(paths.data_dir))
    assert second.returncode == 0
    assert "already running" in second.stderr
    assert [(f.stat().st_mtime_ns, f.stat().st_size, f.read_bytes()) for f in files] == before
    assert process.poll() is None


def _settled(files: list[Path], quiet_s: float = 1.5, seconds: float = 30) -> list[object]:
    """Return the files' state once it has not changed for ``quiet_s`` seconds."""
    deadline = time.monotonic() + seconds
    state = [(f.stat().st_mtime_ns, f.stat().st_size, f.read_bytes()) for f in files]
    since = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        now = [(f.stat().st_mtime_ns, f.stat().st_size, f.read_bytes()) for f in files]
        if now != state:
            state, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return list(state)
    raise AssertionError("the first InfoView kept writing")


def test_a_lock_left_by_a_killed_app_is_reclaimed(
    first: tuple[AppPaths, subprocess.Popen[str]],
) -> None:
    paths, process = first
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert paths.lock_file.exists()
    again = run_app("--data-dir", str(paths.data_dir), "--quit-when-shown")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("shown ")


def test_a_lock_held_by_a_live_process_that_does_not_answer(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    lock = QLockFile(str(paths.lock_file))
    assert lock.tryLock(0)
    try:
        refused = run_app("--data-dir", str(paths.data_dir), "--quit-when-shown")
    finally:
        lock.unlock()
    assert refused.returncode == EXIT_ALREADY_RUNNING
    assert "already running with the data folder" in refused.stderr
    assert not paths.database.exists()


def test_a_file_from_a_newer_infoview_is_refused_at_start(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = paths.database.read_bytes()
    refused = run_app("--data-dir", str(paths.data_dir), "--quit-when-shown")
    assert refused.returncode == 1
    assert "saved by a newer version of InfoView" in refused.stderr
    assert paths.database.read_bytes() == before


def test_qts_own_style_option_is_accepted_beside_infoviews_options(tmp_path: Path) -> None:
    """``infoview -style fusion --smoke-test --data-dir D``, as QApplication documents it."""
    done = run_app("-style", "fusion", "--smoke-test", "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout
    assert (tmp_path / "d").is_dir()


QT_OPTIONS_SHOWN = """
import sys
from infoview_gui import app

def report(window):
    from PySide6.QtWidgets import QApplication

    sheet = QApplication.instance().styleSheet()
    QApplication.instance().setStyleSheet("")  # a style sheet hides the style's name
    print(QApplication.style().name(), QApplication.isRightToLeft())
    print("InfoView's style sheet:", "QListWidget#navigation" in sheet)
    window.close()
    QApplication.quit()

app._report_shown = report
app.main([*sys.argv[2:], "--data-dir", sys.argv[1], "--quit-when-shown"])
"""


@pytest.mark.parametrize(
    ("options", "shown"),
    [
        ((), ["fusion False", "InfoView's style sheet: True"]),
        (("-style=windows", "-reverse"), ["windows True", "InfoView's style sheet: True"]),
        (("--style", "windows"), ["windows False", "InfoView's style sheet: True"]),
    ],
    ids=["InfoView's own", "-style=windows -reverse", "--style windows"],
)
def test_qts_options_reach_qapplication(
    tmp_path: Path, options: tuple[str, ...], shown: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", QT_OPTIONS_SHOWN, str(tmp_path / "d"), *options],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=MAIN.parent,
    )
    assert done.stdout.splitlines() == shown, done.stderr


def test_qts_options_are_refused_beside_a_command(tmp_path: Path) -> None:
    done = run_app("-style", "fusion", "check", "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 2
    assert "Qt's options (-style fusion) are for the window, not for check" in done.stderr
    assert "Traceback" not in done.stderr
