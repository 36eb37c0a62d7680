from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.paths import AppPaths
from infoview_gui.services.fields import add_field
from infoview_gui.store.database import close_database
from infoview_gui.store.migrations import SCHEMA_VERSION
from infoview_gui.store.opening import open_store


def test_check_says_ok_for_a_sound_database(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(paths.database)
    add_field(name="Nursing")
    close_database()
    assert main(["check", "--data-dir", str(paths.data_dir)]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_check_reports_a_broken_link(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    open_store(paths.database)
    close_database()
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO field_link (field_id, url, title, position) VALUES (42, 'u', 't', 0)"
        )
    conn.close()  # in the file itself (a link broken only by its -wal is a -wal mismatch)
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    assert "field_link row 1 points to a missing career_field" in capsys.readouterr().out


def test_check_reports_a_file_that_is_not_a_database(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.database.write_bytes(b"\x00garbage" * 100)
    assert main(["check", "--data-dir", str(paths.data_dir)]) == 1
    assert "damaged" in capsys.readouterr().out
    assert paths.database.read_bytes() == b"\x00garbage" * 100


def test_check_reports_a_newer_file(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    assert main(["check", "--data-dir", str(paths.data_dir)]) == 1
    assert "newer version of InfoView" in capsys.readouterr().out


def test_check_without_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data-dir", str(tmp_path / "empty")]) == 1
    assert "no InfoView data" in capsys.readouterr().err
    assert not (tmp_path / "empty").exists()


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from infoview_gui import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"InfoView {__version__}"


def test_qts_own_options_are_set_apart_from_infoviews() -> None:
    from infoview_gui.cli import split_qt_options

    argv = ["-style", "fusion", "--data-dir", "D", "-reverse", "-stylesheet=a.qss"]
    assert split_qt_options([*argv, "--smoke-test"]) == (
        ["--data-dir", "D", "--smoke-test"],
        ["-style", "fusion", "-reverse", "-stylesheet=a.qss"],
    )
    assert split_qt_options(["--platform", "offscreen", "check"]) == (
        ["check"],
        ["--platform", "offscreen"],
    )
    # three dashes, another word, or anything after "--" is not Qt's
    assert split_qt_options(["---style", "-styles", "--", "-reverse"]) == (
        ["---style", "-styles", "--", "-reverse"],
        [],
    )


def test_qts_options_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "-style NAME" in " ".join(capsys.readouterr().out.split())
