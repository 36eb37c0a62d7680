"""``infoview handover --to`` and ``infoview takeover --from [--keep]``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store


def add(paths: AppPaths, name: str) -> None:
    paths.ensure()
    open_store(paths.database)
    add_contact(contact=ContactData(first_name=name))
    close_database()


def names(paths: AppPaths) -> list[str]:
    conn = sqlite3.connect(paths.database)
    try:
        return sorted(r[0] for r in conn.execute("SELECT first_name FROM contact"))
    finally:
        conn.close()


def run(paths: AppPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


def test_hand_over_and_take_over_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, laptop, carried = AppPaths(tmp_path / "d"), AppPaths(tmp_path / "l"), tmp_path / "c"
    carried.mkdir()
    assert run(desk, "handover", "--to", str(carried)) == 1
    assert "no InfoView data" in capsys.readouterr().err
    add(desk, "Ana")
    assert run(desk, "handover", "--to", str(carried)) == 0
    assert "Handed over into" in capsys.readouterr().out
    assert run(laptop, "takeover", "--from", str(carried)) == 0  # a new data folder
    assert "Took over" in capsys.readouterr().out
    assert names(laptop) == ["Ana"]
    assert run(laptop, "takeover", "--from", str(carried)) == 0
    assert "nothing to take over" in capsys.readouterr().out


def test_changes_on_both_sides_are_refused_until_the_user_chooses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, laptop, carried = AppPaths(tmp_path / "d"), AppPaths(tmp_path / "l"), tmp_path / "c"
    carried.mkdir()
    add(desk, "Ana")
    assert run(desk, "handover", "--to", str(carried)) == 0
    add(laptop, "Ben")
    capsys.readouterr()
    assert run(laptop, "takeover", "--from", str(carried)) == 3
    said = capsys.readouterr()
    assert "--keep local" in said.err and "Traceback" not in said.err
    assert names(laptop) == ["Ben"]
    assert run(laptop, "takeover", "--from", str(carried), "--keep", "local") == 0
    assert names(laptop) == ["Ben"]
    assert "kept as a backup" in capsys.readouterr().out
    add(desk, "Cleo")
    assert run(desk, "handover", "--to", str(carried)) == 0
    assert run(laptop, "takeover", "--from", str(carried), "--keep", "theirs") == 0
    assert names(laptop) == ["Ana", "Cleo"]
    backups = sorted((laptop.backups_dir).glob("*-takeover.sqlite3"))
    assert len(backups) == 1
