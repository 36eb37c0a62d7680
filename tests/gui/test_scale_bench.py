"""The scale benchmark keeps running: its data at 1k, one action in a real window, its JSON."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = [
    f"{figure}_{size}"
    for size in ("1k", "10k", "100k", "300k")
    for figure in ("max_stall_s", "worst_action", "startup_ratio", "rss_mb")
] + ["export_rss_mb_300k", "restore_rss_mb_300k"]


def test_scale_bench_builds_1k_and_prints_the_stalls_as_its_last_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "bench" / "scale.py"), "--sizes", "1k"]
        + ["--actions", "sort_contacts_name", "--startup-runs", "1", "--cache", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = json.loads(done.stdout.splitlines()[-1])
    assert set(KEYS) <= set(line)
    stalls = line["stalls"]["1k"]
    assert set(stalls) == {"startup_after_paint", "sort_contacts_name"}
    assert line["max_stall_s_1k"] == max(stalls.values()) > 0
    assert line["worst_action_1k"] in stalls
    assert line["startup_ratio_1k"] > 0 and line["rss_mb_1k"] > 0
    assert line["max_stall_s_300k"] is None  # not asked for

    (database,) = tmp_path.glob("data-*/1k/infoview.sqlite3")
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (1000,)
        statuses = conn.execute("SELECT count(DISTINCT status) FROM interview").fetchone()
        assert statuses == (8,)  # 500 requests, in every status
        assert conn.execute("SELECT count(*) FROM question_list").fetchone() == (250,)
        long_notes = "SELECT count(*) FROM contact WHERE length(notes) > 1000"
        assert conn.execute(long_notes).fetchone() == (200,)  # a fifth of the contacts
