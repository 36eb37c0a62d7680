"""Stars, takeaways, research checks and fit ratings travel in the JSON backup and back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoview_gui.domain.learned import VerifyMark
from infoview_gui.exchange.json_backup import BackupError
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports, fit, learned, restore
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from tests.learned_world import build

NOW = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
TABLES = ("answer_star", "takeaway", "research_check", "fit_criterion", "fit_rating")


def _what_was_learned(field_ids: list[int]) -> object:
    compared = fit.comparison(field_ids=field_ids)
    pages = [learned.field_page(field_id=f) for f in field_ids]
    return (compared, [(p.groups, p.checks) for p in pages])


@pytest.fixture
def written(tmp_path: Path) -> tuple[bytes, object, list[int]]:
    paths = AppPaths(tmp_path / "source")
    paths.ensure()
    open_store(paths.database)
    try:
        world = build()
        learned.set_star(item_id=world.items["Ana day_to_day"], starred=True)
        learned.save_takeaway(field_id=world.nursing, topic="other", text="Bursaries <exist>")
        learned.check_research(item_id=world.research, mark=VerifyMark.CORRECTED, said="Some")
        fit.add_usual_criteria()
        pay = fit.criteria()[2].id
        fit.set_weight(criterion_id=pay, weight=1)
        fit.rate(field_id=world.journalism, criterion_id=pay, score=2)
        ids = [world.nursing, world.journalism]
        before = _what_was_learned(ids)
        target = paths.data_dir / "backup.json"
        exports.export_json(path=target, now=NOW)
        return target.read_bytes(), before, ids
    finally:
        close_database()


def test_what_was_learned_round_trips_through_the_json_backup(
    written: tuple[bytes, object, list[int]], tmp_path: Path
) -> None:
    data, before, ids = written
    tables = json.loads(data)["tables"]
    assert all(tables[name]["rows"] for name in TABLES)
    paths = AppPaths(tmp_path / "restored")
    paths.ensure()
    open_store(paths.database)
    try:
        counts = restore.restore_backup(data=data)
        assert all(counts[name] > 0 for name in TABLES)
        assert _what_was_learned(ids) == before
    finally:
        close_database()


@pytest.mark.parametrize(
    ("table", "column", "value", "reason"),
    [
        ("takeaway", "topic", "salary", "not one of the values"),
        ("research_check", "mark", "maybe", "not one of the values"),
        ("fit_rating", "score", 9, ""),
        ("fit_criterion", "name", "x" * 500, ""),
    ],
)
def test_a_backup_with_a_bad_learned_value_is_refused_whole(
    written: tuple[bytes, object, list[int]],
    tmp_path: Path,
    table: str,
    column: str,
    value: object,
    reason: str,
) -> None:
    document = json.loads(written[0])
    columns = document["tables"][table]["columns"]
    document["tables"][table]["rows"][0][columns.index(column)] = value
    paths = AppPaths(tmp_path / "restored")
    paths.ensure()
    open_store(paths.database)
    try:
        with pytest.raises(BackupError, match=f"{table.replace('_', ' ')} 1, .*{reason}"):
            restore.restore_backup(data=json.dumps(document).encode())
        assert restore.database_is_empty()
    finally:
        close_database()
