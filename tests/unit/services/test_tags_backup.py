"""Tags travel in the JSON backup and back; a bad tag refuses the restore; check mends."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services import restore, tags
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.search import search_everything
from infoview_gui.store import tag_rows
from infoview_gui.store.search_queries import rebuild_search_index, search_index_problem
from tests.unit.services.backup_trips import backed_up, data_folder, refused_with_one_bad_value

NOW = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def written(tmp_path: Path) -> tuple[bytes, list[int]]:
    def fill() -> list[int]:
        dana = add_contact(contact=ContactData(first_name="Dana", organisation="Tom & Jerry"))
        sam = add_contact(contact=ContactData(first_name="Sam"))
        tags.add_tags(contact_ids=[dana, sam], names=["Alumni", "<b>mentor</b>"])
        tags.add_tags(contact_ids=[sam], names=["Émile's club"])
        return [dana, sam]

    return backed_up(tmp_path / "source", fill, NOW)


def test_tags_round_trip_through_the_json_backup_and_are_found_again(
    written: tuple[bytes, list[int]], tmp_path: Path
) -> None:
    data, (dana, sam) = written
    backup = json.loads(data)["tables"]
    assert "contact_tag_line" not in backup  # derived: the restore makes it again
    with data_folder(tmp_path / "restored"):
        counts = restore.restore_backup(data=data)
        assert (counts["tag"], counts["contact_tag"]) == (3, 5)
        assert tags.tags_of(contact_id=sam) == ["<b>mentor</b>", "Alumni", "Émile's club"]
        assert tag_rows.tag_lines([dana]) == {dana: "<b>mentor</b>, Alumni"}
        assert [hit.record_id for hit in search_everything(text="emile").hits] == [sam]
        assert search_index_problem() == ""


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("name", "a, b", "comma"),
        ("name", "x" * 61, "at most 60|characters long"),
        ("key", "not alumni", "does not match its name"),
        ("name", None, "empty"),
    ],
)
def test_a_backup_with_a_bad_tag_is_refused_whole(
    written: tuple[bytes, list[int]], tmp_path: Path, column: str, value: object, reason: str
) -> None:
    refused_with_one_bad_value(written[0], tmp_path / "restored", "tag", column, value, reason)


def test_check_fix_rebuilds_the_tag_rows_of_the_search_index(store: SqliteDatabase) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana"))
    tags.add_tags(contact_ids=[ana], names=["volunteering"])
    store.execute_sql("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    assert "(entries: 0, records: 2)" in search_index_problem()
    rebuild_search_index()
    assert search_index_problem() == ""
    assert [hit.record_id for hit in search_everything(text="volunt").hits] == [ana]


def test_check_fix_mends_an_emptied_search_index_and_a_stale_tag_line_together(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    """The tag line's repair writes through the index's triggers: on an emptied index
    that failed with "database disk image is malformed", repairing nothing."""
    from infoview_gui.services.invariants import check_invariants

    ana = add_contact(contact=ContactData(first_name="Ana"))
    tags.add_tags(contact_ids=[ana], names=["alumni"])
    store.execute_sql("UPDATE contact_tag_line SET line = 'stale' WHERE id = ?", [ana])
    store.execute_sql("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    fixed = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert any("Listed them again" in line for line in fixed.fixed)
    assert any("Rebuilt the search index" in line for line in fixed.fixed)
    assert tag_rows.tag_lines([ana]) == {ana: "alumni"}
    assert search_index_problem() == ""
    assert [hit.record_id for hit in search_everything(text="alumni").hits] == [ana]
    assert check_invariants(cards_dir=paths.cards_dir, fix=False).sound


def test_the_search_command_finds_a_contact_by_tag_and_lists_its_tags(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with data_folder(paths.data_dir):
        ana = add_contact(contact=ContactData(first_name="Ana", last_name="Ruiz"))
        tags.add_tags(contact_ids=[ana], names=["Alumni", "Hospital volunteers"])
    assert main(["search", "volunteer", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["Contact: Ana Ruiz", "    Tags: Alumni, Hospital [volunteers]"]
    assert main(["search", "ana", "--json", "--data-dir", str(paths.data_dir)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["tags"]) for r in found] == [
        ("Ana Ruiz", ["Alumni", "Hospital volunteers"])
    ]


def test_check_fix_lists_a_contacts_tags_again_when_its_tag_line_is_out_of_step(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    from infoview_gui.services.invariants import check_invariants

    ana = add_contact(contact=ContactData(first_name="Ana"))
    tags.add_tags(contact_ids=[ana], names=["alumni"])
    store.execute_sql("UPDATE contact_tag_line SET line = 'stale' WHERE id = ?", [ana])
    store.execute_sql("DELETE FROM contact_tag_line WHERE id != ?", [ana])  # none to miss yet
    found = check_invariants(cards_dir=paths.cards_dir, fix=False)
    assert "The tags shown for 1 contact were out of step." in found.problems
    fixed = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert any("Listed them again" in line for line in fixed.fixed)
    assert tag_rows.tag_lines([ana]) == {ana: "alumni"}
    assert [hit.record_id for hit in search_everything(text="alumni").hits] == [ana]
    assert check_invariants(cards_dir=paths.cards_dir, fix=False).sound
