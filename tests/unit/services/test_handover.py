"""Two computers, each with its data folder, and a folder carried between them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.handover import MANIFEST_NAME, Verdict
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services.backups import list_backups
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.handover import (
    hand_over,
    keep_local,
    look,
    remembered_folder,
    synced_folder_service,
    take_over,
)
from infoview_gui.store.backup import content_digest
from infoview_gui.store.database import close_database, database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store

NOW = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)


def names() -> list[str]:
    return sorted(c.first_name for c in Contact.select())


class Computer:
    """A data folder, opened as the one store of the process while in use."""

    def __init__(self, folder: Path) -> None:
        self.paths = AppPaths(folder)
        self.paths.ensure()

    def __enter__(self) -> Computer:
        open_store(self.paths.database)
        return self

    def __exit__(self, *_exc: object) -> None:
        close_database()

    def add(self, name: str) -> None:
        add_contact(contact=ContactData(first_name=name))


@pytest.fixture
def carried(tmp_path: Path) -> Path:
    folder = tmp_path / "Carried"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Computer]:
    yield Computer(tmp_path / "desk")
    close_database()


@pytest.fixture
def laptop(tmp_path: Path) -> Computer:
    return Computer(tmp_path / "laptop")


def digest() -> str:
    return content_digest(database.connection())  # type: ignore[arg-type]


def test_changes_on_one_computer_open_on_the_other(
    desk: Computer, laptop: Computer, carried: Path
) -> None:
    with desk:
        desk.add("Ana")
        desk.add("Ben")
        handed = hand_over(paths=desk.paths, folder=carried, now=NOW)
        written = digest()
    assert handed.set_aside is None and handed.manifest.fingerprint == written
    with laptop:
        found = look(paths=laptop.paths, folder=carried)
        assert found.verdict is Verdict.NEWER
        kept = take_over(paths=laptop.paths, found=found, now=NOW)
        assert names() == ["Ana", "Ben"] and digest() == written
        assert kept.kind is BackupKind.TAKEOVER
        assert look(paths=laptop.paths, folder=carried).verdict is Verdict.OLDER
        laptop.add("Cleo")
        hand_over(paths=laptop.paths, folder=carried, now=NOW + timedelta(hours=2))
        back = digest()
    assert remembered_folder(paths=laptop.paths) == carried
    with desk:
        found = look(paths=desk.paths, folder=carried)
        assert found.verdict is Verdict.NEWER  # it follows the desk's own hand-over
        take_over(paths=desk.paths, found=found, now=NOW + timedelta(hours=3))
        assert names() == ["Ana", "Ben", "Cleo"] and digest() == back
    data_files = sorted(p.name for p in carried.iterdir())
    assert data_files == ["infoview-handover-20260510-110000.sqlite3", MANIFEST_NAME]


def test_changes_on_both_sides_need_a_choice_and_keeping_one_keeps_the_other_as_a_backup(
    desk: Computer, laptop: Computer, carried: Path
) -> None:
    with desk:
        desk.add("Ana")
        hand_over(paths=desk.paths, folder=carried, now=NOW)
    with laptop:
        take_over(paths=laptop.paths, found=look(paths=laptop.paths, folder=carried), now=NOW)
        laptop.add("From the laptop")
        hand_over(paths=laptop.paths, folder=carried, now=NOW + timedelta(hours=1))
    with desk:
        desk.add("From the desk")
        found = look(paths=desk.paths, folder=carried)
        assert found.verdict is Verdict.BOTH
        kept = keep_local(paths=desk.paths, found=found)
        assert names() == ["Ana", "From the desk"]
        assert kept.kind is BackupKind.HANDOVER
        assert kept.path in [b.path for b in list_backups(paths=desk.paths)]
        assert look(paths=desk.paths, folder=carried).verdict is Verdict.OLDER  # not again
        hand_over(paths=desk.paths, folder=carried, now=NOW + timedelta(hours=2))
    with laptop:  # the desk's hand-over lacks the laptop's change: the laptop chooses too
        found = look(paths=laptop.paths, folder=carried)
        assert found.verdict is Verdict.BOTH
        safety = take_over(paths=laptop.paths, found=found, now=NOW + timedelta(hours=3))
        assert names() == ["Ana", "From the desk"]
        assert safety.kind is BackupKind.TAKEOVER and safety.kind_label.startswith("Before")
    backup = sqlite_names(safety.path)
    assert backup == ["Ana", "From the laptop"]  # the laptop's own data, kept


def sqlite_names(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT first_name FROM contact"))
    finally:
        conn.close()


def test_a_hand_over_never_seen_here_is_kept_before_it_is_replaced(
    desk: Computer, laptop: Computer, carried: Path
) -> None:
    with laptop:
        laptop.add("Only on the laptop")
        hand_over(paths=laptop.paths, folder=carried, now=NOW)
    with desk:
        desk.add("Ana")
        handed = hand_over(paths=desk.paths, folder=carried, now=NOW + timedelta(hours=1))
        assert handed.set_aside is not None
        assert sqlite_names(handed.set_aside.path) == ["Only on the laptop"]


def test_a_first_start_with_empty_data_opens_a_hand_over_without_a_question(
    desk: Computer, laptop: Computer, carried: Path
) -> None:
    with desk:
        desk.add("Ana")
        hand_over(paths=desk.paths, folder=carried, now=NOW)
    with laptop:
        assert look(paths=laptop.paths, folder=carried).verdict is Verdict.NEWER
        laptop.add("Typed before taking over")
        assert look(paths=laptop.paths, folder=carried).verdict is Verdict.BOTH


def test_a_data_file_that_is_not_the_one_described_is_refused(
    desk: Computer, laptop: Computer, carried: Path
) -> None:
    with desk:
        desk.add("Ana")
        handed = hand_over(paths=desk.paths, folder=carried, now=NOW)
    manifest = json.loads((carried / MANIFEST_NAME).read_text())
    manifest["fingerprint"] = "0" * 40
    (carried / MANIFEST_NAME).write_text(json.dumps(manifest))
    with laptop:
        found = look(paths=laptop.paths, folder=carried)
        with pytest.raises(BackupError, match="not complete"):
            take_over(paths=laptop.paths, found=found, now=NOW)
        assert names() == []
        (carried / handed.manifest.data_file).unlink()
        with pytest.raises(BackupError, match="not complete"):
            take_over(paths=laptop.paths, found=found, now=NOW)


def test_an_empty_folder_holds_no_hand_over_and_a_missing_one_is_said(
    desk: Computer, carried: Path
) -> None:
    with desk:
        assert look(paths=desk.paths, folder=carried).manifest is None
        with pytest.raises(BackupError, match="cannot be found"):
            look(paths=desk.paths, folder=carried / "gone")
        (carried / MANIFEST_NAME).write_text("{not json")
        with pytest.raises(BackupError, match="not a hand-over"):
            look(paths=desk.paths, folder=carried)


def test_a_data_folder_in_a_synced_folder_is_seen(tmp_path: Path) -> None:
    assert synced_folder_service(paths=AppPaths(tmp_path / "data")) == ""
    (tmp_path / ".stfolder").mkdir()
    assert synced_folder_service(paths=AppPaths(tmp_path / "data")) == "Syncthing"
