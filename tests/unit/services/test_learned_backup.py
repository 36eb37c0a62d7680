"""Stars, takeaways, research checks and fit ratings travel in the JSON backup and back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoview_gui.domain.learned import VerifyMark
from infoview_gui.services import fit, learned, restore
from tests.learned_world import build
from tests.unit.services.backup_trips import backed_up, data_folder, refused_with_one_bad_value

NOW = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
TABLES = ("answer_star", "takeaway", "research_check", "fit_criterion", "fit_rating")


def _what_was_learned(field_ids: list[int]) -> object:
    compared = fit.comparison(field_ids=field_ids)
    pages = [learned.field_page(field_id=f) for f in field_ids]
    return (compared, [(p.groups, p.checks) for p in pages])


@pytest.fixture
def written(tmp_path: Path) -> tuple[bytes, object, list[int]]:
    def fill() -> tuple[object, list[int]]:
        world = build()
        learned.set_star(item_id=world.items["Ana day_to_day"], starred=True)
        learned.save_takeaway(field_id=world.nursing, topic="other", text="Bursaries <exist>")
        learned.check_research(item_id=world.research, mark=VerifyMark.CORRECTED, said="Some")
        fit.add_usual_criteria()
        pay = fit.criteria()[2].id
        fit.set_weight(criterion_id=pay, weight=1)
        fit.rate(field_id=world.journalism, criterion_id=pay, score=2)
        ids = [world.nursing, world.journalism]
        return _what_was_learned(ids), ids

    data, (before, ids) = backed_up(tmp_path / "source", fill, NOW)
    return data, before, ids


def test_what_was_learned_round_trips_through_the_json_backup(
    written: tuple[bytes, object, list[int]], tmp_path: Path
) -> None:
    data, before, ids = written
    tables = json.loads(data)["tables"]
    assert all(tables[name]["rows"] for name in TABLES)
    with data_folder(tmp_path / "restored"):
        counts = restore.restore_backup(data=data)
        assert all(counts[name] > 0 for name in TABLES)
        assert _what_was_learned(ids) == before


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
    refused_with_one_bad_value(written[0], tmp_path / "restored", table, column, value, reason)
