from __future__ import annotations

import argparse
import sqlite3
import stat
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.commands import backup, check
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.backup import parse_backup_name, verify_backup
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store


def parse(module: object, *argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)  # type: ignore[attr-defined]
    return parser.parse_args(argv)


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana", field_id=add_field(name="Law")))
    close_database()
    return paths


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT first_name FROM contact")]


def test_backup_writes_a_verified_file_in_the_backups_folder_and_prints_it(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert backup.run(parse(backup), data) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == data.backups_dir
    assert parse_backup_name(written) is not None
    assert verify_backup(written) == []
    assert names_in(written) == ["Ana"]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_backup_to_a_file_of_ones_choice(
    data: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.sqlite3"
    assert backup.run(parse(backup, "-o", str(target)), data) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert names_in(target) == ["Ana"]
    assert backup.run(parse(backup, "-o", str(target)), data) == 1
    assert "exists already" in capsys.readouterr().err


def test_backup_while_the_app_has_the_data_open(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(data.database)
    try:
        add_contact(contact=ContactData(first_name="Ben"))  # still in the -wal
        assert backup.run(parse(backup), data) == 0
    finally:
        close_database()
    assert sorted(names_in(Path(capsys.readouterr().out.strip()))) == ["Ana", "Ben"]


def test_backup_without_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths(tmp_path / "none")
    assert backup.run(parse(backup), paths) == 1
    assert "no InfoView data" in capsys.readouterr().err
    assert not paths.database.exists()


def test_backup_of_a_damaged_file_fails_plainly(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = bytearray(data.database.read_bytes())
    raw[4096 : 4096 * 3] = bytes(8192)
    data.database.write_bytes(bytes(raw))
    assert main(["--data-dir", str(data.data_dir), "backup"]) == 1
    err = capsys.readouterr().err
    assert "The backup did not pass its check, so it was not kept" in err
    assert "Traceback" not in err
    assert [p for p in data.backups_dir.iterdir() if parse_backup_name(p)] == []


def test_check_reports_a_broken_rule_and_fix_repairs_it(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(data.database) as conn:
        conn.execute("UPDATE contact SET search_text = 'stale'")
    assert check.run(parse(check), data) == 1
    assert "search text does not match" in capsys.readouterr().out
    assert check.run(parse(check, "--fix"), data) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("fixed: Recomputed the search text of 1 contact")
    assert out[-1] == "ok"
    assert check.run(parse(check), data) == 0


def test_check_reports_damage_without_touching_the_file(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup.run(parse(backup), data)
    data.database.write_bytes(b"")
    assert check.run(parse(check), data) == 1
    assert "damaged" in capsys.readouterr().out
    assert data.database.read_bytes() == b""
