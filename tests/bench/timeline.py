"""Timeline benchmark: a contact's timeline at 300,000 contacts and 50,000 interviews.

Copies the scale benchmark's cached data folder (``scale.py`` builds it with
``data.make_realistic``; built here if missing), opens the copy (which migrates it), adds
follow-up conversations and logged updates to a tenth of the interviewed contacts, then
reads the timeline of contacts of every kind (with a request in every status, with
follow-ups, with none) as the contact's dialog does. Prints a table and, as its last
line, a JSON object with the median and the worst read, and the query plan's steps.

    python tests/bench/timeline.py [--cache DIR] [--size 300k]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

SAMPLE = 400


def _add_follow_ups(rng: random.Random) -> list[int]:
    """Give a tenth of the interviewed contacts two follow-ups and an update; return them."""
    from data import insert_rows

    from infoview_gui.store.database import database
    from infoview_gui.store.models import Conversation, Interview, Touch

    interviewed = sorted({i.__data__["contact"] for i in Interview.select(Interview.contact)})
    chosen = rng.sample(interviewed, len(interviewed) // 10)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    talks, touches = [], []
    for contact_id in chosen:
        for n in range(2):
            held = start + timedelta(days=rng.randrange(300), hours=n)
            talks.append(
                {
                    "contact": contact_id,
                    "held_at": held.isoformat(timespec="seconds"),
                    "time_zone": "Europe/London",
                    "kind": rng.choice(["coffee", "call", "second_interview"]),
                    "notes": "Talked about the certification exam and the next steps.",
                    "created_at": held.isoformat(timespec="seconds"),
                    "updated_at": held.isoformat(timespec="seconds"),
                }
            )
        touches.append(
            {"contact": contact_id, "on_day": date(2026, 6, 1).isoformat(), "note": "Update"}
        )
    with database.atomic():
        insert_rows(Conversation, talks)
        insert_rows(Touch, touches)
    return chosen


def _time(contact_ids: list[int]) -> dict[int, float]:
    from infoview_gui.services.timeline import timeline

    took = {}
    for contact_id in contact_ids:
        timeline(contact_id=contact_id)  # the first read warms SQLite's cache, as a click does
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            timeline(contact_id=contact_id)
            runs.append(time.perf_counter() - t)
        took[contact_id] = statistics.median(runs)
    return took


def _plan() -> list[str]:
    from infoview_gui.store.connection import read
    from infoview_gui.store.timeline_rows import LIMIT, TIMELINE_SQL

    sql = "EXPLAIN QUERY PLAN " + TIMELINE_SQL.replace(":c", "1").replace(":limit", str(LIMIT))
    return [str(row[-1]) for row in read(sql)]


def main() -> None:
    """Copy the data, add follow-ups, time the timeline of a sample of contacts."""
    import scale

    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "infoview-bench-scale"
    )
    parser.add_argument("--size", default="300k", choices=sorted(scale.SIZES))
    args = parser.parse_args()
    source = _source(args.cache, args.size)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "infoview.sqlite3"
        shutil.copyfile(source, target)
        from infoview_gui.store.connection import read
        from infoview_gui.store.database import close_database
        from infoview_gui.store.opening import open_store

        started = time.perf_counter()
        open_store(target)
        migrated = time.perf_counter() - started
        with_follow_ups = _add_follow_ups(rng)
        contacts = int(read("SELECT max(id) FROM contact")[0][0])
        kinds = {
            "with follow-ups": rng.sample(with_follow_ups, SAMPLE // 4),
            "any contact": rng.sample(range(1, contacts + 1), SAMPLE // 4),
        }
        for status in ("asked", "held", "thanked"):
            ids = [
                r[0] for r in read("SELECT contact_id FROM interview WHERE status = ?", [status])
            ]
            kinds[f"request {status}"] = rng.sample(ids, min(len(ids), SAMPLE // 8))
        medians: dict[str, float] = {}
        worst = 0.0
        for kind, ids in kinds.items():
            took = _time(ids)
            medians[kind] = statistics.median(took.values())
            worst = max(worst, max(took.values()))
            print(
                f"{kind:>18}: {medians[kind] * 1000:6.2f} ms median, "
                f"{max(took.values()) * 1000:6.2f} ms worst, {len(ids)} contacts"
            )
        plan = _plan()
        close_database()
    print("query plan:", *plan, sep="\n  ")
    print(
        json.dumps(
            {
                "size": args.size,
                "contacts": contacts,
                "follow_ups": 2 * len(with_follow_ups),
                "open_and_migrate_s": round(migrated, 2),
                "timeline_median_s": round(statistics.median(medians.values()), 5),
                "timeline_worst_s": round(worst, 5),
                "table_scans": sum(
                    step.startswith("SCAN") and "subquery" not in step for step in plan
                ),
            }
        )
    )


def _source(cache: Path, size: str) -> Path:
    """The newest cached data file of the scale benchmark, built if missing."""
    import scale

    existing = sorted(
        cache.glob(f"data-v{scale.DATA_VERSION}-schema*/{size}/infoview.sqlite3"),
        key=lambda path: int(path.parts[-3].rpartition("schema")[2]),
    )
    if existing:
        return existing[-1]
    return scale.cache_folder(cache, size) / "infoview.sqlite3"


if __name__ == "__main__":
    main()
