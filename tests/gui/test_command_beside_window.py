"""A command that writes refuses beside a real window's lock, as Qt writes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store

LINKEDIN = Path(__file__).resolve().parents[1] / "fixtures/exchange/linkedin_new_with_preamble.csv"
ROOT = Path(__file__).resolve().parents[2]


def infoview(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "infoview_gui", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_import_and_check_fix_refuse_while_the_window_holds_its_lock(paths: AppPaths) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana"))
    close_database()
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # as app.py takes it
    assert lock.tryLock(0)
    try:
        held = infoview("import", str(LINKEDIN), "--data-dir", str(paths.data_dir))
        fix = infoview("check", "--fix", "--data-dir", str(paths.data_dir))
    finally:
        lock.unlock()
    assert held.returncode == 1
    assert held.stderr.startswith(f"InfoView is open on the data folder {paths.data_dir}")
    assert f"(process {os.getpid()})" in held.stderr
    assert fix.returncode == 1 and "run infoview check --fix again" in fix.stderr
    after = infoview("import", str(LINKEDIN), "--data-dir", str(paths.data_dir))
    assert after.returncode == 0, after.stderr
