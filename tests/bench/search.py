"""Search benchmark: a keystroke's first results at 100,000 contacts and 20,000 interviews.

Copies the scale benchmark's cached 100k data folder (``scale.py`` builds it with
``data.make_realistic``; built here if missing) and opens the copy, which migrates it
and fills the search index. Then types queries as a person does, a letter at a time,
timing each keystroke's first page (50 results, with their context) as the window's
search dialog gets it. Prints a table and, as its last line, a JSON object with the
median keystroke time, the worst, and the same for one-letter queries.

    python tests/bench/search.py [--cache DIR] [--size 100k]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

WORDS = ("maria", "interview", "data", "smith", "ne", "portfolio", "e", "a", "z", "co")


def main() -> None:
    """Build or reuse the data, then time every keystroke of ``WORDS``."""
    import scale

    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "infoview-bench-scale"
    )
    parser.add_argument("--size", default="100k", choices=sorted(scale.SIZES))
    args = parser.parse_args()
    source = _source(args.cache, args.size)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "infoview.sqlite3"
        shutil.copyfile(source, target)
        from infoview_gui.services.search import search_everything
        from infoview_gui.store.database import close_database
        from infoview_gui.store.opening import open_store

        started = time.perf_counter()
        open_store(target)
        migrated = time.perf_counter() - started
        timings: dict[str, list[float]] = {}
        for word in WORDS:
            for end in range(1, len(word) + 1):
                typed = word[:end]
                search_everything(text=typed)  # the first time warms SQLite's cache
                runs = []
                for _ in range(5):
                    t = time.perf_counter()
                    page = search_everything(text=typed)
                    runs.append(time.perf_counter() - t)
                timings[typed] = runs
                print(
                    f"{typed:>12}: {min(runs) * 1000:7.1f} ms best, "
                    f"{statistics.median(runs) * 1000:7.1f} ms median, {len(page.hits)} shown"
                    + (", more" if page.more else "")
                )
        close_database()
    medians = {typed: statistics.median(runs) for typed, runs in timings.items()}
    one = [m for typed, m in medians.items() if len(typed) == 1]
    print(
        json.dumps(
            {
                "size": args.size,
                "open_and_migrate_s": round(migrated, 2),
                "keystroke_s": round(statistics.median(medians.values()), 4),
                "keystroke_worst_s": round(max(medians.values()), 4),
                "one_letter_keystroke_s": round(max(one), 4),
                "keystrokes": len(medians),
            }
        )
    )


def _source(cache: Path, size: str) -> Path:
    """The cached data file of the scale benchmark (data version 1, schema 2), built if missing."""
    import scale

    existing = sorted(cache.glob(f"data-v{scale.DATA_VERSION}-schema*/{size}/infoview.sqlite3"))
    if existing:
        return existing[0]
    return scale.cache_folder(cache, size) / "infoview.sqlite3"


if __name__ == "__main__":
    main()
