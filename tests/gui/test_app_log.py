"""P16 in the real app: the window's log after a start, a forced error and a mail link."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.logfiles import WINDOW_LOG
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
PERSON = ContactData(
    first_name="Zebulon",
    last_name="Quartermaine",
    email="zq.private@example.org",
    notes="Mentioned her divorce; do not bring it up",
)
SECRETS = ("Zebulon", "Quartermaine", "zq.private", "divorce")

DRIVER = """
import sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
from infoview_gui import app
from infoview_gui.domain.mailto import mailto_url
from infoview_gui.ui.dialogs.mail_program import open_url

def report(window):
    # Everything the smoke test does (the contact on every view and in the guide), a
    # request to the contact opened in a mail program that is not there, a fault.
    from infoview_gui.ui.smoke import exercise

    exercise(window)
    subject, body = sys.argv[2], sys.argv[3]
    open_url(QUrl(mailto_url(sys.argv[4], subject, body)))

    def fault():
        raise RuntimeError("forced for the test")

    QTimer.singleShot(0, fault)
    QTimer.singleShot(100, QApplication.quit)

app._report_shown = report
sys.exit(app.main(["--data-dir", sys.argv[1], "--quit-when-shown"]))
"""


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    field_id = add_field(name="Nursing")
    contact_id = add_contact(contact=replace(PERSON, field_id=field_id))
    start_request(contact_id=contact_id)
    close_database()
    return paths


def start_window(paths: AppPaths) -> subprocess.CompletedProcess[str]:
    subject = f"Hello {PERSON.first_name} {PERSON.last_name}"
    argv = [str(paths.data_dir), subject, PERSON.notes, PERSON.email]
    return subprocess.run(
        [sys.executable, "-c", DRIVER, *argv],
        env=ENV,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_window_log_holds_the_facts_the_fault_and_no_personal_details(
    data: AppPaths,
) -> None:
    done = start_window(data)
    assert done.returncode == 0, done.stderr
    log = (data.logs_dir / WINDOW_LOG).read_text(encoding="utf-8")
    assert "InfoView" in log and "window started" in log and "Qt 6." in log
    assert str(data.data_dir) in log
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: forced for the test" in log
    # The mail link was logged (by Qt, then by InfoView) without its content.
    assert "mailto:<link left out>" in log
    assert "No program on this system opened a mailto: link" in log
    for secret in SECRETS:
        assert secret.lower() not in log.lower()
    assert "Traceback" not in done.stderr
    assert not any(secret in done.stderr for secret in SECRETS)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_window_log_is_private_and_kept_across_starts(data: AppPaths) -> None:
    for _ in range(2):
        started = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data.data_dir)]
            + ["--quit-when-shown"],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert started.returncode == 0, started.stderr
    log = data.logs_dir / WINDOW_LOG
    assert stat.S_IMODE(data.logs_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8").count("window started") == 2
