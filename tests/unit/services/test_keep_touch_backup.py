"""Keeping in touch travels in the JSON backup and back; bad values refuse the restore."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import keep_touch, restore
from infoview_gui.services.contacts import add_contact
from tests.unit.services.backup_trips import backed_up, data_folder, refused_with_one_bad_value

NOW = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
TODAY = date(2026, 4, 20)
TABLES = ("keep_touch", "touch")


def _state(contact_ids: list[int]) -> object:
    kept = [keep_touch.keep_touch_of(contact_id=c, today=TODAY) for c in contact_ids]
    return kept, keep_touch.due_updates(today=date(2026, 9, 1))


@pytest.fixture
def written(tmp_path: Path) -> tuple[bytes, object, list[int]]:
    def fill() -> tuple[object, list[int]]:
        dana = add_contact(contact=ContactData(first_name="Dana", organisation="Tom & Jerry"))
        sam = add_contact(contact=ContactData(first_name="Sam", email="sam@example.org"))
        keep_touch.set_keep_touch(contact_id=dana, every=3, unit="months", today=TODAY)
        keep_touch.log_update(contact_id=dana, on=date(2026, 5, 2), note="Sent my <portfolio>")
        keep_touch.set_keep_touch(contact_id=sam, every=6, unit="weeks", today=TODAY)
        keep_touch.not_now(contact_id=sam, today=date(2026, 6, 1))
        return _state([dana, sam]), [dana, sam]

    data, (before, ids) = backed_up(tmp_path / "source", fill, NOW)
    return data, before, ids


def test_keeping_in_touch_round_trips_through_the_json_backup(
    written: tuple[bytes, object, list[int]], tmp_path: Path
) -> None:
    data, before, ids = written
    tables = json.loads(data)["tables"]
    assert all(tables[name]["rows"] for name in TABLES)
    with data_folder(tmp_path / "restored"):
        counts = restore.restore_backup(data=data)
        assert (counts["keep_touch"], counts["touch"]) == (2, 1)
        assert _state(ids) == before
        kept, due = before  # type: ignore[misc]
        assert kept[0].cadence.words == "every 3 months"
        assert kept[1].snoozed_until == date(2026, 6, 15)
        assert [item.contact_id for item in due.items] == [ids[1], ids[0]]  # longest due first


@pytest.mark.parametrize(
    ("table", "column", "value", "reason"),
    [
        ("keep_touch", "unit", "fortnights", "not one of the values"),
        ("keep_touch", "every", 0, ""),
        ("keep_touch", "snoozed_until", "next week", "not a date"),
        ("touch", "on_day", None, "date"),
    ],
)
def test_a_backup_with_a_bad_keep_in_touch_value_is_refused_whole(
    written: tuple[bytes, object, list[int]],
    tmp_path: Path,
    table: str,
    column: str,
    value: object,
    reason: str,
) -> None:
    refused_with_one_bad_value(written[0], tmp_path / "restored", table, column, value, reason)
