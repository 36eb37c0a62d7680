"""Commands that write refuse while a window has the data folder open (no Qt needed)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.commands.window_lock import window_pid
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store

LINKEDIN = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "exchange"
    / ("linkedin_new_with_preamble.csv")
)


def hold_like_a_window(paths: AppPaths, pid: int) -> None:
    """Write the lock file as QLockFile does: pid, program, host, machine and boot ids."""
    lines = (str(pid), "python3", socket.gethostname(), "0" * 32, "1" * 32)
    paths.lock_file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def gone_pid() -> int:
    """Return the id of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def count_contacts(paths: AppPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana"))
    close_database()
    return paths


def test_import_refuses_while_a_window_has_the_folder_open(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    hold_like_a_window(data, os.getpid())  # a live process holds it
    code = main(["import", str(LINKEDIN), "--data-dir", str(data.data_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"InfoView is open on the data folder {data.data_dir} (process ")
    assert "Close its window, then run infoview import again" in err
    assert count_contacts(data) == 1
    assert main(["import", str(LINKEDIN), "--data-dir", str(data.data_dir), "--dry-run"]) == 0


def test_check_fix_refuses_while_a_window_has_the_folder_open(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    hold_like_a_window(data, os.getpid())
    assert main(["check", "--fix", "--data-dir", str(data.data_dir)]) == 1
    assert "run infoview check --fix again" in capsys.readouterr().err
    assert main(["check", "--data-dir", str(data.data_dir)]) == 0  # reading is fine


def test_a_stale_lock_or_none_lets_the_commands_write(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert window_pid(data.lock_file) is None
    hold_like_a_window(data, gone_pid())  # the window crashed: its lock is stale
    assert window_pid(data.lock_file) is None
    assert main(["import", str(LINKEDIN), "--data-dir", str(data.data_dir)]) == 0
    assert count_contacts(data) == 7
    assert main(["check", "--fix", "--data-dir", str(data.data_dir)]) == 0


def test_a_lock_from_another_computer_is_left_to_it(data: AppPaths) -> None:
    data.lock_file.write_text(f"{os.getpid()}\npython3\nanother-host\n", encoding="utf-8")
    assert window_pid(data.lock_file) is None
