"""Tags at scale: filter, sort and tag many contacts at 300,000 generated contacts.

Generates the contacts in a child process, gives a third of them one to three of 60 tags,
then times what the Contacts table asks SQLite (the ordered ids with the tag filter, the
Tags sort both ways, a screen of tag lines), the tag filter's list, and tagging and
untagging 5,000 selected contacts. Prints the figures, and as its last line a JSON object.

    python tests/bench/tags.py [--rows 300000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.contacts import generate  # noqa: E402

TAGS = 60


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Return the median seconds of ``repeat`` runs of ``action``."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def tag_a_third(rows: int) -> None:
    """Give every third contact one to three tags, in plain SQL (as a restore would)."""
    from infoview_gui.store.database import database, execute_many

    rng = random.Random(11)
    with database.atomic():
        execute_many(
            "INSERT INTO tag (id, name, key) VALUES (?, ?, ?)",
            [(i, f"Tag {i:02}", f"tag {i:02}") for i in range(1, TAGS + 1)],
        )
        links = {
            (contact, rng.randint(1, TAGS))
            for contact in range(1, rows + 1, 3)
            for _ in range(rng.randint(1, 3))
        }
        execute_many("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", sorted(links))


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        started = time.perf_counter()
        generate(folder, args.rows)
        print(f"generated {args.rows:,} contacts in {time.perf_counter() - started:.1f} s")

        from infoview_gui.paths import AppPaths
        from infoview_gui.services import tags
        from infoview_gui.store.contact_table import ContactFilter, SortKey, contact_ids
        from infoview_gui.store.opening import open_store
        from infoview_gui.store.tag_rows import tag_lines

        open_store(AppPaths(folder).database)
        started = time.perf_counter()
        tag_a_third(args.rows)
        print(f"tagged a third of them in {time.perf_counter() - started:.1f} s")
        one_tag = ContactFilter(tag_id=7)
        figures = {
            "filter_by_tag_s": timed(lambda: contact_ids(one_tag, SortKey.NAME)),
            "filter_by_tag_rank_s": timed(lambda: contact_ids(one_tag, SortKey.RANK)),
            "sort_by_tags_s": timed(lambda: contact_ids(ContactFilter(), SortKey.TAGS)),
            "sort_by_tags_desc_s": timed(
                lambda: contact_ids(ContactFilter(), SortKey.TAGS, descending=True)
            ),
            "sort_by_name_s": timed(lambda: contact_ids(ContactFilter(), SortKey.NAME)),
            "screen_of_tag_lines_s": timed(lambda: tag_lines(list(range(1000, 1128)))),
            "tag_filter_list_s": timed(tags.tag_choices),
        }
        matched = len(contact_ids(one_tag, SortKey.NAME))
        selection = list(range(2, 15_002, 3))  # 5,000 contacts with no tag yet
        started = time.perf_counter()
        change = tags.add_tags(contact_ids=selection, names=["Met at the fair"])
        figures["tag_5000_s"] = time.perf_counter() - started
        started = time.perf_counter()
        tags.undo_tag_change(change=change)
        figures["untag_5000_s"] = time.perf_counter() - started
        print(f"one tag's contacts: {matched:,}")
        for name, seconds in figures.items():
            print(f"{name:>24}: {seconds * 1000:8.1f} ms")
        print(json.dumps({"rows": args.rows, **{k: round(v, 4) for k, v in figures.items()}}))


if __name__ == "__main__":
    main()
