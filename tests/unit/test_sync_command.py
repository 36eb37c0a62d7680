"""``infoview sync``: the account set up and synced from a shell; the password kept nowhere.

Against a real Radicale on 127.0.0.1 (tests/dav/server.py). The last test greps every
file InfoView wrote (the database and its WAL, the logs, a backup, every export) for
the password: P19.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, MeetingFormat
from infoview_gui.paths import AppPaths
from infoview_gui.services.asking import mark_accepted, mark_asked
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.interviews import start_request
from infoview_gui.services.scheduling import schedule
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from tests.dav.server import PASSWORD, USER, Radicale


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    contact_id = add_contact(
        contact=ContactData(first_name="Ana", last_name="Lima", email="ana@example.org")
    )
    interview = start_request(contact_id=contact_id)
    mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 8, 1))
    mark_accepted(interview_id=interview, on=date(2026, 8, 2))
    schedule(
        interview_id=interview,
        start_local=datetime(2026, 9, 10, 14),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.IN_PERSON,
        place="Main St 1",
    )
    close_database()
    return paths


def infoview(paths: AppPaths, *argv: str) -> int:
    return main([*argv, "--data-dir", str(paths.data_dir)])


def test_set_up_and_sync_from_a_shell(
    data: AppPaths,
    radicale: Radicale,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("INFOVIEW_DAV_PASSWORD", PASSWORD)
    assert infoview(data, "sync", "--json", "--set-up", radicale.url, USER) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["cards_written"], counts["events_written"]) == (1, 1)
    assert infoview(data, "sync") == 0
    said = capsys.readouterr().out
    assert "0 cards written" in said and "0 interviews written" in said


def test_a_wrong_password_is_one_sentence(
    data: AppPaths,
    radicale: Radicale,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-one\n"))
    code = infoview(data, "sync", "--password-stdin", "--json", "--set-up", radicale.url, USER)
    assert code == 1
    out, err = capsys.readouterr()
    assert "password" in json.loads(out)["error"] and "Traceback" not in err
    assert "wrong-one" not in out + err


def test_no_password_no_account(
    data: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INFOVIEW_DAV_PASSWORD", raising=False)
    assert infoview(data, "sync") == 1
    assert "No sync account" in capsys.readouterr().err


def test_the_password_is_in_no_file(
    data: AppPaths,
    radicale: Radicale,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert infoview(data, "sync", "--password-stdin", "--set-up", radicale.url, USER) == 0
    exports = tmp_path / "exports"
    exports.mkdir()
    for kind in ("csv", "vcard", "ics", "json"):
        assert infoview(data, "export", "--format", kind, "-o", str(exports / f"all.{kind}")) == 0
    assert infoview(data, "backup", "-o", str(exports / "backup.sqlite3")) == 0
    capsys.readouterr()
    written = [p for folder in (data.data_dir, exports) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" or "log" in p.name for p in written)
    assert any(p.name.endswith("-wal") or p.suffix == ".sqlite3" for p in written)
    secret = PASSWORD.encode()
    for path in written:
        assert secret not in path.read_bytes(), path
    opened = open_store(data.database)
    try:  # the account is there, without it
        row = opened.execute_sql("SELECT * FROM sync_account").fetchone()
        assert USER in row and PASSWORD not in row
    finally:
        close_database()
